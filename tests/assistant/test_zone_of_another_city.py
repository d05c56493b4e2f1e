"""A generic zone word (保税区, 自贸片区, "bonded zone") said right after a city apart from the policy's area
(宁波保税区, 深圳的保税区, "Shanghai's bonded zone", "the Tianjin Bonded Zone") is that city's zone, outside
the area, though the area's file names its own zone with the same word: the place said before the zone word
decides (places._zones_of_the_division_before; what may stand between them is ``zone_after_its_division`` in
ontology/cues/places.yaml). The area's own city or district before it keeps the zone inside."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.places import load_area, place_mentions, seat_relation
from tests.assistant.talking import talk, totals

AS_OF = dt.date(2024, 5, 20)


@pytest.mark.parametrize("message", [
    "公司注册在宁波保税区，2023年首次认定为高新技术企业。",
    "我们在深圳的保税区注册，2023年首次认定为高新技术企业。",
    "We're registered in Shanghai's bonded zone; first recognised as a high-tech enterprise in 2023.",
    "Our company is in the Tianjin Bonded Zone, and we got first-time high-tech enterprise status in 2023.",
])
def test_another_citys_zone_is_outside(message: str) -> None:
    assert totals(talk(AS_OF, message)[0]) == (0, 0)


@pytest.mark.parametrize("message", [
    "我们注册在保税区，2023年首次认定为高新技术企业。",
    "我们注册在大连的保税区，2023年首次认定为高新技术企业。",
    "我们注册在金州保税区，2023年首次认定为高新技术企业。",
    "We're registered in the Dalian Bonded Zone and were first recognised as a high-tech enterprise in 2023.",
])
def test_the_areas_own_zone_stays_inside(message: str) -> None:
    assert totals(talk(AS_OF, message)[0]) == (200_000, 200_000)


@pytest.mark.parametrize("text", ["苏州自贸片区", "the Xiamen bonded zone", "Ningbo's Bonded Zone"])
def test_the_zone_word_takes_the_city_before_it(text: str) -> None:
    area = load_area()
    zone = [mention for mention in place_mentions(text, area=area) if mention.level == "zone"]
    assert zone and seat_relation(zone[-1], area) == "outside"


@pytest.mark.parametrize("message", [
    "我们注册在苏州当地的保税区，2023年首次认定为高新技术企业。",
    "公司在青岛那里的自贸片区，2023年首次认定为高新技术企业。",
    "Our company is registered in the bonded zone of Qingdao; first recognised as a high-tech enterprise in 2023.",
    "We sit in the Bonded Zone in the city of Tianjin, first-time high-tech enterprise in 2023.",
])
def test_more_ways_of_tying_a_zone_word_to_another_city(message: str) -> None:
    """那边的/那里的/当地的 between the city and the zone word (``zone_after_its_division``), and a city said after
    the zone word ("the bonded zone in/of X": ``zone_before_its_division``) make the zone that city's, outside."""
    assert totals(talk(AS_OF, message)[0]) == (0, 0)


@pytest.mark.parametrize("message", [
    "我们注册在大连那边的保税区，2023年首次认定为高新技术企业。",
    "We're registered in the bonded zone of Dalian and were first recognised as a high-tech enterprise in 2023.",
])
def test_the_areas_city_said_those_ways_keeps_the_zone_inside(message: str) -> None:
    assert totals(talk(AS_OF, message)[0]) == (200_000, 200_000)


@pytest.mark.parametrize("message", [
    "We sit in the pilot free trade zone of Chongqing; our HNTE status came first in 2023.",
    "Our firm is registered in the free trade zone in Hainan and was first recognised as an HNTE in 2023.",
    "公司设在自贸试验区（重庆），2023年首次认定为高新技术企业。",
])
def test_a_generic_zone_word_before_another_city_is_that_citys(message: str) -> None:
    """A generic zone word that names none of the area's zones, said right before a city apart from the area (the
    free trade zone of X, 自贸试验区（X）), is that city's zone (places._generic_zone_before, data
    ``generic_zone_words``)."""
    assert totals(talk(AS_OF, message)[0]) == (0, 0)


def test_a_generic_zone_word_before_the_areas_city_stays_inside() -> None:
    message = "We sit in the free trade zone of Dalian; our HNTE status came first in 2023."
    assert totals(talk(AS_OF, message)[0]) == (200_000, 200_000)
