"""Places said beside the company that are not its seat: the policy's area named as the other side of
talks (正在和片区谈落户, "negotiating with the Dalian FTZ"), customers there, the place of a market (在香港联交所挂牌)
and a place the company supplies (给大连自贸片区的整车厂供货)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals, values

AS_OF = dt.date(2024, 9, 1)


@pytest.mark.parametrize("said", [
    "我们是杭州的一家电池材料企业，目前在跟大连自贸片区管委会洽谈入驻，2023年首次认定高企。",
    "我们是苏州做工业软件的公司，正在和自贸片区对接落地的事，去年第一次评上高新技术企业。",
    "We're a Suzhou battery-materials maker negotiating with the Dalian FTZ about setting up there. "
    "We got HNTE status for the first time in 2023.",
    "We're a biotech firm from Hangzhou. We've been talking to the FTZ management committee about relocating. "
    "HNTE first recognised in 2023.",
    "Hangzhou battery firm here, in talks with the Dalian FTZ about a move. First-time HNTE in 2023.",
])
def test_the_area_as_the_other_side_of_talks_is_not_the_seat(said: str) -> None:
    reply, state = talk(AS_OF, said)
    assert values(state, "location.in_zone") == [False]
    assert totals(reply) == (0, 0)


def test_customers_in_the_area_still_say_nothing_of_the_seat() -> None:
    _, state = talk(AS_OF, "我们在沈阳和大连自贸片区都有客户，2023年首次认定高企。")
    assert values(state, "location.in_zone") == []


@pytest.mark.parametrize("said", [
    "我们是大连自贸片区的企业，2023年在香港联交所挂牌上市，2022年首次认定高企。",
    "我们公司在大连自贸片区，去年在香港上市了，2022年首次认定高企。",
    "We're a Dalian FTZ company; last year we went public on the Hong Kong Stock Exchange. First HNTE in 2022.",
])
def test_the_place_of_a_market_is_not_the_seat(said: str) -> None:
    reply, state = talk(AS_OF, said)
    assert values(state, "location.in_zone") == [True]
    assert totals(reply) == (200_000, 200_000)  # the first HNTE; a listing outside the mainland pays nothing


@pytest.mark.parametrize(("said", "seat"), [
    ("我们给大连自贸片区的一家整车厂供货，2023年首次认定高企。", []),
    ("我们主要为大连自贸片区的车企做配套，2023年首次认定高企。", []),
    ("我们是沈阳的零部件企业，给大连自贸片区的整车厂供货，2023年首次认定高企。", [False]),
    ("We make parts for a car plant in the Dalian FTZ; first HNTE recognition in 2023.", []),
    ("We're a Shenyang firm and supply a car plant in the Dalian FTZ. First-time HNTE in 2023.", [False]),
    ("我们作为大连自贸片区的企业，2023年首次认定高企。", [True]),  # 作为: as one, not for one
])
def test_a_place_the_company_supplies_is_not_its_seat(said: str, seat: list[bool]) -> None:
    _, state = talk(AS_OF, said)
    assert values(state, "location.in_zone") == seat
