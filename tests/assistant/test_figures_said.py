"""Issue #13/#11 (quant9): a figure the user gives as a bound is stored as one and paid as one; tiers pay the highest
one the company is eligible for; 首次 is checked against the earlier years stated. Amounts are computed by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from assistant.dialogue import AssistantContext
from assistant.eligibility import rules_from_graph
from assistant.understanding.facts import understand_facts
from ingest.pipeline import IngestedPolicy, ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph
from tests.assistant_contexts import context_of_policy, context_of_text, reply_after

AS_OF = dt.date(2025, 4, 15)
PINGSHAN_RATE = "ch3/art10/sub1/p1"
"""坪山 第三章第十条（一）: 落户当年…营业收入 3000 万元以上…按营业收入的 1%，给予最高 300 万元一次性奖励."""

TAX_TIERS = """某区经营贡献奖励办法
第一条 对本区企业按其上一年度在本区的纳税总额给予经营奖励：
（一）上一年度纳税总额超过500万元(含)的，奖励50万元；
（二）上一年度纳税总额超过1000万元(含)的高新技术企业，奖励120万元。
第二条 对营业收入首次超过3亿元的企业，给予一次性奖励100万元。
第三条 对上一年度在本区纳税总额超过800万元(含)的企业，给予一次性奖励80万元。
第四条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.fixture(scope="module")
def pingshan(policies: dict[str, IngestedPolicy]) -> AssistantContext:
    return context_of_policy(policies["pingshan_digital_economy_2023"])


@pytest.fixture(scope="module")
def tiers() -> AssistantContext:
    return context_of_text(TAX_TIERS, "tax_tiers")


def _reply(context: AssistantContext, *messages: str) -> Any:
    return reply_after(context, AS_OF, *messages)


def _paid(reply: Any, provision_id: str) -> tuple[int, int | None] | None:
    benefit = next((b for b in reply.eligibility["benefits"] if b["provision_id"] == provision_id), None)
    return (benefit["amount_min_cny"], benefit["amount_max_cny"]) if benefit else None


@pytest.mark.parametrize(("message", "amount", "bound"), [
    ("我们公司去年营收超过3000万", Decimal(30_000_000), "at_least"),
    ("去年纳税总额两千多万", Decimal(20_000_000), "at_least"),
    ("2024年营业收入4000万元以上", Decimal(40_000_000), "at_least"),
    ("去年营收1亿多一点", Decimal(100_000_000), "at_least"),
    ("Our revenue last year was over 30 million yuan", Decimal(30_000_000), "at_least"),
    ("In 2024 our taxes paid were more than RMB 5m", Decimal(5_000_000), "at_least"),
    ("去年营收大约5000万", Decimal(50_000_000), "about"),
    ("revenue in 2024 was around RMB 50 million", Decimal(50_000_000), "about"),
    ("去年营收3000万", Decimal(30_000_000), None),
])
def test_a_figure_said_as_a_bound_is_stored_as_one(message: str, amount: Decimal, bound: str | None) -> None:
    facts = [f for f in understand_facts(message, AS_OF) if f.field.startswith("quantities.")]
    assert len(facts) == 1
    assert facts[0].value["amount_cny"] == amount and facts[0].value.get("bound") == bound


def test_figures_said_with_odd_words_continue_the_quantity_as_bounds() -> None:
    facts = [f for f in understand_facts("2023年营收两千多万，2024年3000余万", AS_OF)
             if f.field == "quantities.revenue"]
    assert [(f.value["year"], f.value["amount_cny"], f.value.get("bound")) for f in facts] == [
        (2023, Decimal(20_000_000), "at_least"), (2024, Decimal(30_000_000), "at_least")]


def test_an_exact_figure_before_a_rough_one_stays_exact() -> None:
    """多 in a later figure of the list (七百多万) bounds that figure, not the exact one said before it."""
    facts = [f for f in understand_facts("2022年和2023年纳税总额分别是600万和七百多万", AS_OF)
             if f.field == "quantities.tax_paid"]
    assert [(f.value["year"], f.value["amount_cny"], f.value.get("bound")) for f in facts] == [
        (2022, Decimal(6_000_000), None), (2023, Decimal(7_000_000), "at_least")]


@pytest.mark.parametrize("message", ["已获得市里资助两千多万", "研发投入两千多万"])
def test_odd_amounts_are_no_figure_where_no_bound_can_be_kept(message: str) -> None:
    """Funding received and R&D spending hold no bound: 两千多万 read as 2000万 would pay more than may be due."""
    assert not [f for f in understand_facts(message, AS_OF)
                if f.field in ("other_funding_cny", "rd_expense") or f.field.startswith("quantities.")]


@pytest.mark.parametrize("message", ["去年研发投入超过3000万", "Our R&D spending in 2024 was more than RMB 30 million"])
def test_a_lower_bound_of_rd_spending_is_no_year_figure(message: str) -> None:
    """An increment over a bound is not known: no R&D figure is kept (the reply asks)."""
    assert not [f for f in understand_facts(message, AS_OF) if f.field == "rd_expense"]


@pytest.mark.parametrize("message", [
    "我们是2024年新迁入坪山的规上数字经济企业，2024年营业收入超过5000万",
    "We moved to Pingshan in 2024 as an above-scale digital economy company; 2024 operating revenue was more than "
    "RMB 50 million",
])
def test_a_rate_on_a_lower_bound_pays_a_range_from_the_bound(pingshan: AssistantContext, message: str) -> None:
    # by hand: guaranteed 1% × 5000万 = 50万; the most is the cap, 300万 (the revenue may be any figure above)
    reply = _reply(pingshan, message)
    assert _paid(reply, PINGSHAN_RATE) == (500_000, 3_000_000)


def test_a_lower_bound_under_the_threshold_is_asked_not_paid(pingshan: AssistantContext) -> None:
    # 超过2000万 may or may not reach 3000万元以上: asked, never paid as sure, never refused
    reply = _reply(pingshan, "我们是2024年新迁入坪山的规上数字经济企业，2024年营收两千多万")
    assert _paid(reply, PINGSHAN_RATE) is None
    assert not any(n["provision_id"] == PINGSHAN_RATE for n in reply.eligibility["not_eligible"])
    could = next(c for c in reply.eligibility["could_add"] if c["provision_id"] == PINGSHAN_RATE)
    assert "base:revenue" in could["hinges"]


@pytest.mark.parametrize("message", [
    "我们是2024年新迁入坪山的规上数字经济企业，2024年营业收入大约5200万",
    "我们是2024年新迁入坪山的规上数字经济企业，2024年营收5200万上下",
])
def test_an_approximate_base_is_paid_as_a_range_and_says_so(pingshan: AssistantContext, message: str) -> None:
    # by hand: 1% × 5200万 × (1 ± 10%) = 46.8万–57.2万 (约5200万 meets 3000万以上 with the margin): no sure 52万
    reply = _reply(pingshan, message)
    assert _paid(reply, PINGSHAN_RATE) == (468_000, 572_000)
    assert any(a["key"].startswith("about:revenue") for a in reply.eligibility["assumptions"])


@pytest.mark.parametrize(("message", "paid"), [
    ("我们是本区企业，2024年纳税总额超过800万", (800_000, 800_000)),  # 超过800万 meets 800万(含)
    ("我们是本区企业，2024年纳税总额七百多万", None),  # 700多万: may be under 800万, asked
    ("We are a company here; our total tax paid in 2024 was over RMB 9 million", (800_000, 800_000)),
])
def test_a_bound_condition_is_met_only_when_the_lower_bound_meets_it(tiers: AssistantContext, message: str,
                                                                     paid: tuple[int, int] | None) -> None:
    reply = _reply(tiers, message)
    assert _paid(reply, "art3/p1") == paid
    if paid is None:  # asked (the award names nobody else that ties it to the company), never refused
        questions = reply.eligibility["questions"]
        assert any(q["key"] == "base:tax_paid" and "art3/p1" in q["provision_ids"] for q in questions)
        assert not any(n["provision_id"] == "art3/p1" for n in reply.eligibility["not_eligible"])


@pytest.mark.parametrize(("message", "paid"), [
    ("我们是本区企业，2024年纳税总额820万上下", None),  # 约820万 may be under 800万(含): asked
    ("We are a company here; our total tax paid in 2024 was approximately RMB 8.2 million", None),
    ("我们是本区企业，2024年纳税总额大概1200万", (800_000, 800_000)),  # 约1200万 is over 800万 by far more than 10%
])
def test_an_approximate_figure_meets_a_bound_only_with_a_margin(tiers: AssistantContext, message: str,
                                                                paid: tuple[int, int] | None) -> None:
    reply = _reply(tiers, message)
    assert _paid(reply, "art3/p1") == paid
    if paid is None:
        assert any(q["key"] == "base:tax_paid" and "art3/p1" in q["provision_ids"]
                   for q in reply.eligibility["questions"])
        assert not any(n["provision_id"] == "art3/p1" for n in reply.eligibility["not_eligible"])


@pytest.mark.parametrize("message", [
    "我们是本区企业，不是高新技术企业，2024年纳税总额1600万",
    "We are a company here, not a high-tech enterprise; total tax paid in 2024 was RMB 16 million",
])
def test_a_lower_tier_is_paid_when_the_higher_tier_fails_for_another_reason(tiers: AssistantContext,
                                                                           message: str) -> None:
    # the 1000万 tier is for high-tech enterprises only: the 500万 tier (50万) is the one the company is eligible for
    reply = _reply(tiers, message)
    assert _paid(reply, "art1/sub1/p1") == (500_000, 500_000)
    assert _paid(reply, "art1/sub2/p1") is None


@pytest.mark.parametrize(("message", "paid"), [
    ("我们是本区企业，2023年营收3.5亿，2024年营收4亿", None),  # over 3亿 already in 2023: not the first time
    ("We are a company here: revenue was RMB 350 million in 2023 and RMB 400 million in 2024", None),
    ("我们是本区企业，2023年营收2.5亿，2024年营收3.2亿", (1_000_000, 1_000_000)),  # first over 3亿 in 2024
])
def test_a_first_time_bound_is_checked_against_the_earlier_years_stated(tiers: AssistantContext, message: str,
                                                                        paid: tuple[int, int] | None) -> None:
    reply = _reply(tiers, message)
    assert _paid(reply, "art2/p1") == paid
    if paid is None:
        rejected = next(n for n in reply.eligibility["not_eligible"] if n["provision_id"] == "art2/p1")
        assert any("2023" in reason and "首次" in reason for reason in rejected["reasons_zh"])


@pytest.mark.parametrize(("message", "field", "amount"), [
    ("集团去年营收50亿，我们公司3亿", "quantities.revenue", Decimal(300_000_000)),
    ("去年集团营收50亿，而我们公司只有3亿", "quantities.revenue", Decimal(300_000_000)),
    ("母公司2024年纳税总额2亿，我们自己是800万", "quantities.tax_paid", Decimal(8_000_000)),
    ("The group's revenue last year was 5 billion, ours was 300 million", "quantities.revenue",
     Decimal(300_000_000)),
    ("Our parent company's total tax paid in 2024 was RMB 200 million, but we paid RMB 8 million",
     "quantities.tax_paid", Decimal(8_000_000)),
])
def test_the_company_figure_after_another_entity_figure_is_the_company_one(message: str, field: str,
                                                                          amount: Decimal) -> None:
    """The group's figure is never the company's; the company's own, said next without a year, takes that year."""
    facts = [f for f in understand_facts(message, AS_OF) if f.field.startswith("quantities.")]
    assert [(f.field, f.value["year"], f.value["amount_cny"]) for f in facts] == [(field, 2024, amount)]


@pytest.mark.parametrize("message", [
    "我们是本区企业，集团2024年纳税总额2亿，我们公司800万",
    "We are a company here; the group's total tax paid in 2024 was RMB 200 million, ours was RMB 8 million",
])
def test_the_company_figure_after_the_group_figure_pays_its_own_tiers(tiers: AssistantContext, message: str) -> None:
    # by hand: 800万 meets 超过800万元(含) (80万) and the 500万 tier (50万), not the 1000万 tier: 130万 — not the
    # 2亿 of the group (which would reach the 1000万 tier)
    reply = _reply(tiers, message)
    assert _paid(reply, "art3/p1") == (800_000, 800_000)
    assert _paid(reply, "art1/sub1/p1") == (500_000, 500_000)
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (1_300_000, 1_300_000)


PROJECT = """某区项目投资奖励办法
第一条 对项目年营业收入首次超过1亿元的企业，给予一次性奖励100万元。
第二条 对上一年度营业收入超过1亿元的企业，给予一次性奖励30万元。
第三条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.fixture(scope="module")
def project() -> AssistantContext:
    return context_of_text(PROJECT, "project")


@pytest.mark.parametrize("message", [
    "我们是本区企业，2024年营收3亿",
    "We are a company here; our operating revenue in 2024 was RMB 300 million",
])
def test_a_bound_on_a_project_quantity_is_not_met_by_the_company_figures(project: AssistantContext,
                                                                         message: str) -> None:
    # 项目年营业收入: the project's revenue, which the company's 3亿 does not tell; the company's own bound (第二条) is
    # met by it: 30万, by hand
    reply = _reply(project, message)
    assert _paid(reply, "art1/p1") is None
    assert not any(q["key"].startswith("project:") for q in reply.eligibility["questions"])  # nothing could answer it
    refused = next(n for n in reply.eligibility["not_eligible"] if n["provision_id"] == "art1/p1")
    assert any("项目" in reason for reason in refused["reasons_zh"])
    assert _paid(reply, "art2/p1") == (300_000, 300_000)
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (300_000, 300_000)


@pytest.mark.parametrize(("message", "field"), [
    ("我们投资的那个项目去年营业收入1.2亿", "quantities.revenue"),
    ("项目的纳税总额2024年是900万", "quantities.tax_paid"),
    ("The project's operating revenue in 2024 was RMB 120 million", "quantities.revenue"),
])
def test_a_project_figure_is_never_the_company_figure(message: str, field: str) -> None:
    assert not [f for f in understand_facts(message, AS_OF) if f.field == field]


def test_a_project_figure_said_in_a_later_turn_pays_nothing_and_is_not_asked_again(project: AssistantContext) -> None:
    # the project's 1.2亿 is neither the company's revenue (第二条 not paid on it) nor read as the project's (第一条
    # refused, its reason says why): no question left that no answer could settle
    reply = _reply(project, "我们是本区企业，在区里投了一个项目。", "项目去年营业收入1.2亿。")
    assert _paid(reply, "art1/p1") is None and _paid(reply, "art2/p1") is None
    assert not any(q["key"].startswith("project:") for q in reply.eligibility["questions"])
    assert any(n["provision_id"] == "art1/p1" for n in reply.eligibility["not_eligible"])


@pytest.mark.parametrize(("quote", "printed", "project"), [
    ("对项目年营业收入首次超过1亿元的企业，给予一次性奖励100万元", "1亿元", True),
    ("对新引进项目实际投入超过3000万元的，给予一次性奖励200万元", "3000万元", True),
    ("对年营业收入超过1亿元的项目，给予一次性奖励100万元", "1亿元", True),
    ("对上一年度营业收入超过1亿元的企业，给予一次性奖励30万元", "1亿元", False),
    ("重点项目建设，对营业收入超过1亿元的企业，给予奖励", "1亿元", False),
])
def test_a_bound_names_a_project_by_its_words(quote: str, printed: str, project: bool) -> None:
    from ingest.quantity_conditions import of_a_project

    assert of_a_project(quote, printed) is project


OFFICE = """某区总部经济扶持办法
第一条 对新落户企业，在本区购置自用办公房产的，按每平方米1000元的标准给予一次性补贴，补贴总额不超过实际支出。
第二条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.fixture(scope="module")
def office() -> AssistantContext:
    return context_of_text(OFFICE, "office")


@pytest.mark.parametrize(("message", "paid", "caveat"), [
    # by hand: 1500 × 1000 = 150万, held to the 120万 actually spent
    ("我们是新落户本区的企业，买了1500平方米的自用办公楼层，实际支出120万", (1_200_000, 1_200_000), False),
    ("We are newly settled here and bought 1,500 square metres of office space; we actually spent RMB 1.2 million",
     (1_200_000, 1_200_000), False),
    # spent more than the award: nothing cut, and the rule is met, not a caveat
    ("我们是新落户本区的企业，买了1500平方米的自用办公楼层，实际花费3000万", (1_500_000, 1_500_000), False),
    # not said (or said as a bound): no cut guessed, the rule stays a caveat
    ("我们是新落户本区的企业，买了1500平方米的自用办公楼层", (1_500_000, 1_500_000), True),
    ("我们是新落户本区的企业，买了1500平方米的自用办公楼层，实际支出超过100万", (1_500_000, 1_500_000), True),
])
def test_an_actual_cost_cap_is_applied_where_the_spend_is_stated(office: AssistantContext, message: str,
                                                                 paid: tuple[int, int], caveat: bool) -> None:
    reply = _reply(office, message)
    assert _paid(reply, "art1/p2") == paid
    assert any(c["subtype"] == "actual_cost_cap" for c in reply.eligibility["caveats"]) is caveat


@pytest.mark.parametrize("message", [
    "我们是新落户本区的企业，买了1500平方米的自用办公楼层，2024年营收5000万，水电实际花了40万",
    "We are newly settled here and bought 1,500 square metres of office space; we actually spent RMB 400,000 on "
    "utilities",
])
def test_a_spend_on_another_named_thing_caps_no_award(office: AssistantContext, message: str) -> None:
    # by hand: 1500 × 1000 = 150万; the 40万 is the utilities', not the offices': no cut, the rule stays a caveat
    reply = _reply(office, message)
    assert _paid(reply, "art1/p2") == (1_500_000, 1_500_000)
    assert any(c["subtype"] == "actual_cost_cap" for c in reply.eligibility["caveats"])


UNCAPPED = """某区经济贡献奖励办法
第一条 对本区规模以上工业企业，按其上一年度营业收入的1%给予奖励。
第二条 单个企业年度奖励金额最高不超过100万元。
第三条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.fixture(scope="module")
def uncapped() -> AssistantContext:
    return context_of_text(UNCAPPED, "uncapped")


@pytest.mark.parametrize(("message", "paid"), [
    # by hand: 1% × 5000万 = 50万, the bound's; no cap: counted at the bound, and said
    ("我们是本区的规模以上工业企业，2024年营收超过5000万", (500_000, 500_000)),
    # 1% × 2亿 = 200万 > the ceiling of 100万 a year: the sure amount is cut to it, never shown above it
    ("We are an above-scale industrial company here; 2024 operating revenue was more than RMB 200 million",
     (1_000_000, 1_000_000)),
])
def test_a_rate_with_no_cap_on_a_lower_bound_counts_the_bound_and_says_so(uncapped: AssistantContext, message: str,
                                                                          paid: tuple[int, int]) -> None:
    reply = _reply(uncapped, message)
    assert _paid(reply, "art1/p1") == paid
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == paid
    assert any(a["key"].startswith("at_least:revenue") for a in reply.eligibility["assumptions"])


EIGHT_TIERS = "某区纳税奖励办法\n第一条 对本区企业按其上一年度在本区的纳税总额给予奖励：\n" + "".join(
    f"（{'一二三四五六七八'[k]}）上一年度纳税总额超过{100 * (k + 1)}万元(含)的，奖励{10 * (k + 1)}万元；\n"
    for k in range(8)) + "第二条 本办法自2024年1月1日起施行，有效期至2026年12月31日。\n"


def test_each_tier_is_assessed_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each lower tier asks whether the higher tiers are refused; memoised within one evaluation, 8 tiers cost
    O(n²) assessments (each top-level tier: at most the tiers above it), not 2^n (255 for the lowest tier alone)."""
    import assistant.eligibility.requirements as requirements

    policy = ingest_document(read_text(EIGHT_TIERS.encode("utf-8"), "eight_tiers.txt"), "eight_tiers")
    context = AssistantContext(rules_from_graph(build_policy_graph(policy)))
    calls = []
    real = requirements.assess
    monkeypatch.setattr(requirements, "assess", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    reply = _reply(context, "我们是本区企业，2024年纳税总额1000万")
    assert _paid(reply, "art1/sub8/p1") == (800_000, 800_000)  # the highest tier reached, 800万(含): 80万, alone
    assert reply.eligibility["total_min_cny"] == 800_000
    assert 0 < len(calls) <= 8 * 9 // 2 + 8
