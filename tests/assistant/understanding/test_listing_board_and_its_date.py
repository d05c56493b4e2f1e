"""A listing's board taken back and named again in the clause (创业板，哦说错了，是科创板) keeps the date said
before it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import values as _values

AS_OF = dt.date(2024, 6, 1)


@pytest.mark.parametrize("message", [
    "公司在自贸片区，2023年3月上市的，创业板，哦说错了，是科创板",
    "我们在片区内，去年5月在深交所上市，中小板……不对不对，是创业板",
])
def test_a_board_taken_back_in_its_own_clause_keeps_the_date_said_before(message: str) -> None:
    _, state = talk(AS_OF, message)
    listings = _values(state, "listings")
    assert len(listings) == 1 and listings[0]["date"] in ("2023-03-01", "2023-05-01")  # type: ignore[index]


@pytest.mark.parametrize(("message", "date"), [
    ("公司在自贸片区，2023年3月上市的，创业板，哦说错了，是科创板", "2023-03-01"),
    ("我们在片区内，去年5月在深交所挂牌，创业板", "2023-05-01"),
])
def test_a_listing_s_date_said_first_still_dates_the_board_named_next(message: str, date: str) -> None:
    _, state = talk(AS_OF, message)
    [listing] = _values(state, "listings")
    assert listing["date"] == date  # type: ignore[index]
