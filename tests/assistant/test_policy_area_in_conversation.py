"""The company's place judged against the area each policy's words give (no hand-written area file):
inside, outside (told why, nothing counted), not known (the assumption, as before), a planned move, an office
or customers elsewhere, in Chinese and English, on a district's policy (坪山区, read from its text), the same
text given the area of a city, of a zone inside its district and of a zone inside a city, and a policy whose
area its text does not say (柳河 tourism: 我县 only)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility.rules import rules_from_graph
from ingest.model import PolicyArea
from ingest.pipeline import ingest_file
from kg.build import build_policy_graph

POLICIES = Path(__file__).resolve().parents[1] / "data" / "policies"
AS_OF = dt.date(2024, 6, 30)
ASSUMED = "未说明注册地"
NOT_THERE = "不在政策区域内"
CITY = PolicyArea("440300", "深圳市", None, True, "")
ZONE_IN_DISTRICT = PolicyArea("440310", "坪山区", "坪山高新区", True, "")
ZONE_IN_CITY = PolicyArea("440300", "深圳市", "前海深港现代服务业合作区", False, "")


@pytest.fixture(scope="module")
def pingshan() -> AssistantContext:
    return _context(POLICIES / "pingshan_digital_economy_2023.txt")


def _context(path: Path, area: PolicyArea | str | None = "read") -> AssistantContext:
    policy = ingest_file(path)
    if area != "read":  # another id: the rules read from a graph are kept by its name and text
        given = area if isinstance(area, PolicyArea) else None
        policy = replace(policy, id=f"{policy.id}-in-{given.label if given else 'unknown'}", area=given)
    return AssistantContext(rules_from_graph(build_policy_graph(policy)))


def _where(message: str, context: AssistantContext, as_of: dt.date = AS_OF) -> tuple[bool | None, str, dict]:
    reply, _ = respond(message, new_state(as_of), context)
    in_zone = next((fact.value for fact in reply.profile if fact.key == "location.in_zone"), None)
    return in_zone, reply.answer, reply.eligibility or {}


STATED = "是国家高新技术企业，2023年获评深圳市专精特新中小企业"
STATED_EN = "we are a national high-tech enterprise, named a Shenzhen specialised and sophisticated SME in 2023"


@pytest.mark.parametrize(("message", "expected"), [
    (f"公司注册和纳税都在深圳市坪山区，{STATED}", True),
    (f"我们落户坪山三年了，{STATED}", True),
    (f"Registered in Pingshan District, Shenzhen; {STATED_EN}", True),
    (f"We are incorporated in Pingshan; {STATED_EN}", True),
    (f"我们注册在深圳南山区，{STATED}", False),
    (f"我们在东莞，{STATED}", False),
    (f"We are based in Guangzhou; {STATED_EN}", False),
    (f"Registered in Pingshan County, Hebei; {STATED_EN}", False),  # the county of another province of that name
    (f"我们在坪山有个办事处，公司注册在东莞，{STATED}", False),  # an office is not the company's seat
    (f"Our office is in Pingshan but we are incorporated in Guangzhou; {STATED_EN}", False),
    (f"We are in Dongguan now and plan to move to Pingshan next year; {STATED_EN}", False),  # not moved yet
    (f"我们现在在东莞，{STATED}，计划明年迁入坪山", False),
])
def test_a_districts_policy_read_from_its_text(pingshan: AssistantContext, message: str, expected: bool) -> None:
    in_zone, answer, result = _where(message, pingshan)
    assert in_zone is expected, answer
    assert ASSUMED not in answer
    if expected is False:  # outside: told why, and nothing is counted as sure
        assert NOT_THERE in answer or "not in the policy's area" in answer or "不在政策区域" in answer, answer
        assert result.get("total_min_cny") == 0


@pytest.mark.parametrize("message", [
    f"我们在深圳，{STATED}",  # the city holds the district and more: not known
    f"We're based in Shenzhen; {STATED_EN}",
    f"我们在广东，{STATED}",
    STATED,  # nothing said
])
def test_a_place_that_holds_the_district_and_more_keeps_the_assumption(pingshan: AssistantContext,
                                                                       message: str) -> None:
    in_zone, answer, _ = _where(message, pingshan)
    assert in_zone is None
    assert ASSUMED in answer or "Location not stated" in answer


@pytest.mark.parametrize(("area", "message", "expected"), [
    (CITY, f"我们注册在深圳南山区，{STATED}", True),  # a district inside the city of a city's policy
    (CITY, f"Incorporated in Shenzhen; {STATED_EN}", True),
    (CITY, f"我们在广州，{STATED}", False),
    (CITY, f"我们在广东，{STATED}", None),
    (ZONE_IN_DISTRICT, f"我们注册在坪山高新区，{STATED}", True),
    (ZONE_IN_DISTRICT, f"我们注册在深圳坪山区，{STATED}", True),  # the text gives the whole district
    (ZONE_IN_DISTRICT, f"我们注册在深圳福田区，{STATED}", False),
    (ZONE_IN_CITY, f"我们注册在前海深港现代服务业合作区，{STATED}", True),
    (ZONE_IN_CITY, f"我们注册在深圳南山区，{STATED}", None),  # the zone's city, or a part of it: not known
    (ZONE_IN_CITY, f"We are registered in Dongguan; {STATED_EN}", False),
])
def test_a_city_and_zones(area: PolicyArea, message: str, expected: bool | None) -> None:
    in_zone, answer, _ = _where(message, _context(POLICIES / "pingshan_digital_economy_2023.txt", area))
    assert in_zone is expected, answer
    assert (ASSUMED in answer or "Location not stated" in answer) == (expected is None), answer


def test_a_policy_whose_text_does_not_say_its_area_keeps_the_assumption() -> None:
    context = _context(POLICIES / "liuhe_tourism_2019.txt")
    assert context.terms().area is None
    in_zone, answer, _ = _where("我们在吉林柳河县，新评上了4A级旅游景区", context, dt.date(2020, 6, 30))
    assert in_zone is None and ASSUMED in answer


def test_a_hand_written_area_file_wins_over_the_text(tmp_path: Path) -> None:
    """坪山区 read from the text; an area file that says the policy is 柳河县's is the one used."""
    context = _context(POLICIES / "pingshan_digital_economy_2023.txt")
    (tmp_path / "pingshan_digital_economy_2023.area.yaml").write_text(
        "area: 柳河县\ndivision: '220524'\ninside:\n  - name: 柳河县\n    zh: [柳河]\n", encoding="utf-8")
    context.data_dir = tmp_path
    assert context.terms().area is not None and context.terms().area.name == "柳河县"


@pytest.mark.parametrize("message", [
    "We're a Pingshan software company with a national high-tech certificate. What does the Pingshan digital "
    "economy fund give us?",
    "We develop industrial software. What support can we get?",
])
def test_an_english_description_ending_in_what_it_gives_us_is_an_eligibility_question(
        pingshan: AssistantContext, message: str) -> None:
    reply, _ = respond(message, new_state(AS_OF), pingshan)
    assert reply.intent == "eligibility"
    assert reply.eligibility is not None
