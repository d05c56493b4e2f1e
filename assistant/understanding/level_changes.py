"""A level said again for the concept said before, as raised (两年后升级为省级, 后来升级为国家级, "upgraded to
provincial two years later"): the concept at its new level from the date said with the raise, and at its earlier
level only for the years before (a platform's ``operating_until``: the day before the raise).

A raise without a date (后来升级为X级) leaves the earlier level the year it was said for only: that it held
longer is not said. A recognition (a qualification: no years of operation) keeps its earlier grant as said.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from assistant.understanding.cues import cue
from assistant.understanding.levels import level_named
from assistant.understanding.quantities import Found

LEVEL_REACH = 16
"""Characters after the raising word within which the new level is named (升级为省级, "upgraded to the provincial tier")."""


@dataclass(frozen=True)
class Raise:
    """Where the raising word starts in the clause, and the level it raises to."""

    at: int
    level: str


def raise_in(text: str) -> Raise | None:
    """The raise the clause says (升级为省级), if any: a raising word followed closely by a level."""
    found = cue("level_raised").search(text)
    if found is None or cue("another_party_rated").search(text[:found.start()]):  # 合作高校的实验室去年升了Y级
        return None
    level = level_named(text[found.end():found.end() + LEVEL_REACH])
    return Raise(found.start(), level) if level is not None else None


def raised(value: dict[str, Any], level: str, when: Found | None, runs: bool) -> tuple[dict[str, Any] | None,
                                                                                      dict[str, Any]]:
    """The earlier fact (None when the years it held are not known) and the fact at the new ``level`` from
    ``when``; ``runs``: the kind has years of operation (a platform), so the earlier one ends before the raise."""
    later = {key: item for key, item in value.items()
             if key not in ("date", "date_precision", "operating_until", "round")} | {"level": level}
    if when is not None and isinstance(when.value, dt.date):
        later |= {"date": when.value, "date_precision": when.precision}
    if not runs:
        return value, later
    since = value.get("date")
    if isinstance(since, dt.date) and isinstance(later.get("date"), dt.date) and later["date"] > since:
        return value | {"operating_until": later["date"] - dt.timedelta(days=1)}, later
    if isinstance(since, dt.date) and "date" not in later:
        return value | {"operating_until": dt.date(since.year, 12, 31)}, later
    return None, later
