"""A district's policy judges the company's place by division code (review8 place8 item 1): a district of the
same name in another city (朝阳区 of 北京 for 长春's 朝阳区 policy), or a division whose name is the district's
short name (南通's 通州区 for 北京's), is outside; the district's name alone, no other division named, is the
policy's own; its name next to another division that does not hold it is not known."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph

AS_OF = dt.date(2025, 6, 1)
ASSUMED = ("未说明注册地", "Location not stated")


def _policy(title: str, seat: str) -> AssistantContext:
    text = (f"{title}\n一、为加快我区现代服务业发展，结合我区实际，制定本办法。"
            f"二、本办法适用于工商注册和税务登记均在{seat}的企业。"
            "三、对首次通过高新技术企业认定的企业，一次性给予30万元奖励。四、本办法由区科技局负责解释。\n"
            "本办法自2024年1月1日起施行，有效期三年。\n")
    policy = ingest_document(read_text(text.encode("utf-8"), "district.txt"), "district-probe")
    return AssistantContext(rules_from_graph(build_policy_graph(policy)))


@pytest.fixture(scope="module")
def chaoyang() -> AssistantContext:
    return _policy("长春市朝阳区促进现代服务业发展办法", "朝阳区")


@pytest.fixture(scope="module")
def tongzhou() -> AssistantContext:
    return _policy("北京市通州区促进现代服务业发展办法", "通州区")


def _where(message: str, context: AssistantContext) -> tuple[bool | None, str, dict]:
    reply, _ = respond(message, new_state(AS_OF), context)
    in_zone = next((fact.value for fact in reply.profile if fact.key == "location.in_zone"), None)
    return in_zone, reply.answer, reply.eligibility or {}


@pytest.mark.parametrize(("message", "expected"), [
    ("公司工商注册在北京市朝阳区，2024年首次通过了高新技术企业认定", False),
    ("Our firm is incorporated in Chaoyang District, Beijing and first became a high-tech enterprise in 2024", False),
    ("公司工商注册在长春市朝阳区，2024年首次通过了高新技术企业认定", True),
    ("公司工商注册在朝阳区，2024年首次通过了高新技术企业认定", True),  # no other division named: the policy's own
    ("公司工商注册在朝阳区，2024年首次通过了高新技术企业认定，我们的厂房在辽宁营口", None),
])
def test_a_district_of_the_same_name_elsewhere_is_outside(chaoyang: AssistantContext, message: str,
                                                          expected: bool | None) -> None:
    in_zone, answer, result = _where(message, chaoyang)
    assert in_zone is expected, answer
    assert any(word in answer for word in ASSUMED) == (expected is None), answer
    if expected is False:
        assert result.get("total_min_cny") == 0 and result.get("total_max_cny") == 0, answer


@pytest.mark.parametrize(("message", "expected"), [
    ("我们是江苏南通通州的一家物流公司，2024年首次通过了高新技术企业认定", False),
    ("We are a logistics firm registered in Tongzhou, Nantong and first became a high-tech enterprise in 2024", False),
    ("公司注册在通州，2024年首次通过了高新技术企业认定", True),
])
def test_the_districts_short_name_in_another_province_is_outside(tongzhou: AssistantContext, message: str,
                                                                 expected: bool) -> None:
    in_zone, answer, result = _where(message, tongzhou)
    assert in_zone is expected, answer
    if expected is False:
        assert result.get("total_min_cny") == 0 and result.get("total_max_cny") == 0, answer


@pytest.mark.parametrize("message", [
    "我们公司打算明年把注册地从南关区迁到朝阳区，2024年首次通过了高新技术企业认定",
    "We intend to relocate our registration to Chaoyang District next spring; we first became a high-tech "
    "enterprise in 2024",
])
def test_a_planned_move_into_the_district_is_outside_until_it_has_moved(chaoyang: AssistantContext,
                                                                        message: str) -> None:
    in_zone, answer, result = _where(message, chaoyang)
    assert in_zone is False, answer
    assert result.get("total_min_cny") == 0, answer
