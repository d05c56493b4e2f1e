"""Amounts, dates and counts as people type them (3000万, 三千万, 1.3亿, RMB 30 million, 去年,
August 2022), each with the characters it was read from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from ingest.money import CHINESE_NUMERAL_CHARS, NumberFormatError, parse_number

_ZH_NUMBER = rf"[0-9０-９][0-9０-９,，.．]*|[{CHINESE_NUMERAL_CHARS}]+"
_ZH_AMOUNT = re.compile(
    rf"(?P<num>(?:{_ZH_NUMBER})(?:亿(?:{_ZH_NUMBER})?)?)\s*(?P<unit>亿元|万元|亿|千万|百万|万|元|块钱|块)")
_EN_AMOUNT = re.compile(
    r"(?:(?:RMB|CNY|¥|￥)\s*)?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>billion|bn|million|mn|m\b|thousand|k\b)?"
    r"\s*(?P<currency>yuan|RMB|CNY)?", re.IGNORECASE)
_SCALES = {"billion": 10**9, "bn": 10**9, "million": 10**6, "mn": 10**6, "m": 10**6, "thousand": 10**3, "k": 10**3}
_MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTH_ABBR = {name[:3]: number for name, number in _MONTHS.items()}
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


def zh_amounts(text: str) -> list[Found]:
    """Chinese amounts: ``3000万``, ``三千万元``, ``1.3亿``, ``1亿3千万``, ``20,000,000元``."""
    found = []
    for match in _ZH_AMOUNT.finditer(text):
        multiplier = match["unit"].removesuffix("元").removesuffix("块钱").removesuffix("块")
        try:
            value = parse_number(match["num"] + multiplier)
        except NumberFormatError:
            continue
        found.append(Found(value, match.start(), match.end(), match[0]))
    return found


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
    """Every amount in ``text``, in order, checked for plausibility."""
    found = sorted(zh_amounts(text) + en_amounts(text), key=lambda f: f.start)
    for item in found:
        value = item.value
        assert isinstance(value, Decimal)
        if value > MAX_AMOUNT:
            raise ImplausibleNumber(item.text, "too_large")
        negative = text[max(0, item.start - 1):item.start] in ("-", "−", "负")
        if negative:
            raise ImplausibleNumber(f"-{item.text}", "negative")
    power = re.search(r"\d+\s*\^\s*\d+|\d+e\d{2,}", text)
    if power:
        raise ImplausibleNumber(power[0], "power")
    return found


def dates(text: str, as_of: dt.date, earlier: dt.date | None = None) -> list[Found]:
    """Dates and years: 2022年11月(15日), 去年(3月), 今年, 前年, 明年, August 2022, 2022-11, in 2022,
    and those that point back (同年, 次年, the same year): to a date before them in ``text``, else
    to ``earlier`` (the last date said before ``text``)."""
    found: list[Found] = []
    for match in re.finditer(r"(?P<y>\d{4})\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?)?", text):
        found.append(Found(_date(int(match["y"]), match["m"], match["d"]), match.start(), match.end(), match[0],
                           _precision(match["m"], match["d"])))
    relative = {"前年": 2, "去年": 1, "今年": 0, "明年": -1}
    for match in re.finditer(r"(?P<rel>前年|去年|今年|明年)(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?)?",
                             text):
        year = as_of.year - relative[match["rel"]]
        found.append(Found(_date(year, match["m"], match["d"]), match.start(), match.end(), match[0],
                           _precision(match["m"], match["d"])))
    month_names = "|".join(sorted([*_MONTHS, *_MONTH_ABBR], key=len, reverse=True))
    for match in re.finditer(rf"\b(?P<mon>{month_names})\.?\s+(?:(?P<d>\d{{1,2}}),?\s+)?(?P<y>\d{{4}})\b", text,
                             re.IGNORECASE):
        name = match["mon"].lower()
        month = _MONTHS.get(name) or _MONTH_ABBR[name[:3]]
        found.append(Found(_date(int(match["y"]), str(month), match["d"]), match.start(), match.end(), match[0],
                           _precision(str(month), match["d"])))
    for match in re.finditer(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?\b", text):
        found.append(Found(_date(int(match["y"]), match["m"], match["d"]), match.start(), match.end(), match[0],
                           _precision(match["m"], match["d"])))
    for match in re.finditer(r"\b(?P<rel>last year|this year|next year|the year before last)\b", text, re.IGNORECASE):
        offset = {"last year": 1, "this year": 0, "next year": -1, "the year before last": 2}[match["rel"].lower()]
        found.append(Found(dt.date(as_of.year - offset, 1, 1), match.start(), match.end(), match[0], "year"))
    for match in re.finditer(r"\b(?:in|since|from|during)\s+(?P<y>(?:19|20)\d{2})\b|\((?P<p>(?:19|20)\d{2})\)", text,
                             re.IGNORECASE):
        if match["p"]:
            found.append(Found(dt.date(int(match["p"]), 1, 1), match.start("p"), match.end("p"), match["p"], "year"))
            continue
        if not any(f.start <= match.start("y") < f.end for f in found):
            found.append(Found(dt.date(int(match["y"]), 1, 1), match.start("y"), match.end("y"), match["y"], "year"))
    found.sort(key=lambda f: f.start)
    return _with_anaphoric_dates(text, _non_overlapping(found), earlier)


_ZH_ANAPHOR = re.compile(r"(?P<rel>同年|当年|同一年|次年|翌年|第二年|前一年|上一年)"
                         r"(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?)?")
_EN_ANAPHOR = re.compile(r"\b(?:(?:in|later|earlier)\s+)?(?P<rel>(?:that\s+)?same\s+year|that\s+year|the\s+following\s+year"
                         r"|a\s+year\s+later|the\s+year\s+before(?!\s+last)|a\s+year\s+earlier)\b", re.IGNORECASE)
_FOLLOWING = frozenset({"次年", "翌年", "第二年", "the following year", "a year later"})
_PRECEDING = frozenset({"前一年", "上一年", "the year before", "a year earlier"})


def _with_anaphoric_dates(text: str, found: list[Found], earlier: dt.date | None) -> list[Found]:
    """``found`` with the dates that point back to the one said before them: 同年(11月), 当年,
    次年, the same year, the following year. One with nothing said before it is not a date."""
    anaphors = sorted([*_ZH_ANAPHOR.finditer(text), *_EN_ANAPHOR.finditer(text)], key=lambda match: match.start())
    resolved = list(found)
    for match in anaphors:
        if any(item.start < match.end() and match.start() < item.end for item in resolved):
            continue
        before = [item.value for item in sorted(resolved, key=lambda item: item.end)
                  if item.end <= match.start() and isinstance(item.value, dt.date)]
        antecedent = before[-1] if before else earlier
        if antecedent is None:
            continue
        relation = re.sub(r"\s+", " ", match["rel"].lower()).removeprefix("that ")
        year = antecedent.year + (1 if relation in _FOLLOWING else -1 if relation in _PRECEDING else 0)
        month, day = match.groupdict().get("m"), match.groupdict().get("d")
        resolved.append(Found(_date(year, month, day), match.start(), match.end(), match[0], _precision(month, day)))
        resolved.sort(key=lambda item: item.start)
    return [item for item in resolved if item.value is not None]


def _precision(month: str | None, day: str | None) -> str | None:
    return None if day else "month" if month else "year"


def _date(year: int, month: str | None, day: str | None) -> dt.date | None:
    try:
        return dt.date(year, int(month) if month else 1, int(day) if day else 1)
    except ValueError:
        return None


def _non_overlapping(found: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for item in found:
        if item.value is None:
            continue
        if kept and item.start < kept[-1].end:
            if item.end - item.start > kept[-1].end - kept[-1].start:
                kept[-1] = item
            continue
        kept.append(item)
    return kept


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
