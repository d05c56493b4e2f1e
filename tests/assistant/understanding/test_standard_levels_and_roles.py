"""A standard of an international body (IEC, 国际电工委员会) is international, and taking part in a standard
is no first drafter."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF, in_conversation=True) if isinstance(fact.value, dict)]


def test_a_standard_of_an_international_body_is_international() -> None:
    assert _facts("As first drafter we led an IEC 60601 standard in 2024.") == [
        ("standards", {"level": "international", "first_drafter": True, "date": dt.date(2024, 1, 1)})]
    assert _facts("我们作为第一起草单位主导制定了一项国际电工委员会标准，2023年发布") == [
        ("standards", {"level": "international", "first_drafter": True, "date": dt.date(2023, 1, 1)})]


def test_taking_part_in_a_standard_is_no_first_drafter() -> None:
    assert _facts("We took part in an industry standard in 2023.") == [
        ("standards", {"level": "industry", "first_drafter": False, "date": dt.date(2023, 1, 1)})]
