"""Above designated size said as a statistics entry (第一次升规纳统, 上规, "counted above designated size for
the first time"), dated by a month whose year is said in words before or after it."""

from __future__ import annotations

import datetime as dt

AS_OF = dt.date(2024, 10, 1)


def _qualification_dates(message: str) -> dict[str, object]:
    from assistant.understanding.facts import understand_facts

    return {fact.value["id"]: fact.value.get("date") for fact in understand_facts(message, AS_OF)
            if fact.field == "qualifications"}


def test_first_time_above_designated_size_said_as_a_statistics_entry_zh() -> None:
    said = "我们在自贸片区，今年5月刚刚第一次升规纳统。"
    assert _qualification_dates(said) == {"above_scale_industrial": dt.date(2024, 5, 1)}
    assert _qualification_dates("以上规定我们都符合。") == {}


def test_first_time_above_designated_size_en() -> None:
    said = "We're in the Dalian FTZ, and in May this year we were counted above designated size for the first time."
    assert _qualification_dates(said) == {"above_scale_industrial": dt.date(2024, 5, 1)}


def test_a_month_with_its_year_said_in_words_after_it_en() -> None:
    said = "We're in the Dalian FTZ; in March last year we were counted above designated size for the first time."
    assert _qualification_dates(said) == {"above_scale_industrial": dt.date(2023, 3, 1)}


def test_a_month_with_its_year_said_in_words_before_it_zh() -> None:
    said = "我们在自贸片区，去年3月第一次上规。"
    assert _qualification_dates(said) == {"above_scale_industrial": dt.date(2023, 3, 1)}
