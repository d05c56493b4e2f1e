"""A listing corrected to a market outside the mainland (港交所, NASDAQ), naming no new board, is not a
mainland listing and pays nothing; a question about such a market changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals, values

AS_OF = dt.date(2024, 8, 1)


@pytest.mark.parametrize(("said", "corrected"), [
    ("我们是大连自贸片区的企业，2023年在主板首发上市", "不对，我们其实是在纳斯达克上市的"),
    ("我们是大连自贸片区的企业，2023年在科创板上市了", "说错了，是在港股挂牌的，不是科创板"),
    ("Our company is in the Dalian FTZ and listed on the STAR Market in 2023.",
     "Sorry, we actually listed on NASDAQ, not the STAR Market."),
    ("Our company is in the Dalian FTZ and listed on the main board in 2023.",
     "My mistake: the IPO was in Hong Kong."),
])
def test_a_listing_corrected_to_a_foreign_market_pays_nothing(said: str, corrected: str) -> None:
    reply, state = talk(AS_OF, said, corrected)
    assert totals(reply) == (0, 0)
    assert [value.get("domestic") for value in values(state, "listings")] == [False]  # type: ignore[union-attr]


def test_a_foreign_market_asked_about_changes_nothing() -> None:
    said = "我们是大连自贸片区的企业，2023年在科创板上市了"
    _, before = talk(AS_OF, said)
    _, after = talk(AS_OF, said, "不对吗？港交所上市的能拿吗？")
    assert values(after, "listings") == values(before, "listings")
