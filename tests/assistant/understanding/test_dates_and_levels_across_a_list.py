"""A list of concepts joined by and / 和: one date said after the list dates each item, a date of the last
item only stays its own, and a body said to grant the second concept (被吉林省评为) gives it its level."""

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
    "We were named a provincial gazelle and a provincial specialised SME in March 2023.",
    "We got a provincial gazelle title and a provincial enterprise technology center in March 2023.",
    "我们获评省级瞪羚企业和省级专精特新中小企业是在2023年3月。",
])
def test_one_date_after_a_list_dates_every_item(said: str) -> None:
    assert {date for date, _ in _dated(said).values()} == {dt.date(2023, 3, 1)}


@pytest.mark.parametrize(("said", "undated"), [
    ("We are an HNTE and got a provincial gazelle title in 2022.", "high_tech_enterprise"),  # a verb ends the list
    ("We're a leading technology enterprise and an HNTE (renewed in May 2022).", "tech_leader_enterprise"),
    ("我们是高企，还有省级瞪羚，2022年认定的。", "high_tech_enterprise"),
])
def test_a_date_of_the_last_item_only_stays_its_own(said: str, undated: str) -> None:
    assert _dated(said)[undated][0] is None


@pytest.mark.parametrize("said", [
    "We listed on the STAR Market last year and Jilin named us a gazelle enterprise in 2022.",
    "我们去年在科创板上市并被吉林省评为瞪羚企业。",
])
def test_a_body_granting_the_second_concept_gives_its_level(said: str) -> None:
    assert _dated(said)["gazelle_enterprise"][1] == "provincial"
