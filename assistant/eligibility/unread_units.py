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
from assistant.eligibility.provision_words import words_before_figure
from assistant.eligibility.quantity_bounds import measured_quantity
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


@cache
def cross_reference() -> re.Pattern[str]:
    """The pattern of a condition naming another article's list (如为第X条(Y)的项目): no reading carries the list."""
    return patterns_of(UNREAD_CONDITIONS_FILE, ("cross_reference",))[0]


@cache
def unit_condition() -> re.Pattern[str]:
    """The pattern of a condition on the thing an amount per a measured unit is paid for (登记为本区船籍港的船舶)."""
    return patterns_of(UNREAD_CONDITIONS_FILE, ("unit_condition",))[0]


@cache
def item_base() -> re.Pattern[str]:
    """The pattern of a rate's base said per item of a thing (每套设备按照年贷款利息): that item's quantity."""
    return patterns_of(UNREAD_CONDITIONS_FILE, ("item_base",))[0]


def unread_thresholds(provision: Provision) -> list[str]:
    """The segments of ``provision``'s sentence before its amount holding a threshold in an unread unit or a condition
    on another article's list (引荐奖按…3‰予以奖励，如为第X条(Y)的项目，按…3.3‰: the second rate is that list's), or a
    condition on the thing an amount per a measured unit is paid for (对登记为本区船籍港的国际船舶: the company's
    tonnage does not say which of its ships meet it), or a rate's base said per item (每套设备按照年贷款利息: the
    company's overall interest does not say which is the equipment loan's)."""
    before = words_before_figure(provision, fields=("amount", "cap", "unit"))
    own = words_before_figure(provision, once=True)
    matches = [*unread_unit().finditer(before), *cross_reference().finditer(own)]
    if measured_quantity(provision) is not None:  # 对登记为本区船籍港的国际船舶，…40元/总吨: which ships is not said
        matches.extend(unit_condition().finditer(own))
    if provision.base_quantity is not None:  # 每套设备按照年贷款利息: the equipment loan's, not any loan's interest
        matches.extend(item_base().finditer(before))
    before = max(before, own, key=len)  # both are the sentence's words up to a figure
    segments: list[str] = []
    for match in sorted(matches, key=lambda m: m.start()):
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
