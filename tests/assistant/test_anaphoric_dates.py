"""Dates that point back to one said before them (同年, 当年, 次年, the same year, the
following year): read from the date before them in the message, never on their own."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import new_state, respond
from assistant.understanding.quantities import dates

AS_OF = dt.date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("2022年11月被认定为高新技术企业，同年在科创板上市",
     [(dt.date(2022, 11, 1), "month"), (dt.date(2022, 1, 1), "year")]),
    ("2021年3月成立，当年认定为瞪羚企业，次年认定为高企",
     [(dt.date(2021, 3, 1), "month"), (dt.date(2021, 1, 1), "year"), (dt.date(2022, 1, 1), "year")]),
    ("2022年认定，同年11月上市", [(dt.date(2022, 1, 1), "year"), (dt.date(2022, 11, 1), "month")]),
    ("Recognised in 2022 and listed later that same year.", [(dt.date(2022, 1, 1), "year")] * 2),
    ("Listed in August 2021; recognised the following year.", [(dt.date(2021, 8, 1), "month"),
                                                              (dt.date(2022, 1, 1), "year")]),
])
def test_a_date_that_points_back_takes_the_year_said_before_it(text: str, expected: list[tuple[dt.date, str]]
                                                               ) -> None:
    assert [(found.value, found.precision) for found in dates(text, AS_OF)] == expected


@pytest.mark.parametrize("text", ["同年在科创板上市", "We listed the following year."])
def test_with_nothing_said_before_it_is_not_a_date(text: str) -> None:
    assert dates(text, AS_OF) == []


def test_an_earlier_date_can_come_from_before_the_text() -> None:
    assert [(found.value, found.precision) for found in dates("次年上市", AS_OF, dt.date(2021, 5, 1))] == [
        (dt.date(2022, 1, 1), "year")]


def test_the_conversation_dates_a_listing_said_to_be_in_the_same_year() -> None:
    _, state = respond("我们在片区内，2022年11月首次被认定为高新技术企业，同年在科创板上市", new_state(AS_OF))
    listing = next(fact.value for fact in state.facts if fact.field == "listings")
    assert listing["date"] == "2022-01-01" and listing["date_precision"] == "year"
    _, state = respond("We were recognised as a gazelle enterprise (provincial) in 2021 and first recognised as a "
                       "high-tech enterprise the following year.", new_state(AS_OF))
    high_tech = next(fact.value for fact in state.facts if fact.field == "qualifications"
                     and fact.value["id"] == "high_tech_enterprise")
    assert high_tech["date"] == "2022-01-01"


def test_the_same_year_in_a_later_message_points_back_to_the_last_date_said() -> None:
    state = new_state(AS_OF)
    _, state = respond("我们在片区内，2023年在科创板上市", state)
    _, state = respond("同年再次认定为高新技术企业", state)
    renewal = next(f.value for f in state.facts if f.field == "qualifications")
    assert renewal["round"] == "renewal" and renewal["date"] == "2023-01-01"


def test_an_english_date_may_stand_further_before_its_concept() -> None:
    _, state = respond("We are in the zone; in 2023 we listed on the STAR Market and the same year got renewed as a "
                       "high-tech enterprise.", new_state(AS_OF))
    renewal = next(f.value for f in state.facts if f.field == "qualifications")
    assert renewal["date"] == "2023-01-01"
