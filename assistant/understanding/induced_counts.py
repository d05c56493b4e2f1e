"""How many of a concept the policy induced a company names (2个产品, 两个9平米的标准展位, 新建了3条中级雪道, 12 certified
products): the count written just before the concept's name (cue ``induced_count_before``), so that an award paid per
item (每项, 每个展位) counts them and a count limit (每家最多5名) applies to them. 一个/一家 and "a" are articles, not
counts: with no count said, the count stays unknown and is asked."""

from __future__ import annotations

import re

from assistant.understanding.cues import cue
from ingest.money import NumberFormatError, parse_number

_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
_LEADING_NUMBER = re.compile(r"\d+|[一两二三四五六七八九十百千万]+|[A-Za-z]+")
MAX_COUNT = 1_000_000
"""The largest count a profile takes (``assistant.profile.Count``)."""


def count_said_before(before: str) -> int | None:
    """The count the words ``before`` a concept's name end with (有2个 → 2, built three new → 3); None when they end
    with none, or with a number no count can be (0, more than :data:`MAX_COUNT`)."""
    match = cue("induced_count_before").search(before)
    if match is None:
        return None
    number = _LEADING_NUMBER.match(match[0].lstrip())
    if number is None:
        return None
    word = number[0].lower()
    try:
        count = _WORD_NUMBERS[word] if word in _WORD_NUMBERS else int(parse_number(word))
    except (NumberFormatError, KeyError, ValueError):
        return None
    return count if 1 <= count <= MAX_COUNT else None


def listed_after(between: str) -> bool:
    """Whether the words ``between`` two named concepts only list the second after the first (和1条, "and two"): the
    second then shares the time said of the first (2020年新建了2条中级雪道和1条初级雪道)."""
    return bool(cue("listed_item_joiner").fullmatch(between))
