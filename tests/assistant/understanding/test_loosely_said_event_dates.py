"""Event dates said loosely: a season of last year (去年夏天) dates the event last year, and a date set apart by a
dash from an investment (——总投资约8亿元) is the concept's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 9, 1)


def _dated(message: str) -> dict[str, tuple[object, object]]:
    """concept → (date, level) of each fact the message states."""
    return {str(fact.value.get("id") or fact.value.get("type")): (fact.value.get("date"), fact.value.get("level"))
            for fact in understand_facts(message, AS_OF) if isinstance(fact.value, dict)}


@pytest.mark.parametrize("said", [
    "We're in the Dalian FTZ. Our open-competition (jiebang guashuai) project was selected last summer.",
    "我们在大连自贸片区，揭榜挂帅项目去年夏天入选。",
])
def test_a_season_of_last_year_dates_the_event_last_year(said: str) -> None:
    assert _dated(said)["challenge_project"][0] == dt.date(AS_OF.year - 1, 1, 1)


@pytest.mark.parametrize("said", [
    "Our stack plant in the Dalian FTZ was named a key hydrogen energy project this year - roughly RMB 800 million "
    "invested.",
    "我们在大连自贸片区，今年被列为氢能产业重点项目——总投资约8亿元。",
])
def test_a_date_set_apart_by_a_dash_from_an_investment_is_the_concepts(said: str) -> None:
    assert _dated(said)["hydrogen_key_project"][0] == dt.date(AS_OF.year, 1, 1)
