"""The currency of an amount a company states, when it is not yuan: USD 35 million, 3500万美元, HK$500万.

A profile's amounts are yuan (``amount_cny``); an amount in another currency is never taken as yuan nor converted
at a rate the text does not give. :func:`currency_of` names the currency written right before or right after an
amount (the words are data: ``currencies`` in ``ontology/cues/money.yaml``); the amount readers keep such an amount
apart (:func:`assistant.understanding.quantities.foreign_amounts`), so that a policy's bound in the same currency
(实缴注册资本达到1000万美元以上) can be compared in it (:mod:`assistant.eligibility.foreign_bounds`) and a bound in
yuan asks for the yuan figure.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.understanding.cue_files import CueFileError, compile_pattern, read_cue_file

YUAN = "CNY"
UNKNOWN = "XXX"
"""ISO 4217's code for "no currency named": a figure in a currency the data does not name (S$, 新加坡元, "Canadian
dollars") — kept apart from yuan like any foreign figure, and never equal to a bound's currency."""


@dataclass(frozen=True)
class CurrencyWords:
    """One currency's words (ISO code), as patterns anchored at the figure: before it, after it."""

    code: str
    before: re.Pattern[str]
    after: re.Pattern[str]


@functools.cache
def currency_words() -> tuple[CurrencyWords, ...]:
    """Every foreign currency of ``money.yaml``'s ``currencies``."""
    data = read_cue_file("money").get("currencies", {})
    if not isinstance(data, dict) or not data:
        raise CueFileError("money.yaml currencies", "must map currency codes to their words (before, after)")
    found = []
    for code, words in data.items():
        where = f"money.yaml currencies.{code}"
        if not isinstance(words, dict) or not words.get("after"):
            raise CueFileError(where, "needs the words written after a figure (after)")
        before = "|".join(str(word) for word in words.get("before", [])) or r"(?!)"
        after = "|".join(str(word) for word in words["after"])
        found.append(CurrencyWords(str(code), compile_pattern(rf"(?:{before})\s*$", where, re.IGNORECASE),
                                   compile_pattern(rf"\s*(?:{after})(?![A-Za-z])", where, re.IGNORECASE)))
    return tuple(found)


def currency_after(text: str, end: int) -> tuple[str, int] | None:
    """The foreign currency written right after a figure ending at ``end`` (1000万美元), and where its words end."""
    for words in currency_words():
        match = words.after.match(text, end)
        if match:
            return words.code, match.end()
    return None


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """The foreign currency written right before a figure starting at ``start`` (USD 35 million, US$40m), and where
    its words start: the longest words (HK$ over $)."""
    before_start = max(0, start - 24)
    before = text[before_start:start]
    hits = [(match.start(), words.code == UNKNOWN, words.code) for words in currency_words()
            if (match := words.before.search(before))]
    if not hits:
        return None
    at, _, code = min(hits)  # on a tie a named currency wins over UNKNOWN (HK$: HKD)
    return code, before_start + at


def currency_of(text: str, start: int, end: int) -> str | None:
    """The foreign currency of the amount ``text[start:end]`` (``USD``, ``HKD``…), or None when it is yuan or
    says no currency. The words right after the figure win (35 million US dollars); before it, the longest
    words (HK$ over $)."""
    after = currency_after(text, end)
    if after is not None:
        return after[0]
    before = currency_before(text, start)
    return before[0] if before else None
