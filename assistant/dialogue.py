"""The conversation: ``respond(message, state) -> (reply, state)``, pure and deterministic.

Facts accumulate across turns (each with the words it came from); the next question asked
is the missing fact that could change the total most, one at a time, never one already
asked or answered. Numbers in replies come from the engine, the quoted clauses or the
user's own words (checked by :func:`assistant.answer.unsupported_numbers`).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, cast

from pydantic import BaseModel, ConfigDict

from assistant.answer import (
    allowed_numbers,
    cny_en,
    eligibility_text,
    range_en,
    search_text,
    unsupported_numbers,
)
from assistant.bare_numbers import bare_numbers
from assistant.concept_support import concept_support, concept_support_text
from assistant.eligibility import EligibilityResult, evaluate
from assistant.eligibility.excluded_kinds import exclusions
from assistant.eligibility.induced import InducedLabels
from assistant.eligibility.quantity_bounds import BOUND_QUESTION
from assistant.eligibility.questions import company_context, question_text, relevant_questions, sectors_named
from assistant.eligibility.required_recognitions import recognitions
from assistant.eligibility.rules import PolicyRules, rules_from_graph
from assistant.eligibility.whatif import compare
from assistant.explanation import explain_benefit, explanation_sources
from assistant.format import cny_zh
from assistant.member_count import fewer_members
from assistant.profile import CompanyProfile, ProfileError, parse_profile
from assistant.referents import (
    concepts_named_by_part,
    date_anchor,
    level_pointed_at,
    points_at_several,
    points_back,
    the_other_one,
    years_pointed_at,
)
from assistant.refund_answer import asks_about_refunds, leaving_words, refund_rule, refund_text
from assistant.report import amount_range, citation, closest_misses
from assistant.retrieval.language import detect_language
from assistant.text_input import readable_message
from assistant.understanding.accounted import PLAN_LINE, echo_line, not_used_notice
from assistant.understanding.base_quantities import quantity_topic
from assistant.understanding.casual_amounts import any_amount, every_amount
from assistant.understanding.casual_amounts import found_amounts as amounts
from assistant.understanding.cues import all_cues, cue
from assistant.understanding.currencies import YUAN
from assistant.understanding.fact_kinds import kind_of
from assistant.understanding.facts import (
    DATED_FIELDS,
    NUMBER_SLOTS,
    TIERED_FIELDS,
    Understood,
    concept_of,
    held_fact,
    level_named,
    named_facts,
    names_the_company,
    planned_facts,
    planned_move_date,
    profile_data,
    round_named,
    understand_facts,
    without_seats,
)
from assistant.understanding.grade_changes import later_grade, names_another_grade
from assistant.understanding.intent import Intent, classify
from assistant.understanding.levels import (
    ADMINISTRATIVE_LEVELS,
    granted_level,
    level_hits,
    standard_level_stated,
    stated_level,
)
from assistant.understanding.operation import operating_until
from assistant.understanding.payee_answer import is_payee_yes, payee_answer, takes_the_yes_back
from assistant.understanding.policy_terms import PolicyTerms, policy_terms, title_area
from assistant.understanding.quantities import ImplausibleNumber, counts
from assistant.understanding.rated_party import message_of_another_party, rates_another_party
from assistant.understanding.settling import NEWLY_SETTLED, SETTLED_YEAR
from assistant.understanding.tense import event_tense
from assistant.understanding.typed import typed_reading, typed_text
from assistant.understanding.yes_no import answers_yes_or_no, yes_or_no
from assistant.validity import asked_period, status_line, validity_sources, validity_text
from ingest.concepts import load_vocabulary

MAX_MESSAGE_CHARS = 2000
_TAGS = re.compile(r"<[^>]{0,200}>")


class FactRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    key: str
    field: str
    value: Any
    source: str


class DialogueState(BaseModel):
    """Everything a conversation remembers; serialisable to JSON for ``--session`` files."""

    model_config = ConfigDict(frozen=True)

    as_of: dt.date
    facts: tuple[FactRecord, ...] = ()
    asked: tuple[str, ...] = ()
    last_benefits: tuple[dict[str, Any], ...] = ()
    last_reasons: tuple[dict[str, Any], ...] = ()
    """Why measures did not apply in the last result (for 为什么没有 / why doesn't that count)."""
    turns: int = 0
    sectors: tuple[str, ...] = ()
    """The sectors the company said it is in (``ontology/sectors.yaml``): questions follow them."""
    said_last: tuple[str, ...] = ()
    """The keys of the facts the last message added or changed, in the order they stand
    (刚才那句当我没说 / "forget that last one" takes them, or the last of them, back)."""
    changed_last: tuple[FactRecord, ...] = ()
    """The facts as they stood before the last message changed them (重点实验室其实是省级的): taking that message
    back puts them back, rather than dropping the fact."""


@dataclass(frozen=True)
class Reply:
    intent: str
    lang: str
    answer: str
    profile: tuple[FactRecord, ...]
    eligibility: dict[str, Any] | None = None
    hits: dict[str, Any] | None = None
    questions: tuple[dict[str, Any], ...] = ()
    sources: tuple[Any, ...] = field(default=())
    """What the answer's numbers may come from (engine output, quotes, the user's words)."""
    baseline: dict[str, Any] | None = None
    """For a what-if: the result for the profile as it stands (``eligibility`` is the variant)."""

    def to_json(self) -> dict[str, Any]:
        return {"intent": self.intent, "lang": self.lang, "answer": self.answer,
                "profile": [fact.model_dump(mode="json") for fact in self.profile],
                "eligibility": self.eligibility, "hits": self.hits, "questions": list(self.questions)}

    def unsupported_numbers(self) -> list[str]:
        return unsupported_numbers(self.answer, allowed_numbers(*self.sources,
                                                                [f.source for f in self.profile]))


@dataclass
class AssistantContext:
    """The policy a conversation is about; the search index is built on first use, once however
    many threads ask for it (the web app builds it in the background while the page is served)."""

    rules: PolicyRules
    _search: Any = None
    data_dir: Path | None = None
    """Where the policy's graph (and its ``.area.yaml``) is stored; None: the bundled policy."""
    _building: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    _terms: PolicyTerms | None = field(default=None, repr=False, compare=False)

    def terms(self) -> PolicyTerms:
        """The policy's own concepts and area, for the understanding: read from its rules once."""
        if self._terms is None:
            self._terms = policy_terms(self.rules.record.id, (*self.rules.benefits, *exclusions(self.rules.record),
                                                              *recognitions(self.rules.record)),
                                       self.data_dir, self.rules.record.area  # 不含X企业, 其被评为X的: X, said
                                       or title_area(self.rules.record.title))  # 郑州市…措施: the title's city
        return self._terms

    def search(self) -> Any:
        with self._building:
            if self._search is None:
                from assistant.retrieval.embedders import embedder_from_name
                from assistant.retrieval.search import build_search, default_cache_dir

                self._search = build_search(self.rules.record, embedder_from_name(), default_cache_dir())
        return self._search


@cache
def default_context() -> AssistantContext:
    from kg.store import open_store

    return AssistantContext(rules_from_graph(open_store(None).graph()))


def new_state(as_of: dt.date | None = None) -> DialogueState:
    return DialogueState(as_of=as_of or dt.date.today())


_ASIDES = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[(（][^()（）]*[)）]|「[^「」]*」|“[^“”]*”|\"[^\"]*\"")
"""What a message only quotes or points to: web and mail addresses, words in brackets or quotation marks."""


_NAMES = re.compile(r"\b[A-Z][\w&'.-]*(?:[\s,]+(?:[A-Z][\w&'.-]*|of|and|for|the|&))*")
"""A name written in Latin letters: a run of capitalised words (Shenyang Advanced Robotics Co., Ltd.)."""


def _lang(text: str) -> str:
    """The reply's language: English for a message written in English that quotes a few Chinese terms
    ("a leading talent team (领军人才团队)"), Chinese for one that gives a web address; else the detected
    language. What the message only quotes or points to (``_ASIDES``) does not count, unless it is all."""
    said = _ASIDES.sub(" ", text)
    said = said if said.strip() else text
    han = len(re.findall(r"[\u4e00-\u9fff]", said))
    unnamed = _NAMES.sub(" ", said) if han else said  # 我们是Shenyang Advanced Robotics Co., Ltd: a name, not English
    said = unnamed if re.search(r"[^\W\d_]", unnamed) else said
    latin = len(re.findall(r"[A-Za-z]", said))
    if han and latin > 4 * han:
        return "en"
    return "zh" if detect_language(said) == "zh" else "en"


def _records(facts: list[Understood]) -> tuple[FactRecord, ...]:
    return tuple(FactRecord(**fact.to_json()) for fact in facts)


def _understood(records: tuple[FactRecord, ...]) -> list[Understood]:
    return [Understood(r.key, r.field, r.value, r.source) for r in records]


def _profile(records: tuple[FactRecord, ...]) -> CompanyProfile:
    return parse_profile(profile_data(_understood(records)), "the conversation")


def with_edited_facts(state: DialogueState, values: list[Any | None]) -> DialogueState:
    """The state with each fact's value replaced by the user's edit (``None`` drops the fact),
    in the order of ``state.facts``; :class:`ProfileError` if the result is not a valid profile."""
    if len(values) != len(state.facts):
        raise ProfileError(f"the edited profile has {len(values)} rows; the conversation has {len(state.facts)} facts")
    facts = tuple(fact.model_copy(update={"value": value, "source": f"{fact.source} → edited"})
                  if value != fact.value else fact for fact, value in zip(state.facts, values, strict=True)
                  if value is not None)
    _profile(facts)
    return state.model_copy(update={"facts": facts, "last_benefits": (), "last_reasons": ()})


def _with_precision(value: dict[str, Any], precision: str | None, field: str | None = None) -> dict[str, Any]:
    """``value`` whose date was just said with ``precision`` (None: to the day); a fact of ``field`` whose kind keeps
    no precision (a first set's contract date) keeps none."""
    rest = {k: v for k, v in value.items() if k != "date_precision"}
    keeps = field is None or kind_of(field).accepts("date_precision")
    return {**rest, "date_precision": precision} if precision and keeps else rest


def _merge(old: tuple[FactRecord, ...], new: tuple[FactRecord, ...]) -> tuple[FactRecord, ...]:
    """New facts replace old ones of the same key, keeping what the new one does not restate
    (the Hong Kong main board keeps its listing date); a negation drops the date."""
    previous = {fact.key: fact for fact in old}
    combined: list[FactRecord] = []
    replaced: set[str] = set()
    for fact in new:
        if _another_member(fact) and any(_slot(f.key) == _slot(fact.key) for f in old) \
                and not any(_restates(f, fact) for f in old):  # the one held said again is not one more
            # 又获批了一个国家级重点实验室: one more, not the same one
            taken = {f.key for f in (*old, *combined)}
            base = fact.key.partition("#")[0]
            fact = fact.model_copy(update={"key": _free_key(base, taken)})
            combined.append(fact)
            continue
        before = previous.get(fact.key) or next((f for f in reversed(old) if _same_slot(f.key, fact.key)
                                                 and not _renews(f, fact)), None)
        fact = _added_to(before, fact) if before is not None else fact
        if before is not None:
            replaced.add(before.key)
            if _slot(fact.key) == fact.key:  # 高企 said again, its round known before: keep the round's key
                fact = fact.model_copy(update={"key": before.key})
        if before is not None and isinstance(before.value, dict) and isinstance(fact.value, dict):
            value = {**before.value, **fact.value}
            if "amount_cny" in fact.value and "currency" not in fact.value and fact.field.startswith("quantities."):
                value.pop("currency", None)  # a figure said again in yuan: the earlier figure's currency is not its
            if "date" in fact.value:
                value = _with_precision(value, fact.value.get("date_precision"), fact.field)
            if fact.value.get("held") is False:
                value.pop("date", None)
                value.pop("date_precision", None)
            elif "held" not in fact.value:  # said to hold it now: an earlier "no" is undone
                value.pop("held", None)
            fact = fact.model_copy(update={"value": value})
        combined.append(fact)
    combined = list({fact.key: fact for fact in combined}.values())  # said twice in one message: the later stands
    keys = {fact.key for fact in combined} | replaced
    return tuple(fact for fact in old if fact.key not in keys) + tuple(combined)


def _restates(held: FactRecord, fact: FactRecord) -> bool:
    """``fact`` is ``held`` said again: the very value, or, for a thing known by its contract (a first set), the same
    contract amount ("Another thing: our domestic unit, RMB 20m, was signed in April" — that unit, its date said)."""
    if held.value == fact.value:
        return True
    amount = fact.value.get("contract_amount_cny") if isinstance(fact.value, dict) else None
    return _slot(held.key) == _slot(fact.key) and amount is not None and isinstance(held.value, dict) \
        and held.value.get("contract_amount_cny") == amount


def _added_to(before: FactRecord, fact: FactRecord) -> FactRecord:
    """A year's amount said as more of it (技术合同还漏了一个200万的, "we also signed another 2m contract
    that year"): added to the amount already known, not put in its place."""
    if fact.field not in _SUMMED_FIELDS or not cue("adds_to_total").search(fact.source) \
            or isinstance(before.value, dict) != isinstance(fact.value, dict) or before.source == fact.source:
        return fact
    if fact.field in _FUNDING_FIELDS and not (cue("adds_another").search(fact.source)
                                             or _givers(fact.source) - _givers(before.source)):
        return fact  # 市里也给了300万 after 市里给了300万: the same grant said again, unless another giver or 另外/又
    if not isinstance(fact.value, dict):  # 还漏了市里给的300万: more funding received
        return fact.model_copy(update={"value": Decimal(str(before.value)) + Decimal(str(fact.value)),
                                       "source": f"{before.source} + {fact.source}"})
    total = Decimal(str(before.value["amount_cny"])) + Decimal(str(fact.value["amount_cny"]))
    return fact.model_copy(update={"value": {**fact.value, "amount_cny": total},
                                   "source": f"{before.source} + {fact.source}"})


_SUMMED_FIELDS = ("quantities.technology_transaction_amount", "other_funding_cny", "patent_funding_received_cny")
"""Amounts made of several parts (each technology contract of a year adds to its turnover; each grant
received adds to the funding received)."""
_FUNDING_FIELDS = ("other_funding_cny", "patent_funding_received_cny")
"""Funding received: a grant said again (市里也给了) is not more of it unless another giver or 另外/又 says so."""


def _givers(words: str) -> set[str]:
    """Who the words say gave funding (the cues ``giver_*``: province, city, district…)."""
    return {name for name, found in all_cues().items() if name.startswith("giver_") and found.pattern.search(words)}


def _renews(old: FactRecord, new: FactRecord) -> bool:
    """``2024年10月通过了复审`` after ``2021年10月被认定为高企``: a renewal with its own date after a
    recognition dated otherwise is a second fact, not a correction of the first."""
    if not (isinstance(old.value, dict) and isinstance(new.value, dict)):
        return False
    return new.value.get("round") == "renewal" and old.value.get("round") in (None, "first") \
        and bool(old.value.get("date")) and bool(new.value.get("date")) and old.value["date"] != new.value["date"]


def _free_key(base: str, taken: set[str]) -> str:
    """``base`` itself, or its first ``#n`` not yet taken (one more member of the same kind)."""
    return base if base not in taken else next(f"{base}#{n}" for n in range(2, 1000) if f"{base}#{n}" not in taken)


def _round_key(key: str, value: Any) -> str:
    """A fact's key after the attribute that is part of it changed (a recognition's round, a
    platform's level); a second member of the same kind keeps its ``#2``."""
    part = _KEYED_BY.get(key.partition(":")[0])
    if part is None or not isinstance(value, dict) or part not in value:
        return key
    member = key.partition("#")[2]
    return f"{_slot(key)}:{value[part]}" + (f"#{member}" if member else "")


def _another_member(fact: FactRecord) -> bool:
    """The fact adds one more member of a group a company can hold several of (又获批了一个
    X级重点实验室, another key laboratory of a level), rather than restating the one known."""
    concept = concept_of(fact.value)
    several = load_vocabulary().held_several(concept) if concept else kind_of(fact.field).accepts("contract_amount_cny")
    return bool(several and isinstance(fact.value, dict)  # 又签了一台…首台套: each first set its own contract
                and fact.value.get("held", True) and cue("another_member").search(fact.source))


_KEYED_BY = {"qualification": "round", "platform": "level"}
"""The attribute that makes two facts of one concept two facts: a first recognition and a
renewal both pay; a national and a provincial key laboratory both pay."""


def _last_date(records: tuple[FactRecord, ...]) -> dt.date | None:
    """The date of the latest fact that has one (what 同年 in the next message points back to)."""
    for record in reversed(records):
        if isinstance(record.value, dict) and record.value.get("date"):
            return dt.date.fromisoformat(str(record.value["date"]))
        if isinstance(record.value, dict) and isinstance(record.value.get("year"), int):  # 2023年研发投入5000万
            return dt.date(record.value["year"], 1, 1)
    return None


def _slot(key: str) -> str:
    """A fact's key without that attribute (qualification:high_tech_enterprise:first → …enterprise)."""
    key = key.partition("#")[0]
    return ":".join(key.split(":")[:2]) if key.partition(":")[0] in _KEYED_BY else key


def _same_slot(old_key: str, new_key: str) -> bool:
    """The new fact continues the old one: the same key, or the same recognition or platform
    where one of the two does not say its round or level (a first recognition and a renewal
    are two facts, so are a national and a provincial laboratory)."""
    return old_key == new_key or (_slot(old_key) == _slot(new_key) and old_key != new_key
                                  and _slot(new_key) in (old_key, new_key))


def _answered(key: str, records: tuple[FactRecord, ...]) -> bool:
    kind, _, concept = key.partition(":")
    for fact in records:
        value = fact.value if isinstance(fact.value, dict) else {}
        named = concept_of(value)
        if key == fact.key or (kind == "holds" and named == concept) or (kind in ("level", "round", "date") and
                                                                         named == concept and kind in value):
            return True
        if key == "base:rd_expense_increment" and fact.field == "rd_expense":
            return True
        if key == "location.in_zone" and fact.field == "location.in_zone":
            return True
    return False


def _next_question(result: EligibilityResult, state: DialogueState, records: tuple[FactRecord, ...],
                   lang: str, rules: PolicyRules) -> tuple[str | None, str | None]:
    """The most relevant question not yet asked or answered: one that refines what the company
    told (where, which level, when), then one about its sector or the facts it gave, the most
    valuable first; never one about a sector it is plainly not in (see ``relevant_questions``)."""
    said = company_context(_profile(records), [fact.source for fact in records])
    context = replace(said, sectors=said.sectors | frozenset(state.sectors))
    best = relevant_questions(result, rules, context, limit=1,
                              skip=lambda key: key in state.asked or _answered(key, records))
    if not best:
        return None, None
    return best[0].key, best[0].question_zh if lang == "zh" else best[0].question_en


def _echo(facts: tuple[FactRecord, ...], lang: str) -> str:
    return echo_line((fact.source for fact in facts), lang)


def _benefit_summary(result: EligibilityResult) -> tuple[dict[str, Any], ...]:
    """The lines of the last result, for the questions that follow (why…?): the counted benefits,
    then the could-add ones (``could_add``: never part of a total), with the facts they hinge on."""
    counted = tuple({"provision_id": b.provision_id, "title": b.title, "title_en": b.title_en,
                     "clause_path": list(b.clause_path),
                     "min": b.amount_min_cny, "max": b.amount_max_cny, "basis": b.basis, "quote": b.quote,
                     "unknown": list(b.unknown), "trace": [step.detail for step in b.trace]} for b in result.benefits)
    return counted + tuple({"provision_id": c.provision_id, "title": c.title, "title_en": c.title_en,
                            "clause_path": list(c.clause_path), "min": c.amount_min_cny, "max": c.amount_max_cny,
                            "basis": c.basis, "quote": c.quote, "unknown": list(c.hinges), "trace": [],
                            "could_add": True} for c in result.could_add)


def _counted(benefits: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
    return [b for b in benefits if not b.get("could_add")]


def _eligibility_reply(intent: Intent, records: tuple[FactRecord, ...], new: tuple[FactRecord, ...],
                       state: DialogueState, lang: str, ctx: AssistantContext) -> tuple[Reply, DialogueState]:
    result = evaluate(_profile(records), state.as_of, ctx.rules)
    key, question = _next_question(result, state, records, lang, ctx.rules)
    echo = _echo(new, lang)
    body = eligibility_text(result, lang, question)
    notice, _, rest = body.partition("\n") if result.notice else ("", "", body)
    text = "\n".join(part for part in (notice, echo, rest) if part)  # a policy not in force is said first
    data = result.to_json()
    reply = Reply(intent.value, lang, text, records, data, questions=tuple(q.to_json() for q in result.questions[:5]),
                  sources=(data,))
    asked = state.asked + ((key,) if key else ())
    reasons = tuple({"title": n.title, "clause_path": list(n.clause_path), "reasons": list(n.reasons),
                     "reasons_zh": list(n.reasons_zh), "quote": n.quote} for n in closest_misses(result))
    return reply, state.model_copy(update={"facts": records, "asked": asked, "last_reasons": reasons,
                                           "last_benefits": _benefit_summary(result), "turns": state.turns + 1})


def _validity_with_totals(reply: Reply, facts: tuple[FactRecord, ...], state: DialogueState, lang: str,
                          ctx: AssistantContext) -> tuple[Reply, DialogueState]:
    """A validity question that also asks what the company gets ("How much can we still claim?", 还能拿多少？这政策还
    有效吗): the validity reply first, then the totals computed as for any eligibility turn, with the policy's status
    (an expired policy pays nothing now; its notice says so) — never a validity line without the total asked for."""
    totals, kept = _eligibility_reply(Intent.VALIDITY, _merge(state.facts, facts), facts, state, lang, ctx)
    return replace(totals, answer=f"{reply.answer}\n{totals.answer}", sources=(*reply.sources, *totals.sources)), kept


def _correct(message: str, facts: tuple[FactRecord, ...], records: tuple[FactRecord, ...],
             as_of: dt.date, *, dates: bool = True) -> tuple[FactRecord, ...]:
    """``不对，是再次认定`` names no concept: the round or level goes to the last fact that has one;
    ``不对，2024年是9000万`` names no quantity: the amount goes to the series the conversation has."""
    if facts:  # 不对，是19件，之前拿过专利资助2万: the facts it states, and a number it corrects in another clause
        return _corrected_by_facts(message, facts, records, as_of)
    if series := _corrected_series(message, records, as_of):
        return _merge(records, series)
    changes: tuple[Callable[[], tuple[FactRecord, ...]], ...] = (  # the first that changes anything
        lambda: _rounds_by_date(message, records, as_of),
        lambda: _pointed_levels(message, records),
        lambda: _moved_year(message, records, as_of),
        lambda: _corrected_number(message, records, as_of) if any_amount(message) or not _leads(message) else records,
        lambda: fewer_members(message, records, lambda fact: fact.model_copy(  # 其实只批下来一个 after 两个…中心: one
            update={"source": f"{fact.source} → {message.strip()}"})),
        lambda: _corrected_role(message, records, as_of), lambda: _listed_abroad(message, records),
        lambda: _corrected_equipment_level(message, records, as_of))
    for change in changes:
        result = change()
        if result != records:
            return result

    of_a_standard = standard_level_stated(_without_level_pointer(message))  # 是行业标准: only a standard takes it
    round_, level = round_named(message), of_a_standard or _correction_level(_without_level_pointer(message))
    when, denied = _new_and_denied_dates(message, records, as_of) if dates else ([], [])
    for index in range(len(records) - 1, -1, -1):
        fact = records[index]
        if not isinstance(fact.value, dict) or (when and denied and not _holds_date(fact.value, denied[0])):
            continue
        value = dict(fact.value)
        # a round or level said again beside a new date (首次认定是2021年7月) is not the change: the date is
        if round_ and "id" in value and load_vocabulary().in_rounds(value["id"]) and (value.get("round") != round_
                                                                                      or not when):
            value["round"] = round_
        elif level and ("id" in value or "type" in value or "level" in value) and _takes_level(fact, of_a_standard) \
                and (value.get("level") != level or not when):
            value["level"] = level
        elif when and "date" in value and _names_fact(message, fact):  # "recognised in March 2023, not 2022"
            value = _with_precision({**value, "date": cast(dt.date, when[0].value).isoformat()}, when[0].precision,
                                    fact.field)
        else:
            continue
        changed = {k: v for k, v in value.items() if v != fact.value.get(k)}
        kind = fact.key.partition("#")[0]  # 有两个X级重点实验室 → 不对，是Y级的: both, said together
        siblings = {i for i, f in enumerate(records) if f.key.partition("#")[0] == kind and f.source == fact.source
                    and isinstance(f.value, dict)}
        out = list(records)
        for i in sorted(siblings | {index}):
            sibling = records[i]
            assert isinstance(sibling.value, dict)
            new_value = {**sibling.value, **changed}
            key = _round_key(sibling.key, new_value)
            taken = {f.key for j, f in enumerate(out) if j != i}
            if key in taken:  # another member already has that key: this one becomes the next #n
                key = _free_key(key.partition("#")[0], taken)
            out[i] = sibling.model_copy(update={"value": new_value, "key": key,
                                                "source": f"{sibling.source} → {_saying(message, as_of)}"})
        return tuple(out)
    return records


def _takes_level(fact: FactRecord, of_a_standard: str | None) -> bool:
    """The fact can take the level a correction gives: a standard's level (行业标准, "a local one") a standard only."""
    kind = kind_of(fact.field)
    return kind.accepts("level") and (of_a_standard is None or kind.accepts("first_drafter"))


def _new_and_denied_dates(message: str, records: tuple[FactRecord, ...], as_of: dt.date) -> tuple[list[Any], list[Any]]:
    """The dates a correction says, and those it denies ("signed in March 2021, not September 2024")."""
    from assistant.understanding.relative_dates import found_dates as read_dates

    said = [d for d in read_dates(message, as_of, _last_date(records)) if isinstance(d.value, dt.date)]
    denied = [d for d in said if cue("negation").search(message[max(0, d.start - 6):d.start])]
    return [d for d in said if d not in denied], denied


def _holds_date(value: dict[str, Any], denied: Any) -> bool:
    """The fact holds the date a correction denies ("signed in March 2021, not September 2024"), as precisely as it
    was said: only that fact may take the new date."""
    size = {"year": 4, "month": 7}.get(str(denied.precision), 10)
    return str(value.get("date") or "")[:size] == cast(dt.date, denied.value).isoformat()[:size]


def _pointed_levels(message: str, records: tuple[FactRecord, ...]) -> tuple[FactRecord, ...]:
    """"only the first one is national, the 2025 one is provincial" / 2025年那个是省级的: a clause that points at one
    fact said before — by its year, or by a part of its name — and says a level gives that fact the level; a clause
    that points at several, or at none, changes nothing."""
    from assistant.understanding.coverage import clauses_of

    out = list(records)
    for clause in clauses_of(message):
        of_a_standard = standard_level_stated(_without_level_pointer(clause.text))  # 国家标准那个是地方标准: local
        level = of_a_standard or _correction_level(_without_level_pointer(clause.text))
        years = years_pointed_at(clause.text)
        by_level = _pointed_by_level(clause.text, tuple(out))  # "the national one is provincial": by its level
        named = frozenset() if years or by_level is not None else \
            concepts_named_by_part(clause.text, _held_concepts(records))
        targets = [i for i, fact in enumerate(out) if isinstance(fact.value, dict) and _takes_level(fact, of_a_standard)
                   and ((str(fact.value.get("date", ""))[:4] in {str(y) for y in years}) if years
                          else fact.key in by_level if by_level is not None else concept_of(fact.value) in named)]
        if level is None or len(targets) != 1 or out[targets[0]].value.get("level") == level:
            continue
        fact = out[targets[0]]
        value = {**fact.value, "level": level}
        key = _round_key(fact.key, value)
        if key in {f.key for f in out if f is not fact}:
            key = _free_key(key.partition("#")[0], {f.key for f in out})
        out[targets[0]] = fact.model_copy(update={"value": value, "key": key,
                                                  "source": f"{fact.source} → {clause.text.strip()}"})
    return tuple(out)


def _moved_year(message: str, records: tuple[FactRecord, ...], as_of: dt.date) -> tuple[FactRecord, ...]:
    """"the contracts were in 2023, not 2024" / 技术合同是2023年签的，不是2024年: a year's figure said again of another
    year moves to it — the latest figure of the year denied, of the kind the message names (any, naming none);
    when that year already holds a figure of the kind nothing moves (the same contracts said twice, or more of
    them: which holds is asked, never summed)."""
    from assistant.understanding.facts import names_topic
    from assistant.understanding.relative_dates import found_dates

    said = [d for d in found_dates(message, as_of) if isinstance(d.value, dt.date)]
    denied = [d for d in said if cue("negation").search(message[max(0, d.start - 6):d.start])]
    new = next((d for d in said if d not in denied), None)
    if not denied or new is None:
        return records
    old_year, new_year = cast(dt.date, denied[0].value).year, cast(dt.date, new.value).year

    def of_year(fact: FactRecord, year: int) -> bool:
        return isinstance(fact.value, dict) and fact.value.get("year") == year and "amount_cny" in fact.value

    index = next((i for i in range(len(records) - 1, -1, -1) if of_year(records[i], old_year)
                  and names_topic(message, records[i].field)), None)
    if index is None or old_year == new_year:
        return records
    fact = records[index]
    there = next((f for f in records if f.field == fact.field and of_year(f, new_year)), None)
    if there is not None:
        return records  # the year said already holds a figure (the same contracts said twice?): asked, not summed
    key = fact.key.rsplit(":", 1)[0] + f":{new_year}" if fact.key.endswith(f":{old_year}") else fact.key
    moved = fact.model_copy(update={"value": {**fact.value, "year": new_year}, "key": key,
                                    "source": f"{fact.source} → {_saying(message, as_of)}"})
    return tuple(moved if f is fact else f for f in records)


def _without_level_pointer(message: str) -> str:
    """The message without the words that point at a fact by its level ("the national one is provincial" → its
    level word says the new level, not the one pointed at)."""
    pointer = level_pointed_at(message)
    return message.replace(pointer[1], " ", 1) if pointer else message


def _correction_level(message: str) -> str | None:
    """The level a correction gives: a level word (是省级的), a body that grants (辽宁省科技厅), or a division said as
    the one that granted (是大连市评的); a place said as where the company is (实际在大连市) or of an office
    (沈阳只是办事处) gives none."""
    from assistant.understanding.places import body_pattern

    text = without_seats(message)
    level = stated_level(text)
    if level is None or level_named(text) or cue("granted_by_place").search(text):
        return level
    try:
        return level if body_pattern(level, _lang(text)).search(text) else None
    except StopIteration:  # no body of that level in the place data
        return None


def _corrected_by_facts(message: str, facts: tuple[FactRecord, ...], records: tuple[FactRecord, ...],
                        as_of: dt.date) -> tuple[FactRecord, ...]:
    """A correction that states facts: they replace the facts of their kind (a round said of a date goes to the
    recognition of that date, an earlier recognition is added); a number in another clause corrects its fact."""
    records = _round_of_the_dated(message, facts, _moved_parts(message, facts, records), as_of)
    replacing, earlier = _earlier_recognitions(_without_replaced_names(facts), records)
    denied = frozenset(concept_of(f.value) for f in facts if f not in replacing  # 不是B: names the fact replaced
                       and isinstance(f.value, dict) and f.value.get("held") is False) - {None}
    merged = _merge(_merge(*_replaced_by_correction(records, replacing, message, denied)), earlier)
    for clause in _clauses_without(message, [fact.source for fact in facts]):
        if event_tense(clause, _lang(clause), as_of) in ("planned", "expected"):
            continue  # "…was 7m; the 9m is what we expect for this year": the old figure is a forecast, no fact
        if cue("other_ip").search(clause):
            continue  # 发明专利是3件，另外两件是实用新型: a count of a kind the policy does not pay corrects nothing
        merged = _corrected_number(clause, merged, as_of)
    return merged


def _moved_parts(message: str, facts: tuple[FactRecord, ...], records: tuple[FactRecord, ...]
                 ) -> tuple[FactRecord, ...]:
    """450万那个其实是2020年签的 / "the 4.5m one was signed in 2020": a part of another year's sum, said again with its
    own year, leaves that year's sum (the rest stays; nothing left, the year goes); the correction then adds it
    to its year. Only when the message points back at it (cue part_referred_back) and says no new one (又签了一份,
    "another contract": cue another_of_the_kind), which is a contract of its own."""
    if not cue("part_referred_back").search(message) or cue("another_of_the_kind").search(message):
        return records
    out = list(records)
    for fact in facts:
        if fact.field not in _SUMMED_FIELDS or not isinstance(fact.value, dict) or "year" not in fact.value:
            continue
        moved = Decimal(str(fact.value["amount_cny"]))
        for index, old in enumerate(out):
            if old.field != fact.field or not isinstance(old.value, dict) \
                    or old.value.get("year") == fact.value["year"]:
                continue
            total = Decimal(str(old.value["amount_cny"]))
            if total > moved and any(Decimal(str(part.value)) == moved for part in amounts(old.source)):
                rest = total - moved
                kept = int(rest) if isinstance(old.value["amount_cny"], int) and rest == int(rest) else rest
                out[index] = old.model_copy(update={"value": {**old.value, "amount_cny": kept}})
                break
    return tuple(out)


def _round_of_the_dated(message: str, facts: tuple[FactRecord, ...], records: tuple[FactRecord, ...],
                        as_of: dt.date) -> tuple[FactRecord, ...]:
    """去年那次是再次认定: a clause of a correction that gives a round and a date, naming nothing, gives the round to
    the recognition known of that date."""
    from assistant.understanding.relative_dates import found_dates

    for clause in _clauses_without(message, [fact.source for fact in facts]):
        round_ = round_named(clause)
        when = [d.value for d in found_dates(clause, as_of, _last_date(records)) if isinstance(d.value, dt.date)]
        index = next((i for i, f in enumerate(records) if round_ and when and isinstance(f.value, dict)
                      and load_vocabulary().in_rounds(concept_of(f.value) or "") and f.value.get("date")
                      and str(f.value["date"])[:4] == str(when[0].year)), None)
        if index is None:
            continue
        fact = records[index]
        value = {**fact.value, "round": round_}
        records = (*records[:index], fact.model_copy(update={"value": value, "key": _round_key(fact.key, value),
                                                             "source": f"{fact.source} → {clause.strip()}"}),
                   *records[index + 1:])
    return records


def _rounds_by_date(message: str, records: tuple[FactRecord, ...], as_of: dt.date) -> tuple[FactRecord, ...]:
    """其实我们2019年就首次认定了，2022年12月那次是复审 naming no concept: the clause whose date is the known
    recognition's gives it its round (:func:`_round_of_the_dated`), and a clause with another round and date is one
    more recognition of the same concept — only when one concept with rounds is held; else nothing changes."""
    from assistant.understanding.relative_dates import found_dates

    concepts = {concept_of(f.value) for f in records if load_vocabulary().in_rounds(concept_of(f.value) or "")}
    rerounded = _round_of_the_dated(message, (), records, as_of) if len(concepts) == 1 else records
    if [f.value for f in rerounded] == [f.value for f in records]:  # the round it had: nothing corrected
        return records
    concept, added = concepts.pop(), list(rerounded)
    for clause in _clauses_without(message, []):
        round_ = round_named(clause)
        when = [d for d in found_dates(clause, as_of, None) if isinstance(d.value, dt.date)]
        years = {str(f.value.get("date") or "")[:4] for f in added if concept_of(f.value) == concept}
        if not round_ or not when or str(cast(dt.date, when[0].value).year) in years \
                or event_tense(clause, _lang(clause), as_of) in ("planned", "expected"):  # 明年还要复审: no fact
            continue
        template = next(f for f in added if concept_of(f.value) == concept)
        value = _with_precision({"id": concept, "round": round_, "date": cast(dt.date, when[0].value).isoformat()},
                                when[0].precision, template.field)
        key = _free_key(_round_key(template.key, value), {f.key for f in added})
        added.append(FactRecord(key=key, field=template.field, value=value, source=clause.strip()))
    return tuple(added)


def _earlier_recognitions(facts: tuple[FactRecord, ...], records: tuple[FactRecord, ...]
                          ) -> tuple[tuple[FactRecord, ...], tuple[FactRecord, ...]]:
    """我们2020年就已经是高企了 beside a renewal known of a later date: the first recognition, before it — a fact of
    its own, not a correction of the renewal. Returns the facts that correct and those that are earlier ones."""
    def renewed_later(value: dict[str, Any]) -> bool:
        return any(isinstance(r.value, dict) and r.value.get("round") == "renewal"
                   and concept_of(r.value) == concept_of(value) and str(r.value.get("date") or "") > str(value["date"])
                   for r in records)

    def earlier(fact: FactRecord) -> bool:  # said as held already (就已经是, "already"): not a new date of the renewal
        value = fact.value if isinstance(fact.value, dict) else {}
        return bool(value.get("date")) and "round" not in value and bool(cue("held_already").search(fact.source)) \
            and renewed_later(value)

    found = tuple(f.model_copy(update={"value": {**f.value, "round": "first"}, "key": f"{_slot(f.key)}:first"})
                  for f in facts if earlier(f) and isinstance(f.value, dict))
    return tuple(f for f in facts if not earlier(f)), found


def _without_replaced_names(facts: tuple[FactRecord, ...]) -> tuple[FactRecord, ...]:
    """是重点领域创新团队，不是尖端人才团队 / "the STAR Market, not the main board": in a correction, a concept denied
    beside another of its kind that is stated names the fact being replaced; it is no fact of its own."""
    def denied(fact: FactRecord) -> bool:
        return isinstance(fact.value, dict) and fact.value.get("held") is False

    stated = {_concept_group(fact) for fact in facts if not denied(fact)} - {None}
    return tuple(fact for fact in facts if not (denied(fact) and _concept_group(fact) in stated))


def _asks(text: str) -> bool:
    """The words ask (a question mark closes them, or they ask in words): a question states nothing."""
    return text.rstrip().endswith(("?", "？")) or bool(cue("asks_in_words").search(text))


def _without_retracted(message: str, records: tuple[FactRecord, ...], said_last: tuple[str, ...] = (),
                       changed_last: tuple[FactRecord, ...] = ()) -> tuple[FactRecord, ...]:
    """专利那部分不算了 / "scratch the patents" / 首台套那个当我没说: the facts of what the message takes back, by the
    concept or the topic it names, are dropped; naming none (刚才那句当我没说, "forget that last one"), the facts
    the previous message said (``said_last``), or the last of them; the records unchanged when it takes nothing back."""
    if _asks(message) or cue("sets_a_question_aside").search(message):  # 去掉专利还有多少？/ 复审的问题先不管:
        return records  # a question asked, or put aside, takes nothing back
    if not cue("retracts").search(message):
        return _not_held_after_all(message, _not_listed_yet(message, records))
    by_level = _pointed_by_level(message, records)
    if by_level is not None:  # "forget the national one": the one fact at that level, none of several
        return tuple(fact for fact in records if fact.key not in by_level)
    concepts, fields = _named_in(message, records)
    of_round = _of_the_round(message, records) if not concepts and not fields else frozenset()
    if of_round:  # "scratch the renewal": the recognition of that round, the first one kept
        return tuple(fact for fact in records if fact.key not in of_round)
    if not concepts and not fields and points_at_several(message, _held_concepts(records)):
        return records  # "forget the centre" after two centres: which one is asked, none taken back
    if not concepts and not fields:
        taken = said_last[-1:] if cue("the_last_said").search(message) else said_last
        before = {(fact.field, fact.source): fact for fact in changed_last}  # a change taken back: as it stood
        return tuple(before.get(_before_change(fact), fact) if fact.key in taken else fact
                     for fact in records if fact.key not in taken or _before_change(fact) in before)
    return tuple(fact for fact in records if not (concept_of(fact.value) in concepts or fact.field in fields))


_BOARD_GROUP = "listing_board"
"""The vocabulary group of the boards a company lists on."""


def _group(concept_id: str) -> str | None:
    concept = load_vocabulary().concepts.get(concept_id)
    return concept.group if concept else None


def _not_listed_yet(message: str, records: tuple[FactRecord, ...]) -> tuple[FactRecord, ...]:
    """其实还没上市，九月才挂牌 / "we haven't listed yet" after a listing said as done: the listing held leaves the
    facts (a listing has no ``held``); a board named keeps the others."""
    held = {concept_of(fact.value) for fact in records if fact.field == "listings"}
    named = {concept for concept in named_facts(message)[0] if _group(concept) == _BOARD_GROUP}
    if not cue("not_listed_yet").search(message) or named - held or cue("planned").search(message):
        return records  # "not on ChiNext, it's the STAR Market": a board corrected; "we plan to list a subsidiary…"
    boards = held & named
    return tuple(fact for fact in records
                 if fact.field != "listings" or (boards and concept_of(fact.value) not in boards))


def _listed_abroad(message: str, records: tuple[FactRecord, ...]) -> tuple[FactRecord, ...]:
    """不对，是在港交所上市的，不是创业板 / "sorry, it was on NASDAQ": a correction naming a market outside the mainland
    and no board besides those held — the listing held (the one named, else every one) was not on a mainland exchange
    (``domestic`` false; its board and date kept); the records unchanged when the words name no foreign market or no
    listing event, or a board not held (a new board said is a fact of its own)."""
    held = {concept_of(fact.value) for fact in records if fact.field == "listings"}
    named = {concept for concept in named_facts(message)[0] if _group(concept) == _BOARD_GROUP}
    if not held or named - held or not cue("foreign_market").search(message) \
            or not cue("event_of_listing_board").search(message) or _asks(message):
        return records
    return tuple(fact.model_copy(update={"value": {**fact.value, "domestic": False},
                                         "source": f"{fact.source} → {message.strip()}"})
                 if fact.field == "listings" and isinstance(fact.value, dict)
                 and (not named or concept_of(fact.value) in named) else fact for fact in records)


def _named_in(message: str, records: tuple[FactRecord, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The concepts and the fields ``message`` names (:func:`named_facts`); naming none in full, the concepts of
    ``records`` it points at by a part of their name ("the postdoc one", 博士后那个)."""
    concepts, fields = named_facts(message)
    if concepts or fields:
        return concepts, fields
    return concepts_named_by_part(message, _held_concepts(records)), fields


def _pointed_by_level(message: str, records: tuple[FactRecord, ...]) -> frozenset[str] | None:
    """The key of the fact ``message`` points at by its level ("the national one", 国家级那个): the one fact held at
    that level; none when several or none are (which one is asked, never guessed); None when it points by no level."""
    pointer = level_pointed_at(message)
    if pointer is None:
        return None
    keys = [fact.key for fact in records if isinstance(fact.value, dict) and fact.value.get("level") == pointer[0]]
    return frozenset(keys) if len(keys) == 1 else frozenset()


def _of_the_round(message: str, records: tuple[FactRecord, ...]) -> frozenset[str]:
    """The keys of the facts of the round a take-back names without naming their concept ("scratch the renewal",
    再次认定那次还在公示): the recognition of that round, never another round of it."""
    round_ = round_named(message)
    return frozenset(fact.key for fact in records if round_ is not None and isinstance(fact.value, dict)
                     and fact.value.get("round") == round_)


def _held_concepts(records: tuple[FactRecord, ...]) -> list[str]:
    """The concepts of ``records``, in the order they were said."""
    return [concept for concept in (concept_of(fact.value) for fact in records) if concept]


def _not_held_after_all(message: str, records: tuple[FactRecord, ...]) -> tuple[FactRecord, ...]:
    """首台套那个合同其实还没正式签，只是意向 / "the postdoctoral workstation hasn't been approved yet": the facts
    of the concept (of the level, when one is said) that the message says did not happen after all are not held
    (``held: false``, its date kept), or dropped when their kind has no ``held``; a part of a sum said by its
    amount (300万那份还没签) is :func:`_corrected_number`'s, a count (其中两件还没通过) speaks of some of them only, and
    naming nothing takes nothing back. Only the sentences that say so are read (…还没评上；另外今年4月获批了X级Y: Y and
    its level are another fact's)."""
    message = " ".join(s for s in re.split(r"(?<=[；;。!！?？])|(?<=\.)\s", message) if cue("fell_through").search(s))
    if not message or any_amount(message) or counts(message):
        return records
    concepts, fields = _named_in(message, records)
    level, by_level = level_named(message), _pointed_by_level(message, records)
    of_round = _of_the_round(message, records) if not concepts and not fields else frozenset()

    def named(fact: FactRecord) -> bool:
        if by_level is not None:  # X级那个其实还没批下来: the one fact held at that level
            return fact.key in by_level
        of_it = concept_of(fact.value) in concepts or fact.field in fields or fact.key in of_round
        return of_it and (level is None or not isinstance(fact.value, dict) or fact.value.get("level") == level)

    def not_held(fact: FactRecord) -> FactRecord:
        assert isinstance(fact.value, dict)
        value = {key: v for key, v in fact.value.items() if key != "level"}
        return fact.model_copy(update={"value": {**value, "held": False},
                                       "source": f"{fact.source} → {message.strip()}"})

    return tuple(not_held(fact) if named(fact) and isinstance(fact.value, dict) and kind_of(fact.field).accepts("held")
                 else fact for fact in records if not named(fact) or kind_of(fact.field).accepts("held"))


def _saying(message: str, as_of: dt.date) -> str:
    """The clauses of a correction that say something (不对，是再次认定 → 是再次认定): what its echo quotes."""
    from assistant.understanding.coverage import clauses_of
    from assistant.understanding.facts import names_anything

    said = [clause.text for clause in clauses_of(message) if names_anything(clause.text, as_of)]
    return ("，" if re.search(r"[\u4e00-\u9fff]", message) else ", ").join(said) if said else message.strip()


def _concept_group(fact: FactRecord) -> str | None:
    concept = concept_of(fact.value)
    found = load_vocabulary().concepts.get(concept) if concept else None
    return found.group if found else None


def _kind_group(fact: FactRecord) -> str | None:
    """What a fact stated in a correction replaces one of: its concept's group (a board for a board), or, for a
    standard or a first set (facts naming no concept), one of its field — not when the words add one (又, another)."""
    kind = kind_of(fact.field)
    if concept_of(fact.value) is not None or not any(map(kind.accepts, ("first_drafter", "contract_amount_cny"))):
        return _concept_group(fact)
    more = cue("another_of_the_kind").search(fact.source) or cue("another_member").search(fact.source)
    return None if more else fact.field


def _replaced_by_correction(records: tuple[FactRecord, ...], facts: tuple[FactRecord, ...], message: str = "",
                            denied: frozenset[str | None] = frozenset()
                            ) -> tuple[tuple[FactRecord, ...], tuple[FactRecord, ...]]:
    """``不对，是科创板`` after ``在创业板上市``: a corrected fact naming another concept of the same
    kind (board, recognition, platform…) replaces the latest such fact — or the one of them the ``message`` points
    at by a part of its name ("the team was a leading talent team" after a top talent team and a startup grant:
    the team), or names as ``denied`` (是A，不是B / "A, not B"). Only the date (and how
    precisely it was said) carries over when the correction gives none: the rest (held, round,
    exchange) belonged to the old concept. Returns the records so changed and the facts left
    to merge."""
    out, rest = list(records), []
    for fact in facts:
        group = _kind_group(fact)
        latest = range(len(out) - 1, -1, -1)
        # the same concept first (不对，重点实验室是省级的 corrects the laboratory, not the centre named after it)
        index = next((i for i in latest if out[i].key != fact.key and _slot(out[i].key) == _slot(fact.key)), None)
        if index is None:
            index = _of_the_kind_meant(message, fact, out, group, denied)
        if index is None or any(record.key == fact.key for record in out):
            rest.append(fact)
            continue
        old = out[index]
        assert isinstance(old.value, dict) and isinstance(fact.value, dict)
        kept = {key: old.value[key] for key in ("date", "date_precision") if key in old.value}
        value = fact.value if "date" in fact.value else {**fact.value, **kept}
        key = fact.key
        if concept_of(fact.value) is None and "level" in old.value and "level" not in value:
            value, key = {**value, "level": old.value["level"]}, old.key  # 首台套那个合同是2500万: its level stays
        out[index] = fact.model_copy(update={"value": value, "key": key, "source": f"{old.source} → {fact.source}"})
    return tuple(out), tuple(rest)




def _of_the_kind_meant(message: str, fact: FactRecord, records: list[FactRecord], group: str | None,
                       denied: frozenset[str | None] = frozenset()) -> int | None:
    """The index of the fact of ``group`` a correction stating ``fact`` replaces: the one it denies (不是领军人才团队),
    else the one ``message`` points at by a part of its name when it points at one, else the latest."""
    kind = [i for i in range(len(records) - 1, -1, -1) if group is not None and records[i].key != fact.key
            and records[i].field == fact.field and _kind_group(records[i]) == group]
    held = [c for c in (concept_of(records[i].value) for i in reversed(kind)) if c]
    pointed = (denied & set(held)) or concepts_named_by_part(message, held)
    by_level = level_pointed_at(message)  # "the national one was a local standard": a fact of no concept, by its level
    return next((i for i in kind if concept_of(records[i].value) in pointed
                 or (not held and by_level is not None and records[i].value.get("level") == by_level[0])),
                kind[0] if kind else None)


def _figures_answer(text: str, state: DialogueState) -> tuple[FactRecord, ...]:
    """Figures given in reply to a question about a base quantity (去年5000万，前年3000万 after
    "what was the R&D expenditure?"): read as if the reply named the quantity."""
    concept = load_vocabulary().concepts.get(state.asked[-1].partition(":")[2])
    if concept is None or quantity_topic(text) is not None:  # 项目去年营业收入1.2亿: named, and not the company's
        return ()
    if cue("conditional").search(text) or cue("whatif").search(text):
        return ()  # "what would it look like if we had reached 1 billion?": a supposition, no answer to the question
    named = f"{concept.label_zh}："
    facts = _records(understand_facts(named + text, state.as_of, in_conversation=True))
    return tuple(fact.model_copy(update={"source": fact.source.removeprefix(named) or text}) for fact in facts)


def _platform_set_up(text: str, facts: tuple[FactRecord, ...], state: DialogueState) -> tuple[FactRecord, ...]:
    """工作站是2023年3月设立的 / "the workstation was set up in March 2023" after a platform said undated, or
    是2022年3月设立的 correcting it: when the platform was set up, not when the company settled (the single message
    reads a settling year): read as if it named the platform (the one named by part, else the only one held). The
    company named (我们是2019年设立的), a platform said in the message, a settling year said before and no platform
    named, or several platforms and none named: the facts as read."""
    said = cue("correction_inside").sub("", cue("correction").sub("", text))  # "my mistake" names no company
    if not any(fact.field == "location.settled_year" for fact in facts) or names_the_company(said) \
            or any(fact.field == "platforms" for fact in facts):  # 博士后工作站也有，前年设立的: its own platform's
        return facts
    platforms = [concept for concept in (concept_of(f.value) for f in state.facts if f.field == "platforms") if concept]
    named = concepts_named_by_part(text, platforms)
    settled_before = any(fact.field == "location.settled_year" for fact in state.facts)
    concept = load_vocabulary().concepts.get(next(iter(named)) if len(named) == 1 else
                                             platforms[0] if len(set(platforms)) == 1 and not settled_before else "")
    if concept is None:
        return facts
    label = f"{concept.label_zh}：" if _lang(text) == "zh" else f"{concept.label_en}: "
    read = _records(understand_facts(label + text, state.as_of, in_conversation=True))
    return tuple(fact.model_copy(update={"source": fact.source.removeprefix(label)})
                 for fact in read if fact.field != "location.settled_year")


def _continued(text: str, state: DialogueState) -> tuple[FactRecord, ...]:
    """A reply that names nothing but goes on with the fact said last, in dated parts — 2021年首次认定，2024年重新认定
    after 我们是高企; 去年3000万 after 研发投入前年2000万: read as if it named that fact's concept (or quantity) again.
    () when it is not dated, or gives less than that (a short answer is the question's: :func:`_answer_to_question`)."""
    from assistant.understanding.relative_dates import found_dates

    # the place said last ("…. We're in the Dalian FTZ.") is no fact that goes on in dated parts: the one before it is
    last = next((fact for fact in reversed(state.facts) if not fact.field.startswith("location.")), None)
    asks = text.rstrip().endswith(("?", "？")) or cue("why").search(text) or cue("asks_in_words").search(text)
    if last is None or asks or not found_dates(text, state.as_of, _last_date(state.facts)):
        return ()  # Why is last year only 1 million?: a question about the figures, not more of them
    if years_pointed_at(text) or the_other_one(text) or cue("named_by_part").search(text):
        return ()  # 博士后那个是2023年批的，另一个是X级的: facts said before, pointed at, not more of the last
    if cue("other_ip").search(text):
        return ()  # 另外还有两件实用新型也是去年授权的: a kind the policy does not pay, not more of the last fact
    quantity = last.field == "rd_expense" or last.field.startswith("quantities.")
    if amounts(text) and not quantity:  # 说错了，2024年研发是2500万 after a recognition: figures, not the recognition
        return ()
    concept_id = _CONTINUED_QUANTITIES.get(last.field, last.field.removeprefix("quantities.")) \
        if quantity else concept_of(last.value)
    concept = load_vocabulary().concepts.get(concept_id or "")
    if concept is None:
        return ()
    named = f"{concept.label_zh}：" if _lang(text) == "zh" else f"{concept.label_en}: "
    read = _records(understand_facts(named + text, state.as_of, in_conversation=True))
    if not amounts(text) and len([f for f in read if f.field == last.field]) < 2:
        return ()
    # words that go on in dated parts add parts; a "not" among them denies no fact the user did not name
    return tuple(fact.model_copy(update={"source": fact.source.removeprefix(named) or text}) for fact in read
                 if not (isinstance(fact.value, dict) and fact.value.get("held") is False))


def _operation_said(text: str, state: DialogueState) -> tuple[FactRecord, ...]:
    """工作站2022、2023、2024这三年每年都通过了考核 / "it operated through 2024 and 2025", naming nothing: how long the
    latest platform a yearly grant pays runs (its ``operating_until``), not a new date of it; () when the words say
    nothing of operating, or speak of the company itself."""
    if cue("company_itself").search(text) or _asks(text):  # 工作站要运行到2025年才能拿吗？ asks, states nothing
        return ()
    fact = next((f for f in reversed(state.facts) if isinstance(f.value, dict) and f.value.get("held", True)
                 and kind_of(f.field).accepts("operating_until")), None)
    if fact is None or not isinstance(fact.value, dict):
        return ()
    since = fact.value.get("date")
    until = operating_until(text, _lang(text), state.as_of, dt.date.fromisoformat(str(since)) if since else None)
    if until is None:
        return ()
    return (fact.model_copy(update={"value": {**fact.value, "operating_until": until.isoformat()},
                                    "source": f"{fact.source} → {text.strip()}"}),)


def _raised_level(text: str, state: DialogueState) -> tuple[FactRecord, ...]:
    """后来升级成国家级了 / "it got upgraded to national last year", naming nothing new: the fact said before (named by
    its concept or a part of its name, else the latest with a level) held again at the higher level said, from the
    date said (undated when none is: its date asked) — the old level kept for the years it held, never changed.
    () when the words raise nothing, or name no higher level, or plan it, or point at several facts."""
    from assistant.understanding.relative_dates import found_dates

    level = stated_level(text)
    if not (cue("level_raised").search(text) or cue("raised_to_level").search(text)) or _asks(text) or level is None \
            or rates_another_party(text) \
            or event_tense(text, _lang(text), state.as_of) in ("planned", "expected") \
            or points_at_several(text, _held_concepts(state.facts)):
        return ()  # 明年有望升级为X级 / "we expect it to be upgraded": a plan, never a fact held
    named = named_facts(text)[0] or concepts_named_by_part(text, _held_concepts(state.facts))
    target = next((f for f in reversed(state.facts) if isinstance(f.value, dict) and f.value.get("held", True)
                   and kind_of(f.field).accepts("level") and f.value.get("level")
                   and (not named or concept_of(f.value) in named)), None)
    if target is None or ADMINISTRATIVE_LEVELS.index(level) >= ADMINISTRATIVE_LEVELS.index(target.value["level"]):
        return ()  # no level held before, or the one said is not higher: no raise (a correction is _correct's)
    when = [d for d in found_dates(text, state.as_of, _last_date(state.facts)) if isinstance(d.value, dt.date)]
    value = {k: v for k, v in target.value.items() if k not in ("date", "date_precision", "operating_until")}
    value["level"] = level
    if when:
        value = _with_precision({**value, "date": cast(dt.date, when[0].value).isoformat()}, when[0].precision,
                                target.field)
    key = _round_key(target.key, value)
    return (FactRecord(key=_free_key(key, {f.key for f in state.facts}), field=target.field, value=value,
                       source=text.strip()),)


def _raised_grade(text: str, state: DialogueState) -> tuple[FactRecord, ...]:
    """2024年11月又被评为四级 / "in November 2024 we were re-assessed at level 4", naming nothing new: the fact said
    before that holds a grade of the scale said (named by its concept or a part of its name, else the latest) held
    again at the grade said, from the date said (undated when none is) — the earlier grade kept for the years it held
    (:mod:`~assistant.understanding.grade_changes`). () for a question, a plan, a correction (不对，是四级: the grade
    replaces the one said, :func:`_correct`'s), or words that rate nothing held."""
    from assistant.understanding.relative_dates import found_dates

    if _asks(text) or event_tense(text, _lang(text), state.as_of) in ("planned", "expected") \
            or rates_another_party(text) or cue("correction").match(text) or cue("correction_inside").search(text) \
            or cue("took_back").search(text) \
            or points_at_several(text, _held_concepts(state.facts)):
        return ()
    named = named_facts(text)[0] or concepts_named_by_part(text, _held_concepts(state.facts))
    target = next((f for f in reversed(state.facts) if isinstance(f.value, dict) and f.value.get("held", True)
                   and f.field in TIERED_FIELDS and f.value.get("tier")
                   and (not named or concept_of(f.value) in named)), None)
    grade = later_grade(text, str(target.value["tier"])) if target is not None and isinstance(target.value, dict) \
        else None
    if target is None or grade is None or not isinstance(target.value, dict):
        return ()
    when = [d for d in found_dates(text, state.as_of, _last_date(state.facts)) if isinstance(d.value, dt.date)]
    value = {k: v for k, v in target.value.items() if k not in ("date", "date_precision", "operating_until", "tier")}
    value["tier"] = grade
    if when:
        value = _with_precision({**value, "date": cast(dt.date, when[0].value).isoformat()}, when[0].precision,
                                target.field)
    return (FactRecord(key=_free_key(f"{target.key.partition('#')[0]}@{grade}", {f.key for f in state.facts}),
                       field=target.field, value=value, source=text.strip()),)


_CONTINUED_QUANTITIES = {"rd_expense": "rd_expense_increment"}
"""The base quantity whose label names a field's figures again (R&D figures: the R&D increment's)."""


def _yes_or_no_answer(text: str, state: DialogueState, labels: InducedLabels) -> tuple[FactRecord, ...] | None:
    """The facts a yes or a no (:func:`~assistant.understanding.yes_no.yes_or_no`) gives when it answers the question
    asked last — a payee phrase, a concept held, a listing's home market, the zone; None when ``text`` is no yes or no
    to such a question (当然是没有 is a no; 属于申报中的 / "we're applying" is neither, and holds nothing)."""
    kind, _, concept = state.asked[-1].partition(":")
    if (answer := payee_answer(state.asked[-1], text)) is not None:  # 贵公司是否属于「…」？ 是的: that phrase, answered
        return _records([answer])
    said = yes_or_no(text)
    if kind == "holds" and said is not None:
        fact = held_fact(concept, said, text, labels)
        return _records([_dated_by_the_answer(fact, text, state)]) if fact else ()
    if kind == "domestic" and (said is not None or cue("domestic_answer").search(text)):
        listing = next((f for f in reversed(state.facts) if f.field == "listings" and concept_of(f.value) == concept),
                       None)
        if listing is None or not isinstance(listing.value, dict):
            return ()
        value = {**listing.value, "domestic": said is not False}
        return (listing.model_copy(update={"value": value, "source": f"{listing.source} → {text}"}),)
    if state.asked[-1] == "location.in_zone" and said is not None:
        return (FactRecord(key="location.in_zone", field="location.in_zone", value=said, source=text),)
    return None


def _answer_to_question(text: str, state: DialogueState, labels: InducedLabels) -> tuple[FactRecord, ...]:
    """A short reply (市级的 / yes / first time / It's national, recognised in 2023) answers the
    question asked last; what it says goes to the fact asked about, or else to the latest
    fact that lacks it."""
    from assistant.understanding.relative_dates import found_dates as dates

    if (answered := _yes_or_no_answer(text, state, labels)) is not None:
        return answered
    if event_tense(text, _lang(text), state.as_of) in ("planned", "expected"):
        return ()  # 后年准备去X板上市: a plan, answered as a what-if, not the date of a fact held
    unsure = bool(cue("unsure").search(text))  # 可能是X级，也可能是Y级: no level stated, the question stays
    found: dict[str, Any] = {"level": None if unsure else granted_level(_without_level_pointer(text)),  # X级的,
                             "round": round_named(text)}  # 大连市评的; never the level that points (X级那个还没批下来)
    when = dates(text, state.as_of, _last_date(state.facts))
    if when:
        found["date"] = cast(dt.date, when[0].value).isoformat()
    found = {k: v for k, v in found.items() if v}
    if not found:
        return ()

    def named(fact: FactRecord) -> str | None:
        return concept_of(fact.value)

    def fits(fact: FactRecord) -> bool:  # a patent has no level: X级的 is not about it
        return all(kind_of(fact.field).accepts(k) for k in found)

    pointed = _pointed_at(text, state)
    by_level = _pointed_by_level(text, state.facts) if "level" not in found else None  # not "…one is municipal"
    candidates = [f for f in reversed(state.facts) if pointed(f) and fits(f)]
    if not candidates and (the_other_one(text) or by_level is not None):  # X级那个其实是2019年认定的: that one
        candidates = [f for f in reversed(state.facts) if by_level and f.key in by_level and fits(f)]
        if not candidates:
            return ()  # "the other one" of none, or of several: which one is asked, never the latest guessed
    candidates = candidates or [
        f for f in reversed(state.facts) if named(f) == state.asked[-1].partition(":")[2] and fits(f)] or [
        f for f in reversed(state.facts) if isinstance(f.value, dict) and fits(f)  # a first set names no concept
        and (any(k not in f.value for k in found) or ("date" in found and f.value.get("date_precision")))
        and ("round" not in found or load_vocabulary().in_rounds(named(f) or ""))]
    if not candidates:
        return ()
    target = candidates[0]
    keeps_round = load_vocabulary().in_rounds(named(target) or "")
    value = {**target.value, **{k: v for k, v in found.items() if k != "round" or keeps_round}}
    if when:
        value = _with_precision(value, when[0].precision, target.field)
    return (target.model_copy(update={"value": value, "source": f"{target.source} → {text}",
                                      "key": _round_key(target.key, value)}),)


def _dated_by_the_answer(fact: Understood, text: str, state: DialogueState) -> Understood:
    """A yes to 贵公司是否具备「X」？ that says when (对的，2023年认定的 / "Yes we are, since 2023"): the fact held from
    the date said (the first date of the reply; its precision kept where the fact's kind keeps one); a no, a yes with
    no date, or one whose words name or point at a thing said before ("yeah so the X team thing from May": that
    thing's date, not the one asked about) is the fact as it is."""
    from assistant.understanding.relative_dates import found_dates

    if not isinstance(fact.value, dict) or not fact.value.get("held", True) or not kind_of(fact.field).dated \
            or points_back(text) or named_facts(text)[0] or concepts_named_by_part(text, _held_concepts(state.facts)):
        return fact
    when = [d for d in found_dates(text, state.as_of, _last_date(state.facts)) if isinstance(d.value, dt.date)]
    if not when:
        return fact
    value = _with_precision({**fact.value, "date": cast(dt.date, when[0].value).isoformat()}, when[0].precision,
                            fact.field)
    return Understood(fact.key, fact.field, value, fact.source)


def _pointed_at(text: str, state: DialogueState) -> Callable[[FactRecord], bool]:
    """Whether a fact is the one ``text`` points at: by a part of its name ("the key lab one", 实验室那个), or, said
    as the other one of a pair, one of the kind the last message spoke of that it did not say (the other platform,
    never a recognition said beside them); no fact when it points at none."""
    named = concepts_named_by_part(text, _held_concepts(state.facts))
    if the_other_one(text):  # never one the same message names ("the postdoc one …, the other one …"); of two, none
        said = set(state.said_last)
        kinds = {fact.field for fact in state.facts if fact.key in said}
        others = {fact.key for fact in state.facts if fact.field in kinds and fact.key not in said
                  and concept_of(fact.value) is not None and concept_of(fact.value) not in named}
        return lambda fact: len(others) == 1 and fact.key in others
    return lambda fact: concept_of(fact.value) in named


_NUMBER_SLOTS = NUMBER_SLOTS
"""Where a fact's value holds a number the user may correct (a fact that is a bare number holds it itself)."""


def _clauses_without(message: str, sources: list[str]) -> list[str]:
    """The clauses of ``message`` that none of ``sources`` was read from."""
    from assistant.understanding.accounted import used_spans
    from assistant.understanding.coverage import clauses_of

    spans = used_spans(message, sources)
    return [c.text for c in clauses_of(message) if not any(a < c.end and c.start < b for a, b in spans)]


def _number_of(fact: FactRecord) -> tuple[str | None, Decimal | None]:
    if isinstance(fact.value, dict):
        slot = next((key for key in _NUMBER_SLOTS if key in fact.value), None)
        return slot, Decimal(str(fact.value[slot])) if slot else None
    if isinstance(fact.value, (int, float)) and not isinstance(fact.value, bool):
        return None, Decimal(str(fact.value))
    return None, None


def _part_of(fact: FactRecord, number: Any) -> bool:
    """``number`` is one of the parts that were added up into ``fact`` (two contracts, 2.3m and 4.1m)."""
    return fact.field in _SUMMED_FIELDS and any(Decimal(str(part.value)) == Decimal(str(number.value))
                                                for part in amounts(fact.source))


def _corrected_number(message: str, records: tuple[FactRecord, ...], as_of: dt.date) -> tuple[FactRecord, ...]:
    """``是2200万不是3200万`` / "the tech contracts were 6m, not 9m" / 说错了，是21件: the fact that holds the
    old number (the one after 不是/not), or else the latest fact of the kind the message names (an amount or a
    count), takes the new one (the number said before it)."""
    from assistant.understanding.facts import names_topic
    from assistant.understanding.quantities import Found

    said = every_amount(message) or [c for c in counts(message) if isinstance(c.value, int)] or bare_numbers(message)
    if not said:
        return records
    negated = [n for n in said if cue("negation").search(message[max(0, n.start - 6):n.start])] \
        or _old_without_its_unit(message, said)  # 是2500万，不是2000 / "25 million, not 20": 2000万, 20 million
    named = [n for n in said[:-1] if cue("the_one_named").match(message, n.end)]  # 60万那个其实是160万: after it
    old = negated[0] if negated else named[0] if named else None
    new = next((n for n in said if old is not None and n.start > old.start), None) if not negated and named else \
        next((n for n in reversed(said) if n is not old and (old is None or n.start < old.start)), None)
    if new is None and negated:  # 2023年不是2600万，而是2200万 / "wasn't 23m but 20m": the one said after it
        new = next((n for n in said if n.start > negated[0].start and n not in negated), None)
    if new is None and negated and negated[0] not in said:  # the old figure without its unit: the new one before it
        new = next((n for n in reversed(said) if n.start < negated[0].start), None)
    if len(said) == 1 and cue("the_one_named").match(message, said[0].end) \
            and cue("fell_through").search(message[said[0].end:]):
        old, new = said[0], Found(0, said[0].end, said[0].end, "")  # 500万那份其实还没签: that part is taken away
    if new is None:  # 2023年的不是2600万，我再查查: a held amount denied with none in its place is no longer held
        return _without_denied(records, old) if negated and any_amount(message) else records
    counting = not any_amount(message)
    pointed = _pointed_by_level(message, records) if old is None else None  # "the international one was 30m"

    def fits(fact: FactRecord) -> bool:
        slot, number = _number_of(fact)
        if number is None or (slot == "granted") != counting:
            return False
        if pointed:
            return fact.key in pointed
        return number == Decimal(str(old.value)) or _part_of(fact, old) if old is not None else \
            names_topic(message, fact.field)

    index = _the_fact_corrected(message, records, [i for i, fact in enumerate(records) if fits(fact)],
                                by_amount=not counting and not pointed)
    if index is None:
        return records
    if isinstance(index, tuple):  # two facts fit: each holds the lower figure (the floor of both readings)
        return _lower_of_each(records, index, new, message, as_of)
    fact = records[index]
    slot, total = _number_of(fact)
    number = int(Decimal(str(new.value)))
    if old is not None and total is not None and total != Decimal(str(old.value)):  # one part of a sum corrected
        number = int(total - Decimal(str(old.value)) + Decimal(str(new.value)))
    value = {**fact.value, slot: number} if slot and isinstance(fact.value, dict) else number
    if not counting and isinstance(value, dict) and fact.field.startswith("quantities."):
        value = {**value, "currency": getattr(new, "currency", None) or YUAN}  # 不对，是600万美元: its currency
    elif getattr(new, "currency", None):  # a contract or R&D figure corrected to dollars: no yuan figure is left
        return (*records[:index], *records[index + 1:])
    changed = fact.model_copy(update={"value": value, "source": f"{fact.source} → {_saying(message, as_of)}"})
    return (*records[:index], changed, *records[index + 1:])


def _old_without_its_unit(message: str, said: list[Any]) -> list[Any]:
    """更正…是2500万，不是2000 / "25 million, not 20": the old figure after 不是/not written without its unit, which
    takes the unit of the one amount said before it (2000 → 2000万, 20 → 20 million); [] when there is none."""
    from assistant.understanding.quantities import Found

    if len(said) != 1 or not any_amount(message):
        return []
    new = said[0]
    digits = re.search(r"\d+(?:\.\d+)?", str(new.text).replace(",", ""))
    if digits is None or not Decimal(digits[0]):
        return []
    unit = Decimal(str(new.value)) / Decimal(digits[0])
    for number in re.finditer(r"(?<![\d.,])\d+(?:\.\d+)?(?![\d.,%])", message[new.end:]):
        start = new.end + number.start()
        if cue("negation").search(message[max(0, start - 6):start]):
            return [Found(Decimal(number[0]) * unit, start, new.end + number.end(), number[0])]
    return []


def _the_fact_corrected(message: str, records: tuple[FactRecord, ...], fitting: list[int], *, by_amount: bool
                        ) -> int | tuple[int, ...] | None:
    """The index of the fact an amount correction changes, among the ``fitting`` ones (those holding the old amount,
    else of the kind named): narrowed to the year the message names (2023年那份合同, "the 2023 contract") when it
    names one — none of that year: None, nothing changes. Of the kind of the latest fitting fact (不对，是850万 after
    other funding said: not the investment), two or more left for an amount: their indexes (a tie:
    :func:`_lower_of_each`) — never the latest by default; but a yearly series' figure said with no year, and a
    count, is the latest's (their own series readings come first)."""
    years = years_pointed_at(message)
    if years:
        fitting = [i for i in fitting if _year_of(records[i]) in years]
    if not fitting:
        return None
    fitting = [i for i in fitting if records[i].field == records[fitting[-1]].field]  # 是850万: the kind said last
    yearly = all(records[i].field == "rd_expense" or records[i].field.startswith("quantities.") for i in fitting)
    if by_amount and len(fitting) > 1 and not (yearly and not years):
        return tuple(fitting)  # two contracts of one kind: which one is not said
    return fitting[-1]  # 说错了，研发是2000万: a yearly figure said with no year is the latest year's


def _year_of(fact: FactRecord) -> int | None:
    """The year of ``fact``: of its date, else the year it is a figure of."""
    if not isinstance(fact.value, dict):
        return None
    when = fact.value.get("date") or fact.value.get("year")
    if isinstance(when, dt.date):
        return when.year
    found = re.match(r"\d{4}", str(when)) if when is not None else None
    return int(found[0]) if found else None


def _lower_of_each(records: tuple[FactRecord, ...], tied: tuple[int, ...], new: Any, message: str, as_of: dt.date
                   ) -> tuple[FactRecord, ...]:
    """``records`` where each fact ``tied`` (an amount correction fits each of them: which one was meant is not
    said) holds the lower of its amount and the corrected one: every reading pays at least that, none less — no
    figure that may be the wrong one is shown as sure."""
    out = list(records)
    for index in tied:
        fact = records[index]
        slot, number = _number_of(fact)
        if not isinstance(fact.value, dict) or not slot or number is None:
            continue
        lower = min(number, Decimal(str(new.value)))
        out[index] = fact.model_copy(update={"value": {**fact.value, slot: int(lower)},
                                             "source": f"{fact.source} → {_saying(message, as_of)}"})
    return tuple(out)


def _without_denied(records: tuple[FactRecord, ...], denied: Any) -> tuple[FactRecord, ...]:
    """``records`` without the latest money fact that holds the ``denied`` amount (its year is then asked)."""
    for index in range(len(records) - 1, -1, -1):
        slot, number = _number_of(records[index])
        if number is not None and slot != "granted" and number == Decimal(str(denied.value)):
            return (*records[:index], *records[index + 1:])
    return records


def _names_fact(message: str, fact: FactRecord) -> bool:
    """A correction that gives a date is about ``fact``: the concept it names, or the standard of the level it
    names (the industry standard was published in March 2021); any dated concept when it names none."""
    pointer = level_pointed_at(message)  # "the domestic contract was signed in 2021": the one of that level
    if pointer is not None and isinstance(fact.value, dict) and fact.value.get("level"):
        return bool(fact.value["level"] == pointer[0])
    vocabulary = load_vocabulary()
    named = {hit.concept.id for hit in vocabulary.find(message, "qualifications") if hit.concept.group != "standard"}
    if fact.field == "standards" and isinstance(fact.value, dict):
        said = {hit.concept.id for hit in vocabulary.find(message, "levels")}
        return fact.value.get("level") in said and not named
    concept = concept_of(fact.value)
    return concept is not None and (not named or concept in named)


def _corrected_equipment_level(message: str, records: tuple[FactRecord, ...], as_of: dt.date
                               ) -> tuple[FactRecord, ...]:
    """首台套是国际首台套，不是国内的: the latest first-of-kind equipment takes the level stated, not the one denied."""
    from assistant.understanding.facts import EQUIPMENT_LEVELS, names_topic
    text = _without_level_pointer(message)  # "the domestic contract was signed in 2021": points, changes no level
    said = [hit.concept.id for hit in level_hits(text) if hit.concept.id in EQUIPMENT_LEVELS
            and not cue("negation").search(text[max(0, hit.start - 6):hit.start])]
    if not said or not names_topic(message, "equipment"):
        return records
    index = next((i for i in range(len(records) - 1, -1, -1) if records[i].field == "equipment"
                  and isinstance(records[i].value, dict) and records[i].value.get("level") != said[0]), None)
    if index is None:
        return records
    fact = records[index]
    assert isinstance(fact.value, dict)
    rated = fact.model_copy(update={"value": {**fact.value, "level": said[0]}, "key": f"equipment:{said[0]}",
                                    "source": f"{fact.source} → {_saying(message, as_of)}"})
    return (*records[:index], rated, *records[index + 1:])


def _leads(message: str) -> bool:
    """The message says the company led a standard as its first drafter (第一起草单位, 主导制定, leading drafter)."""
    return any(hit.concept.group == "standard" for hit in load_vocabulary().find(message, "qualifications"))


def _corrected_role(message: str, records: tuple[FactRecord, ...], as_of: dt.date) -> tuple[FactRecord, ...]:
    """不对，我们是第一起草单位 / "for the national standard we were the leading drafter" after a standard
    said to be drafted only as a participant: that standard (of the level named, else the latest) was led;
    更正一下，我们其实是参与起草 after one said to be led: that standard was only drafted as a participant."""
    participating = bool(cue("participating_drafter").search(message))
    if not (_leads(message) or participating):
        return records
    level = level_named(message) or next((hit.concept.id for hit in load_vocabulary().find(message, "levels")), None)
    index = next((i for i in range(len(records) - 1, -1, -1) if records[i].field == "standards"
                  and isinstance(records[i].value, dict) and (records[i].value.get("first_drafter") is False)
                  != participating and (level is None or records[i].value.get("level") == level)), None)
    if index is None:
        return records
    fact = records[index]
    assert isinstance(fact.value, dict)
    value = {k: v for k, v in fact.value.items() if k != "first_drafter"}
    changed = fact.model_copy(update={"value": {**value, "first_drafter": False} if participating else value,
                                      "source": f"{fact.source} → {_saying(message, as_of)}"})
    return (*records[:index], changed, *records[index + 1:])


def _tier_answer(text: str, state: DialogueState, terms: PolicyTerms) -> tuple[FactRecord, ...]:
    """四星级 after "「酒店」是哪一档？": the tier of the policy's own concept asked about, as it prints it."""
    kind, _, concept_id = state.asked[-1].partition(":")
    concept = terms.concept(concept_id) if kind == "tier" else None
    tier = terms.tier_named(concept, text) if concept is not None else None
    fact = next((f for f in reversed(state.facts)
                 if f.field == "policy_concepts" and concept_of(f.value) == concept_id), None)
    if tier is None or fact is None or not isinstance(fact.value, dict):
        return ()
    return (fact.model_copy(update={"value": {**fact.value, "tier": tier}, "source": f"{fact.source} → {text}"}),)


def _corrected_series(message: str, records: tuple[FactRecord, ...], as_of: dt.date) -> tuple[FactRecord, ...]:
    from assistant.understanding.quantities import Found
    from assistant.understanding.relative_dates import found_dates as dates

    series_fields = ("rd_expense", "quantities.technology_transaction_amount")
    fields = {fact.field for fact in records if fact.field in series_fields}
    if len(fields) != 1:
        return ()
    field = fields.pop()
    said = amounts(message)  # a denied amount (2023年的不是2300万) is no year's: _corrected_number takes it away
    values = [v for v in said if not cue("negation").search(message[max(0, v.start - 6):v.start])]
    in_amount = [(v.start, v.end) for v in said]  # 2000万 is no year 2000
    years = [d for d in dates(message, as_of) if isinstance(d.value, dt.date)
             and not any(a <= d.start < b for a, b in in_amount)]
    taken = [(d.start, d.end) for d in years] + in_amount
    years += [Found(dt.date(int(m[1]), 1, 1), m.start(1), m.end(1), m[1])
              for m in re.finditer(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,年])", message)
              if not any(a <= m.start(1) < b for a, b in taken)]
    if not values or len(years) < len(values):
        return ()
    prefix = "rd_expense" if field == "rd_expense" else "quantity:technology_transaction_amount"
    corrected = []
    for amount in values:
        nearest = min(years, key=lambda d: min(abs(d.start - amount.end), abs(amount.start - d.end)))
        year = cast(dt.date, nearest.value).year
        corrected.append(FactRecord(key=f"{prefix}:{year}", field=field,
                                    value={"year": year, "amount_cny": int(cast(Decimal, amount.value))},
                                    source=message))
    return tuple(corrected)


@dataclass(frozen=True)
class _Supposition:
    """What a what-if supposes: the facts it names (``new``), the whole supposed profile's facts,
    and those of its new facts said with no date (not guaranteed: their date decides the window)."""

    new: tuple[FactRecord, ...]
    supposed: tuple[FactRecord, ...]
    undated: tuple[FactRecord, ...]


def _supposition(message: str, new: tuple[FactRecord, ...], state: DialogueState, ctx: AssistantContext
                 ) -> _Supposition:
    if not new:  # 如果再加一个X级的呢？ supposes one more of the latest platform, project or talent
        new = _one_more(message, state.facts)
    # 如果是再次认定呢？ changes an attribute of a known fact (never its date: "next year" is the supposition's)
    # a supposed recognition, platform or listing with no date (如果我们再拿到省级瞪羚呢) is not guaranteed: its date
    # decides whether it falls in the window, and the reply says so
    undated = [f for f in new if isinstance(f.value, dict) and f.field in DATED_FIELDS
               and f.value.get("held", True) and not f.value.get("date")]
    if new and not cue("another_member").search(message):  # 如果临床医学研究中心是X级的呢: that centre, other level
        known, new = _changed_in_place(state.facts, new)
        undated = [f for f in undated if f in new]  # a changed fact keeps its date
        supposed = _merge(known, new)
    elif not new and cue("another_of_the_kind").search(message):
        supposed = state.facts  # "what if we also got a national lab?" naming nothing read: no known fact changes
    else:
        supposed = _merge(state.facts, new) if new else _correct(message, (), state.facts, state.as_of,
                                                                  dates=bool(cue("dated_supposition").search(message)))
    if not new:  # 如果是再次认定呢？ changes an attribute of a fact already known
        new = tuple(fact for fact in supposed if fact not in state.facts)
        new = tuple(fact.model_copy(update={"source": message.strip()}) for fact in new)
    end = ctx.rules.record.valid_until
    if end is not None and state.as_of > end and undated:
        # a supposed event happens no earlier than today: under a policy that has ended it cannot count
        dated = {f.key: f.model_copy(update={"value": {**f.value, "date": state.as_of.isoformat()}}) for f in undated}
        new = tuple(dated.get(f.key, f) for f in new)
        supposed = tuple(dated.get(f.key, f) for f in supposed)
        undated = []
    return _Supposition(new, supposed, tuple(undated))


def _whatif_headline(new: tuple[FactRecord, ...], base: EligibilityResult, changed: EligibilityResult,
                     lang: str) -> str:
    """如果「…」：确定可得从 A 变为 B… / If …: guaranteed would go from A to B…"""
    said = [cue("question_tail").sub("", cue("supposition_opening").sub("", f.source)) for f in new]
    if not said and (base.total_min_cny, base.total_max_cny) == (changed.total_min_cny, changed.total_max_cny):
        return ("未能看出这一假设指的是哪项情况，结果不变：" if lang == "zh" else
                "I could not tell what this supposes, so nothing changes: ") + _totals_line(base, lang)
    if lang == "zh":
        named = "、".join(f"「{words}」" for words in said)
        return (f"如果{named or '情况不变'}：确定可得从 {cny_zh(base.total_min_cny)} "
                f"变为 {cny_zh(changed.total_min_cny)}，最高可得从 {cny_zh(base.total_max_cny)} 变为 "
                f"{cny_zh(changed.total_max_cny)}。")
    named_en = ", ".join(f"「{words}」" for words in said)
    return (f"If {named_en or 'nothing changes'}: guaranteed would go from "
            f"{cny_en(base.total_min_cny)} to {cny_en(changed.total_min_cny)}, and the maximum from "
            f"{cny_en(base.total_max_cny)} to {cny_en(changed.total_max_cny)}.")


def _totals_line(result: EligibilityResult, lang: str) -> str:
    if lang == "zh":
        return f"确定可得 {cny_zh(result.total_min_cny)}，最高可得 {cny_zh(result.total_max_cny)}。"
    return f"guaranteed {cny_en(result.total_min_cny)}, up to {cny_en(result.total_max_cny)}."


def _whatif_lines(base: EligibilityResult, changed: EligibilityResult, changes: list[Any], lang: str
                  ) -> tuple[list[str], bool]:
    """A line per measure the supposition changes, then per measure it could add once the fact
    it hinges on is said; and whether it could add any."""
    zh = lang == "zh"
    lines = []
    for change in changes:
        after = next((b for b in changed.benefits if b.provision_id == change.provision_id), None)
        if after is None:
            continue
        amount = amount_range(after.amount_min_cny, after.amount_max_cny) if zh else \
            range_en(after.amount_min_cny, after.amount_max_cny)
        lines.append(f"- {after.title if zh else after.title_en or after.title}: {amount} "
                     f"{citation(after.clause_path)}“{after.quote}”")
    known_could = {c.provision_id for c in base.could_add}
    could = [c for c in changed.could_add if c.provision_id not in known_could]
    for entry in could:  # what the supposition would add once the fact it hinges on is said
        amount = amount_range(entry.amount_min_cny, entry.amount_max_cny) if zh else \
            range_en(entry.amount_min_cny, entry.amount_max_cny)
        asked = "；".join(entry.questions_zh) if zh else " ".join(entry.questions_en)
        lines.append(f"- 若确认，还可得 {entry.title}：{amount}（取决于：{asked}）{citation(entry.clause_path)}" if zh
                     else f"- Could add, once confirmed: {entry.title_en or entry.title}: {amount} (if: {asked}) "
                          f"{citation(entry.clause_path)}")
    return lines, bool(could)


def _whatif(message: str, new: tuple[FactRecord, ...], state: DialogueState, lang: str, ctx: AssistantContext,
            *, on: dt.date | None = None) -> tuple[Reply, DialogueState]:
    """``on``: the date the supposition takes effect (a planned move in May), when no fact of it is dated."""
    base = evaluate(_profile(state.facts), state.as_of, ctx.rules)
    supposition = _supposition(message, new, state, ctx)
    # a supposition dated later (如果我们明年上市) is judged on its own date
    supposed_dates = [dt.date.fromisoformat(str(f.value["date"])) for f in supposition.new
                      if isinstance(f.value, dict) and f.value.get("date")] + ([on] if on else [])
    changed = evaluate(_profile(supposition.supposed), max([state.as_of, *supposed_dates]), ctx.rules)
    comparison = compare(base, changed)
    zh = lang == "zh"
    details, could = _whatif_lines(base, changed, list(comparison.changes), lang)
    lines = [_whatif_headline(supposition.new, base, changed, lang), *details]
    if on is not None:
        lines.append(f"（按{on.isoformat()}起计算）" if zh else f"(Judged as of {on.isoformat()}.)")
    if supposition.undated and (comparison.changes or could):
        lines.append("（未说明何时取得：日期决定它是否在政策有效期内，所以不计入合计；说明日期即可算准。）"
                     if zh else
                     "(No date was said for it: the date decides whether it falls within the policy's window, so it "
                     "is not counted in the totals; give the date to make it certain.)")
    end = ctx.rules.record.valid_until
    if end is not None and any(day > end for day in supposed_dates) and not comparison.changes:
        lines.append(f"（该日期在政策有效期结束（{end}）之后，不再适用。）" if zh else
                     f"(That date is after the policy ends on {end}, so nothing more would apply.)")
    data = comparison.to_json()
    reply = Reply(Intent.WHATIF.value, lang, "\n".join(lines), state.facts, changed.to_json(),
                  sources=(data, base.to_json(), changed.to_json(), [f.source for f in supposition.new],
                           on.isoformat() if on else ""),
                  baseline=base.to_json())
    return reply, state.model_copy(update={"turns": state.turns + 1})


def _citations_in(text: str) -> list[str]:
    """The clause citations in a reply (their digits are the policy's numbering, not amounts)."""
    return re.findall(r"〔[^〔〕]+〕", text)


def _why_not_named(message: str, state: DialogueState, lang: str, ctx: AssistantContext) -> str | None:
    """``为什么没有高企的钱？`` when the company never said it is one: which clauses need it, and
    what to tell; None when every concept named is already in the conversation."""
    vocabulary = load_vocabulary()
    named = list(dict.fromkeys(hit.concept.id for hit in vocabulary.find(message, "qualifications")
                               if hit.concept.group is not None))
    known = {concept_of(fact.value) for fact in state.facts}
    missing = [concept for concept in named if concept not in known]
    if not missing:
        return None
    zh, lines = lang == "zh", []
    for concept in missing:
        cites = "".join(dict.fromkeys(citation(p.clause_path) for p in ctx.rules.benefits
                                      if concept in p.qualifications))
        name = vocabulary[concept].label_zh if zh else vocabulary[concept].label_en
        if not cites:
            lines.append(f"本政策没有针对「{name}」的支持。" if zh else f"The policy has no measure for {name}.")
        elif zh:
            rounds = any(p.round for p in ctx.rules.benefits if concept in p.qualifications)
            lines.append(f"您还没有告诉我贵公司是「{name}」；{cites}的支持需要这一条件。请告诉我何时取得"
                         + ("，以及是首次还是再次认定。" if rounds else "。"))
        else:
            rounds = any(p.round for p in ctx.rules.benefits if concept in p.qualifications)
            lines.append(f"You have not told me the company is a {name}; {cites} requires it. Tell me when it "
                         "was obtained" + (" and whether it was a first recognition or a renewal." if rounds else "."))
    return "\n".join(lines)


def _explain(message: str, state: DialogueState, lang: str, ctx: AssistantContext) -> tuple[Reply, DialogueState]:
    zh = lang == "zh"
    asks_why_not = cue("asks_why_not").search(message)
    unstated = _why_not_named(message, state, lang, ctx) if asks_why_not else None
    if unstated:
        return Reply(Intent.EXPLANATION.value, lang, unstated, state.facts, sources=(_citations_in(unstated),)), \
            state.model_copy(update={"turns": state.turns + 1})
    pending = [b for b in state.last_benefits if b.get("unknown")] if asks_why_not else []
    if (asks_why_not or not _counted(state.last_benefits)) and (state.last_reasons or pending):
        lines = []
        if pending:
            lines.append("以下支持还要看几项情况：" if zh else "These depend on facts not given yet:")
            labels = ctx.rules.induced_labels  # the loaded policy's printed labels of its own concepts
            for b in pending[:3]:
                asks = ("；" if zh else "; ").join(question_text(key, b["title"], labels)[0 if zh else 1]
                                                  for key in b["unknown"][:2])
                amount = amount_range(b["min"], b["max"]) if zh else range_en(b["min"], b["max"])
                lines.append(f"- {b['title'] if zh else b.get('title_en') or b['title']} "
                             f"{citation(tuple(b['clause_path']))}: {amount} — {asks}")
        if state.last_reasons:
            lines.append("以下事项不适用：" if zh else "These measures do not apply:")
            for item in state.last_reasons[:4]:
                why = "；".join(item.get("reasons_zh") or item["reasons"]) if zh else "; ".join(item["reasons"])
                lines.append(f"- {item['title']} {citation(tuple(item['clause_path']))}: {why} “{item['quote']}”")
        return Reply(Intent.EXPLANATION.value, lang, "\n".join(lines), state.facts,
                     sources=(list(state.last_reasons), list(pending))), \
            state.model_copy(update={"turns": state.turns + 1})
    counted = _counted(state.last_benefits)
    if not counted:
        text = "还没有计算结果可以解释，请先描述贵公司的情况。" if zh else "There is no result to explain yet."
        return Reply(Intent.EXPLANATION.value, lang, text, state.facts), state
    asked_for = [found.value for found in amounts(message)]
    totals = (sum(b["min"] for b in counted), sum(b["max"] or 0 for b in counted))
    single = any(b["max"] in asked_for or b["min"] in asked_for for b in counted)
    if len(counted) > 1 and not single and (set(asked_for) & set(totals) or cue("total_words").search(message)):
        return _explain_total(state, lang)  # 为什么是700万？ / Why is the total that amount?
    chosen = next((b for b in counted if b["max"] in asked_for or b["min"] in asked_for),
                  max(counted, key=lambda b: b["max"] or 0))
    result = evaluate(_profile(state.facts), state.as_of, ctx.rules)  # the structured trace, in words
    benefit = next((b for b in result.benefits if b.provision_id == chosen["provision_id"]), None)
    if benefit is None:  # a saved session whose facts no longer give this line: say it without steps
        head = f"{chosen['title']}：{amount_range(chosen['min'], chosen['max'])}" if zh else \
            f"{chosen.get('title_en') or chosen['title']}: {range_en(chosen['min'], chosen['max'])}"
        text = f"{head}\n{citation(tuple(chosen['clause_path']))}“{chosen['quote']}”"
        return Reply(Intent.EXPLANATION.value, lang, text, state.facts, sources=(chosen,)), \
            state.model_copy(update={"turns": state.turns + 1})
    text = explain_benefit(benefit, result, ctx.rules, lang, say_status=False).text()  # the reply says the status
    return Reply(Intent.EXPLANATION.value, lang, text, state.facts,
                 sources=(chosen, *explanation_sources(benefit, result))), \
        state.model_copy(update={"turns": state.turns + 1})




def _explain_total(state: DialogueState, lang: str) -> tuple[Reply, DialogueState]:
    """The total as the sum of its lines, each with its clause (the lines are the engine's)."""
    zh = lang == "zh"
    benefits = _counted(state.last_benefits)
    low, high = sum(b["min"] for b in benefits), sum(b["max"] or 0 for b in benefits)
    lines = [("合计由以下各项相加：" if zh else "The total is the sum of these lines:")]
    for b in benefits:
        amount = amount_range(b["min"], b["max"]) if zh else range_en(b["min"], b["max"])
        title = b["title"] if zh else b.get("title_en") or b["title"]
        lines.append(f"- {citation(tuple(b['clause_path']))} {title}{'：' if zh else ': '}{amount}")
    lines.append(f"确定可得 {cny_zh(low)}，最高可得 {cny_zh(high)}。" if zh else
                 f"Guaranteed {cny_en(low)}; up to {cny_en(high)}.")
    return Reply(Intent.EXPLANATION.value, lang, "\n".join(lines), state.facts, sources=(list(benefits), low, high)), \
        state.model_copy(update={"turns": state.turns + 1})


def _clause_question(message: str, facts: tuple[FactRecord, ...], state: DialogueState, lang: str,
                     ctx: AssistantContext) -> tuple[Reply, DialogueState]:
    """Answer what something gets from the graph, anything else from retrieval; facts stated
    alongside the question are kept. A policy not in force that day is said to be so."""
    records = _merge(state.facts, facts)
    after = {"facts": records, "turns": state.turns + 1}
    status = status_line(ctx.rules, state.as_of, lang)
    window = validity_sources(ctx.rules, state.as_of)
    rule = refund_rule(ctx.rules) if asks_about_refunds(message) else None
    echo = _echo(facts, lang)  # facts said beside the question are kept: say so
    if rule is not None:
        result = evaluate(_supposed_departure(_profile(records), message, state.as_of), state.as_of, ctx.rules) \
            if records else None
        text = "\n".join(filter(None, (echo, refund_text(rule, message, lang, result), status)))
        data = result.to_json() if result else None
        return Reply(Intent.CLAUSE_QUESTION.value, lang, text, records, eligibility=data,
                     sources=(rule.to_json(), data or {}, window)), state.model_copy(update=after)
    support = concept_support(ctx.rules, message)
    if support is not None:
        text = "\n".join(filter(None, (echo, concept_support_text(support, ctx.rules, lang), status)))
        return Reply(Intent.CLAUSE_QUESTION.value, lang, text, records,
                     sources=([p.to_json() for p in support.provisions], window)), state.model_copy(update=after)
    result = ctx.search().search(message, k=3)
    data = result.to_json()
    text = "\n".join(filter(None, (echo, search_text(result, lang), status if result.hits else None)))
    return Reply(Intent.CLAUSE_QUESTION.value, lang, text, records, hits=data, sources=(data, window)), \
        state.model_copy(update=after)




def _changed_in_place(records: tuple[FactRecord, ...], new: tuple[FactRecord, ...]
                      ) -> tuple[tuple[FactRecord, ...], tuple[FactRecord, ...]]:
    """A supposition about something already known under another round or level (the national
    centre supposed municipal) changes that fact, keeping what it does not restate (its date);
    returns the records so changed and the facts left to add."""
    out, rest = list(records), []
    for fact in new:
        index = next((i for i in range(len(out) - 1, -1, -1) if out[i].key != fact.key
                      and _slot(out[i].key) == _slot(fact.key) and isinstance(out[i].value, dict)), None)
        if index is None or not isinstance(fact.value, dict) or "#" in out[index].key:
            rest.append(fact)
            continue
        old = out[index]
        assert isinstance(old.value, dict)
        value = {**old.value, **fact.value}
        out[index] = old.model_copy(update={"value": value, "key": _round_key(old.key, value), "source": fact.source})
    return tuple(out), tuple(rest)


def _one_more(message: str, records: tuple[FactRecord, ...]) -> tuple[FactRecord, ...]:
    """One more member like the latest one a company can hold several of (at the level the
    message names, else the same level), undated: a supposition, not a fact."""
    vocabulary = load_vocabulary()
    names_a_member = level_named(message) or any(vocabulary.held_several(hit.concept.id)
                                                 for hit in vocabulary.find(message, "qualifications", plurals=True))
    if not (cue("another_member").search(message) and names_a_member):  # 如果研发经费多一个亿呢 / wait another year: no
        return ()
    latest = next((f for f in reversed(records) if isinstance(f.value, dict)
                   and vocabulary.held_several(concept_of(f.value) or "")), None)
    if latest is None or not isinstance(latest.value, dict):
        return ()
    value = {key: item for key, item in latest.value.items() if key not in ("date", "date_precision")}
    level = level_named(message)
    if level:
        value["level"] = level
    taken = {f.key for f in records}
    base = _round_key(_slot(latest.key), value)
    key = base if base not in taken else next(f"{base}#{n}" for n in range(2, 100) if f"{base}#{n}" not in taken)
    return (FactRecord(key=key, field=latest.field, value=value, source=message.strip()),)


def _supposed_departure(profile: CompanyProfile, message: str, as_of: dt.date) -> CompanyProfile:
    """如果2027年搬走，要退钱吗？ supposes a departure date without stating a plan: judged with it,
    not stored."""
    from assistant.understanding.relative_dates import found_dates as dates

    words = leaving_words(message) or ""
    when = next((found for found in dates(words, as_of) if isinstance(found.value, dt.date)), None)
    if when is None or profile.location.planned_departure is not None:
        return profile
    assert isinstance(when.value, dt.date)
    location = profile.location.model_copy(update={"planned_departure": when.value})
    return profile.model_copy(update={"location": location})


def _graph_question(message: str, state: DialogueState, lang: str, ctx: AssistantContext
                    ) -> tuple[Reply, DialogueState]:

    vocabulary = load_vocabulary()
    concepts = {hit.concept.id for hit in vocabulary.find(message, "qualifications")}
    level = level_named(message)
    found = [p for p in ctx.rules.benefits
             if (not concepts or concepts & set(p.qualifications)) and (level is None or p.level == level)]
    if not concepts and level is None:
        found = []
    lines = [("涉及的条款：" if lang == "zh" else "Clauses that match:")] if found else \
        ["没有找到符合的条款。" if lang == "zh" else "No clause matches."]
    lines += [f"{citation(p.clause_path)} {ctx.rules.titles[p.id]}" for p in found]
    return Reply(Intent.GRAPH_QUESTION.value, lang, "\n".join(lines), state.facts,
                 sources=([p.to_json() for p in found],)), state.model_copy(update={"turns": state.turns + 1})


_SMALLTALK = {"zh": "您好！请描述贵公司的情况（所在区域、资质认定、研发投入、上市、平台等），我来测算能享受的支持；"
                    "也可以直接问政策条款。",
              "en": "Hello! Tell me about your company (location, recognitions, R&D spending, listing, platforms) and "
                    "I will work out what it can claim, or ask me about the policy's clauses."}
_NOTHING_CORRECTED = {"zh": "抱歉，我没能看出要修改哪一项（或这一说法不在本政策的范围内），之前的情况保持不变。"
                           "请直接说出正确的情况，例如「我们是在{board}上市」或「是再次认定」。",
                     "en": "Sorry, I could not tell what to change (or it is not something this policy covers), so "
                           "nothing was changed. Please say the right fact directly, e.g. \"we listed on the {board}\" "
                           "or \"it was a renewal\"."}
EXAMPLE_BOARD = "star_market"
"""The listing board a reply names as an example of a correction (its label comes from the vocabulary)."""


def _nothing_corrected(lang: str) -> str:
    return _NOTHING_CORRECTED[lang].format(board=load_vocabulary().label(EXAMPLE_BOARD, lang))


_OUT_OF_SCOPE = {"zh": "抱歉，这个问题超出了本政策助手的范围。"
                       "我可以测算贵公司能享受的政策支持，或回答政策条款相关的问题。",
                 "en": "Sorry, that is outside what this policy assistant does. I can work out what your company can "
                       "claim under the policy, or answer questions about its clauses."}


def respond(message: str, state: DialogueState, context: AssistantContext | None = None
            ) -> tuple[Reply, DialogueState]:
    """Answer one message; returns the reply and the new state (the old state is not changed)."""
    ctx = context or default_context()
    text = _TAGS.sub(" ", readable_message(message)).strip()
    lang = _lang(text) if text else "zh"
    if not text:
        prompt = ("请输入您的问题或贵公司的情况。" if lang == "zh" else
                  "Please type a question or describe your company.")
        return Reply(Intent.SMALLTALK.value, lang, prompt, state.facts), state
    note = ""
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[:MAX_MESSAGE_CHARS]
        note = ("（消息过长，只读取了前2000个字符）\n" if lang == "zh" else
                "(The message was long; only its first 2000 characters were read.)\n")
    reading = typed_reading(text)  # a message typed in 繁體, or with full-width digits (今年２月)
    text = reading.text if reading else text
    try:
        facts = _platform_set_up(text, _of_the_fact_asked(text, state, _read_facts(text, state, ctx), ctx), state)
        if reading:
            facts = tuple(fact.model_copy(update={"source": reading.original(fact.source)}) for fact in facts)
        of_another = message_of_another_party(text)  # 隔壁公司的中心也升Y级了: that party's, not ours
        if not facts and state.facts and not of_another:  # 工作站这三年都在运行: how long the platform said before runs
            facts = _operation_said(text, state) or _raised_level(text, state) \
                or _raised_grade(text, state)  # 后来升级成X级了: one more level; 又被评为四级: one more grade
        if not facts and not of_another and _may_answer(text, state):
            facts = _continued(text, state) or _answer_to_question(text, state, ctx.rules.induced_labels) \
                or _tier_answer(text, state, ctx.terms())
            facts = _corrected_number(text, facts, state.as_of)  # 不对，是2件，2023年的: the count and the date
        if not facts and state.facts and not of_another:  # figures asked for, or the last fact going on in parts
            facts = _figures_answer(text, state) if state.asked and state.asked[-1].startswith("base:") \
                and amounts(text) else _continued(text, state)
    except ImplausibleNumber as error:
        polite = (f"这个数字看起来不对：{error.explain('zh')}。请核对后再告诉我。" if lang == "zh" else
                  f"That number does not look right: {error.explain('en')}. Please check it and tell me again.")
        return Reply(Intent.OUT_OF_SCOPE.value, lang, polite, state.facts, sources=(text,)), state
    named = sectors_named(text) if facts or names_the_company(text) else frozenset()
    if named - set(state.sectors):  # 我们是一家生物医药企业: the questions that follow keep to its sector
        state = state.model_copy(update={"sectors": (*state.sectors, *sorted(named - set(state.sectors)))})
    intent = _intent(text, facts, state, ctx)
    try:
        reply, new_state_ = _remembering(state, text, *_dispatch(intent, text, facts, state, lang, ctx))
    except ProfileError as error:
        polite = ("这些信息之间有矛盾或无法识别：" if lang == "zh" else "Some of that could not be understood: ") + \
            str(error).split(":", 1)[-1].strip()
        return Reply(intent.value, lang, polite, state.facts), state
    planned: list[Understood] = []
    if intent is Intent.ELIGIBILITY:
        reply, planned = _with_plans(reply, text, new_state_, lang, ctx)
    if reply.intent not in _DECLINING_INTENTS:  # every reply shows back the clauses it did not use
        changed = [f.source for f in new_state_.facts if f not in state.facts]  # a correction, an answer
        reply = _with_unused(reply, text, [*(f.source for f in facts), *(f.source for f in planned), *changed], lang)
    status = status_line(ctx.rules, state.as_of, lang) if reply.intent in _COMPUTING_INTENTS else None
    if status and status not in reply.answer:  # a what-if or a why on a policy not in force says so first
        reply = replace(reply, answer=f"{status}\n{reply.answer}", sources=(*reply.sources, status))
    if note:
        reply = Reply(reply.intent, reply.lang, note + reply.answer, reply.profile, reply.eligibility, reply.hits,
                      reply.questions, (*reply.sources, MAX_MESSAGE_CHARS), reply.baseline)
    return reply, new_state_


def _said_held_yet_fell_through(fact: FactRecord) -> bool:
    """A fact read as held from words that say it did not come through (杰青那个其实还没评上): not a fact stated; one
    read as not held (``held: false``) from them is."""
    held = fact.value.get("held", True) if isinstance(fact.value, dict) else True
    return held is not False and bool(cue("fell_through").search(fact.source))


def _held(state: DialogueState) -> frozenset[str]:
    """The ids of the policy's own concepts the conversation holds (a grade said alone corrects one of them)."""
    return frozenset(c for f in state.facts if f.field == "policy_concepts" and (c := concept_of(f.value)))


def _read_facts(text: str, state: DialogueState, ctx: AssistantContext) -> tuple[FactRecord, ...]:
    """The facts ``text`` states; a relative date takes the date said last, or the date of the fact said before that
    it names ("the same month as the compressor", 和压缩机那个同一个月: those words read as no fact of their own)."""
    reading, earlier = _dated_by_named_fact(text, state)
    facts = _records(understand_facts(reading, state.as_of, in_conversation=bool(state.facts), earlier=earlier,
                                      terms=ctx.terms(), held_concepts=_held(state)))
    if reading == text:
        return facts
    def as_said(source: str) -> str:  # the words as the user typed them, the naming words back in
        start = reading.find(source)
        return text[start:start + len(source)].strip() if source not in text and start >= 0 else source
    return tuple(fact.model_copy(update={"source": as_said(fact.source)}) for fact in facts)


def _of_the_fact_asked(text: str, state: DialogueState, facts: tuple[FactRecord, ...], ctx: AssistantContext
                       ) -> tuple[FactRecord, ...]:
    """"It was set up in April 2022" / 它是2022年4月建的 after the date of a fact was asked: the pronoun speaks of that
    fact, so the date is its date — never the year the company settled (read alone, the same words would be that)."""
    settles = bool(facts) and all(fact.field in (SETTLED_YEAR, NEWLY_SETTLED) for fact in facts)
    if not settles or not cue("thing_subject").match(text) or not state.asked \
            or not state.asked[-1].startswith("date:"):
        return facts
    answered = _answer_to_question(text, state, ctx.rules.induced_labels)
    return tuple(_run_as_said(text, fact, state.as_of) for fact in answered) or facts


def _run_as_said(text: str, fact: FactRecord, as_of: dt.date) -> FactRecord:
    """``fact`` with how long it runs when ``text`` says so too ("set up in April 2022 and it's still running")."""
    if not isinstance(fact.value, dict) or not kind_of(fact.field).accepts("operating_until"):
        return fact
    since = fact.value.get("date")
    until = operating_until(text, _lang(text), as_of, dt.date.fromisoformat(str(since)) if since else None)
    return fact.model_copy(update={"value": {**fact.value, "operating_until": until.isoformat()}}) if until else fact


def _dated_by_named_fact(text: str, state: DialogueState) -> tuple[str, dt.date | None]:
    """The words to read and the date a relative date of them takes: the date said last; or, when the message names
    the fact whose date it means, that fact's (by its concept, a part of its name, or words it was said with —
    "the compressor") with the naming words blanked — none when they name no dated fact, or several of other dates."""
    anchor = date_anchor(text) if state.facts else None
    if anchor is None:
        return text, _last_date(state.facts)
    words, start, end = anchor
    named = named_facts(words)[0] or concepts_named_by_part(words, _held_concepts(state.facts))
    levels = {hit.concept.id for hit in level_hits(words)}  # "the international one": the standard of that level
    bare = re.sub(r"^(?:the|our|that)\s+", "", words.lower())

    def meant(fact: FactRecord) -> bool:
        if not named and not levels:  # "the compressor": a word it was said with, whole
            return bool(re.search(rf"(?<![\w]){re.escape(bare)}(?![\w])", fact.source.lower())) if bare.isascii() \
                else bare in fact.source
        return (not named or concept_of(fact.value) in named) and (not levels or fact.value.get("level") in levels)

    found = {str(f.value["date"]) for f in state.facts
             if isinstance(f.value, dict) and f.value.get("date") and meant(f)}
    reading = text[:start] + " " * (end - start) + text[end:]
    closing = re.match(r"[^,，.。;；!?！？]{0,6}?[,，]", text[end:])  # "The same month as the compressor, we were…" /
    if closing:  # 和压缩机那个同一个月，我们…: the comma after the date words goes, the date reads on into the clause
        comma = end + closing.end() - 1
        reading = reading[:comma] + " " + reading[comma + 1:]
    return reading, dt.date.fromisoformat(found.pop()) if len(found) == 1 else None


def _may_answer(text: str, state: DialogueState) -> bool:
    """A short message after a question may answer it (是，国家级 / "2 of them"); one with an amount, one asking back,
    or one naming things of a kind the policy does not pay (另外还有两件实用新型) answers none; nor one that gives
    a known recognition its round by its date (2019年就首次认定了，2022年12月那次是复审: a correction)."""
    short = len(text) <= 40 or (len(text) <= _POINTING_ANSWER_CHARS
                                and (points_back(text) or bool(cue("thing_subject").match(text))))
    return bool(state.asked) and not any_amount(text) and short and not cue("asks_back").search(text) \
        and not cue("other_ip").search(text) and not years_pointed_at(text) and not rates_another_party(text) \
        and not _of_another_grade(text, state) \
        and _rounds_by_date(text, state.facts, state.as_of) == state.facts  # 2025年那个是X级的: a correction


def _of_another_grade(text: str, state: DialogueState) -> bool:
    """2024年复评四级，没通过 / "re-rated at level 4, but it was rejected" after 三级 held: the words are of another
    grade of a held grade's scale than the one held, so no answer to a question about the grade held (its date)."""
    return any(f.field in TIERED_FIELDS and isinstance(f.value, dict) and f.value.get("tier")
               and names_another_grade(text, str(f.value["tier"])) for f in state.facts)


_POINTING_ANSWER_CHARS = 80
"""A reply that points at a fact said before ("And the other one - that one was provincial") may be this long."""


def _renumbered_back(message: str, records: tuple[FactRecord, ...], kept: tuple[FactRecord, ...], as_of: dt.date
                     ) -> tuple[FactRecord, ...]:
    """专利那部分不算了，其实只授权了1件 / "scratch the patents; only 2 were granted": a take-back that gives the number
    that holds keeps the fact it takes back, with that number; () when it gives none."""
    renumbered = {fact.key: fact for fact in _corrected_number(message, records, as_of) if fact not in records}
    if not renumbered:
        return ()
    return tuple(renumbered.get(fact.key, fact) for fact in records if fact in kept or fact.key in renumbered)


def _remembering(state: DialogueState, text: str, reply: Reply, after: DialogueState) -> tuple[Reply, DialogueState]:
    """The reply, and the state after it that remembers which facts this message said (``said_last``; none when it
    said none: "scratch that" after a plan or a question takes back nothing held), in the order the message said
    them (刚才最后说的那个 is the last said, wherever its fact stands in the state)."""
    said = [fact for fact in after.facts if fact not in state.facts]
    said.sort(key=lambda fact: _said_at(fact, text))
    before = {(fact.field, fact.source): fact for fact in state.facts}
    changed = tuple(before[_before_change(fact)] for fact in said if _before_change(fact) in before)
    return reply, after.model_copy(update={"said_last": tuple(fact.key for fact in said), "changed_last": changed})


def _before_change(fact: FactRecord) -> tuple[str, str]:
    """The field and the words of the fact that ``fact`` changed (its source before the last →)."""
    return fact.field, fact.source.rpartition(" → ")[0]


def _said_at(fact: FactRecord, text: str) -> int:
    """Where in ``text`` the words that last gave ``fact`` begin (a correction's, after its →); its end when not
    found there."""
    words = re.split(r"[，,；;]", fact.source.rpartition(" → ")[2])[0].strip()
    found = text.find(words) if words else -1
    return found if found >= 0 else len(text)


def _intent(text: str, facts: tuple[FactRecord, ...], state: DialogueState, ctx: AssistantContext) -> Intent:
    """What the message asks for. In a conversation about the company, words about it that this policy does
    not read (招商局的人说可以一事一议, "we're opening a branch next month") or a plan alone (明年打算去X板上市)
    get the totals as they stand — the plan answered as a what-if, the words shown back as not used."""
    intent = classify(text, bool(facts), bool(state.last_benefits or state.last_reasons))
    if _without_retracted(text, state.facts, state.said_last, state.changed_last) != state.facts \
            and intent is not Intent.WHATIF:
        return Intent.CORRECTION  # 专利那部分不算了 / "scratch the patents": what it names is taken back
    if not facts and intent is not Intent.WHATIF and _takes_back_one_of_several(text, state.facts):
        return Intent.CORRECTION  # "forget the centre" after two centres: nothing changes, which one is asked
    if not facts and intent is not Intent.WHATIF and (years_pointed_at(text) or level_pointed_at(text)) \
            and _pointed_levels(text, state.facts) != state.facts:
        return Intent.CORRECTION  # 2025年那个是X级的 / "the national one is municipal": that fact's level changes
    if intent in (Intent.OUT_OF_SCOPE, Intent.CLAUSE_QUESTION) and not facts and cue("fell_through").search(text) \
            and _corrected_number(text, state.facts, state.as_of) != state.facts:
        return Intent.CORRECTION  # 150万那份最后没签成 / "the 1.5m one was never signed": a part of a sum taken back
    if intent is Intent.OUT_OF_SCOPE and state.facts and not cue("injection").search(text) \
            and (names_the_company(text) or planned_facts(text, state.as_of, ctx.terms())
                 or quantity_topic(text) is not None or cue("another_party_subject").match(text)):
        # 项目去年营业收入1.2亿, 隔壁公司的中心升省级了: another's figure or fact, shown as not used
        return Intent.ELIGIBILITY
    if intent is Intent.OUT_OF_SCOPE and not cue("injection").search(text) and cue("describes_itself").search(text):
        return Intent.ELIGIBILITY  # 我们是…的一家X企业，…: a description, none of it read, gets its words shown back
    if intent is Intent.OUT_OF_SCOPE and state.facts and state.asked and state.asked[-1].startswith("level:") \
            and level_hits(text):
        return Intent.ELIGIBILITY  # 不是X级的 / 可能是X级也可能是Y级 to "which level?": no level stated, asked again
    if intent is Intent.OUT_OF_SCOPE and _answers_a_bound(text, state):
        return Intent.ELIGIBILITY  # 是的，达到了 to 「固定资产投资」是否达到…？: the totals as they stand
    if intent in (Intent.OUT_OF_SCOPE, Intent.CORRECTION) and state.facts and not facts \
            and cue("sets_a_question_aside").search(text):
        return Intent.ELIGIBILITY  # 复审的问题先不管 / "never mind the renewal question": the totals as they stand
    return intent


def _takes_back_one_of_several(text: str, records: tuple[FactRecord, ...]) -> bool:
    """A take-back that points at one of several facts as closely ("forget the centre", 国家级那个其实还没批下来 after
    two national ones): a correction that changes nothing."""
    if not (cue("retracts").search(text) or cue("fell_through").search(text)) or _asks(text) \
            or cue("sets_a_question_aside").search(text):
        return False
    return _pointed_by_level(text, records) == frozenset() or points_at_several(text, _held_concepts(records))


def _answers_a_bound(text: str, state: DialogueState) -> bool:
    """Whether ``text`` is a yes or no to the last question, a bound the engine cannot check (``bound:``): it is not
    read (the award stays a could-add, the threshold checked when applying), but it is no question out of scope."""
    return bool(state.asked) and state.asked[-1].startswith(BOUND_QUESTION) \
        and answers_yes_or_no(text)


def _with_plans(reply: Reply, text: str, state: DialogueState, lang: str, ctx: AssistantContext
                ) -> tuple[Reply, list[Understood]]:
    """A description's reply, then what it plans (明年上市: answered as a what-if with its date, not stored);
    and the planned facts."""
    planned = planned_facts(text, state.as_of, ctx.terms())
    lines = [reply.answer]
    sources = list(reply.sources)
    if planned:
        said = "、".join(dict.fromkeys(f"「{fact.source}」" for fact in planned))
        whatif, _ = _whatif("；".join(dict.fromkeys(fact.source for fact in planned)), _records(planned), state,
                            lang, ctx, on=planned_move_date(text, state.as_of, ctx.terms()))
        lines.append(PLAN_LINE[lang].format(said=said))
        lines.append(whatif.answer)
        sources.extend(whatif.sources)
    return replace(reply, answer="\n".join(lines), sources=tuple(sources)), planned


def _with_unused(reply: Reply, text: str, used: list[str], lang: str) -> Reply:
    """The reply, then the clauses of the message that gave nothing, shown back rather than dropped
    silently (``used``: the words each fact of this message was read from)."""
    unused = not_used_notice(text, [*used, *map(typed_text, used)], lang, sectors_named)  # words as typed, as read
    if not unused or unused in reply.answer:
        return reply
    return replace(reply, answer=f"{reply.answer}\n{unused}", sources=(*reply.sources, unused))


_DECLINING_INTENTS = frozenset({Intent.SMALLTALK.value, Intent.OUT_OF_SCOPE.value})
"""Replies that already say the whole message is not something the assistant reads."""


_COMPUTING_INTENTS = frozenset({Intent.WHATIF.value, Intent.EXPLANATION.value})
"""Replies that compute or explain amounts without the engine's notice line of their own."""


def _supposes(words: str) -> bool:
    """The words of a fact suppose it (如果我们明年评上省级瞪羚, "what if we list"), not state it."""
    return bool(cue("whatif").search(words) or cue("conditional").search(words))


def _payee_yes_taken_back(text: str, state: DialogueState) -> tuple[FactRecord, ...]:
    """是的 to 贵公司是否属于「…」？, then 不对，创始人是上海人，不是X / "Actually no, our founder is from Shanghai":
    the correction denies the yes the last message gave, which is kept as a no (``held`` false); () when the last
    message gave no such yes or the correction denies nothing."""
    said = set(state.said_last)
    if not said or not takes_the_yes_back(text):
        return ()
    yeses = [f for f in state.facts if f.key in said and is_payee_yes(f.field, f.value, tuple(state.asked))]
    if not yeses or len(yeses) != len(said):
        return ()
    return tuple(f.model_copy(update={"value": {**cast(dict, f.value), "held": False},
                                      "source": f"{f.source} → {text}"}) if f in yeses else f for f in state.facts)


def _dispatch(intent: Intent, text: str, facts: tuple[FactRecord, ...], state: DialogueState, lang: str,
              ctx: AssistantContext) -> tuple[Reply, DialogueState]:
    only_place = all(fact.field.startswith("location.") for fact in facts)
    if intent is Intent.ELIGIBILITY and only_place and not names_the_company(text) and concept_support(ctx.rules, text):
        # 高新技术企业能拿多少？ / What can a national key laboratory in the zone get? asks about the
        # measure, not about the company: the place it names is the laboratory's
        return _clause_question(text, (), state, lang, ctx)
    if intent is Intent.ELIGIBILITY:
        return _eligibility_reply(intent, _merge(state.facts, facts), facts, state, lang, ctx)
    if intent is Intent.CORRECTION:
        stated = tuple(f for f in facts if not cue("retracts").search(f.source)  # 孵化器那个当我没说: not said again,
                       and not _said_held_yet_fell_through(f))  # nor 杰青那个其实还没评上 read as held
        if taken_back := _payee_yes_taken_back(text, state):  # its other words (上海人) correct nothing else
            return _eligibility_reply(intent, taken_back, tuple(r for r in taken_back if r not in state.facts), state,
                                      lang, ctx)
        remaining = _without_retracted(text, state.facts, state.said_last, state.changed_last)
        restored = () if stated or remaining == state.facts else \
            _renumbered_back(text, state.facts, remaining, state.as_of)
        if not stated and remaining != state.facts:  # "forget the national one - the ministry never confirmed it":
            restored = restored or remaining  # what is taken back is the change; its words correct nothing else
        records = restored or _correct(text, stated, remaining, state.as_of)
        if records == state.facts and state.facts:  # nothing to change: said so, with the totals as they stand
            reply, kept = _eligibility_reply(intent, records, (), state, lang, ctx)
            return replace(reply, answer=f"{_nothing_corrected(lang)}\n{reply.answer}"), kept
        return _eligibility_reply(intent, records, tuple(r for r in records if r not in state.facts), state, lang, ctx)
    if intent is Intent.WHATIF:
        stated = tuple(f for f in facts if not _supposes(f.source))
        if not stated or len(stated) == len(facts):
            return _whatif(text, facts, state, lang, ctx)
        # 如果明年评上省级瞪羚呢？目前情况：…2023年7月获批市级重点实验室: what is stated is kept, and echoed
        state = state.model_copy(update={"facts": _merge(state.facts, stated)})
        reply, new_state_ = _whatif(text, tuple(f for f in facts if f not in stated), state, lang, ctx)
        return replace(reply, answer=f"{_echo(stated, lang)}\n{reply.answer}"), new_state_
    if intent is Intent.EXPLANATION:
        return _explain(text, state, lang, ctx)
    if intent is Intent.CLAUSE_QUESTION:
        return _clause_question(text, facts, state, lang, ctx)
    if intent is Intent.GRAPH_QUESTION:
        return _graph_question(text, state, lang, ctx)
    if intent is Intent.VALIDITY:
        period = asked_period(text, state.as_of)
        reply = Reply(intent.value, lang, validity_text(ctx.rules, state.as_of, lang, period), state.facts,
                      sources=(validity_sources(ctx.rules, state.as_of), text))
        if cue("how_much").search(text):
            return _validity_with_totals(reply, facts, state, lang, ctx)
        return reply, state.model_copy(update={"turns": state.turns + 1})
    table = _SMALLTALK if intent is Intent.SMALLTALK else _OUT_OF_SCOPE
    return Reply(intent.value, lang, table[lang], state.facts), state
