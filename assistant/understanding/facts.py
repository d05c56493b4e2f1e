"""Facts about a company read from a message, each with the words it came from.

A message is cut into clauses (at ，。；！？ and line breaks); in each clause, vocabulary
concepts are found by their labels and aliases (Chinese and English, abbreviations too), and the
level, round, date and negation written in the same clause are attached to them.
Quantities (R&D by year, technology contract turnover, investment) are read the same way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, get_args

from assistant.eligibility.induced import InducedLabels, concept_label, is_induced
from assistant.eligibility.tiers import grade_named
from assistant.member_count import fewer_members
from assistant.profile import EquipmentLevel
from assistant.understanding.base_quantities import (
    dated_by_its_event,
    is_a_projects_topic,
    is_measured,
    is_quantity_topic,
    measured_figures,
    quantity_topic,
    stated_quantities,
    the_company_continues,
    topic_of_field,
    with_odd_amounts,
)
from assistant.understanding.casual_amounts import any_amount, every_amount
from assistant.understanding.casual_amounts import found_amounts as amounts
from assistant.understanding.company_itself import date_the_company_itself
from assistant.understanding.continued_items import date_continued_items
from assistant.understanding.cue_files import CueFileError
from assistant.understanding.cues import all_cues, cue
from assistant.understanding.currencies import YUAN, currency_after
from assistant.understanding.dated_parts import Counted, held_part, split_dated_parts
from assistant.understanding.defined_kinds import Outcome
from assistant.understanding.defined_kinds import judge as judge_definition
from assistant.understanding.fact_kinds import UnknownFactField, kind_of
from assistant.understanding.fact_slots import fact_slot, slot_of, stated_as_held
from assistant.understanding.figure_bounds import lower_bound_unusable
from assistant.understanding.glosses import with_glossed
from assistant.understanding.grade_changes import later_grade, names_another_grade
from assistant.understanding.induced_counts import count_said_before, listed_after
from assistant.understanding.label_variants import said_short, with_variants
from assistant.understanding.level_changes import Raise, raise_in, raised
from assistant.understanding.levels import (
    ADMINISTRATIVE_LEVELS,
    administrative_level_hits,
    denies_a_level,
    granted_level,
    level_affirmed,
    level_denied,
    level_hits,
    level_named,
    without_trailing_level,
)
from assistant.understanding.list_dates import date_listed_items
from assistant.understanding.listed_members import Member, listed_members
from assistant.understanding.operation import operating_until
from assistant.understanding.own_measure import says_an_event_of_its_own, states_a_measure
from assistant.understanding.places import (
    Area,
    Division,
    PlaceMention,
    load_area,
    most_specific,
    place_mentions,
    relation_to_area,
    seat_relation,
)
from assistant.understanding.policy_terms import PolicyConceptHit, PolicyTerms
from assistant.understanding.quantities import Found, counts, partly_for_others
from assistant.understanding.rated_party import (
    in_another_partys_relative,
    message_of_another_party,
    rates_another_party,
    said_of_another_party,
)
from assistant.understanding.received_funding import ReceivedFunding, received_funding
from assistant.understanding.relative_dates import found_dates as dates
from assistant.understanding.settling import settling
from assistant.understanding.tense import event_dates, event_tense, plan_start
from assistant.understanding.withdrawn import contract_amounts, kinds_named, undoes_a_contract, without_withdrawn
from assistant.understanding.word_counts import all_counts
from ingest.concepts import Concept, ConceptHit, load_vocabulary
from ingest.money import parse_number

_YEARS_LISTED = re.compile(r"(?:\s*(?:,\s*and|,|，|、|and|&)\s*(?:19|20)\d{2}年?)+")
"""Years a list goes on with after a clause ends (…operating in 2023, 2024 and 2025; 2022、2023、2024年都在运行)."""


@dataclass(frozen=True)
class Understood:
    """One fact read from the message: where it goes in the profile, and the words it came from."""

    key: str
    """Identity: a later fact with the same key replaces this one (``qualification:high_tech_enterprise``)."""
    field: str
    value: Any
    source: str

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "field": self.field, "value": _plain(self.value), "source": self.source}


NUMBER_SLOTS = ("amount_cny", "contract_amount_cny", "granted")
"""Where a fact's value holds a number the user may correct."""


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass
class _Clause:
    text: str
    start: int
    dates: list[Found] = field(default_factory=list)


def clauses(message: str) -> list[_Clause]:
    """Clauses at ，。；！？, sentence ends and joining words, but never inside brackets
    (Y（2023年X级认定）, an HNTE (first time, December 2022))."""
    depth = 0
    inside = [False] * len(message)
    for index, char in enumerate(message):
        if char in "（(【[":
            depth += 1
        elif char in "）)】]":
            depth = max(0, depth - 1)
        inside[index] = depth > 0
    parts, cursor = [], 0
    for match in cue("clause_break").finditer(message):
        if inside[match.start()] or _between_adjectives(message, cursor, match):
            continue
        parts.append(_Clause(message[cursor:match.start()], cursor))
        cursor = match.end()
    parts.append(_Clause(message[cursor:], cursor))
    return [part for part in parts if part.text.strip()]


def _between_adjectives(message: str, cursor: int, match: re.Match[str]) -> bool:
    """The break ``match`` is a comma between two adjectives of one noun phrase (a full-fledged, independent
    R&D institute): the text before it ends in an article and an adjective, the text after it goes on."""
    return (match.group().startswith(",") and bool(cue("adjectives_go_on").search(message[cursor:match.start()]))
            and bool(cue("adjectives_go_on_after").match(message, match.end())))


def _only_dates(clause: _Clause) -> bool:
    """The clause is its dates and a few joining words (In October 2023; 2023年10月; Back in March 2022)."""
    rest, cursor = [], 0
    for found in clause.dates:
        rest.append(clause.text[cursor:found.start])
        cursor = found.end
    rest.append(clause.text[cursor:])
    return bool(clause.dates) and bool(cue("date_alone").fullmatch(" ".join(rest)))


def round_named(text: str) -> str | None:
    if cue("renewal_round").search(text):
        return "renewal"
    if cue("first_round").search(text):
        return "first"
    return None


@dataclass(frozen=True)
class _Attributes:
    """What a stretch of words says about a concept: negation, level, round, date, plans."""

    negated: bool
    level: str | None
    round: str | None
    date: dt.date | None
    planned: bool
    not_ipo: bool
    precision: str | None = None
    """How precisely ``date`` was said: "year", "month", or None for the day."""

    def dated(self) -> dict[str, Any]:
        """The date (and its precision, unless the day was said) as profile fields."""
        return {"date": self.date, **({"date_precision": self.precision} if self.precision else {})}

    @property
    def any(self) -> bool:
        return self.negated or bool(self.level or self.round or self.date or self.not_ipo)




def without_seats(text: str) -> str:
    """``text`` with each place said as where the company is (公司在|大连市, "our company is in |Dalian") blanked: a
    seat is no body that grants a level (a key lab "in Dalian" is not thereby municipal); a place that names a level
    (在大连X级孵化器) is kept."""
    if not text.strip():
        return text
    for mention in place_mentions(text):
        where = cue("located_at").search(text[:mention.start]) or cue("place_as_where").search(text[:mention.start])
        if where and not cue("level_after_place").match(text, mention.end):
            text = text[:mention.start] + " " * (mention.end - mention.start) + text[mention.end:]
    return text


NEGATION_REACH, NEGATION_REACH_EN = 12, 24
"""How far before a concept a negation is its own (还不是|高企; "not Shenzhen |main board": English puts more words
between)."""


def _attributes(before: str, after: str, dates_after: list[Found], dates_before: list[Found] | None = None
                ) -> _Attributes:
    """Level and negation are read mostly before the concept (省级瞪羚, 还不是高企, not above-scale);
    rounds and dates before or after (首次认定的高企, recognised in March 2023)."""
    before_clean = cue("not_negation").sub("", before)
    after_clean = cue("not_negation").sub("", after)
    near_before = before_clean[-NEGATION_REACH_EN:] if before.isascii() else before_clean[-NEGATION_REACH:]
    negated = bool(cue("negation").search(near_before) or
                   cue("negation_after").match(after_clean))
    reach = 56 if before.isascii() else 24  # "the provincial department recognised us as a" puts more words between
    if before.isascii() and cue("level_reach_ends").search(before):  # "the provincial science department officially
        reach = len(before)  # recognised us as a": the body that grants, however far before the verb
    ahead = 64 if after.isascii() else 40  # "incubator in the Dalian FTZ was newly approved as national-level"
    before_level, after_level = without_seats(before[-reach:]), without_seats(after[:ahead])  # no seat (in Dalian)
    level = (level_affirmed(before_level[-24:]) or level_affirmed(after_level)  # a level word not ruled out first,
             or granted_level(before_level) or granted_level(after_level))  # then a body (辽宁省科技厅)
    if cue("unsure").search(before[-30:] + " " + after[:60]):  # 不确定是X级还是Y级: no level said
        level = None
    behind = 45 if before.isascii() else 30  # "we were first recognised as a provincial …": English puts more words between
    around = before[-behind:] + " " + after[:ahead]  # "…, recognised in March 2023 for the first time": English reaches further
    first, renewal = cue("first_round").search(around), cue("renewal_round").search(around)
    round_ = None if (first and renewal) else "renewal" if renewal else "first" if first else None
    chosen = dates_after or dates_before or []
    when = chosen[0].value if chosen else None
    planned = bool(cue("planned").search(before + after))
    not_ipo = bool(cue("not_ipo").search(before + after))
    return _Attributes(negated, level, round_, when if isinstance(when, dt.date) else None, planned, not_ipo,
                       chosen[0].precision if chosen else None)


def _concept_fact(concept: Concept, attributes: _Attributes, words: str, text: str, *, supposed: bool = False
                  ) -> Understood | None:
    """The fact a concept named in ``text`` states; ``supposed`` (a what-if) also takes what is
    only planned (如果我们明年上市)."""
    slot = fact_slot(concept.group)  # where the group's members go, from the vocabulary
    if slot is None:
        return None
    held = not attributes.negated
    value: dict[str, Any]
    if slot.field == "qualifications":
        value = {slot.key: concept.id}
        if not held:
            value["held"] = False
        if attributes.level:
            value["level"] = attributes.level
        if attributes.round and concept.in_rounds:
            value["round"] = attributes.round
        if attributes.date and held:
            value.update(attributes.dated())
        # a first recognition and a renewal are two facts (both may pay): the round is part of the key
        key = f"{slot.prefix}:{concept.id}" + (f":{value['round']}" if "round" in value else "")
        return Understood(key, slot.field, value, words)
    if slot.field == "platforms":
        value = {slot.key: concept.id}
        if not held:
            value["held"] = False
        if attributes.level:
            value["level"] = attributes.level
        if attributes.round and held:  # 初次认定为X级企业技术中心: a platform's recognition has its round too
            value["round"] = attributes.round
        if attributes.date and held:
            value.update(attributes.dated())
        if cue("relocated").search(text):
            value["relocated_into_zone"] = True
        # a national and a provincial laboratory are two facts (both may pay): the level is part of the key
        key = f"{slot.prefix}:{concept.id}" + (f":{value['level']}" if "level" in value else "")
        return Understood(key, slot.field, value, words)
    if slot.field == "listings":
        if not held or (attributes.planned and not supposed):
            return None
        value = {slot.key: concept.id}
        if cue("foreign_market").search(text):
            value["domestic"] = False
        elif cue("mainland_market").search(text):
            value["domestic"] = True
        if attributes.not_ipo:
            value["ipo"] = False
        if attributes.date:
            value.update(attributes.dated())
        return Understood(f"{slot.prefix}:{concept.id}", slot.field, value, words)
    if slot.field == "holdings":
        value = {slot.key: concept.id}
        if not held:
            value["held"] = False
        if attributes.date and held:
            value.update(attributes.dated())
        return Understood(f"{slot.prefix}:{concept.id}", slot.field, value, words)
    return None


BARE_TYPE_REST = 4
"""How many characters besides an enterprise type a clause heading a description may have (我们是 | a, the)."""
COMPANY_TYPE_GROUP = "enterprise_type"
"""The vocabulary group of what a company is (规模以上工业企业, 科技型领军企业), said bare at the head of a description."""
TIERED_FIELDS = frozenset({"qualifications", "platforms", "holdings", "policy_concepts"})
"""Profile lists whose facts carry a grade (``tier``: 五级, 四星级; a concept the policy induced, graded by its tiers:
国家X级物流企业)."""
CONCEPT_KEYS = ("id", "type", "board")
"""Where a fact's value names its concept (a qualification's id, a platform's type, a board)."""


def concept_of(value: Any) -> str | None:
    """The concept a fact's value names, if it names one."""
    if not isinstance(value, dict):
        return None
    concept = next((value[key] for key in CONCEPT_KEYS if key in value), None)
    return concept if isinstance(concept, str) else None


def held_fact(concept_id: str, held: bool, source: str, labels: InducedLabels | None = None) -> Understood | None:
    """"Yes, we have it" / "no" about one concept, in the profile field of its kind; None for a
    kind that cannot be denied (a listing). ``labels``: the printed labels of the policy's induced concepts."""
    if is_induced(concept_id):  # a concept the policy induced: by its printed label
        label: dict[str, Any] = {"id": concept_id, "label": concept_label(concept_id, "zh", labels)}
        return Understood(f"policy_concept:{concept_id}", "policy_concepts", label | ({} if held else {"held": False}),
                          source)
    slot = slot_of(concept_id)
    if slot is None or (not held and slot.field == "listings"):
        return None
    value: dict[str, Any] = {slot.key: concept_id} if held else {slot.key: concept_id, "held": False}
    return Understood(f"{slot.prefix}:{concept_id}", slot.field, value, source)


DATED_FIELDS = frozenset({"qualifications", "platforms", "holdings", "listings"})
"""Profile lists whose facts say how precisely their date is known (``date_precision``)."""


def _merge_attributes(fact: Understood, attributes: _Attributes, words: str, *, correcting: bool = False
                      ) -> Understood:
    """A clause that only adds attributes (，省里去年认定的 / , certified in March 2023) completes
    the fact of the clause before it."""
    if not isinstance(fact.value, dict):
        return fact
    value = dict(fact.value)
    identity = concept_of(value)
    kind = kind_of(fact.field)
    if attributes.negated and kind.deniable:
        value["held"] = False
        value.pop("date", None)
        value.pop("date_precision", None)
    if attributes.level and "level" not in value and kind.accepts("level"):
        value["level"] = attributes.level
    if attributes.round and "round" not in value and kind.accepts("round") and load_vocabulary().in_rounds(identity or ""):
        value["round"] = attributes.round
    if correcting and attributes.date:  # 2020年上的，哦不对我记错了，是2022年3月上市的: the later date stands
        value.pop("date", None)
        value.pop("date_precision", None)
    if attributes.date and "date" not in value and value.get("held", True) and kind.dated:
        value.update(attributes.dated() if kind.accepts("date_precision") else {"date": attributes.date})
    if attributes.not_ipo and kind.accepts("ipo"):
        value["ipo"] = False
    if kind.accepts("relocated_into_zone") and cue("relocated").search(words):
        value["relocated_into_zone"] = True
    base, _, member = fact.key.partition("#")
    part = {"qualifications": "round", "platforms": "level"}.get(fact.field)
    if part in value and base.count(":") == 1:  # the round or level is part of the key (see _concept_fact)
        base = f"{base}:{value[part]}"
    joined = f"{fact.source}, {words}" if words.isascii() else f"{fact.source}，{words}"
    return Understood(base + (f"#{member}" if member else ""), fact.field, value, joined)


IP_GROUP = "intellectual_property"
GENERIC_PATENT = "invention_patent"
"""What the group's own English word (patents) means alone: invention patents, as the old
rules read it. The Chinese 专利 alone is not read so: it commonly includes utility models."""
GRANTED_ABROAD = "foreign_patent"
"""What the group's generic word names when the words after it say it was granted abroad (2 patents granted in Europe)."""


@cache
def _generic_patent_words() -> re.Pattern[str]:
    """The intellectual-property group's own English labels (patent, patents), as whole words."""
    labels = [label for label in load_vocabulary()[IP_GROUP].labels if label.isascii()]
    return re.compile("|".join(rf"\b{re.escape(label)}\b" for label in sorted(labels, key=len, reverse=True)),
                      re.IGNORECASE)


def _patent_words(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end) of every kind of intellectual property named: each member of the
    group (PCT专利, invention patents) in order, then the group's generic English word."""
    named = [(hit.concept.id, hit.start, hit.end) for hit in _named(text, IP_GROUP)]
    other = [m.span() for m in cue("other_ip").finditer(text)]  # "design patents", "utility model patents": not ours
    bare = [m for m in _generic_patent_words().finditer(text) if not any(start <= m.start() < end for _, start, end in named)
            and not any(a <= m.start() < b or (m.start() >= b and not text[b:m.start()].strip()) for a, b in other)]
    starts = sorted([start for _, start, _ in named] + [m.start() for m in bare])
    generic = []
    for m in bare:  # "10 patents and 2 patents granted in Europe via PCT": only the words after each, to the next patent word
        own_words = text[m.end():next((start for start in starts if start > m.start()), len(text))]
        generic.append((GRANTED_ABROAD if cue("granted_abroad").search(own_words) else GENERIC_PATENT, m.start(), m.end()))
    return named + generic


PATENT_COUNT_AFTER = 10
"""How far after its patent word a count may be (发明专利今年授权了6项), no other patent word nor a list
(发明专利和实用新型一共5项) between."""


def _date_chars(found: list[Found], start: int, end: int) -> int:
    """How many characters of ``start``–``end`` are dates (发明专利2022到2024年陆续授权了30件: the years put the count
    no further from its word)."""
    return sum(d.end - d.start for d in found if start <= d.start and d.end <= end)


def _patents_held(clause: _Clause, only_planned: bool) -> list[Understood]:
    """The patents the clause says the company holds: none when it only plans them (明年计划再申报3个) or says a count
    it still lacks (还差2项才能申报, "we still need two more")."""
    return [] if only_planned or cue("count_lacking").search(clause.text) else _patents(clause)


def _patents(clause: _Clause) -> list[Understood]:
    """Each count goes with the patent word right after it (5 PCT patents, 30件发明专利), or
    right before it (发明专利是21项); a date is the one after the word, or one just before
    the count (去年拿了12项发明专利)."""
    found: dict[str, Understood] = {}
    # a year is no count ("In 2024 we were granted invention patents": how many is not said)
    # nor a part of a sum of money ("received RMB 30,000 in patent subsidies": no patents counted as 000)
    money = [(a.start, a.end) for a in amounts(clause.text)]
    numbers = [n for n in all_counts(clause.text) if not any(d.start <= n.start < d.end for d in clause.dates)
               and not any(start < n.end and n.start < end for start, end in money)]
    used: set[int] = set()
    claimed: set[int] = set()
    starts: list[int] = []
    words = _patent_words(clause.text)
    for concept_id, word_start, word_end in words:
        if concept_id in found:  # "…and three more invention patents this year": more of that kind
            found.update(_more_named_again(clause, found[concept_id], (word_start, word_end), numbers, used))
            continue
        before = [n for n in numbers if n.end <= word_start and word_start - n.end <= 12 and n.start not in used]
        after = [n for n in numbers if n.start not in used
                 and 0 <= n.start - word_end - _date_chars(clause.dates, word_end, n.start) <= PATENT_COUNT_AFTER
                 and (n.start - word_end <= 4 or not cue("list_joiner").search(clause.text[word_end:n.start]))
                 and not any(word_end <= start < n.start for _, start, _ in words)]  # 发明专利今年授权了6项
        count = before[-1] if before else after[0] if after else None
        if count is None:
            continue
        used.add(count.start)
        if _counts_applications(clause.text, count, word_start, word_end):
            continue
        value: dict[str, Any] = {"type": concept_id, "granted": count.value}
        later = [d for d in clause.dates if d.start >= word_start - 4]
        close = [d for d in clause.dates if 0 <= count.start - d.end <= 20 and d.start not in claimed
                 and not cue("also").search(clause.text[d.end:count.start])]
        if later or close:
            value.update(_dated((later or close)[0]))
            claimed.add((later or close)[0].start)  # 8 patents granted in 2023 and 2 foreign patents: not theirs
        found[concept_id] = Understood(f"patent:{concept_id}", "patents", value, clause.text.strip())
        starts.append(min(count.start, word_start))
    found = _add_more_of_the_same(clause, found, starts, [n for n in numbers if n.start not in used])
    found = _counts_in_turn(clause, found, starts, [n for n in numbers if n.start not in used])
    found = _with_dated_parts(clause, found, starts, [n for n in numbers if n.start not in used])
    found = _with_held_parts(clause, found, starts, [n for n in numbers if n.start not in used])
    leading = [d for d in clause.dates if starts and d.end <= min(starts)]
    if leading:  # Last year we were granted 21 invention patents and 3 PCT patents: the date is every count's
        for concept_id, fact in found.items():
            if "date" not in fact.value:
                found[concept_id] = Understood(fact.key, fact.field, {**fact.value, **_dated(leading[-1])},
                                               fact.source)
    return list(found.values())


def _with_dated_parts(clause: _Clause, found: dict[str, Understood], starts: list[int],
                      numbers: list[Found]) -> dict[str, Understood]:
    """共有12件发明专利，其中5件是前年授权的: the part a fact of its own date, the rest of the whole apart
    (:mod:`assistant.understanding.dated_parts`)."""
    result = dict(found)
    for (name, fact), start in zip(list(found.items())[:len(starts)], starts, strict=True):  # the counts said
        split = split_dated_parts(clause.text, Counted(fact.key, start, dict(fact.value)), numbers, clause.dates,
                                  _dated)
        for key, value in split or []:
            result[name if key == fact.key else key] = Understood(key, fact.field, value, fact.source)
    return result


def _with_held_parts(clause: _Clause, found: dict[str, Understood], starts: list[int],
                     numbers: list[Found]) -> dict[str, Understood]:
    """开发了4个首版次软件产品，其中2个通过了认定: only the part that got it is counted
    (:func:`assistant.understanding.dated_parts.held_part`)."""
    result = dict(found)
    for (name, fact), start in zip(list(found.items())[:len(starts)], starts, strict=True):
        part = held_part(clause.text, Counted(fact.key, start, dict(fact.value)), numbers, clause.dates)
        if part is not None:
            result[name] = Understood(fact.key, fact.field, {**fact.value, "granted": part}, fact.source)
    return result


APPLICATION_REACH = 14
"""How far before a patent count or its word an application is read (we applied for 11 invention patents)."""


def _counts_applications(text: str, count: Found, word_start: int, word_end: int) -> bool:
    """The count is of applications (PCT申请了15件, "we filed 7 PCT applications"), no grant said with it: it is no
    count of granted patents."""
    span = text[max(0, min(count.start, word_start) - APPLICATION_REACH):max(count.end, word_end) + 4]
    return bool(cue("patent_application").search(span)) and not cue("patent_granted").search(span)


def _more_applied(text: str, more: Found, end: int) -> bool:
    """The more are applications (授权了3件，今年又申请了2件, "and filed 2 more"): no more grants."""
    start = max((text.rfind(mark, 0, more.start) for mark in "，,;；"), default=-1) + 1
    start = max(start, more.start - APPLICATION_REACH)
    span = text[start:end]
    return bool(cue("patent_application").search(span)) and not cue("patent_granted").search(span)


def _add_more_of_the_same(clause: _Clause, found: dict[str, Understood], starts: list[int],
                          numbers: list[Found]) -> dict[str, Understood]:
    """Counts of more of the patents just counted: added to them (3 invention patents in 2023 and 2 more
    in 2023), or, when the more have a date of their own (and 2 more this year), a fact of that date."""
    result = dict(found)
    for more in numbers:
        said = cue("more_of_the_same").match(clause.text, more.end)
        earlier = [key for key, start in zip(found, starts, strict=True) if start < more.start]
        if said is None or not earlier or _more_applied(clause.text, more, said.end()):
            continue
        own = next((d for d in clause.dates if more.end <= d.start <= said.end() + 8), None)
        added = _more_patents(result[earlier[-1]], int(str(more.value)), own, result[earlier[-1]].source)
        result.update({fact.key: fact for fact in added})
    return result


def _list_item_at(text: str, number: Found) -> str:
    """The item of a list (between list joiners) that holds ``number`` (2024年申请4项 in 2023年授权2项、2024年申请4项)."""
    joiners = [m for m in cue("list_joiner").finditer(text)]
    start = max((m.end() for m in joiners if m.end() <= number.start), default=0)
    end = min((m.start() for m in joiners if m.start() >= number.end), default=len(text))
    return text[start:end]


def _said_before_the_amounts(text: str, end: int) -> bool:
    """The concept ending at ``end`` comes before every amount of ``text``, in yuan or in another currency."""
    said = every_amount(text)
    return bool(said) and all(found.start >= end for found in said)


def _counts_in_turn(clause: _Clause, found: dict[str, Understood], starts: list[int],
                    numbers: list[Found]) -> dict[str, Understood]:
    """Counts said in turn with their years after the one counted (发明专利2023年授权2项、2024年授权4项; 2022年8项、2023年
    9项; "granted: 6 in 2022, 5 in 2023, 3 this year"): each a fact of the last kind counted, of its own year —
    a listed count with a date right before it (2024年授权4项) or right after it (5 in 2023), not yet used by a word
    of its own, after a list joiner. The counts already read keep their facts (a year said twice adds up)."""
    result = dict(found)
    dated = [d for d in clause.dates if isinstance(d.value, dt.date)]
    for number in numbers:
        earlier = [key for key, start in zip(list(found)[:len(starts)], starts, strict=True) if start < number.start]
        if not earlier or not cue("list_joiner").search(clause.text[starts[-1]:number.start]) \
                or cue("more_of_the_same").match(clause.text, number.end):
            continue  # …and 1 more in 2024: _add_more_of_the_same's
        if cue("item_of_another_verb").search(_list_item_at(clause.text, number)):
            continue  # 2023年授权2项、2024年申请4项: the item's own verb, not the grant carried
        own = next((d for d in dated if 0 <= d.start - number.end <= 4
                    and re.fullmatch(r"\s*(?:in|during)?\s*", clause.text[number.end:d.start], re.IGNORECASE)), None) \
            or next((d for d in dated if 0 <= number.start - d.end <= 4
                     and not cue("list_joiner").search(clause.text[d.end:number.start])), None)
        fact = result[earlier[-1]]
        if own is None or not isinstance(fact.value, dict) or "date" not in fact.value:
            continue  # 8 patents in 2023 and 2 more: _add_more_of_the_same's
        result.update({added.key: added for added in _more_patents(fact, int(str(number.value)), own, fact.source)})
    return result


def _more_named_again(clause: _Clause, fact: Understood, word: tuple[int, int], numbers: list[Found],
                      used: set[int]) -> dict[str, Understood]:
    """"two invention patents last year and three more invention patents this year": the count said with more right
    before the kind named again (``word``), added to ``fact`` or, dated otherwise, a fact of its own date; the count
    is marked ``used``. Nothing when no such count is there."""
    more = [n for n in numbers if n.end <= word[0] and word[0] - n.end <= 12 and n.start not in used
            and cue("more_named_again").search(clause.text[n.start:word[0]])]
    if not more:
        return {}
    used.add(more[-1].start)
    own = next((d for d in clause.dates if word[1] <= d.start <= word[1] + 12), None)
    return {added.key: added for added in _more_patents(fact, int(str(more[-1].value)), own, fact.source)}


def _more_patents(fact: Understood, more: int, when: Found | None, source: str) -> list[Understood]:
    """``more`` patents of the kind of ``fact``: added to its count, or, dated otherwise (and 2 more this
    year), a fact of their own date."""
    dated = _dated(when) if when is not None else {}
    if dated and dated.get("date") != fact.value.get("date"):
        key = f"{fact.key.partition('@')[0]}@{dated['date']}"
        return [Understood(key, fact.field, {**fact.value, **dated, "granted": more}, source)]
    return [Understood(fact.key, fact.field, {**fact.value, "granted": fact.value["granted"] + more}, fact.source)]


def _series_years(clause: _Clause, values: list[Found], as_of: dt.date) -> list[tuple[int, Decimal, str]]:
    """Give each amount a year: the nearest year written next to it (2023年3000万, 30 million in
    2023), else relative to the last complete year (去年从X涨到Y → year−2, year−1)."""
    years = [(d.start, d.end, d.value.year) for d in clause.dates if isinstance(d.value, dt.date)]
    alternating = _alternating(years, values)
    if alternating:
        return alternating
    if len(years) >= len(values):
        pairs, used = [], set()
        for amount in values:
            candidates = sorted((min(abs(amount.start - end), abs(start - amount.end)), year)
                                for start, end, year in years if year not in used)
            if not candidates:
                break
            year = candidates[0][1]
            used.add(year)
            pairs.append((year, amount.value, amount.text))
        if len(pairs) == len(values):
            return sorted(pairs, key=lambda p: p[0])  # type: ignore[arg-type,return-value]
    last = years[-1][2] if years else as_of.year - 1
    first = last - len(values) + 1
    return [(first + i, amount.value, amount.text) for i, amount in enumerate(values)]  # type: ignore[misc]


def _alternating(years: list[tuple[int, int, int]], values: list[Found]) -> list[tuple[int, Decimal, str]]:
    """Years and amounts said in turn (2022年研发1200万、2023年1500万; "RMB 5m in 2022, RMB 6.8m in 2023") or as two
    lists (2022、2023年研发投入分别是3000万和4000万): each amount is the year said in the same place of its order,
    whatever the distances; [] when they are said otherwise."""
    said = sorted([(start, "y") for start, _, _ in years] + [(v.start, "a") for v in values])
    order = "".join(kind for _, kind in said)
    count = len(values)
    if len(years) != count or count < 2 or order not in ("ya" * count, "ay" * count, "y" * count + "a" * count,
                                                          "a" * count + "y" * count):
        return []
    return [(year, Decimal(str(amount.value)), amount.text) for (_, _, year), amount in zip(years, values, strict=True)]


DATE_AFTER, DATE_AFTER_EN, DATE_BEFORE, DATE_BEFORE_EN = 40, 60, 15, 40
"""How far after (recognised in March 2023) and before (2022年11月首次认定高企) a concept its date may be
(English puts more words between them)."""


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
MAX_MEMBERS = 20
"""More members of one kind than this are not believable in a sentence (一百个重点实验室)."""


def _count_before(before: str) -> int:
    """How many the words just before a concept say there are (两个省级重点实验室, 十二个, two
    provincial key laboratories); 1 when they say no number."""
    match = cue("count_before").search(without_trailing_level(before[-24:]))
    if match is None:
        return 1
    word = match[0].lower()
    count = _COUNT_WORDS[word] if word in _COUNT_WORDS else int(parse_number(word))
    return count if 1 <= count <= MAX_MEMBERS else 1


def _members(fact: Understood, count: int) -> list[Understood]:
    """``count`` facts for ``count`` members of a group a company can hold several of (keys
    ``…#2``, ``…#3``); the fact alone otherwise."""
    if count < 2 or not load_vocabulary().held_several(concept_of(fact.value) or "") \
            or not isinstance(fact.value, dict) or fact.value.get("held") is False:
        return [fact]
    return [fact, *(Understood(f"{fact.key}#{n}", fact.field, dict(fact.value), fact.source)
                     for n in range(2, count + 1))]


def _dated(found: Found) -> dict[str, Any]:
    """A date as profile fields, with how precisely it was said (2021年 is the whole year)."""
    return {"date": found.value, **({"date_precision": found.precision} if found.precision else {})}


def _two_rounds(fact: Understood, text: str, when: list[Found]) -> list[Understood]:
    """One clause that tells both recognitions (first recognised in 2019 and renewed in March
    2022): a first and a renewal fact, each with the date nearest its word; [] otherwise."""
    first, renewal = cue("first_round").search(text), cue("renewal_round").search(text)
    since = None if first else cue("held_since").search(text)  # an HNTE since 2021 (renewed 2024): held from 2021
    value = fact.value
    if not ((first or since) and renewal and isinstance(value, dict) and load_vocabulary().in_rounds(value.get("id") or "")
            and value.get("held", True) and value.get("round") in (None, "renewal" if since else None)):
        return []
    dated = [found for found in when if isinstance(found.value, dt.date)]
    if len(dated) < 2:
        return []

    def nearest(word: re.Match[str]) -> Found:
        return min(dated, key=lambda found: min(abs(found.start - word.end()), abs(word.start() - found.end)))

    chosen = {"first": nearest(first or since), "renewal": nearest(renewal)}  # type: ignore[arg-type]
    if chosen["first"] is chosen["renewal"]:
        return []
    facts = []
    for round_, found in chosen.items():
        dated_value = {**{k: v for k, v in value.items() if k != "round"}, "date": found.value,
                       **({"round": round_} if first or round_ == "renewal" else {})}  # since: its round not said
        if found.precision:
            dated_value["date_precision"] = found.precision
        else:
            dated_value.pop("date_precision", None)
        facts.append(Understood(f"{fact.key}:{round_}", fact.field, dated_value, fact.source))
    return facts


def _renewal_of(fact: Understood, attributes: _Attributes, words: str) -> Understood | None:
    """A clause that only says a recognition was renewed (，2025年再次认定) after one said to be
    the first: the renewal, a second fact; None for anything else."""
    value = fact.value
    if not (attributes.round == "renewal" and isinstance(value, dict) and attributes.date is not None
            and not attributes.negated):
        return None
    # after a first recognition, or after one dated but not said to be first (2019年被认定为高企，2022年12月复审)
    if not (value.get("round") == "first" or ("round" not in value and value.get("date")
                                              and value.get("date") != attributes.date)):
        return None
    renewed = {key: item for key, item in value.items() if key not in ("date", "date_precision", "round")}
    renewed.update(round="renewal", **attributes.dated())
    base = fact.key.removesuffix(":first")
    return Understood(f"{base}:renewal", fact.field, renewed, words)


def general_question_end(message: str) -> int:
    """Where the question about any company that opens ``message`` ends (What does a company in the FTZ get as an
    HNTE?| We are in the FTZ…): after its question mark, or the message's end when none closes it; 0 when the
    message does not open with one. What follows it is said of the company again."""
    found = cue("asks_about_any_company").search(message)
    if found is None:
        return 0
    mark = re.compile(r"[?？]").search(message, found.end())
    return mark.end() if mark else len(message)


_CLAUSE_MARK = re.compile(r"[，,；;。]")
_FIGURE_FIELDS = ("equipment", "rd_expense")
"""Fields of figures and equipment (besides ``quantities.*``) that another party named as a clause's subject holds."""


def _without_another_partys_figures(found: list[Understood]) -> list[Understood]:
    """A figure or a piece of equipment read from words whose subject is another party (控股股东2023年研发投入X万,
    集团层面去年有台设备评上了首台套, "our holding company signed X of contracts": cue ``another_party_subject``) is
    that party's, not the company's — unless the company is named in a clause after it (集团营收X亿，我们公司Y亿: cue
    ``self``);
    the figures of the same field said on after it with no subject of their own (，2022年Y万) are that party's too.
    A unit the company may apply as (子公司, "our subsidiary": cue ``applying_unit``) keeps its figures."""
    kept: list[Understood] = []
    theirs: set[str] = set()
    for fact in found:
        figure = fact.field.startswith("quantities.") or fact.field.startswith(_FIGURE_FIELDS)
        party = cue("another_party_subject").match(fact.source) if figure else None
        party = None if party is None or cue("applying_unit").search(party.group(0)) else party
        if party is not None and not cue("self").search(_CLAUSE_MARK.split(fact.source, maxsplit=1)[-1]
                                                        if _CLAUSE_MARK.search(fact.source) else ""):
            theirs.add(fact.field)
            continue
        if figure and fact.field in theirs and not cue("self").search(fact.source):
            continue
        theirs.discard(fact.field)
        kept.append(fact)
    return kept


def names_the_company(message: str) -> bool:
    """The message speaks of the company itself (我们, 本公司, we, our) — and not only to
    suppose something (What do we get for listing on the STAR Market?), nor only in a question about any company
    that opens it (a statement after that question counts)."""
    rest = message[general_question_end(message):]
    return bool(cue("self").search(rest)) and not cue("asks_what_it_would_get").search(rest)


def understand_facts(message: str, as_of: dt.date, *, in_conversation: bool = False,
                     earlier: dt.date | None = None, terms: PolicyTerms | None = None,
                     held_concepts: frozenset[str] = frozenset()) -> list[Understood]:
    """Every fact the message states about the company, in order. A message that does not
    speak about the company (想问下，院士工作站的补助是每年都有吗？) names topics, not facts,
    unless the conversation is already about the company (``in_conversation``). ``earlier``
    is the last date said before this message (同年 points back to it). ``terms`` are the loaded
    policy's own concepts and area (default: the bundled policy's area, no concepts of its own);
    ``held_concepts`` the ids of those the conversation already holds (a grade said alone corrects one)."""
    return _Reading(message, as_of, in_conversation, earlier, terms=terms, held_concepts=held_concepts).read()


def planned_facts(message: str, as_of: dt.date, terms: PolicyTerms | None = None) -> list[Understood]:
    """What the message says the company plans or expects (明年上市, "we plan to list next year"): not
    facts of the profile, but suppositions the reply answers as a what-if, each with its clause as source."""
    planned: list[Understood] = []
    for clause in clauses(message):
        if event_tense(clause.text, _lang(clause.text), as_of) not in ("planned", "expected"):
            continue
        stated = {fact.key for fact in _Reading(clause.text, as_of, True, None, terms=terms).read()}
        supposed = _Reading(clause.text, as_of, True, None, supposing=True, terms=terms).read()
        planned.extend(fact for fact in supposed if fact.key not in stated and not fact.field.startswith("location."))
        if _moves_in(clause.text, _area_of(terms)):  # "we plan to move into the Dalian FTZ in May": being there is the supposition
            planned.append(Understood("location.in_zone", "location.in_zone", True, clause.text.strip()))
    return planned


def planned_move_date(message: str, as_of: dt.date, terms: PolicyTerms | None = None) -> dt.date | None:
    """When the message plans to move into the policy's area ("in May" read forward: the coming May)."""
    area = _area_of(terms)
    for clause in clauses(message):
        if _moves_in(clause.text, area) and event_tense(clause.text, _lang(clause.text), as_of) in ("planned", "expected"):
            _, when = event_dates(clause.text, _lang(clause.text), as_of)
            if when:
                return when[0].date
    return None


def _moves_in(text: str, area: Area | None) -> bool:
    """The clause moves the company into the policy's area (搬到自贸片区, "move our registration into the FTZ")."""
    move = cue("leaving").search(text) or _move_under_way(text)
    if move is None:
        return bool(cue("moving_in").search(text))
    return not cue("out_of_area").search(text) and _into_area(text[move.end():], area)


def _move_under_way(text: str) -> re.Match[str] | None:
    """The words of a move in a clause whose tense is planned (正在办理迁入X的手续, 迁到X的申请还没批, "the transfer
    to X is being processed"): a move under way, not made. The not-finished words are tense.yaml's ``planned`` class
    only; cue ``move_word`` says only that the clause speaks of a move."""
    move = cue("move_word").search(text)
    return move if move and event_tense(text, _lang(text)) in ("planned", "expected") else None


def _move_start(text: str) -> int:
    """Where the words of a move begin in ``text`` (its end when none is there)."""
    move = cue("moving_in").search(text) or cue("leaving").search(text) or _move_under_way(text)
    return move.start() if move else len(text)


def _area_of(terms: PolicyTerms | None) -> Area | None:
    """Where the loaded policy applies (its terms' area), else the bundled policy's; None when not known."""
    if terms is not None:
        return terms.area
    try:
        return load_area()
    except CueFileError:
        return None


def _today_of_a_status(text: str, date: Found, as_of: dt.date) -> bool:
    """``date`` is "today" said of a status held (we are an HNTE today, our firm remains …): it tells when the status
    is held, not when it was got, so it dates nothing; an event of today (we were recognised today) keeps it."""
    return date.value == as_of and bool(cue("today_word").fullmatch(date.text)) \
        and bool(cue("status_held_now").search(text))


@dataclass(frozen=True)
class _LeadIn:
    dates: list[Found] = field(default_factory=list)
    words: str = ""
    alone: bool = False
    """The clause said nothing but its date (In October 2023, …; 2023年10月，…): it dates what the next clause names."""

    def leads_into(self, group: str | None, words: str = "") -> bool:
        """The lead-in's date is the date of a concept of ``group`` named next: its words tell that group's
        event (今年3月上市了，X板), by the cue ``event_of_<group>``; a date of something else (2023年搬进了
        新办公楼，是Y, 公司2019年成立) dates no concept."""
        if self.alone and self.dates and group:  # In 2023, we were recognised…; not "In 2023, we were already a…"
            return not cue("status_not_event").search(words)
        event = all_cues().get(f"event_of_{group}") if self.dates and group else None
        return event is not None and event.pattern.search(self.words) is not None


@dataclass
class _Reading:
    """One message read clause by clause: the facts so far, and what earlier clauses left open
    (the fact a clause of attributes completes, the topic a bare amount continues, the last date)."""

    message: str
    as_of: dt.date
    in_conversation: bool
    said_before: dt.date | None
    """The last date said (同年 / the same year points back to it)."""
    facts: list[Understood] = field(default_factory=list)
    topic: str | None = None
    topic_dates: list[Found] = field(default_factory=list)
    """The dates of the clause that named the topic (去年签了三个技术开发合同，分别是120万、300万: last year's)."""
    topic_said: str = ""
    """The words of that clause."""
    previous: int | None = None
    """The fact a following clause of attributes completes (，2022年获批)."""
    supposing: bool = False
    """Read as a supposition (a plan answered as a what-if): what is only planned counts."""
    correcting: bool = False
    """A clause of this message took back what was said before it (哦说错了, "sorry, I meant"): the next
    fact of the same kind replaces the earlier one."""
    lead_in: _LeadIn = field(default_factory=lambda: _LeadIn())
    """The dates an earlier clause of the sentence gave to what follows (Last year we led, …)."""
    terms: PolicyTerms | None = None
    """The loaded policy's own concepts (by printed label) and area; None: the bundled policy's area."""
    held_concepts: frozenset[str] = frozenset()
    """Ids of the policy's own concepts the conversation held before this message."""
    sentence_year: int | None = None
    """A year said alone earlier in the sentence being read (a month named alone after it is that year's)."""
    sentence_dates: list[Found] = field(default_factory=list)
    """The dates of the last dated clause of this sentence (a foreign figure said after it, undated, is of its year)."""
    figure_dated: dt.date | None = None
    """The date of the last clause that said a figure: the year 全年 names again (not an event's: 2019年成立)."""
    question_end: int | None = None
    """Where the question about any company that opens the message ends (What does a company in the FTZ get as an
    HNTE?): read once; 0 when it opens with none."""

    def asks_about_any_company(self, clause: _Clause) -> bool:
        """The clause is part of the question about any company that opens the message: it states nothing of ours."""
        if self.question_end is None:
            self.question_end = general_question_end(self.message)
        return clause.start < self.question_end

    @property
    def area(self) -> Area | None:
        """Where the policy applies; None when not known (then no place is judged inside or outside)."""
        return _area_of(self.terms)

    @property
    def names_us(self) -> bool:
        return bool(cue("self").search(self.message)) or self._trade_heads()

    def _trade_heads(self) -> bool:
        """工业机器人企业，也是高企 / "Robotics company in the FTZ, also an HNTE": the message opens with the company's
        trade (the cue ``trade_head``), not with a recognition or an enterprise type read by the vocabulary."""
        head = cue("trade_head").match(self.message)
        return head is not None and not any(hit.end >= len(head.group().rstrip()) - 2
                                            for hit in qualification_hits(head.group()))

    @property
    def corrects(self) -> bool:
        """The message corrects what was said (说错了, "my bad"), wherever it says so."""
        return bool(cue("correction").match(self.message) or cue("correction_inside").search(self.message)
                    or cue("took_back").search(self.message))

    @property
    def hypothetical(self) -> bool:
        return self.supposing or bool(cue("conditional").search(self.message))

    def read(self) -> list[Understood]:
        self.facts.extend(_equipment(self.message, self.as_of, self.said_before))
        drafter = bool(cue("drafting_verb").search(self.message) or _named(self.message, "standard")
                       or cue("participating_drafter").search(self.message))
        for clause in clauses(self.message):
            self._read_clause(clause, drafter)
        self._cut_to_count_said()
        listed = date_listed_items(self.message, self.as_of, self.facts, lambda f: f.source, lambda f: f.field,
                                   lambda f: f.value, lambda f, v: Understood(f.key, f.field, v, f.source))
        listed = date_the_company_itself(self.message, self.as_of, listed, lambda f: f.source, lambda f: f.field,
                                         lambda f: f.value, lambda f, v: Understood(f.key, f.field, v, f.source))
        listed = date_continued_items(self.message, listed, lambda f: f.source, lambda f: f.field, lambda f: f.value,
                                      lambda f, v: Understood(f.key, f.field, v, f.source))
        listed = _without_another_partys_figures(listed)
        listed = [*listed, *self._defined_kinds(listed)]
        return _without_bare_repeats(_seat_first(listed))

    def _defined_kinds(self, said: list[Understood]) -> list[Understood]:
        """A kind the policy defines, not named in the message, judged from the facts it states against the
        definition's conditions (我是P居民，今年X岁，持股Y%: assistant/understanding/defined_kinds.py)."""
        named = {concept_of(f.value) for f in said if f.field == "policy_concepts"}
        found = []
        for concept in self.terms.concepts if self.terms else ():
            if not concept.definition or concept.id in named or concept.id in self.held_concepts:
                continue
            outcome = judge_definition(concept.definition, self.message, concept.names)
            if outcome is not Outcome.UNKNOWN:
                value = {"id": concept.id, "label": concept.label.strip()}
                found.append(Understood(f"policy_concept:{concept.id}", "policy_concepts",
                                        value | ({} if outcome is Outcome.MET else {"held": False}), self.message.strip()))
        return found

    def _said_after(self, clause: _Clause) -> str:
        """The clauses after ``clause`` in its sentence, up to one naming a standard of its own level (还参与了一项国家标准，
        不过不是我们牵头的 / "co-drafted two national standards but weren't the lead"): what they say of its role."""
        later = [c for c in clauses(self.message) if c.start > clause.start]
        end = clause.start + len(clause.text)
        said = []
        for following in later:
            if _SENTENCE_END.search(self.message, end, following.start) or _standard_levels(following.text):
                break
            said.append(following.text)
            end = following.start + len(following.text)
        return "，".join(said)

    def _cut_to_count_said(self) -> None:
        """有两个国家级重点实验室，不好意思，是一个 / "two national key labs — sorry, one lab": a count said after a
        correction word in the same message keeps that many of the members said together before it."""
        count = cue("corrected_count").search(self.message)
        if count is None:
            return
        said = _clauses_at(self.message, [(count.end() - 1, count.end())])  # the clause that says the number
        self.facts = list(fewer_members(self.message[count.start():], self.facts, lambda fact: Understood(
            fact.key, fact.field, fact.value, f"{fact.source} → {said}")))

    def asked(self, clause: _Clause) -> bool:
        """The clause is a question: it asks in words, or a question mark closes it."""
        end = clause.start + len(clause.text)
        return bool(cue("asks_in_words").search(clause.text) or cue("asking_end").search(clause.text)
                    or self.message[end:end + 1] in ("？", "?"))

    def yes_no(self, clause: _Clause) -> bool:
        """A yes/no question (我们是不是在片区内？, 是高新技术企业吗？) states nothing."""
        end = clause.start + len(clause.text)
        return bool(cue("yes_no").search(clause.text) or (cue("ends_with_ma").search(clause.text)
                                                            and self.message[end:end + 1] in ("？", "?", "")))

    def about_us(self, clause: _Clause) -> bool:
        """Says something about the company: names it, or continues the conversation without
        asking about a measure (Y的补助有哪些？ asks; 已经是Y了 says)."""
        if self.yes_no(clause) or (self.asked(clause) and cue("asks_what_it_would_get").search(clause.text)) \
                or self.asks_about_any_company(clause):  # What does a company in the FTZ get as…?
            return False
        if said_of_another_party(clause.text):  # 我们的客户2024年通过了…, 隔壁企业被评为… / "our supplier was rated …"
            return False
        if self.continues_another_partys_sentence(clause):  # "Our owner, a Shanghai group, | was recognised …"
            return False
        if self.names_us or self.correcting:  # 哦说错了，是X板: what takes back what was said is about us too
            return True
        may_be_about_us = self.in_conversation and not cue("question_about").search(self.message)
        if self.asked(clause):
            return may_be_about_us and not cue("asks_about_support").search(clause.text)
        # a statement with a date or a recognition verb needs no subject (2022年11月首次认定为高新技术企业)
        return may_be_about_us or bool(clause.dates or cue("states").search(clause.text)) \
            or self._heads_a_description(clause)

    def continues_another_partys_sentence(self, clause: _Clause) -> bool:
        """A clause opening on its verb (cue ``predicate_without_subject``) in a sentence whose subject, at its start,
        is an entity owning or heading the company (cue ``group_entity_subject``; a client the user speaks for is not)
        and the company is not named after it ("Our owner, a Shanghai group, was first recognised
        …"): the clause goes on that party, so it says nothing of the company."""
        if not cue("predicate_without_subject").match(clause.text):
            return False
        before = self.message[:clause.start]
        opens = max((found.end() for found in _SENTENCE_END.finditer(before)), default=0)
        sentence = before[opens:]
        return bool(cue("group_entity_subject").match(sentence)) and message_of_another_party(sentence)

    def _heads_a_description(self, clause: _Clause) -> bool:
        """规上工业企业，大连自贸片区，2023年高企复审通过 / "Above-designated-size industrial enterprise in the FTZ, first
        recognised …": a bare enterprise type heading a message that states facts of the company is the company's."""
        types = [hit for hit in qualification_hits(clause.text) if hit.concept.group == COMPANY_TYPE_GROUP]
        if cue("question_about").search(self.message) or len(types) != 1 or any_amount(clause.text):
            return False
        rest = clause.text[:types[0].start] + clause.text[types[0].end:]  # the type, and at most where it is
        if len(rest.strip()) > BARE_TYPE_REST and not cue("in_area").search(rest):
            return False
        return bool(cue("states").search(self.message) or dates(self.message, self.as_of))

    def _in_a_place(self, text: str, hit: ConceptHit) -> bool:
        """The concept's words are part of a place's name (Dalian Hi-tech Zone, 大连高新区): the place's, not ours."""
        area = self.area
        return area is not None and any(m.start <= hit.start and hit.end <= m.end and (m.start, m.end) != (hit.start, hit.end)
                                         for m in place_mentions(text, area=area))

    def _stated_before_plan(self, clause: _Clause) -> int | None:
        """Where the plan of a planned clause begins, when the words before it state what was done ("We got
        first-time HNTE status in May 2023 and are planning an IPO next year"); None when they do not."""
        lang = _lang(clause.text)
        start = plan_start(clause.text, lang)
        if not start or event_tense(clause.text[:start], lang) != "past":  # said as done (got, 了), not only dated
            return None
        return start

    def _only_planned(self, clause: _Clause) -> bool:
        """The clause plans or expects (预计2026年上市, 明年打算申请): what it names is not held yet, and
        the reply answers it as a what-if (:func:`planned_facts`) unless the message supposes it already."""
        return not self.hypothetical and event_tense(clause.text, _lang(clause.text), self.as_of) in ("planned",
                                                                                                   "expected")

    def _read_clause(self, clause: _Clause, drafter: bool) -> None:
        earlier = self.figure_dated if cue("year_of_a_figure").search(clause.text) else self.said_before
        clause.dates = [d for d in dates(clause.text, self.as_of, earlier, self.sentence_year)
                        if not _today_of_a_status(clause.text, d, self.as_of)]
        self._keep_sentence_year(clause)
        self._keep_dates_said(clause)
        if self._of_another_party(clause) or self._changes_what_was_said(clause, drafter):
            return
        text = clause.text
        planned = self._only_planned(clause)
        stated_until = self._stated_before_plan(clause) if planned else None  # "got HNTE status in 2023 and plan an IPO"
        hits = [h for h in qualification_hits(text) if stated_as_held(h.concept.group) and not self._in_a_place(text, h)
                and (stated_until is None or h.end <= stated_until) and not in_another_partys_relative(text, h.start)] \
            if self.about_us(clause) and (not planned or stated_until is not None) else []
        why = cue("why").search(text)
        if why:  # 我们是高企，为什么没有…: what follows the why-word is the question, not a fact
            hits = [h for h in hits if h.end <= why.start()]
        quantities = self._quantities(clause, None if hits else self.topic)
        special = _standards(clause, drafter, self.lead_in, self._said_after(clause)) \
            + _patents_held(clause, planned and stated_until is None)
        took_back = cue("took_back").search(text) or cue("correction").match(text)
        takes_back_its_own = bool(took_back and hits and took_back.start() >= hits[-1].end)  # 主板……说错了，是X板
        self.correcting = self.correcting or bool(took_back and not takes_back_its_own)
        before = len(self.facts)
        self._add_concepts(clause, hits, bool(quantities))
        if planned and stated_until is None and qualification_hits(text):
            self.previous = None  # X级中心正在申报，还没批: what follows is said of the planned one, not of the fact before
        if self.correcting and len(self.facts) > before:
            self._replace_corrected(before)
        self.correcting = self.correcting or takes_back_its_own
        own = self._add_policy_concepts(clause, bool(quantities)) if self.about_us(clause) and not planned else 0
        if special:
            self._add_counted(special)
            self.correcting = False  # 说错了，是3件发明专利: the count said again is the correction
        fell_through = bool(cue("fell_through").search(text))  # …，不过还在公示期: the fact before it is not held yet
        told = not (hits or own or quantities or special or why) and self._told_member(clause, planned or fell_through)
        if not (told or hits or own or quantities or special or why or (planned and not fell_through)) \
                and self._only_adds_to_previous(clause) \
                and not self._split_part(clause) and not self._added_more(clause) and not self._renumbered(clause) \
                and not self._added_member(clause):
            self._complete_previous(clause)
        if cue("both").search(text) and clause.dates:
            self._date_every_undated(clause.dates[-1])
        self._add_quantities(quantities)
        supposes = self.hypothetical and bool(cue("conditional").search(text) or cue("asks_about_rules").search(text))
        # a question names the area to ask about it (What does the Dalian FTZ offer?), not to say where we are
        if not (supposes and cue("asks_about_rules").search(self.message)) and not self.yes_no(clause) \
                and not self.asks_about_any_company(clause) \
                and not (self.asked(clause) and not self.hypothetical and not cue("leaving").search(text)):
            self.facts.extend(_location(clause, self.as_of, self.area, of_a_concept=bool(hits), message=self.message))
        if self.about_us(clause) and not planned and all(hit.concept.group == "enterprise_type" for hit in hits) \
                and not self._of_the_thing_before(clause):
            # 2018年就在本县设立了, 新落户, 老企业 (not 工作站2022年设立: a platform's): for 新设立 conditions
            self.facts.extend(Understood(name, name, value, text.strip())
                              for name, value in settling(text, clause.dates).items())
        self._keep_lead_in(clause, before)
        self._add_how_long_it_holds(clause, before)
        if quantities:
            self.previous = None

    def _keep_dates_said(self, clause: _Clause) -> None:
        """The last date the clause said (what a month or 同年 said later refers to) and, when it says a figure, that
        figure's date (2021年出口额900万美元，|全年的海运费120万: 全年 names that figure's year again)."""
        said = next((found.value for found in reversed(clause.dates) if isinstance(found.value, dt.date)), None)
        self.said_before = said or self.said_before
        end = clause.start + len(clause.text)
        sentence_ends = bool(re.match(r"\s*[。.!！?？\n]", self.message[end:end + 2]))
        self.sentence_dates = [] if sentence_ends else [d for d in clause.dates if isinstance(d.value, dt.date)] \
            or self.sentence_dates
        if any_amount(clause.text):  # 2021年出口额900万美元 too
            self.figure_dated = said or self.figure_dated

    def _of_another_party(self, clause: _Clause) -> bool:
        """The clause's subject is another party (隔壁公司的中心晋升省级了, "our supplier's centre got promoted"): what it
        says is that party's, no fact of ours; the fact before is not its subject either. A clause that says a figure is
        read on (集团去年营收50亿，|我们公司3亿: the figure after another entity's is the company's; figures_said.py)."""
        if not cue("another_party_subject").match(clause.text) or any_amount(clause.text):
            return False
        self.previous = None
        return True

    def _of_the_thing_before(self, clause: _Clause) -> bool:
        """The clause's subject is the platform or project just named ("…an academician workstation. It was set up in
        2021"; 该站2021年设立): what it says set up is that one, not the company."""
        fact = self.facts[self.previous] if self.previous is not None else None
        return fact is not None and kind_of(fact.field).accepts("operating_until") \
            and bool(cue("thing_subject").match(clause.text.strip()))

    def _keep_sentence_year(self, clause: _Clause) -> None:
        """The year said alone that heads a list of this sentence (2023年我们拿了两个平台：3月…，6月…): a month named
        alone later in the sentence is that year's (not after a year of another event: "set up in 2016, and in
        March…"); a sentence's end forgets it."""
        years = [found.value.year for found in clause.dates if found.precision == "year"
                 and isinstance(found.value, dt.date) and _HEADING_COLON.search(clause.text, found.end)]
        self.sentence_year = years[-1] if years else self.sentence_year
        end = clause.start + len(clause.text)
        if re.match(r"\s*[。.!！?？\n]", self.message[end:end + 2]):
            self.sentence_year = None

    def _changes_what_was_said(self, clause: _Clause, drafter: bool) -> bool:
        """The clause undoes a contract said before (后来解约了) or raises the level of the concept said before
        (两年后升级为X级): read as that change only."""
        if undoes_a_contract(clause.text, self.facts, any(hit.concept.group != "equipment"
                                                          for hit in qualification_hits(clause.text))):
            self._withdraw(clause)
            return True
        said_raise = raise_in(clause.text)
        return said_raise is not None and self._raise_level(clause, said_raise, drafter)

    def _withdraw(self, clause: _Clause) -> None:
        """其中一份300万的后来解约了 / "the 3 million one was cancelled": the contract leaves the facts (:mod:`withdrawn`)."""
        said = clause.text.strip()
        kinds = kinds_named(clause.text, bool(_named(clause.text, "equipment")))
        self.facts = without_withdrawn(contract_amounts(clause.text), kinds, self.facts,
                                       lambda fact, value: Understood(fact.key, fact.field, value,
                                                                      f"{fact.source} → {said}"))
        self.previous, self.topic = None, None  # 对方赔了我们50万违约金 after it is no contract's amount

    def _raise_level(self, clause: _Clause, said: Raise, drafter: bool) -> bool:
        """两年后升级为省级 / "was upgraded to provincial in 2023": the concept said before (in this clause, or the
        fact before) at its new level from the raise's date (:mod:`level_changes`); False when the clause raises
        nothing said (升级为X级专精特新小巨人 names a concept of its own: read as usual)."""
        before, after = clause.text[:said.at], clause.text[said.at:]
        if qualification_hits(after):
            return False
        read_before = bool(qualification_hits(before))
        if read_before:  # Our key lab was municipal in 2021 and was upgraded…: that part is a clause of its own
            self._read_clause(_Clause(before, clause.start), drafter)
        fact = self.facts[self.previous] if self.previous is not None else None
        if fact is None or not isinstance(fact.value, dict) or not kind_of(fact.field).accepts("level") \
                or "level" not in fact.value:
            return read_before
        since = fact.value.get("date")
        when = dates(after if read_before else clause.text, self.as_of, since if isinstance(since, dt.date) else None)
        earlier, later = raised(fact.value, said.level, when[-1] if when else None,
                                kind_of(fact.field).accepts("operating_until"))
        base = fact.key.partition("@")[0]
        key = base.removesuffix(f":{fact.value['level']}") + f":{said.level}" if base.endswith(
            f":{fact.value['level']}") else f"{base}@{said.level}"
        index = self.previous
        assert index is not None
        self.facts[index:index + 1] = [] if earlier is None else [Understood(fact.key, fact.field, earlier, fact.source)]
        self.facts.append(Understood(key, fact.field, later, _joined(fact.source, clause.text.strip())))
        self.previous = len(self.facts) - 1
        return True

    def _add_how_long_it_holds(self, clause: _Clause, before: int) -> None:
        """Until when what was said holds: a platform still operating, a recognition still valid."""
        self._add_operation(clause, before)
        self._add_still_valid(clause, before)

    def _add_still_valid(self, clause: _Clause, before: int) -> None:
        """证书还在有效期 / "our certificate is still valid": the one recognition of this clause (or, said alone, the
        previous one) is valid on the day asked about (``valid_on``) — when it was got stays unsaid; of several, none."""
        if not cue("still_valid").search(clause.text):
            return
        own = [index for index in range(before, len(self.facts)) if self.facts[index].field == "qualifications"]
        if not own and len(self.facts) == before and self.previous is not None \
                and self.facts[self.previous].field == "qualifications":
            own = [self.previous]
        if len(own) != 1:
            return
        fact = self.facts[own[0]]
        if isinstance(fact.value, dict) and fact.value.get("held", True):
            source = fact.source if own[0] >= before else _joined(fact.source, clause.text.strip())
            self.facts[own[0]] = Understood(fact.key, fact.field, {**fact.value, "valid_on": self.as_of}, source)

    def _add_operation(self, clause: _Clause, before: int) -> None:
        """一直运行到现在 / "still running": the last day a platform of this clause (or, said alone, of the
        previous one) operates, which a yearly grant counts its years to (:mod:`operation`)."""
        candidates = list(range(len(self.facts) - 1, before - 1, -1)) or \
            ([self.previous] if self.previous is not None and not cue("company_itself").search(clause.text) else [])
        # said alone, of the previous fact; of the company (公司一直正常运营) it is no platform's; "both still
        # running" (两个站都还在运行): of every platform said so far
        every = bool(cue("every_one_running").search(clause.text)) and not cue("company_itself").search(clause.text)
        if every:
            candidates = list(range(len(self.facts) - 1, -1, -1))
        for index in candidates:
            fact = self.facts[index]
            if not (isinstance(fact.value, dict) and fact.value.get("held", True)
                    and kind_of(fact.field).accepts("operating_until")) \
                    or (every and ("operating_until" in fact.value  # one said to have stopped keeps its end
                                   or cue("closed_down").search(fact.source))):  # 2023年底已经关了: no end said
                continue
            since = fact.value.get("date")
            end = clause.start + len(clause.text)  # "operating in 2023, 2024 and 2025": the years the list goes on with
            listed = _YEARS_LISTED.match(self.message, end)
            until = operating_until(clause.text + (listed[0] if listed else ""), _lang(clause.text), self.as_of,
                                    since if isinstance(since, dt.date) else None)
            if until is not None:
                self.facts[index] = Understood(fact.key, fact.field, {**fact.value, "operating_until": until},
                                               fact.source)
            if not every or until is None:
                return

    def _quantities(self, clause: _Clause, previous_topic: str | None) -> list[Understood]:
        """The amounts of the clause; technology contracts listed after the clause that dated them
        (去年签了三个技术开发合同，分别是120万、300万) are that year's; a question (按10%能拿120万吗) continues none,
        and in a conversation an undated amount in a question is a figure asked about, not the company's."""
        # a question (按10%能拿120万吗) or a first-of-kind machine (its contract is the equipment's) continues no topic
        equipment = bool(_named(clause.text, "equipment"))
        previous_topic = None if (self.asked(clause) or equipment) and not _topic_of(clause.text) else previous_topic
        carried = not clause.dates and ((previous_topic == "turnover" and not _topic_of(clause.text))
                                        or (the_company_continues(clause.text, previous_topic)
                                        and _topic_of(clause.text) in (None, previous_topic))  # 集团去年营收50亿，|我们公司3亿
                                        or self._next_quantity_of_the_year(clause, previous_topic)
                                        or self._priced_by_the_purchase_before(clause)
                                        or self._of_the_whole_year_said(clause))
        read = _Clause(clause.text, clause.start, self.topic_dates) if carried else clause
        quantities, topic = _quantities(read, self.as_of, previous_topic)
        if not read.dates and self.sentence_dates and not any(_in_currency(f) for f in quantities):
            # 2019年7月我们在香港主板上市了，|募资4000万美元: a figure in another currency said with no date, right after
            # the sentence's dated event, is of that event's year
            dated, _ = _quantities(_Clause(clause.text, clause.start, self.sentence_dates), self.as_of, previous_topic)
            quantities += [fact for fact in dated if _in_currency(fact)]
        if self.in_conversation and self.asked(clause) and not read.dates:
            quantities = []  # "how did you get 1.2 million for R&D?", 技术合同也是最高500万吗: the reply's figure, or a cap
        if quantities and self._not_its_own_spend(clause):
            quantities = [f for f in quantities if not _a_spend(f.field)]
        if quantities and partly_for_others().search(self._said_after(clause)):  # 3万TEU，其中一半是为其他…代理的
            quantities = [f for f in quantities if not is_measured(f.field.removeprefix("quantities."))]
        if carried and quantities and self.topic_said not in {f.source for f in self.facts}:
            joined = f"{self.topic_said}，{clause.text.strip()}"  # the clause that named them gave this fact too
            quantities = [Understood(f.key, f.field, f.value, joined) for f in quantities]
        if topic != self.topic or clause.dates:
            self.topic_dates, self.topic_said = list(clause.dates), clause.text.strip()
        self.topic = topic
        return quantities

    def _priced_by_the_purchase_before(self, clause: _Clause) -> bool:
        """A clause with no date of its own naming the amount of a purchase (购房价, ``pkg:datedByItsEvent``) right
        after a dated clause that says the purchase (2016年购置的办公楼，|购房价3000万; "we bought our office building
        in 2016, | the purchase price was…"): the purchase's year — never this year's (review RB3)."""
        topic = _topic_of(clause.text)
        return (is_quantity_topic(topic) and topic is not None and dated_by_its_event(topic)
                and any(isinstance(found.value, dt.date) for found in self.topic_dates)
                and bool(cue("purchase_event").search(self.topic_said)))

    def _of_the_whole_year_said(self, clause: _Clause) -> bool:
        """A clause with no date of its own that gives a figure "for the whole year" (去年入统，|全年营业收入6800万; "we joined
        the statistics in 2019; | full-year revenue was 68m") right after a clause that named one year: that year's
        figure (cue ``whole_year``). Of no year or of several said before, none; nor of the year the company was set
        up or moved in (2020年在本区注册，|全年纳税…: a whole year's figure, not that year's)."""
        years = {found.value.year for found in self.topic_dates if isinstance(found.value, dt.date)}
        return len(years) == 1 and bool(cue("whole_year").match(clause.text.strip())) \
            and not (cue("settled_event").search(self.topic_said) or cue("company_set_up").search(self.topic_said))

    def _next_quantity_of_the_year(self, clause: _Clause, previous_topic: str | None) -> bool:
        """A clause with no date of its own that names another base quantity right after a clause that gave one its
        year (去年营收8000万，|在南沙纳税1200万; "revenue of 80m last year, | tax paid 12m"): the same year's figure.
        Only a base quantity of the vocabulary named by its label or its verb, only after a dated figure of one; a
        project's funding (国家拨款, ``pkg:ofAProject``) only after the dated project it funds (2017年拿下了一个国家科技
        重大专项，|国家拨款1200万), never after the company's own figures."""
        topic = _topic_of(clause.text)
        if not is_quantity_topic(topic) or topic == previous_topic \
                or not any(isinstance(found.value, dt.date) for found in self.topic_dates):
            return False
        said_before = [f for f in self.facts if f.source == self.topic_said]
        if is_quantity_topic(previous_topic):  # a project's funding is not of the year of the company's revenue
            return not is_a_projects_topic(topic) and any(f.field.startswith("quantities.") for f in said_before)
        # 2017年拿下了一个国家科技重大专项，|国家拨款1200万: a project's funding said right after the dated project
        return is_a_projects_topic(topic) and any(f.field == "holdings" and isinstance(f.value, dict)
                                                  and "date" in f.value for f in said_before)

    def _not_its_own_spend(self, clause: _Clause) -> bool:
        """Whether the clause right after ``clause`` says its figure was paid by another party or partly waived
        (2024年算力服务费用200万元，|都是子公司付的; 场地租金60万元，|其中区里已经减免了一半): not what the company
        itself paid (cue ``figure_not_the_company_s_own_spend``), so no base of a share of its spending."""
        after = next((c for c in clauses(self.message) if c.start > clause.start), None)
        return after is not None and not _topic_of(after.text) and bool(cue("figure_not_the_company_s_own_spend").search(after.text))

    def _add_quantities(self, quantities: list[Understood]) -> None:
        """Each quantity; a year's technology contracts said in several clauses add up."""
        for fact in quantities:
            index = next((i for i, f in enumerate(self.facts) if f.key == fact.key), None)
            if index is None or fact.field != "quantities.technology_transaction_amount":
                self.facts.append(fact)
                continue
            old = self.facts[index]
            if _stated_total(old.source, amounts(old.source)) is not None:
                continue  # the year's total was said (成交额600万); 其中技术开发合同400万 is a part of it
            if _stated_total(fact.source, amounts(fact.source)) is not None:
                self.facts[index] = fact  # contracts listed, then the year's total (一共300万): the total
                continue
            total = {**fact.value, "amount_cny": old.value["amount_cny"] + fact.value["amount_cny"]}
            self.facts[index] = Understood(fact.key, fact.field, total, f"{old.source}，{fact.source}"
                                           if not fact.source.isascii() else f"{old.source}, {fact.source}")

    def _add_concepts(self, clause: _Clause, hits: list[ConceptHit], has_quantities: bool) -> None:
        """The fact each concept of the clause states, with the level, round, date and negation
        written around it (between the concepts before and after it)."""
        text = clause.text
        hits, named_again = _one_hit_per_concept(text, hits)
        levels = _assign_levels(text, hits)
        dated_before: list[Found] = []
        for index, hit in enumerate(hits):
            start = hits[index - 1].end if index else 0
            stop = min([hits[index + 1].start if index + 1 < len(hits) else len(text),
                        *(start for _, start, _ in _patent_words(text) if start >= hit.end)])  # 8 patents in 2023
            after_reach = DATE_AFTER_EN if hit.text.isascii() else DATE_AFTER
            ends = (hit.end, named_again.get(hit.start, hit.end))  # the date may follow its second naming
            after = [d for d in clause.dates if hit.end <= d.start < stop
                     and any(end <= d.start and _gap(text, end, d.start) < after_reach for end in ends)
                     and not (index + 1 < len(hits) and cue("date_opens_next_item").fullmatch(text[hit.end:d.start]))]
            reach = DATE_BEFORE_EN if hit.text.isascii() else DATE_BEFORE  # English puts more words between
            before = [d for d in clause.dates if max(start, hit.start - reach) <= d.end <= hit.start]
            if not index and not before:  # In 2022 we were approved to lead a national key laboratory
                before = [d for d in clause.dates if d.end <= hit.start and cue("leading_date").fullmatch(text[:d.start])]
            if index and not after and not before and cue("joined").fullmatch(text[start:hit.start]):
                before = dated_before  # 2022年获批X级重点实验室和X级工程中心: one date for both
            if not after and not before:  # "a provincial gazelle and a first-time HNTE in 2022": the list's date
                after = _date_after_the_list(clause, hits, index)
            led_in = not index and not clause.dates \
                and self.lead_in.leads_into(hit.concept.group, text[:hit.start])  # 今年3月上市了，X板 (the board)
            before = self.lead_in.dates[-1:] if led_in else before
            dated_before = (after or before)[:1]
            if has_quantities and not _said_before_the_amounts(text, hit.end):
                # a date is the amount's (2023年研发投入3000万) unless set apart from it (in 2022 (total…); a concept
                # said before every amount shares the date said before it ("In June 2018 we listed … and raised US$40m")
                after, before = _set_apart_from_amounts(text, after, hit.end), []
            attributes = _attributes(text[start:hit.start], text[hit.end:stop], after, before[-1:])
            if len(hits) > 1:  # a level word is the concept's it stands by; a body that grants, the next one's
                attributes = dataclasses.replace(attributes, level=levels.get(index) or _granted_by(text[start:hit.start]))
            words = _joined(self.lead_in.words, text.strip()) if led_in else text.strip()
            fact = _concept_fact(hit.concept, attributes, words, text, supposed=self.hypothetical)
            grade = grade_named(text[start:stop])  # 智能制造成熟度五级, 四星级: the grade the tiers pay by
            if fact is not None and grade is not None and fact.field in TIERED_FIELDS:
                fact = dataclasses.replace(fact, value={**fact.value, "tier": grade})
            if fact is not None:
                listed = cue("members_listed").search(self.message[clause.start + hit.end:])
                self.facts.extend(_two_rounds(fact, text, clause.dates)  # 两个孵化器：一个…，另一个…: each its own
                                  or _members(fact, 1 if listed else _count_before(text[start:hit.start])))
                self.previous = len(self.facts) - 1

    def _add_policy_concepts(self, clause: _Clause, has_quantities: bool) -> int:
        """Concepts the policy induced from its words (我们是四星级酒店), named outside the vocabulary's
        own labels, with the tier, level, date and negation written around them; how many were named."""
        text = clause.text
        if self.terms is None:
            return 0
        named = qualification_hits(text)  # a label said short (AB企业 for AB业企业) may stand inside a policy's name
        opens = max((m.end() for m in _SENTENCE_END.finditer(self.message, 0, clause.start)), default=0)
        hits = self.terms.find(text, [(hit.start, hit.end) for hit in named if not said_short(hit)],
                               [(hit.start, hit.end) for hit in named if said_short(hit)],
                               lead=self.message[opens:clause.start])  # 我们是本区企业，是做X的: the subject said before
        if not hits and self.previous is None and (cue("rates_a_grade").search(text) or self.corrects):
            return self._add_graded_alone(text)
        counts: dict[str, int | None] = {}
        for hit in hits:  # two concepts of one name (总部企业, 非总部型企业 by its denial) share their words around it
            start = max((other.end for other in hits if other.end <= hit.start), default=0)
            stop = min((other.start for other in hits if other.start >= hit.end), default=len(text))
            reach = DATE_AFTER_EN if hit.text.isascii() else DATE_AFTER  # English puts more words between them
            after = [] if has_quantities else [d for d in clause.dates if hit.end <= d.start < hit.end + reach]
            before = [] if has_quantities else [d for d in clause.dates
                                                if max(start, hit.start - DATE_BEFORE_EN) <= d.end <= hit.start]
            attributes = _attributes(text[start:hit.start], text[hit.end:stop], after, before[-1:])
            count = counts.setdefault(hit.concept.id, count_said_before(text[start:hit.start]) or next(
                (f.value["count"] for f in reversed(self.facts) if f.key == f"policy_concept:{hit.concept.id}"
                 and "count" in f.value), None))  # 2个产品…产品证书, 有3个X，都是去年评上的X: the count said first
            fact = _policy_concept_fact(hit, self.terms.tier_named(hit.concept, text[start:stop]), attributes,
                                        text.strip(), count)
            listed = next((h for h in reversed(hits) if h.end <= hit.start), None)  # …中级雪道和1条初级雪道: its date
            if listed is not None and listed_after(text[listed.end:hit.start]) and "date" not in fact.value \
                    and "date" in self.facts[-1].value and self.facts[-1].value.get("held", True):
                dated = {key: self.facts[-1].value[key] for key in ("date", "date_precision") if key in self.facts[-1].value}
                fact = dataclasses.replace(fact, value={**fact.value, **dated})
            if cue("another_member").search(text[start:hit.start]):  # 今年又新评上了一家三星级酒店: one more
                if cue("not_ours").search(self._rest_of_sentence(clause)):
                    continue  # …，不过那家是我们朋友的 / "but that one is our partner's": not the company's
                fact = self._another_graded(fact)
            self.facts.append(fact)
            self.previous = len(self.facts) - 1
        return len(hits)

    def _rest_of_sentence(self, clause: _Clause) -> str:
        """The words from ``clause`` to the end of its sentence in the message."""
        end = _SENTENCE_END.search(self.message, clause.start + len(clause.text))
        return self.message[clause.start:end.start() if end else len(self.message)]

    def _another_graded(self, fact: Understood) -> Understood:
        """``fact`` as one more member of the policy's concept already said at another grade (一家…四星级，又新评上了一家
        三星级酒店; "and another three-star hotel"): its own key, each member one item (count 1); the fact as it is when
        no member of that concept was said, or either has no grade (then it is the same one said again)."""
        base = fact.key.split("#")[0]
        said = [index for index, f in enumerate(self.facts) if f.key.split("#")[0] == base
                and isinstance(f.value, dict) and f.value.get("held", True) and f.value.get("tier")]
        if not said or not fact.value.get("tier") or fact.value.get("held") is False:
            return fact
        for index in said:
            self.facts[index] = Understood(self.facts[index].key, self.facts[index].field,
                                           {**self.facts[index].value, "count": 1}, self.facts[index].source)
        number = 1 + sum(1 for f in self.facts if f.key.split("#")[0] == base)
        return Understood(f"{base}#{number}", fact.field, {**fact.value, "count": 1}, fact.source)

    def _add_counted(self, special: list[Understood]) -> None:
        """Patents and standards; a patent count said without a date has the date of the patents
        said in an earlier clause (去年拿了12项发明专利，还有5项PCT专利: the same time)."""
        dated = [f for f in self.facts if f.field == "patents" and "date" in f.value]
        for index, fact in enumerate(special):
            if fact.field == "patents" and "date" not in fact.value and dated:
                special[index] = Understood(fact.key, fact.field, {**fact.value, "date": dated[-1].value["date"]},
                                            fact.source)
        self.facts.extend(special)
        self.previous = len(self.facts) - 1

    def _only_adds_to_previous(self, clause: _Clause) -> bool:
        """A clause with no concept of its own that adds to the fact before it: not about a place,
        not a question, not denying a level (national-level, not provincial)."""
        text = clause.text
        speaks_of_place = bool(cue("in_area").search(text) or cue("leaving").search(text)
                               or cue("names_a_place").search(text)) and not cue("relocated").search(text)
        return self.previous is not None and not speaks_of_place and not self.asked(clause) \
            and not denies_a_level(text) and not states_a_measure(text, clause.dates)

    def _split_part(self, clause: _Clause) -> bool:
        """A clause telling a part of the patents just counted with a date of its own (，其中5件是前年授权的，
        ", 5 of them granted in 2022"): the part a fact of that date, the rest of the count apart."""
        index = self.previous
        fact = self.facts[index] if index is not None else None
        if index is None or fact is None or fact.field != "patents" or not isinstance(fact.value, dict):
            return False
        split = split_dated_parts(clause.text, Counted(fact.key, -1, dict(fact.value)), counts(clause.text),
                                  clause.dates, _dated)
        if split is None:
            held = held_part(clause.text, Counted(fact.key, -1, dict(fact.value)), counts(clause.text), clause.dates)
            if held is not None:  # ，其中2个通过了认定: only the part holds it
                self.facts[index] = Understood(fact.key, fact.field, {**fact.value, "granted": held}, fact.source)
            return held is not None
        (_, rest), (part_key, part) = split
        self.facts[index] = Understood(fact.key, fact.field, rest, fact.source)
        self.facts.append(Understood(part_key, fact.field, part, clause.text.strip()))
        return True

    def _added_more(self, clause: _Clause) -> bool:
        """A clause that counts more of the patents just said (今年又授权了2件, "and 1 more in 2024"): the
        count is added to them, or, with a date of its own, is a fact of that date; more applications add nothing."""
        fact = self.facts[self.previous] if self.previous is not None else None
        if fact is None or fact.field != "patents" or not isinstance(fact.value, dict):
            return False
        text = clause.text
        more = next((n for n in counts(text) if cue("more_of_the_same").match(text, n.end)
                     or cue("more_before").search(text[:n.start])), None)
        if more is None or cue("other_ip").search(text[more.end:]):  # 另外还有两件实用新型: not more of the patents
            return False
        if _more_applied(text, more, len(text)):  # 今年又申请了2件: applications, no more grants (and no other fact)
            return True
        added = _more_patents(fact, int(str(more.value)), next(iter(clause.dates), None), text.strip())
        for new in added:
            index = next((i for i, f in enumerate(self.facts) if f.key == new.key), None)
            if index is None:
                self.facts.append(new)
            else:
                self.facts[index] = new
        return True

    def _added_member(self, clause: _Clause) -> bool:
        """A clause naming another of the kind just said by its level or date only (一个2022年获批X级，
        另一个2023年获批Y级; "…, the other one provincial in 2023"): one more of that kind."""
        fact = self.facts[self.previous] if self.previous is not None else None
        concept = concept_of(fact.value) if fact is not None else None
        if concept is None or not (cue("other_member").search(clause.text) or cue("another_member").search(clause.text)):
            return False
        if is_induced(concept):
            return self._added_graded_member(clause)
        attributes = _attributes("", clause.text, clause.dates)
        if not (attributes.level or attributes.date):
            return False
        member = _concept_fact(load_vocabulary()[concept], attributes, clause.text.strip(), clause.text)
        if member is None:
            return False
        self.facts.append(member)
        self.previous = len(self.facts) - 1
        return True

    def _told_member(self, clause: _Clause, not_held: bool) -> bool:
        """A clause opening one of the members of the policy's own concept told one by one after their count (三家民宿：
        一家…五星级，一家…四星级，还有一家…三星级; "three guesthouses: one…, one…, and the third…"), however many: with a
        grade, its own item (:meth:`_added_graded_member`); one not rated yet (另一家还在申请 / "the other is still
        applying", planned or fallen through) is no member held — the one said before is then one item, nothing more."""
        index = self.previous
        fact = self.facts[index] if index is not None else None
        if index is None or fact is None or not isinstance(fact.value, dict) or not fact.value.get("held", True) \
                or not is_induced(str(fact.value.get("id", ""))) or not cue("member_opens_clause").search(clause.text):
            return False
        counted = (fact.value.get("count") or 0) >= 2 or "#" in fact.key  # the members of a count being told
        if not counted or not fact.value.get("tier"):
            return False  # 两个民宿，一个…五星级: the first member gives the count its grade (:meth:`_complete_previous`)
        if not_held or cue("member_not_rated").search(clause.text):
            self.facts[index] = Understood(fact.key, fact.field, {**fact.value, "count": 1}, fact.source)
            self.previous = None  # what follows (，没评下来) is said of that member, not of the one before
            return True
        return self._added_graded_member(clause)

    def _added_graded_member(self, clause: _Clause) -> bool:
        """Another of the policy's own concept just said, told apart by its grade (两家酒店：一家…四星级，另一家2020年6月
        评上了三星级; "two hotels: one four-star…, the other three-star in 2020"): a fact of its own with the grade and
        date of its clause — never the first one's grade; each member is then one item (count 1), the count said of them
        all being told by the members (facts of one concept at two grades with no count are one thing upgraded)."""
        index = self.previous
        fact = self.facts[index] if index is not None else None
        concept = self.terms.concept(str(fact.value.get("id"))) if self.terms and fact is not None and isinstance(
            fact.value, dict) and fact.value.get("held", True) else None
        tier = self.terms.tier_named(concept, clause.text) if self.terms and concept is not None else None
        if index is None or fact is None or concept is None or tier is None:
            return False
        if cue("not_ours").search(self._rest_of_sentence(clause)):
            return True  # "…, but that one belongs to a friend": read, and not the company's
        attributes = _attributes("", clause.text, clause.dates)
        value = {key: fact.value[key] for key in ("id", "label", "level") if key in fact.value} | {"tier": tier,
                                                                                                   "count": 1}
        if attributes.date is not None:
            value |= attributes.dated()
        self.facts[index] = Understood(fact.key, fact.field, {**fact.value, "count": 1}, fact.source)  # one of them
        base = fact.key.split("#")[0]
        number = 1 + sum(1 for f in self.facts if f.key.split("#")[0] == base)
        self.facts.append(Understood(f"{base}#{number}", fact.field, value, clause.text.strip()))
        self.previous = len(self.facts) - 1
        return True

    def _renumbered(self, clause: _Clause) -> bool:
        """A clause taking back the number of the fact just said (5 invention patents - sorry, 3 not 5;
        合同2800万，说错了，是2600万): the number said, not the one denied after a negation, replaces it."""
        index = self.previous
        fact = self.facts[index] if index is not None else None
        if not self.correcting or index is None or fact is None or not isinstance(fact.value, dict):
            return False
        slot = next((key for key in NUMBER_SLOTS if key in fact.value), None)
        text = clause.text
        numbers = (counts(text) or [Found(int(m[0]), m.start(), m.end(), m[0])  # sorry, 3 not 5
                                    for m in re.finditer(r"(?<![\d.])\d{1,3}(?![\d.])", text)]) \
            if slot == "granted" else amounts(text)
        said = [n for n in numbers if not cue("negation").search(text[max(0, n.start - 6):n.start])
                and not any(d.start <= n.start < d.end for d in clause.dates)]  # granted in 2024: a date
        if slot is None or not said:
            return False
        number = int(str(said[0].value)) if slot == "granted" else said[0].value
        self.facts[index] = Understood(fact.key, fact.field, {**fact.value, slot: number},
                                       f"{fact.source}，{text.strip()}")
        self.correcting = False
        return True

    def _keep_lead_in(self, clause: _Clause, facts_before: int) -> None:
        """Remember a clause that gave nothing but dates for the rest of its sentence ("Last year we led, as
        first drafter, an industry standard…"); a sentence's end forgets it."""
        end = clause.start + len(clause.text)
        ends_sentence = bool(re.match(r"\s*[。.!！?？\n]", self.message[end:end + 2]))
        gave = len(self.facts) > facts_before or any(clause.text.strip() in f.source for f in self.facts)
        if gave or ends_sentence:
            self.lead_in = _LeadIn()
        elif clause.dates:
            self.lead_in = _LeadIn(clause.dates, clause.text.strip(), _only_dates(clause))
        elif self.lead_in.dates:  # "as first drafter": the lead-in goes on
            self.lead_in = _LeadIn(self.lead_in.dates, f"{self.lead_in.words}, {clause.text.strip()}")

    def _replace_corrected(self, first_new: int) -> None:
        """上交所主板挂牌上市了，哦说错了，是科创板: each new fact replaces the earlier one of its kind (a board
        for a board), keeping the earlier date when it says none."""
        for fact in self.facts[first_new:]:
            group = _group_of(fact)
            old = next((f for f in reversed(self.facts[:first_new]) if f.field == fact.field and group
                        and _group_of(f) == group), None)
            if old is None or not isinstance(old.value, dict) or not isinstance(fact.value, dict):
                continue
            kept = {k: old.value[k] for k in ("date", "date_precision") if k in old.value and "date" not in fact.value}
            index = self.facts.index(fact)
            self.facts[index] = Understood(fact.key, fact.field, {**fact.value, **kept}, f"{old.source}，{fact.source}")
            self.facts.remove(old)
        self.correcting = False
        self.previous = len(self.facts) - 1

    def _complete_previous(self, clause: _Clause) -> None:
        """，2025年再次认定 adds a renewal; ，2022年获批 / ，还没有认定 completes every fact said with the
        previous one (有两个X级重点实验室，2022年获批: both)."""
        assert self.previous is not None
        text = clause.text
        if cue("contrast").match(text) and self.corrects:  # 是重点领域创新团队，不是尖端人才团队: the replaced value
            return
        if said_of_another_party(text):  # ，隔壁企业2024年被评为五级 / ", and a neighbouring firm was rated level 5": not ours
            return
        attributes = dataclasses.replace(_attributes("", text, clause.dates),  # …，但没通过 / "but were rejected"
                                         negated=bool(cue("negates_what_was_said").search(cue("not_negation").sub("", text))
                                                      or cue("fell_through").search(text)))
        self._add_tier_of_previous(text)  # ，评为四星级 / ", rated four-star in 2020": the policy concept's tier
        if self._regraded_previous(text, clause.dates):  # 2024年又被评为四级 after 三级: a fact of its own
            return
        if self._of_another_grade(text):  # ，2024年没有评上四级 after 三级: the 三级 held stays as said
            return
        if says_an_event_of_its_own(text, clause.dates):  # 2020年还入选了辽宁省100强: its date is its own
            attributes = dataclasses.replace(attributes, date=None, precision=None)
        renewal = _renewal_of(self.facts[self.previous], attributes, text.strip())
        if renewal is not None:  # 2022年首次认定为高企，2025年再次认定: the renewal is a second fact
            self.facts.append(renewal)
            self.previous = len(self.facts) - 1
        elif attributes.any or cue("relocated").search(text):
            # what fell through ("…, though the first IPO attempt failed") is the nearest fact named before it only
            said_together = None if cue("fell_through").search(text) else self.facts[self.previous].source
            for index, fact in enumerate(self.facts):
                if index == self.previous or fact.source == said_together:
                    self.facts[index] = _merge_attributes(fact, attributes, text.strip(), correcting=self.correcting)
            self.correcting = False

    def _add_graded_alone(self, text: str) -> int:
        """不对，我们评的是优秀类，不是重点类: a grade of one policy concept's own scale said with no concept named
        and nothing said before it in the message names that concept at that grade (a correction keeps its date) —
        only a concept already said (in the conversation or this message), and not when the clause rates
        another thing (纳税信用评审结果是5A级, 4A级信用企业: cue grade_of_other_thing)."""
        said = self.held_concepts | {str(f.value.get("id")) for f in self.facts
                                     if f.field == "policy_concepts" and isinstance(f.value, dict)}
        graded = self.terms.graded_alone(text, said) if self.terms else None
        if graded is None or cue("grade_of_other_thing").search(text):
            return 0
        concept, tier = graded
        if concept.id not in said:
            return 0
        self.facts.append(Understood(f"policy_concept:{concept.id}", "policy_concepts",
                                     {"id": concept.id, "label": concept.label.strip(), "tier": tier}, text.strip()))
        self.previous = len(self.facts) - 1
        return 1

    def _add_tier_of_previous(self, text: str) -> None:
        """The tier a clause names of the policy's own concept said just before it (我们新建了一家酒店，评为四星级)."""
        fact = self.facts[self.previous] if self.previous is not None else None
        concept = self.terms.concept(str(fact.value.get("id"))) if self.terms and fact and isinstance(
            fact.value, dict) and fact.field == "policy_concepts" and "tier" not in fact.value else None
        tier = self.terms.tier_named(concept, text) if self.terms and concept and cue("rates_a_grade").search(text) \
            and not rates_another_party(text) else None
        if fact is not None and tier is not None and self.previous is not None:
            self.facts[self.previous] = Understood(fact.key, fact.field, {**fact.value, "tier": tier}, fact.source)

    def _of_another_grade(self, text: str) -> bool:
        """A clause that names another grade of the scale of the fact said just before it (三级, then ，2024年没有评上四级
        / ", but we were not rated level 4"): its negation, date or plan is of that grade, not of the grade held."""
        fact = self.facts[self.previous] if self.previous is not None else None
        return fact is not None and fact.field in TIERED_FIELDS and isinstance(fact.value, dict) \
            and "tier" in fact.value and names_another_grade(text, str(fact.value["tier"]))

    def _regraded_previous(self, text: str, said: list[Found]) -> bool:
        """A later grade of the vocabulary concept said just before, held at a grade (三级 in 2023, then 2024年11月又被评为
        四级, "re-assessed at level 4 in November 2024"): a fact of its own, dated by this clause; the earlier grade is
        kept (an award that tops a lower grade up to a higher one is paid on both). Not a correction (不对，是四级: the
        grade said replaces the other), and only a grade of the same scale."""
        fact = self.facts[self.previous] if self.previous is not None else None
        if fact is None or self.previous is None or fact.field not in TIERED_FIELDS or not isinstance(fact.value, dict) \
                or "tier" not in fact.value or not fact.value.get("held", True) or self.correcting or self.corrects:
            return False
        said_grade = later_grade(text, str(fact.value["tier"]))
        if said_grade is None:
            return False
        when = [found for found in said if isinstance(found.value, dt.date)]
        value = {key: item for key, item in fact.value.items() if key not in ("date", "date_precision", "tier")}
        value["tier"] = said_grade
        if when:
            value.update({"date": when[-1].value, **({"date_precision": when[-1].precision} if when[-1].precision
                                                     and kind_of(fact.field).accepts("date_precision") else {})})
        self.facts.append(Understood(f"{fact.key}@{said_grade}", fact.field, value, text.strip()))
        self.previous = len(self.facts) - 1
        return True

    def _date_every_undated(self, when: Found) -> None:
        """都是2022年认定的 / both in 2022: the date of every held fact said without one."""
        precision = {"date_precision": when.precision} if when.precision else {}
        for index, fact in enumerate(self.facts):
            if isinstance(fact.value, dict) and "date" not in fact.value and fact.value.get("held", True) \
                    and kind_of(fact.field).deniable:
                self.facts[index] = Understood(fact.key, fact.field, {**fact.value, "date": when.value, **precision},
                                               fact.source)


def _seat_first(facts: list[Understood]) -> list[Understood]:
    """Where the company is registered outweighs where something of it is (Registered in Jinzhou, but our plant
    is in the bonded zone; 注册地在沈阳，工厂在保税区): a statement of its seat drops the others of the message,
    unless they say it moved."""
    places = [f for f in facts if f.field == "location.in_zone"]
    seated = [f for f in places if cue("company_seat").search(f.source)]
    if not seated or len({f.value for f in places}) < 2:
        return facts
    return [f for f in facts if f.field != "location.in_zone" or f in seated
            or cue("relocated").search(f.source) or cue("leaving").search(f.source)]


def _without_bare_repeats(facts: list[Understood]) -> list[Understood]:
    """A concept named again in another clause with nothing said of it (…市级科技孵化器，孵化器补助能拿多少) is
    the one already stated, not one more."""
    def bare(fact: Understood) -> bool:
        return isinstance(fact.value, dict) and set(fact.value) <= {"type", "id"}

    return [f for f in facts if not bare(f) or not any(
        other.source != f.source and concept_of(other.value) == concept_of(f.value) and not bare(other)
        for other in facts)]


def _joined(*words: str) -> str:
    """Clauses quoted together, joined as their language joins them."""
    return ("，" if re.search(r"[\u4e00-\u9fff]", "".join(words)) else ", ").join(words)


def _group_of(fact: Understood) -> str | None:
    """The vocabulary group of the concept a fact names (listing_board, enterprise_recognition…)."""
    concept = load_vocabulary().concepts.get(concept_of(fact.value) or "")
    return concept.group if concept else None


def _set_apart_from_amounts(text: str, found: list[Found], concept_end: int) -> list[Found]:
    """The dates of ``found`` that a bracket, a break or a dash sets apart from the quantity after them; or, for an
    investment said in brackets inside the concept's name, the date after both ((investment RMB 600m) …
    was listed as a key project last year)."""
    topic = next(((name, m) for name in ("rd_expense", "tech_turnover", "investment", "other_funding")
                  for m in [cue(name).search(text)] if m), None)
    if topic is None:
        return []
    name, where = topic
    apart = [d for d in found if d.end <= where.start()  # "listed as a key project this year — about RMB 600m of investment"
             and re.search(r"[(（,，;；—–]|\s-\s", text[d.end:where.start()])]
    if name == "investment" and not apart:
        last = max((a.end for a in amounts(text)), default=len(text))
        apart = [d for d in found if d.start >= last and d.start >= concept_end]
    return apart


def _granted_by(words: str) -> str | None:
    """The level of the body the words before a concept say granted it (…last year and Liaoning named us a|gazelle;
    …，又被辽宁省评为|A类企业), when they name a body or division with a verb of granting; else None."""
    return granted_level(without_seats(words)) if cue("body_grants").search(words) else None


def _date_after_the_list(clause: _Clause, hits: list[ConceptHit], index: int) -> list[Found]:
    """The date said after the last item of a list the concept at ``index`` opens, its items joined by and / 和 with
    nothing but an article or a level between them (Y级A类企业和Y级企业技术中心是在2022年, "named a provincial gazelle
    and a provincial specialised SME in March 2023"): the date of each item; none when the concept ends no such list."""
    text, last = clause.text, index
    while last + 1 < len(hits) and cue("items_joined").fullmatch(text[hits[last].end:hits[last + 1].start]):
        last += 1
    if last == index:
        return []
    stop = hits[last + 1].start if last + 1 < len(hits) else len(text)
    reach = DATE_AFTER_EN if hits[last].text.isascii() else DATE_AFTER
    dates = [d for d in clause.dates if hits[last].end <= d.start < stop and _gap(text, hits[last].end, d.start) < reach
             and not re.search(r"[(（]", text[hits[last].end:d.start])]  # "an HNTE (renewed in 2022)": its own
    if len(dates) == 1 and not cue("list_date_lead").fullmatch(_skipping_brackets(text, hits[last].end, dates[0].start)):
        return []  # "…and an HNTE re-certified in 2024", 和B类企业重新认定于2024年: the last item's own date
    return dates if len(dates) == 1 else []  # "approved in 2021 and 2023": one date each, not the list's


def _skipping_brackets(text: str, start: int, end: int) -> str:
    """The words between ``start`` and ``end`` without those in brackets."""
    return re.sub(r"[(（][^()（）]*[)）]", "", text[start:end])


def _gap(text: str, start: int, end: int) -> int:
    """How many characters lie between ``start`` and ``end``, not counting words in brackets
    (a project (a targeted oncology drug, now in Phase II) started in 2022)."""
    return len(re.sub(r"[(（][^()（）]*[)）]", "", text[start:end]))


def _one_hit_per_concept(text: str, hits: list[ConceptHit]) -> tuple[list[ConceptHit], dict[int, int]]:
    """The hits of a clause, a concept named twice in a row (a leading talent team (领军人才团队)) once, as
    one hit over both names, and named again further on with no list between (our testing lab was certified
    … for inspection & testing) once, with where its last naming ends (by the first naming's start); a
    project's name that is the kind of company (an innovative drug company) none."""
    kept: list[ConceptHit] = []
    again: dict[int, int] = {}
    for hit in hits:
        if hit.concept.group == "project" and cue("company_kind_after").match(text, hit.end):
            continue
        if kept and kept[-1].concept.id == hit.concept.id and re.fullmatch(r"[\s(（]*", text[kept[-1].end:hit.start]):
            kept[-1] = dataclasses.replace(kept[-1], end=hit.end, text=text[kept[-1].start:hit.end])
            continue
        if kept and kept[-1].concept.id == hit.concept.id and not cue("list_joiner").search(text[kept[-1].end:hit.start]):
            again[kept[-1].start] = hit.end
            continue
        kept.append(hit)
    return kept, again


def _policy_concept_fact(hit: PolicyConceptHit, tier: str | None, attributes: _Attributes, words: str,
                         count: int | None = None) -> Understood:
    """The fact of a concept the policy induced: by id and printed label, with what was said of it (2个产品: a count)."""
    value: dict[str, Any] = {"id": hit.concept.id, "label": hit.concept.label.strip()}
    if count is not None and not attributes.negated:
        value["count"] = count
    attributes = dataclasses.replace(attributes, negated=attributes.negated != hit.by_denial)  # 不是总部企业: 非总部型企业
    if attributes.negated:
        value["held"] = False
    if attributes.level:
        value["level"] = attributes.level
    if tier:
        value["tier"] = tier
    if attributes.date and not attributes.negated:
        value.update(attributes.dated())
    return Understood(f"policy_concept:{hit.concept.id}", "policy_concepts", value, words)


def _assign_levels(text: str, hits: list[Any]) -> dict[int, str]:
    """Each level word goes to the concept it modifies: the one right after it (省级瞪羚, a provincial
    gazelle, "provincial approval for an engineering centre"), else the one before it (gazelle, recognised by
    the province) that no level word goes right before."""
    assigned: dict[int, str] = {}
    words = administrative_level_hits(text)
    pending = []
    for word in sorted(words, key=lambda w: ADMINISTRATIVE_LEVELS.index(w.concept.id)):
        following = [i for i, hit in enumerate(hits) if 0 <= hit.start - word.end
                     <= (LEVEL_REACH_EN if text[word.end:hit.start].isascii() else LEVEL_REACH)
                     and not cue("level_reach_ends").search(text[word.end:hit.start])]
        if following and following[0] not in assigned:
            assigned[following[0]] = word.concept.id
        elif not following:
            pending.append(word)
    for word in pending:
        preceding = [i for i, hit in enumerate(hits) if hit.end <= word.start]
        if preceding and preceding[-1] not in assigned:
            assigned[preceding[-1]] = word.concept.id
    return assigned


LEVEL_REACH, LEVEL_REACH_EN = 12, 24
"""How far before a concept its level word may stand (X级的|重点实验室; "provincial approval for an |engineering
centre", "X级 approval for an |…": English words between reach further)."""


def _standard_levels(text: str) -> list[ConceptHit]:
    """The level words of ``text`` that name a standard (国家标准, "an industry standard"), and the bodies that set
    international standards named before one ("an ISO standard": the most senior level)."""
    words = [word for word in level_hits(text) if cue("standard_word").match(text, word.end)]
    senior = load_vocabulary()[ADMINISTRATIVE_LEVELS[0]]
    # a body's standard only when the clause names no standard of a level of its own ("a provincial standard that
    # builds on the ISO 9001 standard": the provincial one is the company's)
    bodies = [] if words else [ConceptHit(senior, m.start(), m.end(), m[0])
                               for m in cue("international_standard_body").finditer(text)
                               if cue("standard_word").match(text, m.end())]
    return sorted(words + bodies, key=lambda hit: hit.start)


COMPLIANCE_REACH = 40
"""Characters before a standard's words searched for a verb of complying with it (complies with, 符合)."""


def _standards(clause: _Clause, drafter: bool, lead_in: _LeadIn | None = None, after: str = "") -> list[Understood]:
    """Standards the company led as first drafter (第一起草人 / first drafter / 主导制定 / 牵头); undated,
    with the date of the clauses that led into them (``lead_in``); a participant's (参与, "co-drafted", said in the
    clause or in the clauses ``after`` it that name no other standard) is no first drafter's."""
    text = clause.text
    found = []
    if not drafter:
        return []
    for word in _standard_levels(text):
        if cue("complies_with_standard").search(text[max(0, word.start - COMPLIANCE_REACH):word.start]):
            continue  # "complies with ISO 9001", 产品执行国家标准: a standard it follows, not one it drafted
        level = word.concept.id
        value: dict[str, Any] = {"level": level}
        if (cue("participating_drafter").search(text) or cue("participating_drafter").search(after)) \
                and not _named(text, "standard"):
            value["first_drafter"] = False  # 参与起草 / "a participating drafter (not the lead)"
        elif _named(text, "standard"):
            value["first_drafter"] = True  # said to lead it: what an earlier "participant" said is undone
        later = [d for d in clause.dates if d.start >= word.start] or clause.dates
        source = text.strip()
        if not later and lead_in is not None and lead_in.dates:
            later, source = lead_in.dates, f"{lead_in.words}, {source}" if source.isascii() else \
                f"{lead_in.words}，{source}"
        if later:
            value.update(_dated(later[0]))
        found.append(Understood(f"standard:{level}", "standards", value, source))
    return found


EQUIPMENT_LEVELS: tuple[str, ...] = get_args(EquipmentLevel)
"""The levels first-of-kind equipment is recognised at, most senior first."""


@lru_cache(maxsize=512)
def qualification_hits(text: str) -> tuple[ConceptHit, ...]:
    """The qualification concepts ``text`` names (plurals too), found once per text: a clause is
    read for its concepts, its patents and its standards."""
    def find(words: str) -> list[ConceptHit]:
        return with_variants(words, load_vocabulary().find(words, "qualifications", plurals=True))

    return tuple(with_glossed(text, find(text), find))


def _named(text: str, group: str) -> list[ConceptHit]:
    """The vocabulary concepts of ``group`` that ``text`` names (首台套 → first major equipment)."""
    return [hit for hit in qualification_hits(text) if hit.concept.group == group]


def _equipment(message: str, as_of: dt.date, said_before: dt.date | None = None) -> list[Understood]:
    """First-of-kind equipment (首台套), one fact per level named (国际首台套…，另外还有一个国内首台套): each
    with the level word nearest before it, the first contract amount after it (before the next one and
    not an amount of another topic: technology contracts, R&D), and the date nearest it (同月 / "the same month": of
    ``said_before``, the last date said before the message); its source is the clauses these were read from."""
    hits = _named(message, "equipment")
    levels = [word for word in level_hits(message) if word.concept.id in EQUIPMENT_LEVELS and not level_denied(message, word)]
    values = [v for v in amounts(message) if not _of_another_topic(message, v.start)]
    when = [found for found in dates(message, as_of, said_before)  # not the date of a technology contract after it
            if isinstance(found.value, dt.date) and not _of_another_topic(message, found.start)]
    found: dict[str, Understood] = {}
    for index, hit in enumerate(hits):
        # the next equipment said in another clause ends this one's words (首台套 named again in brackets does not)
        stop = next((h.start for h in hits[index + 1:] if not _same_clause(message, hit.start, h.start)), len(message))
        level = min((w for w in levels if w.end <= hit.start + 2 or hit.end <= w.start < min(stop, hit.end + 12)),
                    key=lambda w: min(abs(hit.start - w.end), abs(w.start - hit.end)), default=None)
        after = [v for v in values if hit.end <= v.start < stop] or \
            [v for v in values if v.end <= hit.start and not _SENTENCE_END.search(message, v.end, hit.start)]
        slot = f"equipment:{level.concept.id}" if level is not None else "equipment"  # no level said: asked
        if slot in found or not after:
            continue
        sentence = _SENTENCE_END.search(message, hit.end)
        members = listed_members(message, hit.end, min(stop, sentence.start() if sentence else stop), after, when)
        if members:  # 两个国内首台套：一个是…合同1800万；一个是…合同3200万: each its own
            found.update(_equipment_members(message, hit, level, members))
            continue
        amount = after[0] if after[0].start >= hit.end else after[-1]
        value: dict[str, Any] = {"contract_amount_cny": amount.value}
        spans = [(hit.start, hit.end), (amount.start, amount.end)]
        if level is not None:
            value, spans = {"level": level.concept.id, **value}, [*spans, (level.start, level.end)]
        nearest = _equipment_date(message, hit, stop, when)
        if nearest is not None:
            value["date"] = nearest.value
            spans.append((nearest.start, nearest.end))
        found[slot] = Understood(slot, "equipment", value, _clauses_at(message, spans))
    return list(found.values())


_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?:\s|$)")
"""Where a sentence ends: an amount said in an earlier sentence is not the contract of equipment named later."""
_HEADING_COLON = re.compile(r"[:：]")
"""After a year, the colon that makes it the heading of a list (got approved in 2024: … in March and … in June)."""


def _equipment_date(message: str, hit: ConceptHit, stop: int, when: list[Found]) -> Found | None:
    """The date of the equipment named at ``hit``: one said before it in its clause, else the first said after it
    before another concept is named, else the nearest one said before it with no other concept named between (a key laboratory approved in
    May 2022, and a domestic first-set unit …signed September 2024: September's)."""
    own = [d for d in when if d.end <= hit.start and _same_clause(message, d.start, hit.start)]
    if own:  # 一台22年10月被评为国际首台套
        return own[-1]
    others = [h for h in qualification_hits(message) if h.concept.group != "equipment"]
    bound = min([stop, *(h.start for h in others if h.start >= hit.end)])
    after = [d for d in when if hit.end <= d.start < bound]
    if after:
        return after[0]
    before = [d for d in when if d.end <= hit.start and not any(d.end <= h.start and h.end <= hit.start for h in others)]
    return max(before, key=lambda d: d.end, default=None)


def _equipment_members(message: str, hit: ConceptHit, level: ConceptHit | None, members: list[Member]
                       ) -> dict[str, Understood]:
    """One equipment fact per member listed after ``hit``, each with its own part's amount and date."""
    found = {}
    for number, member in enumerate(members, start=1):
        value: dict[str, Any] = {"contract_amount_cny": member.amount.value}
        if level is not None:
            value["level"] = level.concept.id
        if member.date is not None:  # an equipment fact keeps no precision (its model has none)
            value["date"] = member.date.value
        key = (f"equipment:{level.concept.id}" if level is not None else "equipment") + (f":{number}" if number > 1 else "")
        found[key] = Understood(key, "equipment", value, _clauses_at(message, [(hit.start, hit.end),
                                                                              (member.start, member.end)]))
    return found


def _same_clause(message: str, first: int, second: int) -> bool:
    """``first`` and ``second`` are in one clause of ``message``."""
    return any(c.start <= first < c.start + len(c.text) and c.start <= second < c.start + len(c.text)
               for c in clauses(message))


def _of_another_topic(message: str, position: int) -> bool:
    """The amount at ``position`` is said in a clause about technology contracts, R&D or investment."""
    clause = next((c for c in clauses(message) if c.start <= position < c.start + len(c.text)), None)
    return clause is not None and any(cue(name).search(clause.text) for name in ("tech_turnover", "rd_expense",
                                                                                 "investment"))


def _clauses_at(message: str, spans: list[tuple[int, int]]) -> str:
    """The clauses of ``message`` that hold any of ``spans``, joined as the message's language joins them."""
    held = [c.text.strip() for c in clauses(message)
            if any(c.start <= start < c.start + len(c.text) for start, _ in spans)]
    return ("，" if re.search(r"[\u4e00-\u9fff]", message) else ", ").join(held) or message.strip()


_NOT_SPENT = frozenset({"revenue", "sales_amount", "registered_capital", "municipal_funding", "national_funding",
                        "office_floor_area", "financing_amount", "financing_total", "technology_transaction_amount"})
"""Base quantities that are no spending of the company (earned, raised, held or received): another party's paying
or a waiver said after them does not change them."""


def _a_spend(field: str) -> bool:
    """Whether a profile field holds what the company spent or paid (R&D, rent, fees, tax…)."""
    return field == "rd_expense" or (field.startswith("quantities.")
                                     and field.removeprefix("quantities.") not in _NOT_SPENT)


PATENT_FUNDING = "patent_funding"
"""The topic after a clause saying patent funding was received with no amount: a total said next is its amount."""


def _of_a_kind_asked_about(text: str, value: Found) -> bool:
    """``value`` names a kind of company a question asks about (实缴注册资本6000万美元的企业能拿多少？, "what do companies
    with paid-in capital of USD 40 million get?"): no figure of the company's own."""
    after = currency_after(text, value.end)
    return bool(cue("kind_by_its_figure").match(text, after[1] if after else value.end)
                or cue("kind_with_figure_before").search(text[:value.start]))


def _in_currency(fact: Understood) -> bool:
    """Whether ``fact`` is a figure said in another currency than yuan (3500万美元)."""
    return isinstance(fact.value, dict) and fact.value.get("currency") not in (None, YUAN)


def _quantities(clause: _Clause, as_of: dt.date, previous_topic: str | None) -> tuple[list[Understood], str | None]:
    """Amounts of a clause, and the topic (R&D, turnover) a following clause may continue
    (2023年研发投入3000万，2024年5000万). One path for every currency: a base quantity's figure keeps its currency as
    a property of the value (实缴注册资本3500万美元: ``currency`` USD), so that negation, plans, questions and
    corrections act on it as on a yuan figure; R&D, contracts and funding said in another currency stay unread."""
    text = clause.text
    received = received_funding(text)
    if received:  # 已获得资助300万, 没拿过其他财政资金 (0), "already received 3 million in grants"
        rest = _without_spans(text, [(r.start, r.end) for r in received])  # (total investment 2亿, no money so far)
        more, _ = _quantities(_Clause(rest, clause.start, clause.dates), as_of, None) if rest.strip() else ([], None)
        funded = _received(received)  # 还漏了市里给的300万，一共是3900万: the total said next is the funding's
        said_received = any(f.field == "other_funding_cny" for f in funded) or any(  # …的财政资助，一共700万: its sum
            r.amount_cny is None and r.kind != "patent" for r in received)
        patents_received = any(r.amount_cny is None and r.kind == "patent" for r in received)  # 发过专利补助，|累计6万
        return funded + more, "funding" if said_received else PATENT_FUNDING if patents_received else None
    said = every_amount(text)
    parts = _parts_of_other_topics(text) if len(said) > 1 else []  # 2023年研发900万、2024年营收8000万: no R&D 8000万
    if len(parts) > 1:
        return _quantities_in_parts(clause, parts, as_of, previous_topic)
    topic = _topic_of(text)
    either = _either_of_two(text, said)  # 不是2100万就是2300万, "either 21m or 23m": neither is the year's
    values = [v for v in said if not _a_difference(text, v) and v not in either  # 比前年的2000万多了1000万
              and not cue("denied_amount_before").search(text[:v.start])  # 2100万不是3100万: 3100万 is denied
              and not lower_bound_unusable(_topic_of(text) or previous_topic, text, v)  # 研发投入超过3000万
              and not _of_a_kind_asked_about(text, v)]  # 实缴注册资本6000万美元的企业能拿多少？
    if is_quantity_topic(topic) or (topic is None and is_quantity_topic(previous_topic)):
        values = with_odd_amounts(text, values)  # 纳税总额两千多万: a lower bound, kept as one (base_quantities.py)
    if is_quantity_topic(topic) and previous_topic == "turnover" and cue("turnover_total").search(text):
        topic = previous_topic  # …technology contracts, turnover RMB 6m: the contracts', not revenue
    if topic is None and values and ((clause.dates and (previous_topic in ("rd", "turnover")
                                                        or is_quantity_topic(previous_topic)))
                                     or (previous_topic == "funding" and cue("total_words").search(text))):
        topic = previous_topic
    if topic is None and not values and measured_figures(text, previous_topic):
        topic = previous_topic  # 2023年吞吐量1.2万TEU，|2022年是9000TEU: the figure continues the quantity in its unit
    if topic is None and values and previous_topic == PATENT_FUNDING and cue("funding_total").search(text):
        topic = previous_topic  # 之前区里给我们发过专利补助，|累计6万: the patent funding received in all
    yearly = topic in ("rd", "turnover") or is_quantity_topic(topic)
    if yearly and (event_tense(text, _lang(text), as_of) in ("planned", "expected")
                   or (cue("rise_by").search(text) and len(said) == 1)):
        return [], topic  # "For 2023 we expect R&D of around 55m", 研发费用去年涨了800万: not the year's figure
    if (not values and not measured_figures(text, topic)) or topic is None:  # or 1200平方米, 3万总吨
        return [], topic or (previous_topic if not values else None)
    if not is_quantity_topic(topic):
        values = [value for value in values if value.currency is None]  # 研发投入300万美元: no yuan, unread
        if not values:
            return [], topic
    source = text.strip()
    if topic == "rd":
        return [Understood(f"rd_expense:{year}", "rd_expense", {"year": year, "amount_cny": value}, source)
                for year, value, _ in _series_years(clause, values, as_of)], topic
    if topic == "turnover":  # several contracts of one year (1.2m, 2.5m and 800k) add up to its turnover
        years = {d.value.year for d in clause.dates if isinstance(d.value, dt.date)}
        total = _stated_total(text, values)  # 成交额3000万，其中…2000万: the total said, its parts not added
        series = _series_years(clause, values, as_of) if len(years) > 1 else \
            [(next(iter(years), as_of.year - 1), Decimal(str(total.value)) if total is not None else
              sum((Decimal(str(v.value)) for v in values), Decimal(0)), text)]
        return [Understood(f"quantity:technology_transaction_amount:{year}",
                           "quantities.technology_transaction_amount", {"year": year, "amount_cny": value}, source)
                for year, value, _ in series], topic
    if topic == "funding":
        return [Understood("other_funding_cny", "other_funding_cny", values[-1].value, source)], topic
    if topic == PATENT_FUNDING:
        return [Understood("patent_funding_received_cny", "patent_funding_received_cny", values[-1].value, source)], \
            None
    if topic == "investment":
        return [Understood("investment_total_cny", "investment_total_cny", values[-1].value, source)], topic
    return [Understood(f"quantity:{q.concept}:{q.year}", f"quantities.{q.concept}",  # 2024年营收5000万, 超过5000万
                       q.profile_value(), source)
            for q in stated_quantities(text, clause.dates, values, topic, as_of)], topic


def _parts_of_other_topics(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` cut at a list separator (cue list_separator) where the part after it names another
    quantity than the part before (2023年研发900万、2024年营收8000万; "R&D RMB 9m in 2023, 2024 revenue RMB 80m");
    the whole text as one span when no such cut."""
    bounds = [0, *(m.start() for m in cue("list_separator").finditer(text)), len(text)]
    spans, start, current = [], 0, None
    for left, right in itertools.pairwise(bounds):
        topic = _topic_of(text[left:right])
        if topic is not None and current is not None and topic != current:
            spans.append((start, left))
            start = left
        current = topic or current
    return [*spans, (start, len(text))]


def _quantities_in_parts(clause: _Clause, spans: list[tuple[int, int]], as_of: dt.date,
                         previous_topic: str | None) -> tuple[list[Understood], str | None]:
    """The amounts of each span of ``clause`` read on their own (positions kept), each part's topic carried to
    the next; a part with no date of its own takes the one said before it (2024年营收5000万、销售额4200万)."""
    facts: list[Understood] = []
    topic = previous_topic
    for start, end in spans:
        text = _without_spans(clause.text, [(0, start), (end, len(clause.text))])
        own = [d for d in clause.dates if start <= d.start < end]
        part = _Clause(text, clause.start, own or [d for d in clause.dates if d.start < start][-1:])
        found, topic = _quantities(part, as_of, topic)
        facts.extend(found)
    return facts, topic


def _either_of_two(text: str, said: list[Found]) -> list[Found]:
    """The amounts of ``text`` said as one or the other (要么2400万要么2500万, 2100万还是2300万, "either 21m or 23m"):
    each pair joined by the words of cue either_of_two_between."""
    either: list[Found] = []
    for first, second in itertools.pairwise(said):
        if cue("either_of_two_between").search(text[first.end:second.start]):
            either += [first, second]
    return either


def _a_difference(text: str, amount: Found) -> bool:
    """``amount`` is the difference between two figures (多了1000万, "up by 10m", "10m more than in 2023"),
    not a figure of its own."""
    return bool(cue("difference_before").search(text[:amount.start])
                or cue("difference_after").match(text, amount.end))


def _without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` blanked (positions kept)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _stated_total(text: str, values: list[Found]) -> Found | None:
    """The amount ``text`` gives as the year's total of technology contracts: the first after a word naming
    the total (成交额, turnover, totalling) with no other contract named between them; None when the amounts
    are contracts listed one by one (一个100万，一个200万), which add up."""
    for word in cue("turnover_total").finditer(text):
        after = next((v for v in values if v.start >= word.end()), None)
        if after is not None and not cue("contract_words").search(text[word.end():after.start]):
            return after
    return None


def _topic_of(text: str) -> str | None:
    """What the amounts of ``text`` are: R&D, technology contracts, funding received, investment or
    another base quantity (:mod:`base_quantities`)."""
    return ("rd" if cue("rd_expense").search(text) else "turnover" if cue("tech_turnover").search(text) else
            "funding" if cue("other_funding").search(text) else "investment" if cue("investment").search(text) else
            quantity_topic(text))  # 营业收入, 服务费用…: any other base quantity of the vocabulary


def _received(readings: list[ReceivedFunding]) -> list[Understood]:
    """Funding received: patent funding or other; none said (没拿过) is 0; received with no amount
    said is no fact (the amount stays unknown, and the report asks for it)."""
    facts = []
    for reading in readings:
        if reading.amount_cny is None:
            continue
        field = "patent_funding_received_cny" if reading.kind == "patent" else "other_funding_cny"
        facts.append(Understood(field, field, reading.amount_cny, reading.text))
    return facts


def _location(clause: _Clause, as_of: dt.date, area: Area | None, *, of_a_concept: bool = False,
              message: str | None = None) -> list[Understood]:
    """Where the company is: in the area, outside it (a place named after words of location), or leaving
    it on a date (read forward: "we plan to relocate in May" is the coming May). A planned move into
    the area is not where it is. In a clause about something the company has (``of_a_concept``: 在上海建了一个
    离岸孵化器), a place elsewhere is that thing's, unless the clause speaks of the company's seat."""
    text = cue("area_names_the_policy").sub(" ", clause.text)  # 自贸片区这个政策 names the policy, not our seat
    source = clause.text.strip()
    move = cue("leaving").search(text)
    moving_in = _moves_in(text, area)
    if move is not None and not moving_in:
        found = [Understood("location.in_zone", "location.in_zone", True, source)]
        _, when = event_dates(text, _lang(text), as_of)
        if when:
            found.append(Understood("location.planned_departure", "location.planned_departure", when[0].date, source))
        return found
    if moving_in or event_tense(text, _lang(text)) in ("planned", "expected"):
        # a move into the area still planned (计划明年从浑南区搬到和平区): outside until it has moved (the reply
        # answers the move as a what-if); where it is now may be said before the move ("a Hangzhou firm relocating")
        planned = moving_in and event_tense(text, _lang(text)) in ("planned", "expected")
        now = _placed(text[:_move_start(text)], area) if moving_in else None
        return [Understood("location.in_zone", "location.in_zone", False, source)] if now is False or planned else []
    if area is None and place_mentions(text, area=NO_AREA):
        return []  # a place named, the policy's area not known: whether it is inside is not known
    branch = bool(cue("branch_words").search(text)) and not cue("company_seat").search(text)
    ours = not branch and (not of_a_concept or bool(cue("company_seat").search(text)) or _of_a_place(text, area))
    placed = _placed(text, area, message) if ours else None
    if placed is not None and not cue("outside_area").search(text):
        return [Understood("location.in_zone", "location.in_zone", placed, source)]
    area_word = cue("in_area").search(text)
    if area_word:
        negated = cue("outside_area").search(text)
        if not negated and (branch or _others_there(text, area_word.start(), area_word.end())):
            return []  # 在大连自贸片区设了分公司, 客户大多在保税区, "we serve clients in the FTZ": not where we are
        return [Understood("location.in_zone", "location.in_zone", not negated, source)]
    elsewhere = cue("based_elsewhere").search(text) if ours and area is not None else None  # no area: unknown
    if elsewhere and _contains_area(text, area):
        return []  # "based in Shenzhen" for 坪山区's policy: may be inside or outside, so not known
    if elsewhere and not cue("other_party").search(text[:elsewhere.start()]):  # our factory is located in X: its
        return [Understood("location.in_zone", "location.in_zone", False, source)]
    return []


NO_AREA = Area("", "", {}, {})
"""An area with no zones: names places by the divisions only."""


def _placed(text: str, area: Area | None, message: str | None = None) -> bool | None:
    """Inside (True) or outside (False) the policy's area, when the clause says where the company is
    (我们在沈阳, "we are based in Shenyang", 注册在大连保税区); None when it names no place after such words,
    or a place that contains the area and more (大连, 金普新区) or the area is not known."""
    if area is None:
        return None  # where the policy applies is not known: no place is inside or outside it
    mentions = place_mentions(text, area=area, context=message)  # 和平区 of "…, Tianjin" said after it
    # "HQ'd in Harbin with a liaison office in the FTZ": a place said after an office's words is the office's
    mentions = [m for i, m in enumerate(mentions)
                if not cue("branch_words").search(text[mentions[i - 1].end if i else 0:m.start])]
    # 我们在沈阳有客户, 给自贸片区的企业提供服务: customers there, not the company; "a Suzhou maker negotiating with the
    # Dalian FTZ": the zone is the other side of the talks, Suzhou still the company's
    mentions = [m for m in mentions if not _others_there(text, m.start, m.end)]
    if not mentions:
        return None
    before = text[:min(m.start for m in mentions)]
    if not ((cue("located_at").search(before) and not cue("other_party").search(before))  # 母公司在上海: its
            or any(_company_of(text, m) for m in mentions)):
        return None
    mention = most_specific(mentions)
    relation = seat_relation(mention, area) if mention is not None else "unknown"
    return {"inside": True, "outside": False}.get(relation)


def _contains_area(text: str, area: Area | None) -> bool:
    """The place ``text`` names is a division that contains the area and more (深圳 for 坪山区; "Dalian-based" for
    a zone of Dalian)."""
    mention = most_specific(place_mentions(text, area=area)) if area is not None else None
    if mention is None or area is None or relation_to_area(mention, area) != "unknown":
        return False  # a zone's own district (Jinzhou district for a zone in it) stays a place apart, as before
    return area.whole_division or mention.code in Division(area.division, area.name).ancestors()


def _others_there(text: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` is another party's (客户大多在|保税区, 给|自贸片区的企业提供服务, "we serve
    clients in| the FTZ"), said before or right after it."""
    return bool(cue("other_party").search(text[:start]) or cue("place_of_others").match(text, end))


def _of_a_place(text: str, area: Area | None) -> bool:
    """The clause calls the company one of a place ("a Qingdao medical device maker", 沈阳的一家软件公司)."""
    return area is not None and any(_company_of(text, mention) for mention in place_mentions(text, area=area))


GRANT_REACH = 4
"""How far before a place a verb of recognition (获评, 认定为) makes the place the granting government's."""


def _company_of(text: str, mention: PlaceMention) -> bool:
    """The words after the place call the company one of it (沈阳的一家软件公司, 甘井子区注册的科技型中小企业), not a
    recognition the place's government grants, named right after it (获评深圳市专精特新中小企业: the level of
    the recognition, not where the company is)."""
    match = cue("company_of_the_place").match(text, mention.end)
    granted = cue("states").search(text[max(0, mention.start - GRANT_REACH):mention.start])  # 获评|深圳市…
    return match is not None and not granted and not any(hit.start == mention.end for hit in qualification_hits(text))


def _into_area(destination: str, area: Area | None) -> bool:
    """The words after a verb of moving name the policy's area (搬到自贸片区, "move into the Dalian FTZ")."""
    if cue("in_area").search(destination):
        return True
    if area is None:
        return False
    mention = most_specific(place_mentions(destination, area=area))
    return mention is not None and relation_to_area(mention, area) == "inside"


def _lang(text: str) -> str:
    return "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"


def profile_data(facts: list[Understood]) -> dict[str, Any]:
    """The profile (as data for :func:`assistant.profile.parse_profile`) that the facts describe;
    a later fact with the same key replaces an earlier one."""
    latest: dict[str, Understood] = {}
    for fact in facts:
        latest[fact.key] = fact
    data: dict[str, Any] = {}
    for fact in latest.values():
        try:
            kind_of(fact.field).place(data, _plain(fact.value))
        except UnknownFactField:  # a forged saved state: the profile's validation names the field and where
            data[fact.field] = _plain(fact.value)
    if "rd_expense" in data:
        data["rd_expense"].sort(key=lambda v: v["year"])
    return data


def names_anything(text: str, as_of: dt.date) -> bool:
    """Whether any reader finds something in ``text``: a concept, an amount, a count, a date, a place,
    a level or round word, or funding received (what an echo of it may quote)."""
    return bool(qualification_hits(text) or _patent_words(text) or any_amount(text) or counts(text)
                or dates(text, as_of) or place_mentions(text) or cue("in_area").search(text)
                or cue("based_elsewhere").search(text)  # registered in Osaka: a place abroad
                or level_named(text) or round_named(text) or received_funding(text)
                or cue("rd_expense").search(text) or cue("tech_turnover").search(text) or cue("states").search(text)
                or cue("not_ipo").search(text) or cue("negation").search(text) or cue("counted_in_words").search(text))


_FIELD_TOPICS = {"rd_expense": "rd", "quantities.technology_transaction_amount": "turnover",
                 "other_funding_cny": "funding", "investment_total_cny": "investment"}


def names_topic(message: str, field: str) -> bool:
    """``message`` speaks of what facts of ``field`` hold (研发 → R&D, 首台套 → the equipment contract,
    专利 → patent counts); any field with a number when it names none of them."""
    if field == "equipment":  # 首台套…, or 合同金额记错了 with no technology contract named
        return bool(_named(message, "equipment")) or bool(cue("contract_words").search(message)
                                                           and not cue("tech_turnover").search(message))
    if field == "patents":
        return bool(_patent_words(message)) or not (_topic_of(message) or _named(message, "equipment"))
    topic = _FIELD_TOPICS.get(field) or topic_of_field(field)
    named = _topic_of(message)
    return topic == named if named else not (_named(message, "equipment") or cue("contract_words").search(message))


def named_facts(message: str) -> tuple[frozenset[str], frozenset[str]]:
    """What ``message`` names by its words, to take back (去掉专利, "scratch the patents"): the concepts it names,
    and the profile fields it names by topic (R&D, technology contracts, funding, investment, patents, equipment)."""
    hits = qualification_hits(message)
    concepts = frozenset(hit.concept.id for hit in hits)
    fields = {field for field, topic in _FIELD_TOPICS.items() if topic == _topic_of(message)}
    group_words = (label for label in load_vocabulary()[IP_GROUP].labels if not label.isascii())  # 专利 said bare
    if _patent_words(message) or any(word in message for word in group_words):
        fields.add("patents")
    if any(hit.concept.group == "equipment" for hit in hits):
        fields.add("equipment")
    return concepts, frozenset(fields)

