"""Round 5 of issue 11: the classes behind amounts shown as established when nothing (or less) is due, each
tried on fresh wordings in both languages (none of them a blind sentence): a company of a place outside
the area said with its trade between ("a Shenzhen robotics company"), a move still to come said in the
progressive ("moving into the FTZ in May"), a zone read as outside when given as the seat (金普新区),
customers in several places, a drafting role only taken part in, and funding already received said as
"the city's and district's funds"."""

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
    assert _in_zone(state) is False  # not there yet: outside until it has moved (review8 place8 item 3)


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


@pytest.mark.parametrize("messages", [
    ("我们在片区内，去年参与了一项行业标准的修订",),
    ("我们在片区内，前年参与过一项国家标准的制定，不是牵头单位",),
    ("We are in the FTZ; last year we took part in drafting an international standard, not as the lead drafter",),
])
def test_a_standard_only_taken_part_in_pays_nothing(messages: tuple[str, ...]) -> None:
    reply, state = talk(AS_OF, *messages)
    assert [f.value.get("first_drafter") for f in state.facts if f.field == "standards"] == [False]
    assert _totals(reply) == (0, 0)


@pytest.mark.parametrize(("messages", "total"), [
    (("我们在片区内，前年参与了一项国家标准的起草", "确切地说我们是第一起草单位"), 500_000),
    (("We're in the FTZ; in 2023 we were a participating drafter of a national standard",
      "To be precise, we were the lead drafter"), 500_000),
])
def test_a_role_said_more_precisely_corrects_it(messages: tuple[str, ...], total: int) -> None:
    reply, _ = talk(AS_OF, *messages)
    assert _totals(reply) == (total, total)


@pytest.mark.parametrize(("message", "most"), [
    # 50% × 4000万 − 1500万 = 500万 > cap 300万 → 300万; with 1800万 received: 200万
    ("我们在自贸片区，去年获批省级制造业创新中心，总投资4000万，之前拿过省里和区里的资金一共1800万", 2_000_000),
    ("我们在自贸片区，去年获批省级制造业创新中心，总投资4000万，已经领过国家的经费1800万", 2_000_000),
])
def test_funds_already_received_from_governments_are_netted(message: str, most: int) -> None:
    reply, _ = talk(AS_OF, message)
    assert _totals(reply) == (0, most)


def test_no_patent_funding_received_is_zero_received() -> None:
    reply, state = talk(AS_OF, "Dalian FTZ. We got 4 invention patents granted in 2024. "
                              "No patent funding received yet.")
    assert [f.value for f in state.facts if f.field == "patent_funding_received_cny"] == [0]
    assert _totals(reply) == (20_000, 20_000)


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


@pytest.mark.parametrize("message", [
    "We're in the Dalian FTZ and got hi-tech for the first time in November 2024",
    "We're in the Dalian FTZ, recognised as hi-tech for the first time in November 2024",
])
def test_hi_tech_alone_names_the_recognition(message: str) -> None:
    reply, _ = talk(AS_OF, message)
    assert _totals(reply) == (200_000, 200_000)


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
    "我们在自贸片区，高企还在申请中，研发投入2023年2000万，2024年3000万",
    "We're in the FTZ; our HNTE application is still pending. R&D 20m in 2023 and 30m in 2024",
])
def test_a_recognition_still_pending_is_not_held(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert not any(f.field == "qualifications" for f in state.facts) and _totals(reply) == (0, 0)


@pytest.mark.parametrize("message", [
    "我们在自贸片区，去年申报了省级瞪羚企业，结果落选了",
    "We're in the FTZ; we applied for provincial gazelle status last year but were turned down",
    "We are in the FTZ. We were going to list on the STAR Market last year but called off the IPO.",
])
def test_an_event_that_fell_through_pays_nothing(message: str) -> None:
    reply, _ = talk(AS_OF, message)
    assert _totals(reply) == (0, 0)


@pytest.mark.parametrize("message", [
    "We serve clients in the FTZ; provincial gazelle in 2023.",
    "我们主要给自贸片区的企业提供服务，2023年评上省级瞪羚",
    "我们的客户大多在保税区，2023年评上省级瞪羚",
])
def test_customers_in_the_area_do_not_put_the_company_there(message: str) -> None:
    _, state = talk(AS_OF, message)
    assert _in_zone(state) is None  # not said: assumed and asked, never stated as in the area


@pytest.mark.parametrize("message", [
    "我们在自贸片区，2023年签了一个技术开发合同500万，去年1月盾构机被评为国际首台套，合同8000万",
    "We're in the FTZ. In 2023 we signed a RMB 5m technology development contract; last January our boring machine "
    "was rated an international first-of-its-kind, contract RMB 80m.",
])
def test_a_first_of_kind_contract_after_a_technology_contract_is_the_machine_s(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert [(f.value["year"], f.value["amount_cny"]) for f in state.facts  # type: ignore[index]
            if f.field.startswith("quantities.")] == [(2023, 5_000_000)]
    assert _totals(reply) == (10_500_000, 10_500_000)  # 30% × 8000万 capped at 1000万, + 10% × 500万


@pytest.mark.parametrize("message", [
    "我们在自贸片区，去年8月一台盾构机被评为国内首台套，合同3000万，今年1月又签了一个1500万的技术开发合同",
    "We're in the FTZ. Last August our robot arm was certified as a domestic first-of-its-kind unit on a RMB 30m "
    "contract; in January we signed a RMB 15m technology development contract.",
])
def test_the_machine_keeps_its_own_date(message: str) -> None:
    _, state = talk(AS_OF, message)
    assert [f.value["date"] for f in state.facts if f.field == "equipment"] == ["2024-08-01"]  # type: ignore[index]


@pytest.mark.parametrize("message", [
    "我们在片区，去年获批国家级重点实验室，不过还在公示期",
    "We're in the FTZ and were approved as a national key lab last year - well, actually it's still pending "
    "final approval",
])
def test_a_recognition_said_after_it_to_be_still_pending_is_not_held(message: str) -> None:
    reply, _ = talk(AS_OF, message)
    assert _totals(reply) == (0, 0)


@pytest.mark.parametrize("message", [
    "公司在自贸片区，去年有三件发明专利授权，另外还有两件实用新型",
    "We're in the FTZ; 3 invention patents granted last year, and 2 more utility models",
    "公司在自贸片区，去年授权了三件发明专利，还有4项软著",
])
def test_a_count_of_intellectual_property_the_policy_does_not_pay_is_not_more_patents(message: str) -> None:
    _, state = talk(AS_OF, message)
    assert [f.value["granted"] for f in state.facts if f.field == "patents"] == [3]  # type: ignore[index]
