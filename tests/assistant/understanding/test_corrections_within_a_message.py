"""A count, a date or a board taken back inside the same message ("sorry, 7 not 9", 哦记错了，是科创板)
is replaced, not added beside the first."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 6, 30)


def _read(message: str) -> list[tuple[str, Any]]:
    return [(fact.key, fact.value) for fact in understand_facts(message, AS_OF)]


def _of(message: str, field_prefix: str) -> list[Any]:
    return [value for key, value in _read(message) if key.startswith(field_prefix)]


@pytest.mark.parametrize(("message", "granted"), [
    ("In the zone. 9 invention patents were granted in 2023 - sorry, 7 not 9.", 7),
    ("We got 9 invention patents last year; my mistake, 7", 7),
    ("片区企业，去年授权了9件发明专利，说错了，是7件", 7),
])
def test_a_count_taken_back_in_the_message_is_replaced(message: str, granted: int) -> None:
    assert [p["granted"] for p in _of(message, "patent:")] == [granted]


def test_a_date_after_a_correction_is_no_count() -> None:
    latest = dict(_read("We hold 9 invention patents - sorry, 7 patents, granted in 2023"))  # a later one replaces
    patent = latest["patent:invention_patent"]
    assert (patent["granted"], patent["date"].year) == (7, 2023)


@pytest.mark.parametrize(("message", "board"), [
    ("片区企业，前年在创业板上市了，哦记错了，是科创板，2022年10月上的", "star_market"),
    ("we went public on ChiNext in March 2023 - no wait, my mistake, it was the STAR Market", "star_market"),
])
def test_a_board_taken_back_in_the_message_is_replaced(message: str, board: str) -> None:
    assert [listing["board"] for listing in _of(message, "listing")] == [board]
