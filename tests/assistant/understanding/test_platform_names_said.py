"""Platform names as people say them: a whole-unit research centre a central SOE set up, and short English names
("tech innovation centre", "tech transfer centre")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals
from tests.assistant.talking import values as _values

AS_OF = dt.date(2024, 6, 1)


@pytest.mark.parametrize("message", [
    "我们是央企在大连自贸片区设立的整建制研究中心，今年3月成立",
    "We are a whole-unit research centre a central SOE set up in the Dalian FTZ in March this year.",
])
def test_a_whole_unit_research_centre(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert [v["type"] for v in _values(state, "platforms")] == ["research_institute"]  # type: ignore[index]
    assert _totals(reply) == (0, 20_000_000)  # 经综合评估, up to 2000万


@pytest.mark.parametrize(("message", "concept"), [
    ("We're in the FTZ; our provincial tech innovation centre was approved last year", "technology_innovation_center"),
    ("We're in the FTZ; our provincial tech transfer centre was approved last year", "technology_transfer_center"),
])
def test_short_english_names_of_platforms(message: str, concept: str) -> None:
    reply, state = talk(AS_OF, message)
    assert [v["type"] for v in _values(state, "platforms")] == [concept]  # type: ignore[index]
    assert _totals(reply) == (1_000_000, 1_000_000)
