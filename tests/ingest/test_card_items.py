"""The shapes of a policy compendium's card items (服务内容 → 1 → （1）), each read on fresh wording: how the support is
paid (事前 / 后补助), a share bounding the ceilings printed before it, a lead-in sentence's assessment and years over
the points after it, discretion that opens a grant of its own, and the date a card's 时间/频度 row applies from."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ingest.model import ProvisionKind
from ingest.pipeline import ingest_document
from ingest.read import read_text
from ingest.tables import row_lines
from tests.ingest.sentences import benefits_of, policy_of


def _conditions(body: str, subtype: str) -> list[object]:
    return [p for p in policy_of(body).provisions if p.kind is ProvisionKind.CONDITION and p.subtype == subtype]


def test_support_paid_before_or_after_the_spending_is_a_payment_stage() -> None:
    for body in ("采取事后补助方式给予支持，对认定的中试平台给予不超过80万元资金支持。",
                 "专项资金采取事前资助的方式，对承担项目的单位按预算的20%给予补助。",
                 "采取后补助方式，择优给予新型研发机构不超过150万元支持。"):
        assert len(_conditions(body, "payment_stage")) == 1, body
    # a step of the procedure naming such projects is no mode of an award
    assert not _conditions("对于事前补助的项目，公示期结束后签订任务书，给予不超过80万元资金支持。", "payment_stage")


def test_a_share_after_ceilings_bounds_the_same_awards() -> None:
    (one,) = benefits_of("对检验检测机构，每家每年支持金额不超过150万元，且每年支持金额不超过当年服务合同额的40%。")
    assert (one.kind, one.rate, one.cap_cny) == (ProvisionKind.RATE_WITH_CAP, Decimal("0.4"), 1_500_000)
    (named,) = benefits_of("行业类检测联盟每年每家支持金额不超过80万元，不超过上一年实际发生费用的60%。")
    assert (named.rate, named.cap_cny) == (Decimal("0.6"), 800_000)
    assert named.beneficiary is not None and named.beneficiary.label == "行业类检测联盟"
    bands = benefits_of("对公共技术平台，分档给予不超过300万元、150万元资金支持，不超过平台上一年设备投入的25%。")
    assert [(b.kind, b.rate, b.cap_cny) for b in bands] == [
        (ProvisionKind.RATE_WITH_CAP, Decimal("0.25"), 3_000_000),
        (ProvisionKind.RATE_WITH_CAP, Decimal("0.25"), 1_500_000)]
    # another award's share is a rate of its own, not a bound of the ceiling before it
    award, interest = benefits_of("对获批项目的企业给予最高80万元研发补助，贷款贴息不超过实际支付利息的40%。")
    assert (award.kind, award.cap_cny, award.rate) == (ProvisionKind.UP_TO, 800_000, None)
    assert (interest.kind, interest.rate) == (ProvisionKind.RATE_WITH_CAP, Decimal("0.4"))
    # another payee's share is a rate of its own, not a bound of the ceiling before it
    ceiling, rate = benefits_of("对A类联盟给予不超过50万元支持，对B类联盟按上年活动经费的30%给予补助。")
    assert (ceiling.kind, ceiling.cap_cny, ceiling.rate) == (ProvisionKind.UP_TO, 500_000, None)
    assert (rate.kind, rate.rate, rate.cap_cny) == (ProvisionKind.RATE_WITH_CAP, Decimal("0.3"), None)


def test_the_whole_of_a_cost_is_a_rate_of_one() -> None:
    (whole,) = benefits_of("对认证机构，按照实际支出费用的全部金额，给予累计不超过120万元资金支持。")
    assert (whole.kind, whole.rate, whole.cap_cny) == (ProvisionKind.RATE_WITH_CAP, Decimal(1), 1_200_000)


def test_the_years_of_a_support_period() -> None:
    (yearly,) = benefits_of("支持周期一般不超过4年，每家每年支持金额不超过80万元，"
                            "且每年支持金额不超过当年研发预算的20%。")
    assert (yearly.rate, yearly.cap_cny, yearly.years) == (Decimal("0.2"), 800_000, 4)


def test_discretion_that_opens_its_own_grant_assesses_the_awards_after_it_only() -> None:
    new, existing = benefits_of("给予新建实验室不超过40万元资金支持，择优给予已建实验室不超过60万元资金支持。")
    assert (new.cap_cny, new.discretionary) == (400_000, False)
    assert (existing.cap_cny, existing.discretionary) == (600_000, True)
    (both,) = benefits_of("择优给予已建实验室不超过60万元资金支持。")
    assert both.discretionary


def test_an_award_decided_by_a_performance_review_is_not_sure() -> None:
    (gated,) = benefits_of("对孵化器，每年根据上一年度绩效考核结果，给予最高60万元的运营补助。")
    assert gated.discretionary


def test_a_place_word_before_a_level_hides_it_not() -> None:
    (national,) = benefits_of("对区内国家级科技企业孵化器，给予50万元运营补助。")
    assert national.level == "national"


def test_a_lead_in_assesses_the_points_after_it_and_gives_them_its_years() -> None:
    body = ("（一）支持海外联合实验室建设。\n"
            "根据综合评估结果，采取后补助方式给予分档支持，连续支持2年。\n"
            "1.对年度评估优秀的实验室，每年给予不超过150万元的资金支持。\n"
            "2.对年度评估良好的实验室，每年给予不超过80万元的资金支持。\n"
            "（二）支持国际学术会议。\n"
            "对在本市举办国际学术会议的单位，给予不超过20万元的资金支持。")
    excellent, good, meeting = benefits_of(body)
    assert [(b.cap_cny, b.discretionary, b.years) for b in (excellent, good)] == [
        (1_500_000, True, 2), (800_000, True, 2)]
    assert (meeting.cap_cny, meeting.discretionary) == (200_000, False)  # another clause: not led by it


def _validity(text: str) -> list[tuple[object, object, object]]:
    policy = ingest_document(read_text(text.encode("utf-8"), "card.txt"), "card-policy")
    return [(p.valid_from, p.valid_until, p.years) for p in policy.provisions if p.kind is ProvisionKind.VALIDITY]


def test_a_start_printed_alone_is_the_window_of_a_card() -> None:
    head = "某市支持检测认证机构发展\n一、支持内容\n对新认定的检测机构给予不超过20万元资金支持。\n二、时间\n"
    assert _validity(head + "从 2023 年 3 月起\n三、联系方式\n某市市场监管局\n") == [(date(2023, 3, 1), None, None)]
    assert _validity(head + "2023 年 5 月 20 日起，有效期 2 年\n") == [(date(2023, 5, 20), date(2025, 5, 19), 2)]
    # when an award starts is no window of the policy
    assert _validity("某市支持检测认证机构发展\n一、支持内容\n"
                     "自2023年6月起对入驻企业给予租金补贴，每月最高2000元。\n") == []


def test_a_card_row_beside_the_date_it_applies_from_is_a_row_of_its_own() -> None:
    assert row_lines([["时间/频度"], ["从 2022 年 6 月起"]], below_card_row=True) == [
        "【时间/频度】", "从 2022 年 6 月起"]
    # a grid row of figures stays one line
    assert row_lines([["国家级"], ["500万元"]], below_card_row=True) == ["国家级 500万元"]


def test_no_higher_than_is_a_ceiling_not_a_threshold() -> None:
    (rate,) = benefits_of("对新增研发投入的企业，按照新增额2%的标准给予不高于80万元的补助。")
    assert (rate.kind, rate.rate, rate.cap_cny) == (ProvisionKind.RATE_WITH_CAP, Decimal("0.02"), 800_000)
    (share,) = benefits_of("对购买检测服务的企业，按服务费用给予补贴，补贴比例不高于40%。")
    assert (share.kind, share.rate) == (ProvisionKind.RATE_WITH_CAP, Decimal("0.4"))


def test_the_last_group_after_yiji_shares_one_amount_and_levels_of_standards() -> None:
    listed = benefits_of("对主导制定的国际标准、国家标准以及行业标准、团体标准，分别按每项不高于60万元、25万元和10万元"
                         "给予资金补助。")
    assert [(b.tier, b.level, b.cap_cny, b.per) for b in listed] == [
        ("国际标准", "international", 600_000, "项"), ("国家标准", "national", 250_000, "项"),
        ("行业标准、团体标准", None, 100_000, "项")]


def test_years_listed_by_ordinals_are_the_tiers_of_their_amounts() -> None:
    first, later, last = benefits_of(
        "对联合创新中心，第一年支持金额不超过500万元，第二、三年根据年度考核结果，分别给予不超过300万元、200万元资金支持。")
    assert (first.tier, first.cap_cny) == (None, 5_000_000)
    assert [(b.tier, b.cap_cny) for b in (later, last)] == [("第二年", 3_000_000), ("第三年", 2_000_000)]


def test_a_ceiling_of_each_item_in_total() -> None:
    (pool,) = benefits_of("对专利运营平台，单个平台支持总金额不超过800万元。")
    assert (pool.kind, pool.cap_cny, pool.per) == (ProvisionKind.UP_TO, 8_000_000, "平台")


def test_a_programmes_yearly_total_is_its_budget_not_an_award() -> None:
    for body in ("对入选的创新联合体给予不超过50万元支持，年度资金原则上不超过600万元。",
                 "每年度支持资金原则上不超过1800万元，对入选的创新联合体给予不超过50万元支持。",
                 "对入选的创新联合体给予不超过50万元支持，年度扶持经费总额不超过900万元。"):
        assert [(b.kind, b.cap_cny) for b in benefits_of(body)] == [(ProvisionKind.UP_TO, 500_000)], body
    # one payee's yearly total is its ceiling, not a budget
    assert [b.cap_cny for b in benefits_of("对入选企业，单家企业全年奖励资金不超过300万元。")] == [3_000_000]


def _rules(body: str) -> list[tuple[object, object, object]]:
    return [(p.subtype, p.rate, p.cap_cny) for p in policy_of(body).provisions if p.kind is ProvisionKind.CONDITION]


def test_totals_of_all_a_payee_receives_are_conditions_not_awards() -> None:
    assert _rules("单一企业每年享受本措施各类奖补资金总额不超过300万元。") == [
        ("enterprise_annual_cap", None, 3_000_000)]
    assert _rules("对总部企业给予落户奖励，落户奖励与高管奖励两项合计最多不超过企业当年区级经济贡献的25%。") == [
        ("tax_contribution_cap", Decimal("0.25"), None)]
    assert _rules("企业每年获得各级财政补贴合计不超过企业实际支付培训费用的80%。") == [
        ("funding_share_cap", Decimal("0.8"), None)]
    assert not benefits_of("企业每年获得各级财政补贴合计不超过企业实际支付培训费用的80%。")


def test_the_years_of_a_share_said_beside_it_and_only_its_own() -> None:
    invest, interest = benefits_of("对新建的重大生物医药项目，按其设备投资额的8%给予投资补助，"
                                   "或按年利率5%给予三年的贷款贴息补助。")
    assert (invest.rate, invest.years) == (Decimal("0.08"), None)
    assert (interest.rate, interest.years) == (Decimal("0.05"), 3)
    (rent,) = benefits_of("对入驻企业给予厂房租赁费用20%的补贴，每家企业每年最高不超过5万元，享受补贴不超过3年。")
    assert (rent.rate, rent.cap_cny, rent.years) == (Decimal("0.2"), 50_000, 3)
    (two,) = benefits_of("对新落户的医疗器械企业，给予企业2年40%的房租补贴。")
    assert (two.rate, two.years) == (Decimal("0.4"), 2)
    (calendar,) = benefits_of("对新落户的医疗器械企业，按2025年40%的比例给予房租补贴。")
    assert calendar.years is None  # a year of the calendar is no number of years


def test_a_range_whose_ends_both_print_their_unit_is_a_ceiling_at_its_upper_end() -> None:
    (ranged,) = benefits_of("对认定的首版次软件，视其市场前景和带动作用给予企业5万元—50万元资金支持。")
    assert (ranged.kind, ranged.cap_cny, ranged.discretionary) == (ProvisionKind.UP_TO, 500_000, True)
    assert dict(ranged.written)["cap"] == "5万元—50万元"
    (fixed,) = benefits_of("对视同高新技术企业管理的企业给予5万元奖励。")  # 视同 is no discretion
    assert (fixed.amount_cny, fixed.discretionary) == (50_000, False)


def test_a_cap_over_awards_it_names_is_no_award_of_its_own() -> None:
    provisions = policy_of("落户奖励与给予该企业高级管理人员奖励两项合计最多不超过企业当年区级经济贡献的25%。"
                           ).provisions
    assert [(p.kind, p.subtype) for p in provisions if p.kind is not ProvisionKind.VALIDITY] == [
        (ProvisionKind.CONDITION, "tax_contribution_cap")]


def test_a_lead_in_of_performance_alone_leads_no_assessment() -> None:
    (formula,) = benefits_of("对投产项目根据绩效可以申请奖励。自认定当年起，按其年度地方经济贡献额的60%给予奖励，"
                             "每年最高不超过800万元。")
    assert (formula.rate, formula.cap_cny, formula.discretionary) == (Decimal("0.6"), 8_000_000, False)


def test_discretion_with_no_award_after_it_assesses_the_award_before_it() -> None:
    (award,) = benefits_of("对认定的中试基地给予最高80万元奖励，奖励资金视评估情况给予。")
    assert award.discretionary
