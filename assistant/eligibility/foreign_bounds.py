"""Thresholds printed in another currency than yuan (实缴注册资本达到1000万美元以上, 实现融资1000万美元以上), checked in
that currency and never converted.

The reader keeps bounds on yuan figures only (:mod:`ingest.quantity_conditions`), and a company's figure in another
currency is kept in it (the quantity value's ``currency``, :mod:`assistant.understanding.currencies`). A threshold in a
foreign currency in the words of a benefit's sentence before its amount — or its tier's own figure (a 分别 list of
tiers: 1000万美元以上、3000万美元以上…) — is a requirement of the award:

- a lower bound (以上, 达到, 超过…) on a base quantity the sentence names, which the company stated in the same
  currency: met or unmet by that figure; among tiers of one list, the highest one reached is paid (a lower tier is
  unmet when a higher one's figure is reached too);
- otherwise (no figure in that currency, a yuan figure only, an upper bound, a quantity the vocabulary does not
  name): unknown, asked in the printed words (``condition:`` question) — the award is never paid as sure, and no
  exchange rate is invented to compare a yuan figure with a dollar bound.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from assistant.eligibility.facts import CompanyFacts
from assistant.eligibility.provision_words import words_before_figure
from assistant.eligibility.unread_units import CONDITION_QUESTION
from assistant.understanding.amount_inside import inside_labels
from assistant.understanding.currencies import UNKNOWN, currency_after, currency_words
from assistant.understanding.quantities import ImplausibleNumber, foreign_amounts
from ingest.concepts import load_vocabulary
from ingest.model import Provision

if TYPE_CHECKING:
    from assistant.eligibility.requirements import Check
    from assistant.eligibility.rules import PolicyRules

_LOWER_BEFORE = re.compile(r"(?:达到|达|超过|不低于|不少于|高于|大于|突破|满)\s*$")
_LOWER_AFTER = re.compile(r"\s*(?:[（(]含[^）)]{0,8}[）)])?\s*(?:及以上|或以上|以上)")
_SEGMENT_END = re.compile(r"[，,。；;：:]")
_SCHEME = "base_quantities"


@dataclass(frozen=True)
class ForeignBound:
    """One threshold in another currency: the words of its segment, the quantity named before it (None: none the
    vocabulary has), the figure, its currency, and whether it is a lower bound."""

    words: str
    concept: str | None
    value: Decimal
    currency: str
    lower: bool


def foreign_bounds(text: str) -> tuple[ForeignBound, ...]:
    """:func:`_foreign_bounds`, read once per text under the vocabulary in use (a provision's quote and tier are
    read on every evaluation of every turn)."""
    return _read_once(text, id(load_vocabulary()))


@functools.lru_cache(maxsize=1024)
def _read_once(text: str, vocabulary: int) -> tuple[ForeignBound, ...]:
    del vocabulary  # part of the key only: another vocabulary reads the words again
    return tuple(_foreign_bounds(text))


def _foreign_bounds(text: str) -> list[ForeignBound]:
    """The thresholds of ``text`` in another currency than yuan, in order, read by the project's one amount reader
    (:func:`assistant.understanding.quantities.foreign_amounts`: 一千万美元, 1,000万美元, US$10 million). A currency
    word whose figure that reader cannot read is an unread bound (``concept`` None, not a lower bound): asked."""
    try:
        read = foreign_amounts(text)
    except ImplausibleNumber:
        read = []
    found = []
    for item in read:
        assert item.currency is not None
        after = currency_after(text, item.end)
        end = after[1] if after else item.end
        lower = bool(_LOWER_AFTER.match(text, end) or _LOWER_BEFORE.search(text[:item.start]))
        found.append(ForeignBound(_segment(text, item.start, end), _quantity_named(text[:item.start]),
                                  Decimal(str(item.value)), item.currency, lower))
    covered = [(item.start, currency_after(text, item.end) or (None, item.end)) for item in read]
    for word in _currency_words_after().finditer(text):
        if any(start <= word.start() < end for start, (_, end) in covered) or not _FIGURE_BEFORE.search(
                text[:word.start()]):
            continue  # a figure read, or a currency named with no figure (以美元计价)
        found.append(ForeignBound(_segment(text, word.start(), word.end()), None, Decimal(0), UNKNOWN, False))
    return sorted(found, key=lambda bound: text.find(bound.words))


_FIGURE_BEFORE = re.compile(r"[0-9０-９一二两三四五六七八九十百千万亿]\s*$")


@functools.cache
def _currency_words_after() -> re.Pattern[str]:
    """Every foreign currency's words written after a figure (美元, 港币, dollars…), one pattern."""
    return re.compile("|".join(f"(?:{words.after.pattern.removeprefix(chr(92) + 's*')})" for words in currency_words()),
                      re.IGNORECASE)


def _segment(text: str, start: int, end: int) -> str:
    """The words of ``text``'s segment (between commas, semicolons, full stops) holding ``text[start:end]``."""
    begin = max((m.end() for m in _SEGMENT_END.finditer(text, 0, start)), default=0)
    stop = _SEGMENT_END.search(text, end)
    return text[begin:stop.start() if stop else len(text)].strip()


def _quantity_named(before: str) -> str | None:
    """The base quantity named before a figure: by a vocabulary label (实缴注册资本), else by the verb a company says
    it with, right before the figure (实现融资|1000万美元: ``ontology/cues/amount_inside_labels.yaml``)."""
    named = load_vocabulary().find(before, _SCHEME)
    if named:
        return str(max(named, key=lambda hit: hit.start).concept.id)
    for label in inside_labels():
        verbs = list(label.before.finditer(before))
        if verbs and label.between.fullmatch(before, verbs[-1].end()):
            return label.concept
    return None


def bounds_of(provision: Provision) -> tuple[ForeignBound, ...]:
    """The foreign-currency thresholds governing ``provision``: its tier's own (1000万美元以上) when its tier is one,
    else those of its sentence before the amount."""
    before = words_before_figure(provision, fields=("amount", "cap", "unit"))
    if provision.tier:
        own = foreign_bounds(provision.tier)
        if own:
            sentence = foreign_bounds(before)
            named = next((bound for bound in sentence if bound.currency == own[0].currency
                          and bound.value == own[0].value), None)
            return tuple(bound if named is None else ForeignBound(named.words, named.concept, bound.value,
                                                                  bound.currency, bound.lower or named.lower)
                         for bound in own)
    return foreign_bounds(before)


def _figure(facts: CompanyFacts, bound: ForeignBound, as_of: dt.date) -> tuple[int, Decimal, str | None] | None:
    """The company's latest figure of the bound's quantity in the bound's currency, up to ``as_of``."""
    if bound.concept is None:
        return None
    years = [(year, by_currency[bound.currency]) for year, by_currency in facts.foreign.get(bound.concept, {}).items()
             if year <= as_of.year and bound.currency in by_currency]
    if not years:
        return None
    year, amount = max(years)
    return year, amount, facts.foreign_said.get(bound.concept, {}).get(year)


def foreign_bound_checks(provision: Provision, facts: CompanyFacts, rules: PolicyRules,
                         as_of: dt.date) -> list[Check]:
    """One check per foreign-currency threshold of ``provision`` (see the module); the thresholds read once per
    provision (``rules.memo``)."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    checks = []
    benefits = rules.benefits
    for bound in rules.memo.once("foreign bounds", provision, lambda: bounds_of(provision)):
        said = _figure(facts, bound, as_of) if bound.lower else None
        shown = f"{bound.currency} {bound.value:,.0f}"
        if said is None or said[2] == "about" or (said[2] == "at_least" and said[1] < bound.value):
            checks.append(Check("condition", Status.UNKNOWN,
                                f"the clause needs 「{bound.words}」 ({shown}), not checked: no figure in "
                                f"{bound.currency} was stated, and none is converted",
                                question=f"{CONDITION_QUESTION}{bound.words}",
                                detail_zh=f"本条要求「{bound.words}」，尚未核实（金额不按汇率换算）",
                                parameters={"condition": bound.words, "currency": bound.currency}))
            continue
        year, amount = said[0], said[1]
        figure = f"{bound.currency} {amount:,.0f} ({year})"
        if amount < bound.value:
            checks.append(Check("condition", Status.UNMET, f"{figure}; the clause needs at least {shown}",
                                detail_zh=f"{year}年为{amount:,.0f}{bound.currency}，本条要求「{bound.words}」",
                                parameters={"condition": bound.words, "currency": bound.currency}))
        elif _a_higher_tier_reached(provision, bound, amount, benefits):
            checks.append(Check("condition", Status.UNMET, f"{figure} reaches a higher tier of the same list",
                                detail_zh=f"{year}年为{amount:,.0f}{bound.currency}，适用更高一档",
                                parameters={"condition": bound.words, "currency": bound.currency}))
        else:
            checks.append(Check("condition", Status.MET, f"{figure}; the clause needs at least {shown}",
                                parameters={"condition": bound.words, "currency": bound.currency}))
    return checks


def _a_higher_tier_reached(provision: Provision, bound: ForeignBound, amount: Decimal,
                           benefits: Sequence[Provision]) -> bool:
    """Whether another tier of ``provision``'s list (same sentence) has a higher bound in the same currency that
    ``amount`` reaches too: one holder is paid the highest tier it reaches."""
    if not provision.tier:
        return False
    for other in benefits:
        if other.id == provision.id or not other.tier or other.quote != provision.quote:
            continue
        if any(o.lower and o.currency == bound.currency and bound.value < o.value <= amount
               for o in foreign_bounds(other.tier)):
            return True
    return False
