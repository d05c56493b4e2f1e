"""A place belongs to the company only when it is said of the company: a seller or partner's place (从|北京一家公司买了
两项技术, "bought a licence from a Shanghai| company") does not move the company out of the policy's area (why7 e:
ganjingzi_sci_tech-zh t2 erased a correct award)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts
from assistant.understanding.places import Area, most_specific, place_mentions, seat_relation

AS_OF = dt.date(2024, 6, 1)


def _in_zone(message: str) -> list[Any]:
    return [fact.value for fact in understand_facts(message, AS_OF) if fact.field == "location.in_zone"]


@pytest.mark.parametrize("message", [
    "去年我们从上海一家公司买了一项专利技术，在片区里转化。",
    "今年我们和沈阳的一家公司合资开发了一条生产线。",
    "Last year we bought a patent licence from a Shanghai company.",
    "This year we purchased two technologies from a firm based in Hangzhou.",
], ids=["zh-bought", "zh-partner", "en-bought", "en-purchased"])
def test_a_counterpartys_place_does_not_move_the_company_out(message: str) -> None:
    assert False not in _in_zone(message)


@pytest.mark.parametrize("message", ["我们是上海的一家软件公司。", "We are a Shanghai software company."],
                         ids=["zh", "en"])
def test_the_companys_own_place_still_counts(message: str) -> None:
    assert _in_zone(message) == [False]


CITY_WIDE = Area("北京市", "110000", {}, {}, {}, whole_division=True)


@pytest.mark.parametrize("text", ["我们公司在丰台注册", "We are registered in Fengtai District."], ids=["zh", "en"])
def test_a_district_of_a_city_wide_area_is_inside_it(text: str) -> None:
    # a two-character district name said alone (丰台) is a place when the policy covers its whole city
    [mention] = place_mentions(text, area=CITY_WIDE)
    assert (mention.code, seat_relation(mention, CITY_WIDE)) == ("110106", "inside")


def test_a_district_of_another_city_is_outside_a_county_area() -> None:
    county = Area("辉南县", "220523", {}, {}, {}, whole_division=True)
    mentions = place_mentions("Our hotel is in Dongchang District, Tonghua.", area=county)
    assert seat_relation(most_specific(mentions), county) == "outside"  # type: ignore[arg-type]
