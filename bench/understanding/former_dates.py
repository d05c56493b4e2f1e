"""The date reader the assistant used before :mod:`assistant.understanding.relative_dates` replaced it,
kept frozen here as the baseline column of ``compare_parsers.py`` (not used by the assistant)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.understanding.quantities import Found

_MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTH_ABBR = {name[:3]: number for name, number in _MONTHS.items()}

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
_EN_ANAPHOR = re.compile(r"\b(?:(?:in|later|earlier)\s+)?(?P<rel>(?:that\s+)?same\s+year|that\s+year"
                         r"|the\s+following\s+year"
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
