"""A recognition said not to be the first (不是首次认定，是第二次; "the second round, not the first") is a
renewal."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF) if isinstance(fact.value, dict)]


def _rounds(message: str) -> list[Any]:
    return [value.get("round") for field, value in _facts(message) if field == "qualifications"]


def test_not_the_first_round_is_a_renewal_en() -> None:
    assert _rounds("Our HNTE certificate was renewed in 2024 (the second round, not the first).") == ["renewal"]


def test_not_the_first_round_is_a_renewal_zh() -> None:
    assert _rounds("高新技术企业2024年通过了，不是首次认定，是第二次") == ["renewal"]
