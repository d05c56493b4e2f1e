"""A count said after a year range (2023到2024年累计授权了18件) is the patents' count, not a year."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF) if isinstance(fact.value, dict)]


def _granted(message: str) -> list[Any]:
    return [(value.get("granted"), str(value.get("date"))) for field, value in _facts(message) if field == "patents"]


def test_a_count_after_a_year_range_is_the_patents_count_zh() -> None:
    assert _granted("发明专利2023到2024年累计授权了18件") == [(18, "2023-01-01")]


def test_a_count_after_a_year_range_is_the_patents_count_en() -> None:
    assert [count for count, _ in _granted("From 2023 to 2024 we were granted 18 invention patents.")] == [18]
