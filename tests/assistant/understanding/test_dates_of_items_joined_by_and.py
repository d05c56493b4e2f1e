"""A date said after "and" / 又 opens the next listed item; a recognition keeps its own date before it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF, in_conversation=True) if isinstance(fact.value, dict)]


def _dated(message: str) -> dict[str, str]:
    return {str(value.get("type") or value.get("id")): str(value.get("date")) for _, value in _facts(message)}


def test_a_date_after_and_opens_the_next_item_en() -> None:
    dated = _dated("In Feb 2023 we got a provincial key lab, and in Nov 2024 a municipal technology innovation centre.")
    assert dated == {"key_laboratory": "2023-02-01", "technology_innovation_center": "2024-11-01"}


def test_a_date_after_and_opens_the_next_item_zh() -> None:
    dated = _dated("前年拿了省级重点实验室，又在今年4月拿了市级技术创新中心")
    assert dated == {"key_laboratory": "2023-01-01", "technology_innovation_center": "2025-04-01"}


def test_a_recognition_keeps_its_own_date_before_and() -> None:
    dated = _dated("Two years ago we became a provincial gazelle and this year a municipal enterprise "
                   "technology centre.")
    assert dated == {"gazelle_enterprise": "2023-01-01", "enterprise_technology_center": "2025-01-01"}
