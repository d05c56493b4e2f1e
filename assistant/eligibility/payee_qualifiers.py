"""A condition written into the payee phrase is a condition: 对首次上规模的Y，再给予30万元 (Y: a recognition the
vocabulary names, such as ``high_tech_enterprise``) pays a Y that first entered the above-scale statistics, not every Y.

The reading keeps the payee (Y) and drops its modifier (首次上规模的); the award was paid as sure to every holder of
Y recognised in the window. Here the words between 对 and the payee, in the clause of the award's
figure, are read again: what another check reads is removed first (the award's level, a recognition of a concept the
award names — its date is checked —, the place, 新设立/新迁入 under the newly-settled check, a bound the reading
turned into a check) and the words that condition nothing (每家, 企业, 、: ``ontology/payee_qualifiers.yaml``); when
any word remains (首次上规模, 成立不满3年, 获得风险投资, 拥有发明专利…), the award gets a check of its own:

- words that name a vocabulary concept (上规模 → 规模以上工业企业): the company must hold it — not said: asked; said
  not held: unmet; held, with a first-time word (首次上规模), its date must fall in the window (the event the award
  pays; no date said: asked), and unless that date is outside the window the payee is what the company is at that
  event: the payee's own date, not said or before the window, no longer refuses it;
- any other words: unknown, asked as 贵公司是否属于「首次…的Y」 — the award is could-add, never sure.

Nothing the company says is taken to satisfy words the engine does not read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.eligibility.either_of import longer_name_alternatives
from assistant.eligibility.facts import CompanyFacts
from assistant.eligibility.figure_clause import figure_offset
from assistant.eligibility.kind_at_the_event import DATE_BEFORE_WINDOW, DATE_NOT_STATED, condition_words
from assistant.eligibility.pattern_file import patterns_in, yaml_mapping
from assistant.eligibility.quantity_bounds import bounds_of
from ingest.concepts import load_vocabulary
from ingest.model import Provision, induced_concept_id
from kg.query import PolicyRecord
from ontology import ONTOLOGY_DIR

if TYPE_CHECKING:
    from assistant.eligibility.requirements import Check
    from assistant.eligibility.rules import PolicyRules

PAYEE_QUALIFIERS_FILE = ONTOLOGY_DIR / "payee_qualifiers.yaml"
QUALIFIER_QUESTION = "payee:"
"""The prefix of the question on a payee phrase's condition the engine cannot check: ``payee:<the phrase>``."""
_KEYS = ("filler", "first_time", "recognition", "levels", "places", "settled", "grades", "checked")
_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


class PayeeQualifiersError(ValueError):
    """The payee qualifiers file cannot be used (names the file and the key)."""


@dataclass(frozen=True)
class QualifierWords:
    filler: re.Pattern[str]
    first_time: re.Pattern[str]
    recognition: re.Pattern[str]
    levels: re.Pattern[str]
    places: re.Pattern[str]
    settled: re.Pattern[str]
    grades: re.Pattern[str]
    checked: re.Pattern[str]
    concepts: Mapping[str, re.Pattern[str]]


@cache
def qualifier_words(path: Path = PAYEE_QUALIFIERS_FILE) -> QualifierWords:
    """The words of ``path``, read once by the engine's one pattern-file reader — its named keys, then the
    vocabulary concepts it maps to words; an error naming the file and the key that is wrong."""
    try:
        data = yaml_mapping(path, f"{', '.join(_KEYS)} and concepts to regular expressions")
        named = patterns_in(data, _KEYS, path)
    except ValueError as error:
        raise PayeeQualifiersError(f"cannot use the payee qualifiers: {error}") from error
    listed = data.get("concepts") or {}
    if not isinstance(listed, dict):
        raise PayeeQualifiersError(f"{path}: `concepts` must map vocabulary concepts to regular expressions")
    concepts: dict[str, re.Pattern[str]] = {}
    for name, value in listed.items():
        try:
            concepts[str(name)] = re.compile(value)
        except (TypeError, re.error) as error:
            raise PayeeQualifiersError(f"{path}: `concepts.{name}` is not a regular expression ({error})") from error
    unknown = [name for name in concepts if name not in load_vocabulary()]
    if unknown:
        raise PayeeQualifiersError(f"{path}: `concepts` names no vocabulary concept: {', '.join(unknown)}")
    filler, first_time, recognition, levels, places, settled, grades, checked = named
    return QualifierWords(filler, first_time, recognition, levels, places, settled, grades, checked, concepts)


def payee_phrase(provision: Provision, siblings: Iterable[Provision] = ()) -> tuple[str, str] | None:
    """The words between 对 and the payee label in the clause before the award's figure (its own among the
    ``siblings`` read from the sentence), and the label; None when the sentence has no such phrase (no payee read,
    or no 对 before it)."""
    if provision.beneficiary is None or not provision.beneficiary.label.strip():
        return None
    label = provision.beneficiary.label.strip()
    end = figure_offset(provision, siblings)
    before = provision.quote[:end] if end > 0 else provision.quote
    at = before.rfind(label)
    if at < 0:
        return None
    clause = _CLAUSE_BREAK.split(before[:at])[-1]
    opened = clause.rfind("对")
    return (clause[opened + 1:], label) if opened >= 0 else None


def unread_words(modifier: str, label: str, provision: Provision, record: PolicyRecord, newly_checked: bool,
                 words: QualifierWords | None = None) -> str:
    """What of ``modifier`` no other check reads (see the module's docstring)."""
    words = words or qualifier_words()
    phrase = f"{modifier}{label}"  # whole: a concept's label may run into the payee (符合国家科技型中小|企业)
    for name in longer_name_alternatives(provision.quote, provision.qualifications):  # “专精特新”中小企业或…: either
        modifier = modifier.replace(name, "")
        phrase = f"{modifier}{label}"
    kept = [True] * len(modifier)
    vocabulary = load_vocabulary()
    for concept in provision.qualifications:
        if concept not in vocabulary:
            continue
        for name in sorted((name for name in vocabulary[concept].labels if _CJK.search(name)), key=len,
                           reverse=True):  # 首次入选X级Y: the recognition of a concept Y names, dated
            named = rf"(?:{words.recognition.pattern})?\s*(?:{words.levels.pattern})?\s*{re.escape(name)}"
            for found in re.finditer(named, phrase):
                for at in range(found.start(), min(found.end(), len(modifier))):
                    kept[at] = False
    text = "".join(char for char, keep in zip(modifier, kept, strict=True) if keep)
    text = re.sub(r"^(?:[^、]*、)+$", "", text)  # 尖端人才团队、领军人才团队、|重点领域创新团队: payees listed before
    if provision.tier:  # 达到五级（引领级）、四级（优化级）: grades the tier check reads
        text = words.grades.sub("", text)
    if bounds_of(provision, record):  # 年营业收入首次突破1亿元的: a bound the reading checks
        text = re.sub(rf"[^、的]*?(?:{condition_words().threshold.pattern})[^、的]*", "", text)
    if newly_checked:
        text = words.settled.sub("", text)
    for pattern in (words.recognition, words.checked, words.places, words.levels, words.filler):
        text = pattern.sub("", text.strip())
    return text.strip()


def answered_phrase_id(phrase: str) -> str:
    """The id under which the company's yes or no to 贵公司是否属于「<phrase>」？ is kept: the policy-local concept
    of the phrase's own words (``induced-`` and a hash of them)."""
    return induced_concept_id(phrase)


def conditions_something(left: str) -> bool:
    """Whether words are left that condition the award (any Chinese word: nothing unread is taken as met)."""
    return bool(_CJK.search(left))


def qualifier_checks(provision: Provision, facts: CompanyFacts, rules: PolicyRules, as_of: dt.date,
                     checks: list[Check]) -> list[Check]:
    """``checks`` with the payee phrase's unread condition added (and, when it names an event that is met, the
    payee's own date checks met: the payee is what the company is at that event)."""
    from assistant.eligibility.requirements import Check, Status, _date_check  # the checks' own module imports this

    record = rules.record
    phrase = rules.memo.once("payee phrase", provision, lambda: payee_phrase(provision, rules.benefits))
    if phrase is None:
        return checks
    modifier, label = phrase
    words = qualifier_words()
    newly = any(check.requirement == "newly_settled" for check in checks)
    left = rules.memo.once("unread words", provision,
                           lambda: unread_words(modifier, label, provision, record, newly, words), newly)
    if not conditions_something(left):
        return checks
    said = f"{modifier}{label}"
    parameters: dict[str, object] = {"words": said, "unread": left}
    concept = next((name for name, pattern in words.concepts.items() if pattern.search(left)), None)
    answered = facts.facts(answered_phrase_id(said)) if concept is None else ()
    if answered:  # asked 贵公司是否属于「…」 and answered: the company's yes or no on the phrase itself
        met = any(fact.held for fact in answered)
        return [*checks, Check("payee qualifier", Status.MET if met else Status.UNMET,
                               f"the clause pays 「{said}」; asked, the company said it is{'' if met else ' not'}",
                               detail_zh=f"本条支持「{said}」，贵公司答复{'属于' if met else '不属于'}",
                               parameters=parameters)]
    if concept is None:
        return [*checks, Check("payee qualifier", Status.UNKNOWN, f"the clause pays 「{said}」: 「{left}」 is a "
                               "condition the engine does not check", question=f"{QUALIFIER_QUESTION}{said}",
                               detail_zh=f"本条支持「{said}」，其中「{left}」须由贵公司确认", parameters=parameters)]
    known = facts.facts(concept)
    held = [fact for fact in known if fact.held]
    name = load_vocabulary().label(concept, "zh")
    if not held and known:
        return [*checks, Check("payee qualifier", Status.UNMET, f"the clause pays 「{said}」; not {concept}",
                               detail_zh=f"本条支持「{said}」，贵公司不具备{name}", parameters=parameters)]
    if not held:
        return [*checks, Check("payee qualifier", Status.UNKNOWN, f"the clause pays 「{said}」; {concept} not stated",
                               question=f"holds:{concept}", parameters={**parameters, "concept": concept})]
    if not words.first_time.search(modifier):  # 首次上规模: the first time is the event (read on all the words)
        return [*checks, Check("payee qualifier", Status.MET, f"the clause pays 「{said}」; holds {concept}",
                               parameters={**parameters, "concept": concept})]
    fact = held[0]
    event = _date_check(concept, fact.date, (record.valid_from, record.valid_until), as_of, fact.date_precision)
    event = replace(event, requirement="payee qualifier", parameters={**event.parameters, **parameters})
    if event.status is Status.UNMET:
        return [*checks, event]
    return [*[replace(check, status=Status.MET, question=None, detail_zh=None,
                      detail=f"{check.detail}: the award's event is 「{left}」 ({event.status.value}); the payee is "
                             "what the company is at that event")
              if check.requirement == "date" and check.parameters.get("concept") in provision.qualifications
              and check.parameters.get("why") in (DATE_NOT_STATED, DATE_BEFORE_WINDOW) else check
              for check in checks], event]
