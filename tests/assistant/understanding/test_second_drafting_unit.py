"""A drafting place other than the first (第二起草单位, "the second drafting unit") is no first drafter."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF) if isinstance(fact.value, dict)]


def _standards(message: str) -> dict[str, Any]:
    return {value["level"]: value.get("first_drafter") for field, value in _facts(message) if field == "standards"}


def test_a_drafting_place_other_than_the_first_is_no_first_drafter_en() -> None:
    said = ("In 2024 we led a national standard as the first drafting organisation. On a local standard the same "
            "year we were just the second drafting unit.")
    standards = _standards(said)
    assert standards["local"] is False and standards["national"] is not False


def test_a_drafting_place_other_than_the_first_is_no_first_drafter_zh() -> None:
    said = "2024年我们作为第一起草单位主导制定了一项国家标准；另一项地方标准我们是第二起草单位。"
    standards = _standards(said)
    assert standards["local"] is False and standards["national"] is not False
