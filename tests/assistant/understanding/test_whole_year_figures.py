"""A figure "for the whole year" (全年营业收入…, "full-year revenue") is of the one year the clause before named;
without one year said before, it is not kept. Fresh wordings, not the bench's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 3, 1)


@pytest.mark.parametrize("message", ["去年入统，全年营业收入5200万左右。",
                                     "We joined the statistics in 2024; full-year revenue was RMB 52 million."])
def test_a_whole_years_figure_is_of_the_year_said_before(message: str) -> None:
    found = [fact.value for fact in understand_facts(message, AS_OF) if fact.field == "quantities.revenue"]
    assert [value["year"] for value in found] == [2024]


@pytest.mark.parametrize("message", ["全年营业收入5200万左右", "2022年和2023年都入统了，全年营业收入5200万",
                                     "Full-year revenue was RMB 52 million."])
def test_a_whole_years_figure_without_one_year_before_is_not_kept(message: str) -> None:
    assert [fact for fact in understand_facts(message, AS_OF) if fact.field == "quantities.revenue"] == []
