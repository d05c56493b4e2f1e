"""A threshold in a unit the reading never turns into a bound (自建或租用1000平方米以上海外仓): the reader keeps
bounds on yuan figures only (:mod:`ingest.quantity_conditions`), and a profile holds no floor area of a warehouse
abroad. Such a threshold in the words of a benefit's sentence before its amount is still a requirement: the award
is asked, never paid as sure — one unknown check per threshold, naming the words of its segment. The units are data
(``unread_unit`` in ``ontology/unread_conditions.yaml``). A threshold in another currency (融资1000万美元以上) is
checked in that currency, or asked the same way, by :mod:`assistant.eligibility.foreign_bounds`."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from assistant.eligibility.kind_at_the_event import UNREAD_CONDITIONS_FILE
from assistant.eligibility.pattern_file import patterns_of
from ingest.model import Provision

if TYPE_CHECKING:
    from assistant.eligibility.requirements import Check

CONDITION_QUESTION = "condition:"
"""The key of a question on a condition the engine cannot check: 「自建或租用1000平方米以上海外仓」."""
_SEGMENT_END = re.compile(r"[，,。；;：:]")


@cache
def unread_unit() -> re.Pattern[str]:
    """The pattern of a threshold figure in a unit no bound is read in."""
    return patterns_of(UNREAD_CONDITIONS_FILE, ("unread_unit",))[0]


def unread_thresholds(provision: Provision) -> list[str]:
    """The segments of ``provision``'s sentence before its amount holding a threshold in an unread unit."""
    shown = next((text for field, text in provision.written if field in {"amount", "cap", "unit"}), None)
    at = provision.quote.find(shown) if shown else -1
    before = provision.quote[:at] if at > 0 else provision.quote
    segments = []
    for match in unread_unit().finditer(before):
        start = max((m.end() for m in _SEGMENT_END.finditer(before, 0, match.start())), default=0)
        end = _SEGMENT_END.search(before, match.end())
        segment = before[start:end.start() if end else len(before)].strip()
        if segment not in segments:
            segments.append(segment)
    return segments


def unread_unit_checks(provision: Provision) -> list[Check]:
    """One unknown check per threshold of ``provision`` in an unread unit (see the module)."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    return [Check("condition", Status.UNKNOWN, f"the clause needs 「{segment}」, which is not checked",
                  question=f"{CONDITION_QUESTION}{segment}", detail_zh=f"本条要求「{segment}」，尚未核实",
                  parameters={"condition": segment})
            for segment in unread_thresholds(provision)]


def condition_question(key: str) -> tuple[str, str]:
    """The question (zh, en) of a ``condition:`` key."""
    words = key[len(CONDITION_QUESTION):]
    return f"贵公司是否满足「{words}」？", f"Does the company meet the clause's condition 「{words}」?"
