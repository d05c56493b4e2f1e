"""An amount after 不低于 that is the award's own floor (``patterns.AWARD_FLOOR_BEFORE``): read as the award's
figure — the part the authority makes sure, marked ``floor`` so the engine says "at least" — only when the words
around it say the award; a figure the payee must reach, spend or build stays a condition, and when unsure no award
row is read (fresh wordings, none copied from the corpus)."""

from __future__ import annotations

import pytest

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of


def test_an_award_standard_not_below_a_figure_per_head_and_month_is_its_floor() -> None:
    (benefit,) = benefits_of("对开办老年助餐点的街道，按就餐人次给予运营补贴，每人每月补贴标准不低于25元。")
    assert (benefit.kind, benefit.unit_amount_cny, benefit.per) == (ProvisionKind.PER_UNIT, 25, "人/月")
    assert dict(benefit.written)["floor"] == "25元"


def test_a_grant_not_below_a_figure_is_its_floor() -> None:
    (benefit,) = benefits_of("对承办全市职业技能竞赛的院校，一次性给予组织补助不低于2万元。")
    assert (benefit.kind, benefit.amount_cny, benefit.cap_cny) == (ProvisionKind.FIXED, 20_000, None)
    assert dict(benefit.written)["floor"] == "2万元"


def test_by_a_standard_each_year_given_as_an_award_over_the_years_said() -> None:
    (benefit,) = benefits_of("对新挂牌的乡村工匠工作室，自挂牌起4年内，按照每年不低于1.5万元标准给予运行补助。")
    assert (benefit.kind, benefit.amount_cny, benefit.years) == (ProvisionKind.ANNUAL, 15_000, 4)


def test_floors_listed_by_a_standard_given_as_an_award_are_each_a_floor() -> None:
    benefits = benefits_of("对参加夜校研修的青年职工，每人每月分别按不低于90元、160元标准发放学习补贴。")
    assert [(b.kind, b.unit_amount_cny, b.per) for b in benefits] == [
        (ProvisionKind.PER_UNIT, 90, "人/月"), (ProvisionKind.PER_UNIT, 160, "人/月")]


def test_a_floor_with_its_ceiling_after_it_is_one_row_from_the_floor_to_the_ceiling() -> None:
    (benefit,) = benefits_of("对入选的社区示范站，奖励标准不低于8万元，最高不超过20万元。")
    assert (benefit.kind, benefit.amount_cny, benefit.cap_cny) == (ProvisionKind.FIXED, 80_000, 200_000)
    assert dict(benefit.written)["floor"] == "8万元"


@pytest.mark.parametrize(("body", "paid"), [
    # A1: the award's size closing a condition (的项目 / 的…) is no award
    ("对补贴金额不低于80万元的示范工程，补贴资金分三年拨付。", []),
    ("对获得省级奖励资金不低于60万元的课题，另给予12万元奖励。", [120_000]),
    ("对资助资金不低于40万元的课题，组织第三方验收。", []),
    ("奖补资金不低于2000万元的重点工程，由区政府集体研究确定。", []),
    ("对入库企业，补助标准原则上不低于300万元的工程优先安排，给予6万元奖励。", [60_000]),
    # A2: 按…不低于…标准 followed by what the payee does
    ("企业承诺3年内，按照每年不低于800万元标准投入技术改造的，给予40万元奖励。", [400_000]),
    ("园区企业按每年新增产值不低于2000万元的标准考核，考核合格的给予15万元奖励。", [150_000]),
    ("承担单位须按不低于60万元标准配套自筹资金，区财政给予25万元补助。", [250_000]),
    ("对按不低于3000万元标准建成的众创空间，给予20万元补助。", [200_000]),
    ("对按每户不低于3万元标准完成适老化改造的家庭，给予每户4000元补助。", [4000]),
    ("对按照不低于800万元、1500万元的标准投资建设的，分别给予8万元、16万元补助。", [80_000, 160_000]),
    ("企业按不低于每人每月500元标准给予员工交通补贴的，给予企业3万元奖励。", [30_000]),
    # a figure the payee must reach
    ("对年纳税总额不低于800万元的企业，给予15万元奖励。", [150_000]),
    # B: a floor of nothing or of a misprint is no sure amount
    ("补助标准不低于0元。", []),
    ("补助标准不低于88888888888888亿元。", []),
])
def test_a_figure_the_payee_must_reach_or_spend_is_no_award(body: str, paid: list[int]) -> None:
    benefits = benefits_of(body)
    assert [b.amount_cny for b in benefits if b.kind is ProvisionKind.FIXED] == paid
    assert all(b.kind is not ProvisionKind.ANNUAL for b in benefits)
