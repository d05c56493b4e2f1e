"""Fewer members than said: 其实只批下来一个 / "only one was approved" after two of a kind said together keeps as
many of them as the correction says; the members beyond that number are dropped (the last said first)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from assistant.understanding.cues import cue
from ingest.concepts import load_vocabulary
from ingest.money import NumberFormatError, parse_number

_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def source(self) -> str: ...


Fact = TypeVar("Fact", bound=_Keyed)


def count_said(message: str) -> re.Match[str] | None:
    """Where the message says how many there really are: 只批下来一个 / "only two were granted", or a number said right
    after a correction word (不好意思，是一个 / "sorry, one lab", "make that one lab")."""
    return cue("only_count").search(message) or cue("corrected_count").search(message)


def only_count(message: str) -> int | None:
    """How many there really are, when the message says so (只批下来一个 → 1, "only two were granted" → 2)."""
    match = count_said(message)
    if match is None:
        return None
    digits = next((word for word in reversed(match[0].split()) if word.isdigit() or word.lower() in _WORD_NUMBERS),
                  None)
    if digits is not None:
        return int(digits) if digits.isdigit() else _WORD_NUMBERS[digits.lower()]
    return _number_in(match[0])


def _number_in(words: str) -> int | None:
    """The number said in ``words`` (只批下来一个 → 1): the longest part of them that reads as a number."""
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            try:
                return int(parse_number(words[start:start + size]))
            except NumberFormatError:
                continue
    return None


def _members(fact: _Keyed) -> tuple[str, str]:
    return fact.key.partition("#")[0], fact.source


def _said_together(fact: _Keyed) -> tuple[str, str]:
    """The concept of ``fact`` (platform:key_laboratory, whatever its level) and the words it was said in."""
    return ":".join(fact.key.partition("#")[0].split(":")[:2]), fact.source


def _of_the_kind(thing: str, fact: _Keyed) -> bool:
    """The thing a count names (研发, "testing") is of the kind of ``fact``: part of one of its concept's labels."""
    parts = fact.key.partition("#")[0].split(":")
    vocabulary = load_vocabulary()
    if len(parts) < 2 or parts[1] not in vocabulary:
        return False
    concept = vocabulary[parts[1]]
    return any(thing.casefold() in label.casefold() for label in (*concept.labels, concept.label_zh, concept.label_en))


def fewer_members(message: str, records: Sequence[Fact], noted: Callable[[Fact], Fact]) -> tuple[Fact, ...]:
    """``records`` without the members of the latest group said together (one concept, from the same words)
    beyond the number the message says there are, the members kept ``noted`` (their words and the correction's).
    Members that differ (a provincial and a municipal lab): which ones remain is not known, so none is kept (asked).
    Unchanged when it says no number, names a thing of another kind (只有1个研发中心), or no group has more."""
    wanted = only_count(message)
    if wanted is None or wanted < 1:
        return tuple(records)
    count = count_said(message)
    thing = cue("counted_thing_after").match(message, count.end()) if count is not None else None
    for index in range(len(records) - 1, -1, -1):
        group = _said_together(records[index])
        members = [fact for fact in records if _said_together(fact) == group]
        if len(members) <= wanted:
            continue
        if thing is not None and not _of_the_kind(thing[0].strip(), records[index]):
            return tuple(records)  # 只有1个研发中心在大连 after two key laboratories: another kind
        alike = len({_members(fact) for fact in members}) == 1
        dropped = {id(fact) for fact in (members[wanted:] if alike else members)}
        kept = {id(fact) for fact in members[:wanted]} if alike else set()
        return tuple(noted(fact) if id(fact) in kept else fact for fact in records if id(fact) not in dropped)
    return tuple(records)
