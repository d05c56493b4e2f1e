"""Amounts and counts as people type them (3000万, 三千万, 1.3亿, RMB 30 million, 30件), each with
the characters it was read from. Dates are read by :mod:`assistant.understanding.relative_dates`."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.understanding.cue_files import read_cue_file
from assistant.understanding.cues import cue
from ingest.money import CHINESE_NUMERAL_CHARS, NumberFormatError, parse_number

_ZH_NUMBER = rf"[0-9０-９][0-9０-９,，.．]*|[{CHINESE_NUMERAL_CHARS}]+"
_ZH_AMOUNT = re.compile(  # not 这两块 (two parts); 1.5个亿 is 1.5亿; 两块都能申请吗: the cue a_part_not_yuan
    # 那600万, 那两千万 are amounts pointed at (never read from inside the number: 00万, 千万); 这两块 is not
    rf"(?<![0-9０-９.．])(?:(?=[0-9０-９])|(?<![这那哪{CHINESE_NUMERAL_CHARS}])|"
    rf"(?<![{CHINESE_NUMERAL_CHARS}])(?=[{CHINESE_NUMERAL_CHARS}]+(?:亿|万)))(?P<num>(?:{_ZH_NUMBER})(?:亿(?:{_ZH_NUMBER})?)?)(?P<odd>多|余)?\s*(?P<unit>个亿|亿元|万元|亿|千万|百万|万|元|块钱|块)")
_EN_AMOUNT = re.compile(
    r"(?:(?:RMB|CNY|¥|￥)\s*)?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>billion|bn|million|mn|m\b|thousand|k\b)?"
    r"\s*(?:(?P<currency>yuan|RMB|CNY)(?!\s*\d))?", re.IGNORECASE)
"""A currency after a number is its unit unless a number follows it (2024 RMB 20m: RMB is 20m's)."""
_SCALES = {"billion": 10**9, "bn": 10**9, "million": 10**6, "mn": 10**6, "m": 10**6, "thousand": 10**3, "k": 10**3}
MAX_AMOUNT = Decimal(10) ** 13
"""Amounts above this (10 trillion yuan) are not believable for one company."""


@dataclass(frozen=True)
class Found:
    value: object
    start: int
    end: int
    text: str
    precision: str | None = None
    """For a date: "year" (2021年) or "month" (2022年11月) when the day was not said; None: the day."""
    currency: str | None = None
    """For an amount in another currency than yuan: its code (USD for 3500万美元); None: yuan."""


class ImplausibleNumber(ValueError):
    """A number that cannot be right (negative money, 10^99 yuan): ``words`` are the user's,
    ``reason`` one of :data:`IMPLAUSIBLE_REASONS`, so the reply can say why in either language."""

    def __init__(self, words: str, reason: str) -> None:
        self.words, self.reason = words, reason
        super().__init__(f"「{words}」: {IMPLAUSIBLE_REASONS[reason]['en']}")

    def explain(self, lang: str) -> str:
        return f"「{self.words}」{'：' if lang == 'zh' else ': '}{IMPLAUSIBLE_REASONS[self.reason][lang]}"


IMPLAUSIBLE_REASONS = {
    "too_large": {"zh": "金额大得不可信", "en": "not a believable amount"},
    "negative": {"zh": "金额不能是负数", "en": "an amount cannot be negative"},
    "power": {"zh": "用乘方写的数字不是可信的金额", "en": "a number written as a power is not a believable amount"},
}


def _with_currency(text: str, item: Found) -> Found:
    """``item`` with its foreign currency, if any, and the currency's words written before it in its span
    (US$40 million: the words are the amount's, so that what is said before them is what is said before it)."""
    from assistant.understanding.currencies import currency_after, currency_before

    after = currency_after(text, item.end)
    if after is not None:
        return replace(item, currency=after[0])
    before = currency_before(text, item.start)
    if before is None:
        return item
    return replace(item, currency=before[0], start=before[1], text=text[before[1]:item.end])


def zh_amounts(text: str, *, odd: bool = False) -> list[Found]:
    """Chinese amounts: ``3000万``, ``三千万元``, ``1.3亿``, ``1亿3千万``, ``20,000,000元``; with ``odd`` only the
    amounts said with 多/余 (``两千多万``, ``3000余万``), read as their round figure (2000万, 3000万), a lower bound
    that only a reader keeping bounds may use (:mod:`assistant.understanding.figure_bounds`)."""
    found = []
    for match in _ZH_AMOUNT.finditer(text):
        if bool(match["odd"]) is not odd:
            continue
        if match["unit"] == "块" and cue("a_part_not_yuan").match(text, match.end()):
            continue  # 两块都能申请吗, 三块地: pieces or parts, not yuan
        if _magnitudes_doubled(match, text):
            continue  # 1亿万, 3000万亿: two magnitude words in a row, no amount anyone can be sure of
        multiplier = match["unit"].removeprefix("个").removesuffix("元").removesuffix("块钱").removesuffix("块")
        try:
            value = parse_number(match["num"] + multiplier)
        except NumberFormatError:
            continue
        found.append(Found(value, match.start(), match.end(), match[0]))
    return found


_MAGNITUDE_UNITS = frozenset({"万", "万元", "千万", "百万", "亿", "亿元", "个亿"})
_DOUBLED = re.compile(r"[亿万][亿万]")


def _magnitudes_doubled(match: re.Match[str], text: str) -> bool:
    """The amount says two magnitude words in a row (1亿万, 5000万亿): not a figure that can be read as
    one (1亿万 is neither 1亿 nor 1万), so none is read and the clause is shown back as not understood."""
    said = match["num"] + match["unit"]
    return bool(_DOUBLED.search(said)) or (match["unit"] in _MAGNITUDE_UNITS
                                           and text[match.end():match.end() + 1] in ("亿", "万"))


def en_amounts(text: str) -> list[Found]:
    """English amounts with a currency or scale: ``RMB 30 million``, ``5 million yuan``, ``CNY 2.5m``."""
    found = []
    for match in _EN_AMOUNT.finditer(text):
        has_currency = bool(match["currency"]) or bool(re.match(r"(RMB|CNY|¥|￥)", match[0], re.IGNORECASE))
        if not (match["scale"] or has_currency):
            continue
        value = Decimal(match["num"].replace(",", ""))
        if match["scale"]:
            value *= _SCALES[match["scale"].lower()]
        found.append(Found(value, match.start(), match.end(), match[0].strip()))
    return found


def amounts(text: str) -> list[Found]:
    """Every amount in yuan in ``text``, in order, checked for plausibility: an amount in another currency
    (USD 35 million, 3500万美元) is no yuan figure and is left to :func:`foreign_amounts`."""
    return [item for item in _all_amounts(text) if item.currency is None]


def foreign_amounts(text: str) -> list[Found]:
    """The amounts of ``text`` in another currency than yuan, each with its currency (``Found.currency``):
    never converted (:mod:`assistant.understanding.currencies`)."""
    return [item for item in _all_amounts(text) if item.currency is not None]


def priced_amounts(text: str) -> list[Found]:
    """Every amount of ``text``, in order, each with its currency (``Found.currency``; None: yuan): the one reading
    of a text's amounts, made once per text (the yuan and foreign readers filter it)."""
    return list(_all_amounts(text))


@functools.lru_cache(maxsize=512)
def _all_amounts(text: str) -> tuple[Found, ...]:
    found = sorted([_with_currency(text, item) for item in zh_amounts(text) + en_amounts(text)], key=lambda f: f.start)
    for item in found:
        value = item.value
        assert isinstance(value, Decimal)
        if value > MAX_AMOUNT:
            raise ImplausibleNumber(item.text, "too_large")
        negative = text[max(0, item.start - 1):item.start] in ("-", "−", "负")
        if negative:
            raise ImplausibleNumber(f"-{item.text}", "negative")
    # 10^9, 1e99, 1e9万 (a power and a magnitude word: the amount is written twice over), 2.5E+3
    power = re.search(r"\d+\s*\^\s*\d+|(?<![A-Za-z\d.])\d+(?:\.\d+)?[eE][+-]?\d+(?![A-Za-z\d])", text)
    if power:
        raise ImplausibleNumber(power[0], "power")
    return tuple(found)


_AREA = re.compile(r"(?P<num>\d[\d,，]*(?:\.\d+)?|[" + CHINESE_NUMERAL_CHARS + r"]+)\s*(?:平方米|平米|㎡|m²|"
                   r"square\s+met(?:re|er)s?|sq\.?\s*m\b|sqm\b)", re.IGNORECASE)
SQUARE_METRES = "平方米"
MEASURE_UNITS = "measure_units"
"""The cue file of the units a quantity is stated in other than yuan (``ontology/cues/measure_units.yaml``)."""


def areas(text: str) -> list[Found]:
    """Floor areas in square metres: ``1200平方米``, ``一千二百平米``, ``800 m²``, ``1,500 square metres``."""
    found = []
    for match in _AREA.finditer(text):
        try:
            value = parse_number(match["num"].replace(",", "").replace("，", ""))
        except NumberFormatError:
            continue
        found.append(Found(value, match.start(), match.end(), match[0]))
    return found


_MEASURE_NUMBER = rf"(?P<num>\d[\d,，]*(?:\.\d+)?|[{CHINESE_NUMERAL_CHARS}]+)\s*(?P<scale>万|千|k\b|K\b|thousand\b)?\s*"
_MEASURE_SCALES = {"万": 10_000, "千": 1_000, "k": 1_000, "thousand": 1_000}


@functools.cache
def _measure_pattern(unit: str) -> re.Pattern[str] | None:
    words = read_cue_file(MEASURE_UNITS).get("units", {}).get(unit)
    return re.compile(rf"(?<![\d.]){_MEASURE_NUMBER}(?:{words})", re.IGNORECASE) if words else None


@functools.cache
def not_own_measure() -> re.Pattern[str]:
    """Words by which a measured figure is a group's or another party's (船队总运力, 停靠的港口, "the port's"), from
    ``not_own_measure`` in ``ontology/cues/measure_units.yaml``."""
    return re.compile(read_cue_file(MEASURE_UNITS)["not_own_measure"], re.IGNORECASE)


@functools.cache
def partly_for_others() -> re.Pattern[str]:
    """Words right after a measured figure by which part of it was handled for others (其中一半是为其他船公司代理的)."""
    return re.compile(read_cue_file(MEASURE_UNITS)["partly_for_others"], re.IGNORECASE)


def measures(text: str, unit: str) -> list[Found]:
    """Figures of ``text`` in ``unit`` (a base quantity's ``pkg:measuredIn``): ``2.5万TEU``, "25k TEU", "30,000 gross
    tonnes", by the unit's words in ``ontology/cues/measure_units.yaml``; square metres by :func:`areas`."""
    if unit == SQUARE_METRES:
        return areas(text)
    pattern = _measure_pattern(unit)
    found = []
    for match in pattern.finditer(text) if pattern else ():
        try:
            value = parse_number(match["num"].replace(",", "").replace("，", ""))
        except NumberFormatError:
            continue
        value *= _MEASURE_SCALES.get((match["scale"] or "").lower(), 1)
        found.append(Found(int(value) if value == int(value) else value, match.start(), match.end(), match[0]))
    return found


def counts(text: str) -> list[Found]:
    """``30件发明专利``, ``12项``, ``5 PCT patents``: a whole number and the thing counted after it."""
    found = []
    for match in re.finditer(rf"(?P<n>\d+|[{CHINESE_NUMERAL_CHARS}]+)\s*(?:件|项|个)", text):
        try:
            found.append(Found(int(parse_number(match["n"])), match.start(), match.end(), match[0]))
        except NumberFormatError:
            continue
    for match in re.finditer(r"\b(?P<n>\d+)\s+(?=[A-Za-z])", text):
        found.append(Found(int(match["n"]), match.start(), match.end(), match[0].strip()))
    return found


def dates(text: str, as_of: dt.date, earlier: dt.date | None = None, year_said: int | None = None) -> list[Found]:
    """Dates of ``text`` as :class:`Found`: :func:`assistant.understanding.relative_dates.found_dates`
    (去年12月, 同月, "last December"), under the name older callers import; ``year_said``: a year said alone earlier
    in the sentence, which a month named alone belongs to."""
    from assistant.understanding.relative_dates import found_dates

    return found_dates(text, as_of, earlier, year_said)
