"""Issue #13 (quant8): bounds on a base quantity read beside the awards of their sentence — the figure, whether it
counts (以上/不低于/超过…(含) vs 超过/高于), 首次, the year it is measured in, a range (至) as two bounds, a 分别 list's
tiers each bounding its own award — and 一次性 / 新设立 kept; all round-tripped through the graph."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.model import Provision, ProvisionKind
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph
from kg.query import load_record


def _read(body: str) -> tuple[Provision, ...]:
    text = f"某区支持企业发展若干措施\n第一条 {body}\n第二条 本措施自2024年1月1日起施行，有效期至2026年12月31日。\n"
    policy = ingest_document(read_text(text.encode("utf-8"), "t.txt"), "t")
    return load_record(build_policy_graph(policy)).provisions  # what the engine reads: the graph's


def _bounds(provisions: tuple[Provision, ...]) -> list[tuple[str | None, str | None, Decimal | None, str | None,
                                                              str | None]]:
    return [(p.base_quantity, p.subtype, p.value, p.per, p.round) for p in provisions
            if p.kind is ProvisionKind.CONDITION and (p.subtype or "").startswith("quantity_")]


@pytest.mark.parametrize(("body", "bounds"), [
    # inclusive by the words (以上; 不低于) and by (含) after 超过; 超过 alone leaves the figure out
    ("对上一年度纳税总额超过800万元(含)的企业，给予一次性奖励100万元。",
     [("tax_paid", "quantity_at_least", Decimal(8_000_000), "previous_year", None)]),
    ("对年度纳税总额超过2000万元的企业，奖励200万元。",
     [("tax_paid", "quantity_above", Decimal(20_000_000), None, None)]),
    ("对新迁入企业落户当年营业收入达到1亿元以上的，按营业收入的0.5%给予最高500万元奖励。",
     [("revenue", "quantity_at_least", Decimal(100_000_000), "first_year", None)]),
    ("对主营业务收入首次超过5亿元的企业，奖励50万元。",
     [("revenue", "quantity_above", Decimal(500_000_000), None, "first")]),
    # a range: two bounds (the lower with (含) counts, the upper without it does not)
    ("对实缴注册资本2亿元(含)至20亿元的企业，给予落户奖励800万元。",
     [("registered_capital", "quantity_at_least", Decimal(200_000_000), None, None),
      ("registered_capital", "quantity_below", Decimal(2_000_000_000), None, None)]),
])
def test_a_bound_on_a_quantity_is_kept_as_a_condition_on_the_award(body: str, bounds: list[object]) -> None:
    provisions = _read(body)
    assert _bounds(provisions) == bounds
    award = next(p for p in provisions if p.kind.monetary)
    assert all(award.id in p.governs for p in provisions if p.kind is ProvisionKind.CONDITION
               and (p.subtype or "").startswith("quantity_"))


def test_the_base_of_a_rate_is_no_bound() -> None:
    assert _bounds(_read("按实际发生服务费用的30%给予补助，最高20万元。")) == []
    assert _bounds(_read("按营业收入3000万元的1%给予奖励，最高100万元。")) == []


@pytest.mark.parametrize(("body", "bounds"), [
    # a figure closing who is paid (…X的，): the payee has at least X (merge with reader8: 到位注册资本2亿元人民币的，)
    ("对到位注册资本1.7亿元人民币的，给予落户奖励200万元。",
     [("registered_capital", "quantity_at_least", Decimal(170_000_000), None, None)]),
    ("企业营业收入5000万元的，按营业收入的1%给予奖励，最高100万元。",
     [("revenue", "quantity_at_least", Decimal(50_000_000), None, None)]),
])
def test_a_figure_closing_who_is_paid_is_a_lower_bound(body: str, bounds: list[tuple[object, ...]]) -> None:
    assert _bounds(_read(body)) == bounds


def test_a_bound_that_is_one_way_among_others_is_no_condition() -> None:
    assert _bounds(_read("对总投资5亿元（含）以上或具有示范带动作用的重大项目，给予一次性奖励300万元。")) == []


def test_thresholds_in_another_currency_are_not_read_as_yuan() -> None:
    assert _bounds(_read("对实缴注册资本达到2000万美元以上的外资企业，给予奖励600万元。")) == []


def test_a_yuan_bound_with_its_foreign_currency_alternative_takes_the_shared_word() -> None:
    assert _bounds(_read("对引进实缴注册资本5000万元人民币或800万美元以上外资项目的机构，给予奖励20万元。")) == [
        ("registered_capital", "quantity_at_least", Decimal(50_000_000), None, None)]
    # the foreign figure itself is still no bound
    assert _bounds(_read("对引进实缴注册资本800万美元以上外资项目的机构，给予奖励20万元。")) == []


def test_each_tier_of_a_respectively_list_bounds_its_own_award() -> None:
    provisions = _read("对新落户企业，实缴注册资本达到3亿元、8亿元、15亿元的，"
                       "分别给予400万元、900万元、1300万元的落户奖励。")
    awards = {p.id: p.amount_cny or p.cap_cny for p in provisions if p.kind.monetary}
    bounds = {awards[p.governs[0]]: p.value for p in provisions if p.subtype == "quantity_at_least"}
    assert bounds == {4_000_000: Decimal(300_000_000), 9_000_000: Decimal(800_000_000),
                      13_000_000: Decimal(1_500_000_000)}
    assert all(len(p.governs) == 1 for p in provisions if p.subtype == "quantity_at_least")


def test_one_off_and_newly_established_are_kept_on_a_rate() -> None:
    provisions = _read("对新设立的软件企业，首个会计年度营业收入2000万元以上的，"
                       "按营业收入的2%给予最高100万元一次性奖励。")
    rate = next(p for p in provisions if p.kind is ProvisionKind.RATE_WITH_CAP)
    subtypes = {p.subtype for p in provisions if p.kind is ProvisionKind.CONDITION and rate.id in p.governs}
    assert {"one_off", "newly_established", "quantity_at_least"} <= subtypes


@pytest.mark.parametrize(("body", "bounds"), [
    # a sentence of criteria that pays nothing still prints bounds on the payee (round 9, #13)
    ("申请企业上一年度营业收入8000万元以上，且纳税总额不低于600万元。",
     [("revenue", "quantity_at_least", Decimal(80_000_000), "previous_year", None),
      ("tax_paid", "quantity_at_least", Decimal(6_000_000), None, None)]),
    # a quantity the vocabulary has no label for: a bound on none; a band whose upper end (含) counts
    ("对年度技改投入在200万元至800万元（含800万元）的企业，给予30万元奖励。",
     [(None, "quantity_above", Decimal(2_000_000), None, None),
      (None, "quantity_at_most", Decimal(8_000_000), None, None)]),
    # a list under one word of comparison: each figure with the list's words (首次超过 → above, round first)
    ("对年度工业产值首次超过20亿元、40亿元的企业，分别奖励50万元、100万元。",
     [(None, "quantity_above", Decimal(2_000_000_000), None, "first"),
      (None, "quantity_above", Decimal(4_000_000_000), None, "first")]),
    # a band printed without 元 on its lower end, and 当年 alone is no period of its own
    ("对当年营业收入2亿（含）至6亿元的企业，给予80万元奖励。",
     [("revenue", "quantity_at_least", Decimal(200_000_000), None, None),
      ("revenue", "quantity_below", Decimal(600_000_000), None, None)]),
])
def test_bounds_read_from_their_words_of_comparison(body: str, bounds: list[object]) -> None:
    assert sorted(_bounds(_read(body)), key=str) == sorted(bounds, key=str)


@pytest.mark.parametrize("body", [
    "对符合条件的企业给予奖励，单个企业年度奖励不超过500万元。",  # a ceiling of the award
    "到2027年，全区数字经济核心产业营业收入突破500亿元。",  # a target of the plan
    "设立总规模不低于2亿元的产业引导资金。",  # a budget of the authority
    "单笔投资额在2000万元以上的，800万元（含）以下的部分按投资额的3%给予奖励。",  # a scale cutting a base
    "对为营业收入5000万元及以下的小微企业提供担保的机构，给予10万元奖励。",  # an upper bound alone, of a party served
])
def test_figures_that_bound_nothing_of_the_payee_are_not_read(body: str) -> None:
    assert _bounds(_read(body)) == []


def test_alternative_marks_joined_by_or_are_each_a_bound() -> None:
    assert _bounds(_read("对年度营业收入首次突破2亿元、8亿元或30亿元的总部企业，给予相应额度的一次性奖励。")) == [
        ("revenue", "quantity_above", Decimal(200_000_000), None, "first"),
        ("revenue", "quantity_above", Decimal(800_000_000), None, "first"),
        ("revenue", "quantity_above", Decimal(3_000_000_000), None, "first")]


def test_the_equity_the_government_holds_is_no_share_paid() -> None:
    provisions = _read("对早期硬科技团队项目给予政策性股权投资，政府方持有股权不超过 15%。")
    assert [p.kind for p in provisions if p.kind.monetary] == [ProvisionKind.CASE_BY_CASE]
