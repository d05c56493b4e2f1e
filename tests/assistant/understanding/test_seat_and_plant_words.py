"""Seat words: a seat and a plant said together, a company based elsewhere ("Seoul-based"), and English place words
beside Chinese ones."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF, in_conversation=True) if isinstance(fact.value, dict)]


def _fields(message: str) -> dict[str, Any]:
    return {fact.field: fact.value for fact in understand_facts(message, AS_OF) if not isinstance(fact.value, dict)}


def test_the_seat_and_a_plant_said_together_are_both_in_the_zone() -> None:
    assert _fields("Headquarters and plant in the Dalian Bonded Zone, we make pumps.")["location.in_zone"] is True
    assert _fields("Our HQ & factory are in the Dalian FTZ.")["location.in_zone"] is True


def test_a_company_said_based_elsewhere_before_based() -> None:
    assert _fields("We're a Seoul-based battery maker; some of our buyers sit in the Dalian FTZ.")[
        "location.in_zone"] is False
    assert _fields("We are a Harbin-headquartered company.")["location.in_zone"] is False


def test_english_words_beside_chinese_ones() -> None:
    facts = _facts("我们公司在Dalian FTZ里面，last year拿到了市级工程技术研究中心")
    assert facts == [("platforms", {"type": "engineering_technology_research_center", "level": "municipal",
                                    "date": dt.date(2024, 1, 1)})]
    assert _fields("我们公司在Dalian FTZ里面")["location.in_zone"] is True
