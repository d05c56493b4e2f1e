"""Where the company is, as said in a conversation: a company of a place outside, a move still to come, a zone
much larger than the area, customers or another party's places, and a concept word inside a place name."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import DialogueState
from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals

AS_OF = dt.date(2025, 2, 15)


def _in_zone(state: DialogueState) -> bool | None:
    return next((f.value for f in reversed(state.facts) if f.field == "location.in_zone"), None)


@pytest.mark.parametrize("message", [
    "We are a Hangzhou e-commerce firm, first-time HNTE last November.",
    "We're a Qingdao medical device maker and got first-time HNTE status last November.",
    "我们是杭州的一家电商企业，去年11月首次认定高企",
])
def test_a_company_of_a_place_outside_is_outside(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert _in_zone(state) is False and _totals(reply) == (0, 0)


@pytest.mark.parametrize("message", [
    "We are a Hangzhou e-commerce firm relocating to the FTZ in June; first-time HNTE last November.",
    "We're a Wuhan chip designer, moving into the Dalian FTZ in July. First-time HNTE last November.",
    "我们是沈阳的软件公司，下个月搬进自贸片区，去年11月首次认定高企",
])
def test_a_move_still_to_come_is_not_being_there(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert _in_zone(state) is False and _totals(reply) == (0, 0)


@pytest.mark.parametrize("message", [
    "We're moving into the FTZ in June. First-time HNTE last November.",
    "We are relocating our registration to the bonded zone next month; first-time HNTE last November.",
])
def test_a_move_in_the_progressive_is_a_plan_not_a_fact(message: str) -> None:
    _, state = talk(AS_OF, message)
    assert _in_zone(state) is False  # not there yet: outside until it has moved


@pytest.mark.parametrize(("message", "in_zone"), [
    ("我们厂注册在大连金普新区，2023年获批省级技术创新中心", False),
    ("We're registered in Jinpu New Area and became a provincial gazelle in 2023", False),
    ("我们在金普新区的保税区内，2023年获批省级技术创新中心", True),  # the zone inside the area is the seat
])
def test_a_zone_much_larger_than_the_area_given_as_the_seat(message: str, in_zone: bool) -> None:
    _, state = talk(AS_OF, message)
    assert _in_zone(state) is in_zone


@pytest.mark.parametrize("message", [
    "我们做机器视觉，在哈尔滨、大庆都有很多用户，2023年首次认定高企",
    "公司在沈阳和锦州都有经销商，2023年首次认定高企",
])
def test_customers_in_several_places_say_nothing_of_the_seat(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert _in_zone(state) is None and _totals(reply) == (200_000, 200_000)  # assumed in the area (§2.1)


@pytest.mark.parametrize("message", [
    "We're in the Dalian Hi-tech Zone and became a provincial gazelle in 2023",
    "We are located in Yingkou and were named a provincial gazelle in 2023",
])
def test_where_we_are_said_beside_a_recognition_is_the_company_s_seat(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert _in_zone(state) is False and _totals(reply) == (0, 0)


@pytest.mark.parametrize("message", [
    "Registered in the FTZ, our plant is in the Dalian Hi-tech Zone; R&D 30m in 2022 and 50m in 2023",
    "我们注册在自贸片区，厂房在大连高新区，研发投入2022年3000万，2023年5000万",
])
def test_a_concept_word_inside_a_place_name_is_the_place_s(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert not any(f.field == "qualifications" for f in state.facts)  # Hi-tech Zone names no HNTE
    assert _totals(reply) == (0, 0)  # the R&D rate needs a recognition nobody stated


@pytest.mark.parametrize(("message", "in_zone"), [
    ("We're a Dalian FTZ company. Our parent is in Shanghai. Provincial gazelle in 2023.", True),
    ("我们在自贸片区，母公司在上海，2023年评上省级瞪羚", True),
    ("Our main factory is located in Shenyang; provincial gazelle in 2023.", None),
    ("我们的主要客户在沈阳，2023年评上省级瞪羚", None),
])
def test_the_place_of_another_party_is_not_the_company_s(message: str, in_zone: bool | None) -> None:
    _, state = talk(AS_OF, message)
    assert _in_zone(state) is in_zone


@pytest.mark.parametrize("message", [
    "We serve clients in the FTZ; provincial gazelle in 2023.",
    "我们主要给自贸片区的企业提供服务，2023年评上省级瞪羚",
    "我们的客户大多在保税区，2023年评上省级瞪羚",
])
def test_customers_in_the_area_do_not_put_the_company_there(message: str) -> None:
    _, state = talk(AS_OF, message)
    assert _in_zone(state) is None  # not said: assumed and asked, never stated as in the area
