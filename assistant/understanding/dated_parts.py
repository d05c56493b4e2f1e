"""A part dated inside a whole: 共有12件发明专利，其中5件是前年授权的，其余是今年授权的 / "12 invention patents, 5 of them
granted in 2022, the rest this year" — the part is a count of its own date, the rest keeps the whole's own date (or
the date said of the rest, or none); the whole is not dated with the part's date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.understanding.cues import cue
from assistant.understanding.quantities import Found


@dataclass(frozen=True)
class Counted:
    """A count of one kind said in a clause: its words start there, and its value holds ``granted`` (and a date)."""

    key: str
    start: int
    value: dict[str, Any]


PART_REACH = 12
"""How far before a count a word of a part (其中, "of which") may be."""


def _part_words(text: str, number: Found) -> int | None:
    """Where the words that make ``number`` a part of the whole said before start (其中|5件, "of which |5",
    "5| of them"); None when it is no part."""
    before = text[max(0, number.start - PART_REACH):number.start]
    found = cue("part_of_whole_before").search(before)
    if found is not None:
        return number.start - len(before) + found.start()
    return number.start if cue("part_of_whole_after").match(text, number.end) else None


def _date_in(dates: list[Found], start: int, end: int) -> Found | None:
    return next((d for d in dates if start <= d.start < end), None)


def split_dated_parts(text: str, whole: Counted, numbers: list[Found], dates: list[Found],
                      dated: Callable[[Found], dict[str, Any]]) -> list[tuple[str, dict[str, Any]]] | None:
    """(key, value) of the rest of ``whole`` and of its dated part, when a count in ``text`` after ``whole.start``
    is a part with a date of its own (其中5件是前年授权的, 其中前年授权的有5件); None when there is no such part
    (the whole stands as read). The rest keeps the whole's own date, or takes the date said of it (其余是今年授权的)."""
    granted = int(whole.value.get("granted") or 0)
    for number in numbers:
        begins = _part_words(text, number) if number.start > whole.start else None
        part = int(str(number.value))
        if begins is None or not 0 < part < granted:
            continue
        rest_word = cue("rest_of_whole").search(text, number.end)
        end = rest_word.start() if rest_word else len(text)
        own = next((d for d in dates if begins <= d.start < end and not number.start <= d.start < number.end), None)
        if own is None:
            return None  # 其中5件是发明专利: a part with no date of its own is the whole's
        of_rest = _date_in(dates, rest_word.end(), len(text)) if rest_word else None
        rest = {k: v for k, v in whole.value.items() if k not in ("date", "date_precision")}
        whole_date = {k: v for k, v in whole.value.items() if k in ("date", "date_precision")}
        if whole_date.get("date") == dated(own)["date"]:  # the part's date read as the whole's: not the whole's
            before = _date_in(dates, 0, min(begins, whole.start if whole.start >= 0 else begins))
            whole_date = dated(before) if before else {}
        rest_value = {**rest, "granted": granted - part, **(dated(of_rest) if of_rest else whole_date)}
        part_value = {**rest, "granted": part, **dated(own)}
        return [(whole.key, rest_value), (f"{whole.key.partition('@')[0]}@{part_value['date']}", part_value)]
    return None


def held_part(text: str, whole: Counted, numbers: list[Found], dates: list[Found]) -> int | None:
    """How many of ``whole`` hold what the policy pays, when a part of it is said to have got it with no date of its
    own (开发了4个首版次软件产品，其中2个通过了认定; "5 products, 3 of which were recognised": cue part_holds): only
    the part holds it. None when no such part is said (the whole stands as read)."""
    granted = int(whole.value.get("granted") or 0)
    for number in numbers:
        begins = _part_words(text, number) if number.start > whole.start else None
        if begins is None or not 0 < int(str(number.value)) < granted:
            continue
        rest_word = cue("rest_of_whole").search(text, number.end)
        end = rest_word.start() if rest_word else len(text)
        if cue("part_holds").search(text, begins, end) and _date_in(dates, begins, end) is None:
            return int(str(number.value))
    return None
