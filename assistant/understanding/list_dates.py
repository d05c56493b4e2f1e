"""A date at the head of a list is the date of each item (今年有三件事：…；公司新设立了省级博士后工作站；… / "Three
things happened this year: …; …"): an item that says no date of its own takes the heading's, until the sentence ends.
A heading of a state as of / since a date (截至2023年底：…, "As of 2023: …") dates nothing; the items of a heading of
plans (2023年的计划：…, "Plans for 2024: …") are not done: none is a fact of the company."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from assistant.understanding.cues import cue
from assistant.understanding.fact_kinds import kind_of
from assistant.understanding.quantities import Found
from assistant.understanding.relative_dates import found_dates
from assistant.understanding.tense import event_tense

F = TypeVar("F")
"""A fact, whatever its type: the caller says how to read it and date it."""

_HEADED_LIST = re.compile(r"(?P<head>[^。！？!?\n：:，,；;]+)[：:](?P<items>[^。！？!?\n]+)")
"""A heading ending in a colon (its own clause only: 2019年成立的公司，情况如下： dates nothing) and the items after
it, up to the end of the sentence."""


@dataclass(frozen=True)
class HeadedList:
    date: Found | None
    """The date of each item; None for a list of plans."""
    start: int
    end: int
    """Where the items stand in the message."""

    @property
    def planned(self) -> bool:
        return self.date is None


def headed_lists(message: str, as_of: dt.date) -> list[HeadedList]:
    """Every list of plans of ``message``, and every list whose heading names exactly one date (two dates in a
    heading bind to nothing) and is no state as of / since that date."""
    found = []
    for match in _HEADED_LIST.finditer(message):
        head = match["head"]
        lang = "zh" if re.search(r"[\u4e00-\u9fff]", head) else "en"
        if cue("plan_list_heading").search(head) or event_tense(head, lang) in ("planned", "expected"):
            found.append(HeadedList(None, match.start("items"), match.end("items")))
            continue
        dates = [d for d in found_dates(head, as_of) if isinstance(d.value, dt.date)]
        if len(dates) == 1 and not cue("state_list_heading").search(head):
            found.append(HeadedList(dates[0], match.start("items"), match.end("items")))
    return found


def date_listed_items(message: str, as_of: dt.date, facts: list[F], source: Callable[[F], str],
                         field: Callable[[F], str], value: Callable[[F], Any],
                         dated: Callable[[F, dict[str, Any]], F]) -> list[F]:
    """``facts`` with each undated held fact said only inside a dated list given the list's date, and without the
    facts said only inside a list of plans."""
    lists = headed_lists(message, as_of)
    if not lists:
        return facts
    result = []
    for fact in facts:
        said, data = source(fact), value(fact)
        where = message.find(said) if said else -1
        listed = next((item for item in lists if where >= item.start and where + len(said) <= item.end), None)
        if listed is not None and listed.date is None:
            continue
        if listed is None or listed.date is None or not isinstance(data, dict) or "date" in data \
                or not data.get("held", True) or not kind_of(field(fact)).dated:
            result.append(fact)
            continue
        precision = {"date_precision": listed.date.precision} if listed.date.precision else {}
        result.append(dated(fact, {**data, "date": listed.date.value, **precision}))
    return result
