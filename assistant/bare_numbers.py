"""Numbers a correction says bare, with nothing counted after them: "Actually 3, not 2." / 是3，不是2.

Only a number said in place of another (the ``number_for_number`` cue: X, not Y / 是X，不是Y) is read, so that a
bare figure elsewhere (a year, a rank) is never taken for a count. The numbers are read as the amounts are: digits,
Chinese numerals, and the number words of ``ontology/cues/money.yaml``.
"""

from __future__ import annotations

import re

from assistant.understanding.casual_amounts import money_wording
from assistant.understanding.cue_files import normalised
from assistant.understanding.cues import cue
from assistant.understanding.quantities import Found
from ingest.money import NumberFormatError, parse_number

_NUMBER = re.compile(r"\d+|[A-Za-z]+|[一二两三四五六七八九十百]+")


def _value(word: str) -> int | None:
    spoken = money_wording().numbers.get(normalised(word))
    if spoken is not None:
        return int(spoken)
    try:
        return int(parse_number(word))
    except (NumberFormatError, ValueError):
        return None


def bare_numbers(message: str) -> list[Found]:
    """The two numbers of each "X, not Y" the message says (X first), where they stand in it; [] for none."""
    found: list[Found] = []
    for said in cue("number_for_number").finditer(message):
        for number in _NUMBER.finditer(said.group(0)):
            value = _value(number.group(0))
            if value is not None:
                start = said.start() + number.start()
                found.append(Found(value, start, start + len(number.group(0)), number.group(0)))
    return found
