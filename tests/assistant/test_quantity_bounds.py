"""Issue #13 (quant8): bounds on a base quantity tested against what the company said, by year — a bound met pays
(hand-computed amounts), a bound missed is no benefit and says why, a quantity not said is asked and never paid as
sure; 一次性 pays one year's base, not each year's; tiers by a figure (实缴注册资本达到3亿元、8亿元…) pay one tier."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.dialogue import AssistantContext
from ingest.pipeline import IngestedPolicy
from tests.assistant_contexts import context_of_policy, context_of_text, reply_after

AS_OF = dt.date(2025, 4, 15)
PINGSHAN_RATE = "ch3/art10/sub1/p1"
"""第三章第十条（一）: 新设立或新迁入…落户当年或第一个会计年度的营业收入 3000 万元以上…按营业收入的 1%，
给予最高 300 万元一次性奖励."""

TIERS = """某区招商引资奖励办法
第一条 对新落户企业，实缴注册资本达到3亿元、8亿元、15亿元的，分别给予400万元、900万元、1300万元的落户奖励。
第二条 对上一年度在本区纳税总额超过800万元(含)的企业，给予一次性奖励100万元。
第三条 对本区企业按其上一年度在本区的纳税总额给予经营奖励：
（一）上一年度纳税总额超过500万元(含)的，奖励50万元；
（二）上一年度纳税总额超过1000万元(含)的，奖励120万元；
（三）上一年度纳税总额超过3000万元(含)的，奖励200万元。
第四条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.fixture(scope="module")
def pingshan(policies: dict[str, IngestedPolicy]) -> AssistantContext:
    return context_of_policy(policies["pingshan_digital_economy_2023"])


@pytest.fixture(scope="module")
def tiers() -> AssistantContext:
    return context_of_text(TIERS, "tiers")


def _reply(context: AssistantContext, *messages: str) -> Any:
    return reply_after(context, AS_OF, *messages)


def _paid(reply: Any, provision_id: str) -> tuple[int, int] | None:
    benefit = next((b for b in reply.eligibility["benefits"] if b["provision_id"] == provision_id), None)
    return (benefit["amount_min_cny"], benefit["amount_max_cny"]) if benefit else None


@pytest.mark.parametrize(("message", "paid"), [
    # by hand: 1% × 5200万 = 52万 (≥ 3000万, ≤ cap 300万)
    ("我们是2024年新迁入坪山的规上数字经济企业，2024年营业收入5200万元", (520_000, 520_000)),
    ("We moved to Pingshan in 2024 as an above-scale digital economy company; 2024 operating revenue was RMB 41 "
     "million", (410_000, 410_000)),
    # 落户当年 is the year it settled (2024): 2023's figure is not that year's (review 8, item 1)
    ("我们是坪山的规上数字经济企业，2024年新设立，2023年营收3400万，2024年营收7100万", (710_000, 710_000)),
    # a year below the bound pays nothing
    ("我们是坪山的规上数字经济企业，2024年新设立，2024年营收2100万", None),
])
def test_pingshan_rate_on_revenue_pays_only_years_that_meet_its_bound_once(
        pingshan: AssistantContext, message: str, paid: tuple[int, int] | None) -> None:
    reply = _reply(pingshan, message)
    assert _paid(reply, PINGSHAN_RATE) == paid


@pytest.mark.parametrize("message", [
    "我们是坪山区的规上数字经济企业，2024年新设立，2024年营业收入2750万元",
    "We were set up in Pingshan in 2024, an above-scale digital economy company with 2024 operating revenue of RMB "
    "29 million",
])
def test_pingshan_bound_missed_is_no_benefit_and_says_why(pingshan: AssistantContext, message: str) -> None:
    reply = _reply(pingshan, message)
    assert _paid(reply, PINGSHAN_RATE) is None
    rejected = next(n for n in reply.eligibility["not_eligible"] if n["provision_id"] == PINGSHAN_RATE)
    assert "quantity" in rejected["requirements"]
    assert any("3000" in reason for reason in rejected["reasons_zh"])


def test_pingshan_revenue_not_said_is_asked_never_paid(pingshan: AssistantContext) -> None:
    reply = _reply(pingshan, "我们是坪山新设立的规上数字经济企业，想问问能拿多少")
    assert _paid(reply, PINGSHAN_RATE) is None
    could = next(c for c in reply.eligibility["could_add"] if c["provision_id"] == PINGSHAN_RATE)
    assert could["amount_min_cny"] == 0 and could["amount_max_cny"] == 3_000_000
    assert "base:revenue" in could["hinges"]
    assert "「营业收入」" in reply.answer


@pytest.mark.parametrize(("message", "total"), [
    ("我们是新落户本区的企业，实缴注册资本10亿元", 9_000_000),  # ≥ 8亿, < 15亿: the 8亿 tier only, not 400+900万
    ("We are newly settled here; our paid-in capital is RMB 2 billion", 13_000_000),
    ("我们是新落户本区的企业，实缴注册资本3亿元", 4_000_000),  # 达到: the figure itself counts
])
def test_tiers_by_registered_capital_pay_the_one_tier_reached(tiers: AssistantContext, message: str,
                                                               total: int) -> None:
    reply = _reply(tiers, message)
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (total, total)


def test_registered_capital_below_every_tier_pays_nothing_and_says_so(tiers: AssistantContext) -> None:
    reply = _reply(tiers, "我们是本区企业，实缴注册资本2亿")
    assert reply.eligibility["total_max_cny"] == 0
    assert len([n for n in reply.eligibility["not_eligible"] if "quantity" in n["requirements"]]) == 3


@pytest.mark.parametrize(("message", "paid"), [
    ("我们公司2024年在本区纳税总额800万元", (1_000_000, 1_000_000)),  # 超过800万元(含): 800万 itself counts
    ("We paid taxes of RMB 12 million here in 2024", (1_000_000, 1_000_000)),
    ("我们公司2024年在本区纳税总额760万元", None),
    ("我们公司2023年在本区纳税总额900万元", None),  # 上一年度 is 2024 (as of 2025): 2023 does not count
])
def test_a_tax_threshold_of_the_previous_year(tiers: AssistantContext, message: str,
                                              paid: tuple[int, int] | None) -> None:
    assert _paid(_reply(tiers, message), "art2/p1") == paid


def test_a_quantity_not_said_is_asked_not_paid(tiers: AssistantContext) -> None:
    reply = _reply(tiers, "我们是本区的企业")
    assert reply.eligibility["total_max_cny"] == 0
    assert "「实缴注册资本」" in reply.answer or "「纳税总额」" in reply.answer


AREA = """某区总部经济扶持办法
第一条 对新落户企业，在本区购置自用办公房产的，按每平方米800元的标准给予一次性补贴，补贴金额不超过500万元。
第二条 对新建标准厂房的企业，按每平方米100元给予补贴，最高200万元。
第三条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.fixture(scope="module")
def area() -> AssistantContext:
    return context_of_text(AREA, "area")


@pytest.mark.parametrize(("message", "total"), [
    # by hand 1500 × 800; 4000万 is no area
    ("我们是新落户本区的企业，买了1500平方米的自用办公楼层，花了4000万", 1_200_000),
    ("We are newly settled here and bought 2,000 square metres of office space for RMB 50 million", 1_600_000),
    ("我们是新落户本区的企业，购置自用办公房8000平米", 5_000_000),  # 8000 × 800 = 640万 > 500万: capped
])
def test_an_amount_per_square_metre_is_paid_on_the_floor_area_said(area: AssistantContext, message: str,
                                                                    total: int) -> None:
    reply = _reply(area, message)
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (total, total)


def test_a_floor_area_not_said_is_asked_not_paid(area: AssistantContext) -> None:
    reply = _reply(area, "我们是新落户本区的企业，在本区买了办公楼")
    assert reply.eligibility["total_max_cny"] == 0
    assert "「自用办公用房面积」是多少平方米？" in reply.answer


@pytest.mark.parametrize(("message", "paid"), [
    ("我们是本区的企业，2024年纳税总额1600万", {"art3/sub2/p1": 1_200_000}),  # 120万, not 50 + 120万
    ("We are a company here; we paid taxes of RMB 32 million in 2024", {"art3/sub3/p1": 2_000_000}),
    ("我们是本区的企业，2024年纳税总额600万", {"art3/sub1/p1": 500_000}),
])
def test_tiers_in_sibling_items_pay_the_highest_reached_only(tiers: AssistantContext, message: str,
                                                             paid: dict[str, int]) -> None:
    reply = _reply(tiers, message)
    got = {b["provision_id"]: b["amount_max_cny"] for b in reply.eligibility["benefits"]
           if b["provision_id"].startswith("art3/")}
    assert got == paid


def test_office_square_metres_never_pay_an_amount_per_square_metre_of_something_else(area: AssistantContext) -> None:
    reply = _reply(area, "我们是新落户本区的企业，买了1500平方米的自用办公楼层")
    assert _paid(reply, "art2/p1") is None  # 标准厂房: a factory's area, not the offices'


PAYEE_CAPITAL = ("某区总部企业落户办法\n"
                 "第一条 对新迁入本区的总部企业，到位注册资本1.7亿元人民币的，给予落户奖励200万元；"
                 "到位注册资本4亿元人民币的，给予落户奖励500万元。\n"
                 "第二条 本办法自2024年1月1日起施行，有效期至2026年12月31日。\n")


@pytest.fixture(scope="module")
def payee_capital() -> AssistantContext:
    return context_of_text(PAYEE_CAPITAL, "payee")


@pytest.mark.parametrize(("message", "total"), [
    ("我们是2024年新迁入本区的总部企业，实缴注册资本2.5亿", 2_000_000),  # ≥ 1.7亿, < 4亿: the first tier only
    ("我们是2024年新迁入本区的总部企业，实缴注册资本4亿", 5_000_000),  # 4亿 itself counts; one tier, not 200+500万
    ("我们是2024年新迁入本区的总部企业，实缴注册资本1亿", 0),  # below every tier
])
def test_tiers_by_a_figure_closing_who_is_paid(payee_capital: AssistantContext, message: str, total: int) -> None:
    reply = _reply(payee_capital, message)
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (total, total)


def test_tiers_by_a_figure_closing_who_is_paid_ask_the_capital_when_not_said(payee_capital: AssistantContext) -> None:
    reply = _reply(payee_capital, "我们是2024年新迁入本区的总部企业")
    assert reply.eligibility["total_max_cny"] == 0
    assert any("base:registered_capital" in item["hinges"] for item in reply.eligibility["could_add"])
