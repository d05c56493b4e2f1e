"""Multi-year support of the compendium cards, on fresh wording: categories a clause declares (分为A类、B类) are the
tiers of the 分别 lists after them; 第二、三年…每年 gives the yearly award its years, not its tiers; a total over the
support period is a ceiling on the sum (article_cap), no award; a review that gates the later years assesses those
only (``patterns.CATEGORY_DECLARATION``, ``EACH_YEAR_OF_ORDINALS``, ``PERIOD_TOTAL_CAP``,
``DISCRETION_OPENS_GRANT``)."""

from __future__ import annotations

from decimal import Decimal

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of, policy_of

_BODY = ("采取事前补助方式，根据概念验证中心运行情况，分为示范类、成长类给予支持，支持期限一般不超过 4 年，"
         "支持总额不超过 1500 万元。第一年分别给予不超过 600 万元、150 万元资金支持，第二至四年根据年度考核评价结果，"
         "每年分别给予不超过 300 万元、80 万元资金支持。")


def test_declared_categories_are_the_tiers_of_the_lists_after_them() -> None:
    rows = [(b.kind, b.tier, b.cap_cny, b.years) for b in benefits_of(_BODY)]
    assert rows == [(ProvisionKind.UP_TO, "示范类", 6_000_000, None), (ProvisionKind.UP_TO, "成长类", 1_500_000, None),
                    (ProvisionKind.ANNUAL_UP_TO, "示范类", 3_000_000, 3),
                    (ProvisionKind.ANNUAL_UP_TO, "成长类", 800_000, 3)]


def test_a_total_over_the_support_period_is_a_ceiling_on_the_sum() -> None:
    policy = policy_of(_BODY)
    caps = [(p.subtype, p.cap_cny) for p in policy.provisions if p.kind is ProvisionKind.CONDITION]
    assert ("article_cap", 15_000_000) in caps
    assert not [p for p in policy.provisions if p.kind is ProvisionKind.CASE_BY_CASE]
    # one item's total with no period before it stays its ceiling
    (pool,) = benefits_of("对新建的专利池，单个专利池支持总金额不超过 800 万元。")
    assert (pool.kind, pool.cap_cny) == (ProvisionKind.UP_TO, 8_000_000)


def test_a_review_gating_the_later_years_assesses_those_only() -> None:
    first, later = benefits_of("第一年给予不超过 500 万元资金支持，"
                               "第二、三年根据年度绩效评价结果，每年给予不超过 200 万元资金支持。")
    assert (first.kind, first.discretionary) == (ProvisionKind.UP_TO, False)
    assert (later.kind, later.discretionary, later.years) == (ProvisionKind.ANNUAL_UP_TO, True, 2)


def test_ordinal_years_without_each_year_stay_the_tiers() -> None:
    rows = [(b.tier, b.cap_cny) for b in benefits_of(
        "对共建平台，第二、三年根据考核结果，分别给予不超过 400 万元、250 万元资金支持。")]
    assert rows == [("第二年", 4_000_000), ("第三年", 2_500_000)]


def test_a_share_of_a_whole_takes_no_years_of_the_support_period() -> None:
    (whole,) = benefits_of("采取事前补助方式给予支持，支持周期一般不超过 3 年，按照不超过项目总投资额 25%的比例，"
                           "给予最高不超过 2000 万元的资金支持。")
    assert (whole.rate, whole.cap_cny, whole.years, whole.base_quantity) == (
        Decimal("0.25"), 20_000_000, None, "investment_total")
    (yearly,) = benefits_of("支持周期一般不超过 3 年，每家每年支持金额不超过 100 万元，"
                            "且每年支持金额不超过当年研发预算的 20%。")
    assert (yearly.rate, yearly.years) == (Decimal("0.2"), 3)


def test_a_total_over_the_period_with_no_awards_after_it_is_the_awards_ceiling() -> None:
    policy = policy_of("对入驻孵化器的初创企业给予租金资助，资助期限为3年，资助总额不超过30万元。")
    (rent,) = [p for p in policy.provisions if p.kind.monetary]
    assert (rent.kind, rent.cap_cny) == (ProvisionKind.UP_TO, 300_000)


def test_a_share_of_a_flow_keeps_the_years_of_its_period() -> None:
    (contribution,) = benefits_of("对新落户的总部企业，按其对地方经济贡献的50%给予奖励，扶持期限3年。")
    assert (contribution.rate, contribution.years) == (Decimal("0.5"), 3)
    (interest,) = benefits_of("贴息期限不超过2年，可享受40%贷款利息的一次性贴息。")
    assert interest.years is None


def test_years_beside_a_share_of_a_whole_spent_once_are_not_paid_twice() -> None:
    (equipment,) = benefits_of("对新认定的区级技术中心，按其研发设备购置金额的15%给予补助，最高40万元，连续支持2年。")
    assert (equipment.rate, equipment.cap_cny, equipment.years) == (Decimal("0.15"), 400_000, None)
    (rent,) = benefits_of("对入驻的研发机构，按其年度房租的30%给予补助，最高40万元，连续支持2年。")
    assert rent.years == 2


def test_a_years_ceiling_per_item_takes_the_years_of_its_period() -> None:
    (loan,) = benefits_of("对获得贷款的技改项目给予贴息，单个项目年度贴息额度不超过60万元，贴息期限不超过3年。")
    assert (loan.kind, loan.cap_cny, loan.per, loan.years) == (ProvisionKind.ANNUAL_UP_TO, 600_000, "项目", 3)
