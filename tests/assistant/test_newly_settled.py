"""Review 8, quant8 item 1: 新设立/新迁入/新落户 is a requirement, not a caveat. A company that settled before the
policy's window (or says it is long established) is not eligible, with the reason; one that says nothing about when
it settled is asked (could-add), never paid as sure; 落户当年 measures the quantity in the year it settled. 新设立 of a
thing the company runs (a platform) is no requirement on the company and stays a caveat."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from assistant.eligibility.caveats import caveats
from assistant.eligibility.result import Benefit
from ingest.pipeline import IngestedPolicy, ingest_document
from ingest.quantity_conditions import newly_names_the_company
from ingest.read import read_text
from kg.build import build_policy_graph

AS_OF = dt.date(2025, 6, 2)
TEXT = """某区产业促进办法
第一条 对新迁入本区的企业，实缴注册资本达到1亿元、5亿元的，分别给予200万元、600万元的落户奖励。
第二条 对新设立的企业，设立当年营业收入超过5000万元的，按营业收入的1%给予一次性奖励，最高200万元。
第三条 对新设立的研发公共服务平台，给予50万元一次性补助。
第四条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.fixture(scope="module")
def district() -> AssistantContext:
    policy = ingest_document(read_text(TEXT.encode("utf-8"), "district.txt"), "district")
    return AssistantContext(rules_from_graph(build_policy_graph(policy)))


def _result(context: AssistantContext, *messages: str) -> dict[str, Any]:
    state = new_state(AS_OF)
    for message in messages:
        reply, state = respond(message, state, context)
    assert reply.eligibility is not None
    return reply.eligibility


@pytest.mark.parametrize("message", [
    "我们公司2015年就迁到本区了，实缴注册资本6亿",
    "我们是区里的老牌企业，实缴注册资本6亿",
    "We were founded here in 2012, and our paid-in registered capital is RMB 600 million",
    "我们是2016年在本区注册的机械公司，实缴注册资本6亿",  # registered before the window
])
def test_a_company_settled_before_the_window_gets_no_award_for_new_ones(district: AssistantContext,
                                                                       message: str) -> None:
    result = _result(district, message)
    assert (result["total_min_cny"], result["total_max_cny"]) == (0, 0)
    assert not [item for item in result["could_add"] if item["provision_id"].startswith("art1")]
    reasons = [" ".join(item["reasons_zh"]) for item in result["not_eligible"]
               if "newly_settled" in item["requirements"]]
    assert reasons and "新设立或新迁入" in reasons[0]


@pytest.mark.parametrize("message", ["我们实缴注册资本6亿", "Our paid-in registered capital is RMB 600 million"])
def test_when_it_settled_not_said_is_asked_never_paid_as_sure(district: AssistantContext, message: str) -> None:
    result = _result(district, message)
    assert (result["total_min_cny"], result["total_max_cny"]) == (0, 0)
    asked = [item for item in result["could_add"] if "location.settled_year" in item["hinges"]]
    assert [item["amount_max_cny"] for item in asked] == [6_000_000]  # the 5亿元 tier, by hand
    assert any("设立或迁入" in q["question_zh"] for q in result["questions"])


@pytest.mark.parametrize(("message", "total"), [
    ("我们2024年刚迁入本区，实缴注册资本6亿", 6_000_000),
    ("我们是新迁入本区的企业，实缴注册资本1.2亿", 2_000_000),
    ("The company was set up in the district in 2024; paid-in registered capital RMB 600 million", 6_000_000),
    # registered in the place, said with the company's kind (新在本区注册的…公司) or as its own clause
    ("我们是2024年新在本区注册的一家仓储物流公司，实缴注册资本6亿", 6_000_000),
    ("We were registered in the district in 2024; paid-in registered capital RMB 600 million", 6_000_000),
])
def test_a_company_settled_in_the_window_is_paid(district: AssistantContext, message: str, total: int) -> None:
    result = _result(district, message)
    assert (result["total_min_cny"], result["total_max_cny"]) == (total, total)


def test_the_first_year_bound_is_measured_in_the_year_it_settled(district: AssistantContext) -> None:
    # 第二条: 设立当年营业收入超过5000万元, 1% once, ≤200万: settled 2024 → 2024's 8000万 → 80万 (2023's not counted)
    settled = _result(district, "我们2024年新设立，2024年营业收入8000万，2025年预计1个亿")
    assert (settled["total_min_cny"], settled["total_max_cny"]) == (800_000, 800_000)
    missed = _result(district, "我们2024年新设立，2024年营业收入4000万")
    assert settled["total_max_cny"] and missed["total_max_cny"] == 0
    older = _result(district, "我们2020年在本区设立的，2024年营业收入8000万")
    assert older["total_max_cny"] == 0 and any("newly_settled" in item["requirements"]
                                               for item in older["not_eligible"])
    unknown = _result(district, "我们是新设立的企业，2024年营业收入8000万")  # new, but which year is 设立当年?
    assert unknown["total_max_cny"] == 0
    assert any("location.settled_year" in item["hinges"] for item in unknown["could_add"])


def test_a_platform_newly_set_up_is_no_requirement_on_the_company(policies: dict[str, IngestedPolicy]) -> None:
    # Pingshan 第二章第八条（一）: 对新设立的工业互联网领域公共服务平台…: the platform is new; it stays a caveat
    assert newly_names_the_company("对新迁入本区的企业，实缴注册资本达到1亿元")
    assert not newly_names_the_company("对新设立的研发公共服务平台，给予50万元一次性补助")
    rules = rules_from_graph(build_policy_graph(policies["pingshan_digital_economy_2023"]))
    platform = [rule for rule in rules.rules if rule.subtype == "newly_established" and "平台" in rule.quote]
    assert platform and platform[0].governs
    benefit = Benefit(platform[0].governs[0], (), "", "fixed", 0, 0, False, "", "", (0, 0), ())
    listed = caveats(rules, [benefit])
    assert [caveat.subtype for caveat in listed if caveat.subtype == "newly_established"] == ["newly_established"]
