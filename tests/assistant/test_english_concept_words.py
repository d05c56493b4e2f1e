"""und9 class 11: English names of concepts the vocabulary lacked (a fact said in English was not read)."""

from __future__ import annotations

import datetime as dt

from assistant.understanding.facts import understand_facts


def _held(message: str) -> list[object]:
    return [fact.value.get("type") for fact in understand_facts(message, dt.date(2025, 3, 1))
            if isinstance(fact.value, dict) and fact.value.get("type")]


def test_a_sci_tech_talent_is_the_outstanding_young_talent() -> None:
    assert "outstanding_young_talent" in _held(
        "Last year our chief engineer was named an outstanding young sci-tech talent by the district.")


def test_a_science_and_technology_talent_is_the_outstanding_young_talent() -> None:
    assert "outstanding_young_talent" in _held(
        "In 2024 one of our founders became an outstanding young science and technology talent.")
