"""Dates as people write them — 去年12月, 同月, 2023年底, "last December", "the same month", "Q3 2023" —
resolved against the day of the conversation (``as_of``) or the date said before (``previous``).

The wording is data (``ontology/cues/dates.yaml``): patterns whose named groups say what they hold,
and word tables (去年 → −1 year). English forms that dateparser reads well ("15 November 2022",
"last December", "two years ago") are found by a pattern and handed to dateparser with the
conversation's day as its base; dateparser's own search is not used, since it takes "We" and "may"
for dates. Chinese numerals are read by :func:`ingest.money.parse_number` (cn2an)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from assistant.understanding.cue_files import CueFileError, alternation, compile_pattern, normalised, read_cue_file
from ingest.money import NumberFormatError, parse_number

if TYPE_CHECKING:
    from assistant.understanding.quantities import Found

_HAN = re.compile(r"[\u4e00-\u9fff]")
Precision = Literal["year", "quarter", "month", "day"]
Prefer = Literal["past", "future"]
Lang = Literal["zh", "en"]
_TABLES = ("year_words", "year_anaphors", "month_words", "month_anaphors", "edges", "quarters", "month_names",
           "month_name_words", "number_words")


@dataclass(frozen=True)
class DateMention:
    """A date said in a message: the characters ``text[start:end]``, the first day of what it names,
    how precisely (``year`` … ``day``), and whether it was read relative to today or to the date said
    before (去年, the same month) rather than written out (2022年11月)."""

    start: int
    end: int
    text: str
    date: dt.date
    precision: Precision
    relative: bool
    pattern: str

    def reading(self) -> str:
        """``2024``, ``2024-Q3``, ``2024-12`` or ``2024-12-15``: the date at its precision."""
        if self.precision == "year":
            return f"{self.date.year}"
        if self.precision == "quarter":
            return f"{self.date.year}-Q{(self.date.month - 1) // 3 + 1}"
        if self.precision == "month":
            return f"{self.date.year}-{self.date.month:02d}"
        return self.date.isoformat()


@dataclass(frozen=True)
class DatePattern:
    name: str
    regex: re.Pattern[str]
    library: bool
    precision: Precision | None
    unit: str
    examples: Mapping[str, list[str]]


@dataclass(frozen=True)
class DateWording:
    """One language's patterns and word tables."""

    lang: str
    patterns: tuple[DatePattern, ...]
    tables: Mapping[str, Mapping[str, int]]

    def lookup(self, table: str, words: str) -> int:
        value = self.tables.get(table, {}).get(normalised(words))
        if value is None:
            raise CueFileError(f"dates.yaml {self.lang}.{table}", f"no entry for {words!r}")
        return value


@functools.cache
def date_wording(lang: str) -> DateWording:
    """The date wording of ``lang`` (``zh`` or ``en``), compiled once."""
    data = read_cue_file("dates")
    section = data.get(lang)
    if not isinstance(section, dict):
        raise CueFileError("dates.yaml", f"no section for language {lang!r}")
    tables = {name: {normalised(str(word)): int(value) for word, value in section.get(name, {}).items()}
              for name in _TABLES if name in section}
    substitutions = {name: alternation(section[name], f"dates.yaml {lang}.{name}") for name in tables}
    fragments = section.get("fragments", {})
    for name, fragment in fragments.items():
        substitutions[name] = _substitute(str(fragment), substitutions)
    # English words are ASCII: their \b holds beside a Chinese character too (拿到了last year里); spaces and
    # digits are ASCII once folded (:data:`_ASCII_FOLD`)
    flags = re.IGNORECASE | re.ASCII if lang == "en" else 0
    patterns = []
    for index, entry in enumerate(section.get("patterns", [])):
        where = f"dates.yaml {lang}.patterns[{index}] ({entry.get('name', '?')})"
        if "pattern" not in entry or "name" not in entry:
            raise CueFileError(where, "needs a name and a pattern")
        pattern = _substitute(str(entry["pattern"]), substitutions)
        regex = compile_pattern(pattern, where, flags)
        patterns.append(DatePattern(str(entry["name"]), regex, entry.get("library") == "dateparser",
                                    entry.get("precision"), str(entry.get("unit", "year")),
                                    entry.get("examples", {})))
    return DateWording(lang, tuple(patterns), tables)


def _substitute(pattern: str, substitutions: Mapping[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda match: substitutions.get(match[1], match[0]), pattern)


_ASCII_FOLD = str.maketrans({"\u3000": " ", "\xa0": " ", **{chr(0xFF10 + digit): str(digit) for digit in range(10)}})
"""Full-width spaces and digits, and no-break spaces, as the ASCII the English patterns read (one for one)."""


def resolve_dates(text: str, lang: str, as_of: dt.date, previous: dt.date | None = None,
                  prefer: Prefer = "past", year_said: int | None = None) -> list[DateMention]:
    """Every date in ``text`` (in ``lang``), in order, without overlaps (the longest reading wins).
    A date that points back (同月, the following year) takes the date said before it in ``text``,
    else ``previous``; with neither it is not a date. A month named alone (5月, in May) is the last
    one past, or with ``prefer="future"`` (a plan: 计划5月搬入, "we plan to move in May") the next one
    to come — :func:`assistant.understanding.tense.event_dates` chooses by the clause's tense; after a year said
    alone that heads a list (a colon after it: in ``text``, else ``year_said``, earlier in the same sentence) it
    is that year's."""
    wording = date_wording(lang)
    candidates: list[tuple[int, int, DatePattern, re.Match[str]]] = []
    searched = text.translate(_ASCII_FOLD) if lang == "en" else text  # same length: offsets hold
    for pattern in wording.patterns:
        for match in pattern.regex.finditer(searched):
            if match.end() > match.start():
                candidates.append((match.start(), -(match.end() - match.start()), pattern, match))
    candidates.sort(key=lambda item: (item[0], item[1]))
    found: list[DateMention] = []
    taken_until = -1
    for start, _, pattern, match in candidates:
        if start < taken_until:
            continue
        antecedent = found[-1].date if found else previous
        year = next((said.date.year for said in reversed(found) if said.precision == "year"
                     and re.search(r"[:：]", text[said.end:start])), year_said)  # a year heading a list
        mention = _mention(pattern, match, wording, _Context(as_of, antecedent, prefer, year))
        if mention is not None:
            found.append(mention)
            taken_until = match.end()
    return found


@dataclass(frozen=True)
class _Context:
    """What a date is read against: today, the date said before, and which way a lone month points."""

    as_of: dt.date
    antecedent: dt.date | None
    prefer: Prefer
    year_said: int | None = None
    """A year said alone earlier in the same text (approved in 2024: … in March and … in June): a month named
    alone after it is that year's."""


def _mention(pattern: DatePattern, match: re.Match[str], wording: DateWording, context: _Context
             ) -> DateMention | None:
    if pattern.library:
        resolved = _by_dateparser(match, wording.lang, context, pattern.precision)
    else:
        try:
            resolved = _by_groups(match.groupdict(), wording, context, pattern.unit)
        except _NoAntecedent:
            return None
    if resolved is None:
        return None
    date, precision, relative = resolved
    return DateMention(match.start(), match.end(), match[0], date, pattern.precision or precision, relative,
                       pattern.name)


def _by_dateparser(match: re.Match[str], lang: str, context: _Context,
                   precision: Precision | None) -> tuple[dt.date, Precision, bool] | None:
    words = match.groupdict().get("library") or match[0]
    read = _read_by_dateparser(lang, context.as_of, context.prefer, words)
    if read is None:
        return None
    date, period = read
    final = precision or period
    date = date.replace(month=1, day=1) if final == "year" else date.replace(day=1) if final != "day" else date
    relative = not re.search(r"\d{4}", words)
    return date, final, relative


@functools.lru_cache(maxsize=1024)
def _read_by_dateparser(lang: str, as_of: dt.date, prefer: Prefer, words: str) -> tuple[dt.date, Precision] | None:
    """dateparser's date and precision for ``words`` (≈2–7 ms a call: each is kept for the conversation)."""
    data = _dateparser(lang, as_of, prefer).get_date_data(words)
    if data.date_obj is None:
        return None
    period: Precision = "year" if data.period == "year" else "month" if data.period == "month" else "day"
    return data.date_obj.date(), period


@functools.lru_cache(maxsize=8)
def _dateparser(lang: str, as_of: dt.date, prefer: Prefer) -> Any:
    """dateparser's reader for ``lang`` with ``as_of`` as its base, preferring the past or the future;
    imported on the first date handed to it."""
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": dt.datetime.combine(as_of, dt.time()), "PREFER_DATES_FROM": prefer,
                "PREFER_DAY_OF_MONTH": "first"}
    return DateDataParser(languages=[lang], settings=settings)


def _by_groups(groups: dict[str, str | None], wording: DateWording, context: _Context,
               unit: str) -> tuple[dt.date, Precision, bool] | None:
    given = {name: value for name, value in groups.items() if value}
    as_of, antecedent = context.as_of, context.antecedent
    if "ago" in given:
        return _ago(_number(given["ago"], wording), unit, as_of)
    if "mrel" in given:
        return _months_from(as_of, wording.lookup("month_words", given["mrel"])), "month", True
    if "mref" in given:
        if antecedent is None:
            return None
        return _months_from(antecedent, wording.lookup("month_anaphors", given["mref"])), "month", True
    year = _year(given, wording, as_of, antecedent)
    month = _month(given, wording)
    if year is None and month is None:
        return None
    if year is None:
        assert month is not None
        direction = wording.lookup("month_name_words", given["mnrel"]) if "mnrel" in given else None
        year = context.year_said if direction is None and context.year_said is not None \
            else _year_of_month(month, direction, as_of, context.prefer)
    return _at_precision(year, month, given, wording)


def _at_precision(year: int, month: int | None, given: dict[str, str], wording: DateWording
                  ) -> tuple[dt.date, Precision, bool] | None:
    relative = not any(key in given for key in ("y4", "y2", "ycn"))
    try:
        if "quarter" in given:
            quarter = _quarter(given["quarter"], wording)
            return dt.date(year, 3 * quarter - 2, 1), "quarter", relative
        if month is None and "edge" in given:
            return dt.date(year, wording.lookup("edges", given["edge"]), 1), "month", relative
        if month is None:
            return dt.date(year, 1, 1), "year", relative
        if "day" in given:
            return dt.date(year, month, int(given["day"])), "day", relative
        return dt.date(year, month, 1), "month", relative
    except ValueError:
        return None  # 2月30日: not a date


def _year(given: dict[str, str], wording: DateWording, as_of: dt.date,
          antecedent: dt.date | None) -> int | None:
    if "y4" in given:
        return int(given["y4"])
    if "y2" in given:
        return 2000 + int(given["y2"])
    if "ycn" in given:
        value = _number(given["ycn"], wording)
        return value if value > 100 else 2000 + value
    if "yrel" in given:
        return as_of.year + wording.lookup("year_words", given["yrel"])
    if "yref" in given:
        if antecedent is None:
            raise _NoAntecedent
        return antecedent.year + wording.lookup("year_anaphors", given["yref"])
    return None


def _year_of_month(month: int, direction: int | None, as_of: dt.date, prefer: Prefer) -> int:
    """The year of a month named alone (None: 5月, in May — this month or the last one past, or with
    ``prefer="future"`` this month or the next to come), after "last" (−1: the last one before this
    month), "this" (0: this year's) or "next" (1: the next to come)."""
    if direction is None and prefer == "future":
        return as_of.year if month >= as_of.month else as_of.year + 1
    if direction == 0:
        return as_of.year
    if direction is not None and direction > 0:
        return as_of.year if month > as_of.month else as_of.year + 1
    this_year = month < as_of.month or (direction is None and month == as_of.month)
    return as_of.year if this_year else as_of.year - 1


class _NoAntecedent(Exception):
    """同年 with no date said before it."""


def _month(given: dict[str, str], wording: DateWording) -> int | None:
    if "month" not in given:
        return None
    words = given["month"]
    if words.isdigit():
        return int(words)
    named = wording.tables.get("month_names", {}).get(normalised(words).rstrip("."))
    return named if named is not None else _number(words, wording)


def _quarter(words: str, wording: DateWording) -> int:
    named = wording.tables.get("quarters", {}).get(normalised(words))
    return named if named is not None else _number(words, wording)


def count_in_words(words: str, lang: str) -> int:
    """A whole number written as digits, a word of the language's ``number_words`` or Chinese numerals;
    :class:`CueFileError` when ``words`` is none of them."""
    return _number(words, date_wording(lang))


def _number(words: str, wording: DateWording) -> int:
    """Digits, a word of the language's ``number_words`` (two), or Chinese numerals (三, 二〇二二)."""
    named = wording.tables.get("number_words", {}).get(normalised(words))
    if named is not None:
        return named
    try:
        return int(parse_number(words.replace("〇", "零")))
    except NumberFormatError as error:
        raise CueFileError("dates.yaml", f"a number group matched {words!r}, which is not a number") from error


def _ago(count: int, unit: str, as_of: dt.date) -> tuple[dt.date, Precision, bool]:
    if unit == "month":
        return _months_from(as_of, -count), "month", True
    return dt.date(as_of.year - count, 1, 1), "year", True


def _months_from(base: dt.date, months: int) -> dt.date:
    index = base.year * 12 + base.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def examples(lang: str) -> list[tuple[str, str, Any]]:
    """Every example of the wording file: (pattern name, "match"/"no_match", example)."""
    return [(pattern.name, kind, example) for pattern in date_wording(lang).patterns
            for kind in ("match", "no_match") for example in pattern.examples.get(kind, [])]


_QUARTER_AS = "year"
"""A quarter handed to code that knows only years, months and days counts as its year: never a month
it did not say."""


def found_dates(text: str, as_of: dt.date, earlier: dt.date | None = None, year_said: int | None = None
                ) -> list[Found]:
    """:func:`resolve_dates` in the shape of :func:`assistant.understanding.quantities.dates` (``Found``
    with precision ``year`` / ``month`` / None for a day), in both languages at once, so that callers of
    today's reader can switch to it unchanged."""
    from assistant.understanding.quantities import Found

    mentions = resolve_dates(text, "en", as_of, earlier, year_said=year_said)
    if _HAN.search(text):
        chinese = resolve_dates(text, "zh", as_of, earlier, year_said=year_said)
        mentions = [m for m in mentions if not any(c.start < m.end and m.start < c.end for c in chinese)] + chinese
    precision = {"year": "year", "quarter": _QUARTER_AS, "month": "month", "day": None}
    return [Found(m.date, m.start, m.end, m.text, precision[m.precision])
            for m in sorted(mentions, key=lambda mention: mention.start)]
