"""A date binds to the fact it is said with: a clause that states a measure of its own (主营业务收入2017年过了1.5亿,
吞吐量2018年是6万TEU, "revenue passed RMB 150 million in 2017") dates that measure, never the concept named in the
clause before it — even when the measure itself is not understood."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.understanding.casual_amounts import found_amounts
from assistant.understanding.cues import cue
from assistant.understanding.quantities import Found


def _outside(found: Iterable[tuple[int, int]], dates: Iterable[Found]) -> bool:
    spans = [(date.start, date.end) for date in dates]
    return any(not any(start < end_ and begin < end for begin, end_ in spans) for start, end in found)


def states_a_measure(text: str, dates: Iterable[Found] = ()) -> bool:
    """``text`` states an amount of money or a measured number (6万TEU, 35%, 150 vehicles) outside its ``dates``."""
    dates = list(dates)
    money = [(found.start, found.end) for found in found_amounts(text)]
    measured = [(match.start(), match.end()) for match in cue("measured_number").finditer(text)]
    return _outside(money, dates) or _outside(measured, dates)


OWN_WORDS_ZH = 12
"""How many characters besides its dates a clause that only dates the fact before it may have (，2022年由辽宁省
科技厅认定: 10); more (今年（2022年）获准在北京四板市场文化创意板挂牌了) say an event of their own."""
OWN_WORDS_EN = 8
"""The same in English words ("first recognised by the provincial department in 2022": 6)."""


def says_an_event_of_its_own(text: str, dates: Iterable[Found] = ()) -> bool:
    """Besides its dates, ``text`` says more than a recognition of the fact before it: an event of its own,
    whose date is its own (2020年还第一次入选了辽宁省100强 dates no 总部企业 said before it)."""
    rest, cursor = [], 0
    for date in sorted(dates, key=lambda found: found.start):
        rest.append(text[cursor:date.start])
        cursor = max(cursor, date.end)
    rest.append(text[cursor:])
    words = cue("still_operating").sub(" ", "".join(rest))  # "set up in 2021 and is still running": its end, no event
    if words.isascii():
        return len(re.findall(r"[A-Za-z0-9]+", words)) > OWN_WORDS_EN
    return len(re.sub(r"[\W_]+", "", words)) > OWN_WORDS_ZH
