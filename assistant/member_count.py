"""Fewer members than said: 其实只批下来一个 / "only one was approved" after two of a kind said together keeps as
many of them as the correction says; the members beyond that number are dropped (the last said first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from assistant.understanding.cues import cue
from ingest.money import NumberFormatError, parse_number

_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def source(self) -> str: ...


Fact = TypeVar("Fact", bound=_Keyed)


def only_count(message: str) -> int | None:
    """How many there really are, when the message says so (只批下来一个 → 1, "only two were granted" → 2)."""
    match = cue("only_count").search(message)
    if match is None:
        return None
    digits = next((word for word in reversed(match[0].split()) if word.isdigit() or word.lower() in _WORD_NUMBERS),
                  None)
    if digits is not None:
        return int(digits) if digits.isdigit() else _WORD_NUMBERS[digits.lower()]
    number = match[0].rstrip("个家项件").lstrip("只仅就有批了下来获拿到认定通过评上").strip()
    try:
        return int(parse_number(number))
    except NumberFormatError:
        return None


def _members(fact: _Keyed) -> tuple[str, str]:
    return fact.key.partition("#")[0], fact.source


def fewer_members(message: str, records: Sequence[Fact], noted: Callable[[Fact], Fact]) -> tuple[Fact, ...]:
    """``records`` without the members of the latest group said together (the same kind, from the same words)
    beyond the number the message says there are, the members kept ``noted`` (their words and the correction's);
    unchanged when it says none, or no group has more."""
    wanted = only_count(message)
    if wanted is None or wanted < 1:
        return tuple(records)
    for index in range(len(records) - 1, -1, -1):
        group = _members(records[index])
        members = [fact for fact in records if _members(fact) == group]
        if len(members) > wanted:
            dropped, kept = {id(fact) for fact in members[wanted:]}, {id(fact) for fact in members[:wanted]}
            return tuple(noted(fact) if id(fact) in kept else fact for fact in records if id(fact) not in dropped)
    return tuple(records)
