"""A ceiling on what one payee receives in total (docs/provision-model.md, ``enterprise_annual_cap``): after several
open rates or points, or naming the document, it stays a condition the engine applies over the awards of its scope
(it may also cap each rate singly: a rate never exceeds the total); after exactly one open rate in its own clause it
is that rate's ``cap_cny``; a point's own ceiling caps its point only."""

from __future__ import annotations

from decimal import Decimal

from ingest.model import IngestedPolicy, Provision, ProvisionKind
from ingest.pipeline import ingest_document
from ingest.read import read_text
from tests.ingest.sentences import benefits_of as _benefits
from tests.ingest.sentences import policy_of as _policy


def _document(body: str) -> IngestedPolicy:
    text = f"某县促进制造业升级的若干措施\n{body}\n本措施自2025年1月1日起施行，有效期至2027年12月31日。\n"
    return ingest_document(read_text(text.encode("utf-8"), "t.txt"), "t")


def _benefits_of(policy: IngestedPolicy) -> list[Provision]:
    return [p for p in policy.provisions if p.kind.monetary]


def _ceilings(policy: IngestedPolicy) -> list[Provision]:
    return [p for p in policy.provisions if p.subtype in ("enterprise_annual_cap", "article_cap")]


def _rates(policy: IngestedPolicy) -> dict[tuple[str, ...], tuple[Decimal | None, int | None]]:
    return {p.clause_path[1:]: (p.rate, p.cap_cny) for p in policy.provisions if p.kind is ProvisionKind.RATE_WITH_CAP}


def test_a_total_after_several_points_stays_a_condition_over_their_awards() -> None:
    policy = _policy("1．支持智能化改造。\n（1）企业购置工业机器人的，按购置金额的8%给予补助。\n"
                     "（2）企业建设数字化车间的，按软件投入的20%给予补助。\n（3）企业获评智能工厂的，给予30万元奖励。\n"
                     "每家企业年度补助合计最高不超过150万元。\n2．支持人才引进。\n对引进的高级技师给予5万元奖励。")
    assert _rates(policy) == {("1", "（1）"): (Decimal("0.08"), 1_500_000), ("1", "（2）"): (Decimal("0.2"), 1_500_000)}
    (total,) = _ceilings(policy)
    assert (total.subtype, total.cap_cny, total.clause_path[1:], total.scope) == (
        "enterprise_annual_cap", 1_500_000, ("1",), "clause")
    governed = {p.id: p for p in policy.provisions if p.id in total.governs}
    assert sorted(p.clause_path[-1] for p in governed.values()) == ["（1）", "（2）", "（3）"]


def test_a_total_after_two_rates_of_one_clause_stays_a_condition_over_those_rates() -> None:
    policy = _policy("对制造业单项冠军企业，按其年度技改投入的6%给予补助；对制造业单项冠军企业，按其年度首台套销售额的"
                     "3%给予奖励。同一企业年度补助金额最高不超过90万元。")
    rates = [p for p in policy.provisions if p.kind is ProvisionKind.RATE_WITH_CAP]
    assert [(p.rate, p.cap_cny) for p in rates] == [(Decimal("0.06"), 900_000), (Decimal("0.03"), 900_000)]
    (total,) = _ceilings(policy)
    assert (total.cap_cny, total.scope, set(total.governs)) == (900_000, "clause", {p.id for p in rates})


def test_a_total_whose_figure_is_printed_earlier_in_its_sentence_still_caps_the_rates() -> None:
    policy = _policy("对专精特新企业，按其年度研发费用的5%给予补助；对专精特新企业，按其年度设备投资额的4%给予补助。"
                     "设备投资额应不低于120万元，每家企业每年补助总额不超过120万元。")
    rates = [p for p in policy.provisions if p.kind is ProvisionKind.RATE_WITH_CAP]
    (total,) = _ceilings(policy)
    assert (total.subtype, total.cap_cny, set(total.governs)) == (
        "enterprise_annual_cap", 1_200_000, {p.id for p in rates})


def test_a_figure_the_payee_falls_short_of_is_no_award() -> None:
    policy = _policy("对专精特新企业，按其年度研发费用的5%给予补助；对专精特新企业，按其年度设备投资额的4%给予补助。"
                     "设备投资额不足60万元的不予补助，单个企业每年最高补助60万元。")
    assert [(p.kind, p.cap_cny) for p in _benefits_of(policy)] == [
        (ProvisionKind.RATE_WITH_CAP, 600_000), (ProvisionKind.RATE_WITH_CAP, 600_000)]


def test_a_ceiling_sentence_without_a_year_after_two_rates_is_a_total_over_all_years() -> None:
    policy = _policy("对制造业单项冠军企业，按其年度技改投入的6%给予补助；对制造业单项冠军企业，按其年度首台套销售额的"
                     "3%给予奖励。单个企业最高补助90万元。")
    rates = [p for p in policy.provisions if p.kind is ProvisionKind.RATE_WITH_CAP]
    assert [p.cap_cny for p in rates] == [900_000, 900_000]
    (total,) = _ceilings(policy)
    assert (total.subtype, total.cap_cny, set(total.governs)) == ("article_cap", 900_000, {p.id for p in rates})
    assert not [p for p in policy.provisions if p.kind is ProvisionKind.UP_TO]


def test_one_rate_then_its_ceiling_is_the_rates_cap_not_a_condition() -> None:
    policy = _policy("对制造业单项冠军企业，按其年度技改投入的6%给予补助。同一企业年度补助金额最高不超过90万元。")
    assert [(p.rate, p.cap_cny) for p in policy.provisions if p.kind.monetary] == [(Decimal("0.06"), 900_000)]
    assert not _ceilings(policy)


def test_a_ceiling_naming_the_document_in_its_closing_stays_a_condition_of_the_whole_policy() -> None:
    policy = _document("一、支持技术改造\n1.企业实施技术改造的，按设备投资额的7%给予补助。\n2.企业获评绿色工厂的，"
                       "给予40万元奖励。\n二、支持开拓市场\n1.企业参加境外展会的，按展位费的50%给予补贴。\n"
                       "2.企业获得出口认证的，给予10万元奖励。\n本措施各项扶持资金，单个企业年度获得金额最高不超过120万元。")
    (total,) = _ceilings(policy)
    assert (total.subtype, total.cap_cny, total.scope, total.governs) == ("enterprise_annual_cap", 1_200_000,
                                                                         "policy", ())
    assert all(cap in (None, 1_200_000) for _, cap in _rates(policy).values())


def test_a_points_own_ceiling_caps_only_its_point() -> None:
    policy = _policy("1．支持研发投入。\n（1）企业新建中试基地的，按建设投入的15%给予补助。\n"
                     "（2）企业租用检测设备的，按租赁费用的40%给予补助。单个企业年度租赁补助最高不超过20万元。")
    assert _rates(policy) == {("1", "（1）"): (Decimal("0.15"), None), ("1", "（2）"): (Decimal("0.4"), 200_000)}
    above = _policy("1．支持研发投入。\n（1）企业新建中试基地的，按建设投入的15%给予补助。\n"
                    "（2）企业租用检测设备的，按租赁费用的40%给予补助。上述补助单个企业年度合计最高不超过20万元。")
    assert {cap for _, cap in _rates(above).values()} == {200_000}
    (total,) = _ceilings(above)
    assert (total.cap_cny, total.scope) == (200_000, "clause")


def test_a_points_ceiling_in_a_sentence_of_its_own_is_no_award() -> None:
    benefits = _benefits("1．支持研发投入。\n（1）企业新建中试基地的，按建设投入的15%给予补助。\n"
                         "（2）企业租用检测设备的，按租赁费用的40%给予补助。检测设备租赁补助每家企业最高不超过20万元。")
    assert [(b.kind, b.rate, b.cap_cny) for b in benefits] == [
        (ProvisionKind.RATE_WITH_CAP, Decimal("0.15"), None), (ProvisionKind.RATE_WITH_CAP, Decimal("0.4"), 200_000)]


def test_a_ceiling_inside_an_article_is_scoped_to_the_article_that_pays() -> None:
    policy = _document("第一条 对新认定的国家级企业技术中心，一次性给予300万元奖励；对新认定的省级企业技术中心，一次性"
                       "给予80万元奖励。同一企业年度奖励金额最高不超过350万元。\n第二条 对新认定的省级专精特新企业，"
                       "一次性给予60万元奖励。")
    (total,) = _ceilings(policy)
    article = total.clause_path
    governed = [p for p in policy.provisions if p.id in total.governs]
    assert (total.scope, len(governed)) == ("clause", 2)
    assert all(p.clause_path == article for p in governed)


def test_a_yearly_total_of_a_payee_over_the_whole_document_is_a_ceiling_not_an_award() -> None:
    """However many words stand between 每年 and 不超过 (review7 E1): no award verb of its own, a total."""
    policy = _policy("对新认定的省级工程研究中心，一次性给予100万元奖励。"
                     "同一企业每年享受本措施各类扶持资金合计不超过600万元。")
    assert [(p.kind, p.amount_cny) for p in policy.provisions if p.kind.monetary] == [(ProvisionKind.FIXED, 1_000_000)]
    (total,) = _ceilings(policy)
    assert (total.subtype, total.cap_cny, total.scope) == ("enterprise_annual_cap", 6_000_000, "policy")
    paid = _benefits("对新认定的省级工程研究中心，每年给予不超过60万元的运营补助。")
    assert [(b.kind, b.cap_cny) for b in paid] == [(ProvisionKind.ANNUAL_UP_TO, 600_000)]


def test_a_newly_approved_platform_reads_its_level_as_a_newly_recognised_one_does() -> None:
    """新获批 / 新获批建设 / 新批准 before a level read it as 新认定 does (review7 E2)."""
    for opener in ("新获批的", "新获批建设的", "新批准的"):
        benefits = _benefits(f"对{opener}国家级工程技术研究中心，一次性给予400万元奖励；"
                             f"对{opener}省级工程技术研究中心，一次性给予150万元奖励。")
        levels = [(b.level, b.amount_cny) for b in benefits]
        assert levels == [("national", 4_000_000), ("provincial", 1_500_000)], opener


def test_an_award_of_support_after_a_budget_is_an_award_and_the_budget_is_not() -> None:
    """支持 and an amount after the budget is granted (review7 forms7 #3); the budget set aside is no award."""
    benefits = _benefits("每年统筹安排专项资金800万元，对首次入选省级专精特新名单的企业一次性支持30万元。")
    assert [(b.kind, b.amount_cny) for b in benefits] == [(ProvisionKind.FIXED, 300_000)]
    assert not _benefits("市财政每年统筹安排专项资金800万元，其中支持数字化转型300万元。")


def test_an_applicants_or_right_holders_yearly_total_is_a_ceiling_not_an_award() -> None:
    """申请人年度… / 同一…权利人一年内… after a list of per-item awards: a condition over them, never a payment."""
    for total in ("申请人年度获得本项资助的总金额不超过30万元。", "同一专利权人一年内奖励金额不超过8万元。",
                  "申请人年度获得本项所规定的资助金额不超过30万元。", "申请人年度获得上述资助的总额不超过30万元。"):
        policy = _policy("1．支持海外布局。\n对获得美国授权的发明专利，每件资助不超过4万元；对获得欧洲授权的发明专利，"
                         f"每件资助不超过6万元。{total}")
        assert sorted(b.cap_cny or 0 for b in _benefits_of(policy)) == [40_000, 60_000], total
        (ceiling,) = _ceilings(policy)  # 本项…: the clause's ceiling (article_cap); 年度 / 一年内 alone: a year's
        assert ceiling.cap_cny in (300_000, 80_000), total


def test_an_applicant_granted_an_amount_is_paid_it() -> None:
    (benefit,) = _benefits("对当年获得境外商标注册的申请人，可获得不超过3万元资助。")
    assert benefit.kind is ProvisionKind.UP_TO and benefit.cap_cny == 30_000
