"""Amounts in every form people type: what :func:`assistant.understanding.quantities.amounts` reads
(3000万, 三千万, 1.3亿, RMB 30 million) and the casual forms it does not (2800w, 1.2kw, "five million
yuan", "30 mil"), whose wording is data (``ontology/cues/money.yaml``)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.understanding.cue_files import CueFileError, alternation, compile_pattern, normalised, read_cue_file
from assistant.understanding.currencies import currency_of
from assistant.understanding.quantities import Found, amounts, foreign_amounts
from ingest.money import parse_number


@dataclass(frozen=True)
class Amount:
    """An amount in yuan and the characters ``text[start:end]`` it was read from."""

    value: Decimal
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CasualPattern:
    name: str
    regex: re.Pattern[str]
    examples: dict[str, list[str]]
    context: re.Pattern[str] | None = None
    """Words that must come before the amount in its sentence (研发投入…|两千八: a money word), if any."""
    implied_unit: str | None = None
    """The unit meant when none is written (万 in 研发投入去年两千八)."""


@dataclass(frozen=True)
class MoneyWording:
    patterns: tuple[CasualPattern, ...]
    numbers: dict[str, Decimal]
    units: dict[str, Decimal]


@functools.cache
def money_wording() -> MoneyWording:
    data = read_cue_file("money")
    numbers = {normalised(str(word)): Decimal(str(value)) for word, value in data.get("number_words", {}).items()}
    units = {normalised(str(word)): Decimal(str(value)) for word, value in data.get("units", {}).items()}
    substitutions = {"number_words": alternation(data.get("number_words", {}), "money.yaml number_words")}
    patterns = []
    for index, entry in enumerate(data.get("patterns", [])):
        where = f"money.yaml patterns[{index}] ({entry.get('name', '?')})"
        if "pattern" not in entry:
            raise CueFileError(where, "needs a pattern")
        text = re.sub(r"\{(\w+)\}", lambda match: substitutions.get(match[1], match[0]), str(entry["pattern"]))
        context = compile_pattern(str(entry["context"]), where, re.IGNORECASE) if "context" in entry else None
        implied = str(entry["implied_unit"]) if "implied_unit" in entry else None
        if implied is not None and normalised(implied) not in units:
            raise CueFileError(where, f"implied_unit {implied!r} is not one of the units")
        patterns.append(CasualPattern(str(entry.get("name", index)), compile_pattern(text, where, re.IGNORECASE),
                                      entry.get("examples", {}), context, implied))
    return MoneyWording(tuple(patterns), numbers, units)


def all_amounts(text: str) -> list[Amount]:
    """Every amount in ``text``, in order: today's reader first, the casual forms where it read nothing.
    Implausible amounts raise :class:`~assistant.understanding.quantities.ImplausibleNumber` as there."""
    found = [_trimmed(text, Decimal(str(item.value)), item.start, item.end) for item in amounts(text)]
    for casual in casual_amounts(text):
        overlapping = [item for item in found if item.start < casual.end and casual.start < item.end]
        if all(casual.end > item.end for item in overlapping):  # "RMB 2.5 mio" over "RMB 2.5": one amount
            start = min([casual.start, *(item.start for item in overlapping)])
            found = [item for item in found if item not in overlapping]
            found.append(Amount(casual.value, start, casual.end, text[start:casual.end]))
    return sorted(found, key=lambda item: item.start)


def found_amounts(text: str) -> list[Found]:
    """:func:`all_amounts` in the shape of :func:`assistant.understanding.quantities.amounts` (``Found``),
    so that the understanding reads 2800w, 2,800w and "RMB 5m" wherever it reads 3000万."""
    return list(_found_amounts(text))


@functools.lru_cache(maxsize=512)
def _found_amounts(text: str) -> tuple[Found, ...]:
    return tuple(Found(item.value, item.start, item.end, item.text) for item in all_amounts(text))


def every_amount(text: str) -> list[Found]:
    """The yuan amounts of :func:`found_amounts` and those in another currency (``Found.currency``), in order: what
    a base quantity's figure is read from, its currency a property of the figure."""
    return sorted([*_found_amounts(text), *foreign_amounts(text)], key=lambda found: found.start)


def any_amount(text: str) -> bool:
    """Whether ``text`` says an amount in any form and any currency (3000万, 2800w, 3500万美元): a figure was said,
    whatever it is counted in."""
    return bool(_found_amounts(text) or foreign_amounts(text))


def _trimmed(text: str, value: Decimal, start: int, end: int) -> Amount:
    words = text[start:end]
    start += len(words) - len(words.lstrip())
    end -= len(words) - len(words.rstrip())
    return Amount(value, start, end, text[start:end])


def casual_amounts(text: str) -> list[Amount]:
    """The casual forms only (2800w, "five million")."""
    wording = money_wording()
    found: list[Amount] = []
    for pattern in wording.patterns:
        for match in pattern.regex.finditer(text):
            if pattern.context is not None and not pattern.context.search(_sentence_before(text, match.start())):
                continue  # 两千八 with no money word before it in its sentence: no amount
            if currency_of(text, match.start(), match.end()) is not None:
                continue  # USD 30 mil: no yuan (assistant/understanding/currencies.py)
            unit = match.groupdict().get("unit") or pattern.implied_unit or ""
            value = _number(match["num"], wording) * wording.units[normalised(unit)]
            if not any(item.start < match.end() and match.start() < item.end for item in found):
                found.append(Amount(value, match.start(), match.end(), match[0]))
    return sorted(found, key=lambda item: item.start)


def _sentence_before(text: str, start: int) -> str:
    """The words of ``text`` before ``start``, back to the end of the sentence before."""
    return re.split(r"[。！？!?\n]", text[:start])[-1]


def _number(words: str, wording: MoneyWording) -> Decimal:
    named = wording.numbers.get(normalised(words))
    if named is not None:
        return named
    digits = words.replace(",", "")
    return Decimal(digits) if digits.replace(".", "", 1).isdigit() else Decimal(str(parse_number(words)))
