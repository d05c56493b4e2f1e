"""A class-1 new drug project (1类新药) and testing and inspection certification are read as their concepts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF, in_conversation=True) if isinstance(fact.value, dict)]


def test_class_one_new_drugs_and_inspection_certification() -> None:
    assert _facts("我们有一个1类新药项目，今年2月进入临床") == [
        ("holdings", {"type": "innovative_drug_project", "date": dt.date(2025, 2, 1)})]
    assert _facts("In March 2025 our lab gained provincial-level testing and inspection certification.") == [
        ("platforms", {"type": "testing_certification_lab", "level": "provincial", "date": dt.date(2025, 3, 1)})]
