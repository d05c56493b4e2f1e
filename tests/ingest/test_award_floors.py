"""An amount after 不低于 that is the award's own floor (``patterns.AWARD_FLOOR_BEFORE``): read as the award's
figure — the part the authority makes sure, never more — while a figure the payee must reach stays a threshold."""

from __future__ import annotations

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of


def test_a_standard_not_below_a_figure_per_person_and_month_is_paid() -> None:
    (benefit,) = benefits_of("对社区食堂按照实际就餐老人数给予运营补贴，每人每月补贴标准不低于60元。")
    assert (benefit.kind, benefit.unit_amount_cny, benefit.per) == (ProvisionKind.PER_UNIT, 60, "人/月")


def test_a_grant_not_below_a_figure_is_paid() -> None:
    (benefit,) = benefits_of("对开展岗前培训的托育机构，一次性给予补助不低于800元。")
    assert (benefit.kind, benefit.amount_cny) == (ProvisionKind.FIXED, 800)


def test_by_a_standard_not_below_a_figure_each_year_over_the_years_said() -> None:
    (benefit,) = benefits_of("对新建的村级互助站，在其运营后3年内，按照每年不低于2万元标准给予运营补贴。")
    assert (benefit.kind, benefit.amount_cny, benefit.years) == (ProvisionKind.ANNUAL, 20_000, 3)


def test_a_list_of_floors_by_a_standard_is_paid_each() -> None:
    benefits = benefits_of("对困难家庭中的一级、二级残疾人，每人每月分别按不低于80元、150元标准给予护理补贴。")
    assert [(b.kind, b.unit_amount_cny, b.per) for b in benefits] == [
        (ProvisionKind.PER_UNIT, 80, "人/月"), (ProvisionKind.PER_UNIT, 150, "人/月")]


def test_a_figure_the_payee_must_reach_stays_a_threshold() -> None:
    (benefit,) = benefits_of("对年纳税总额不低于1000万元的企业，给予20万元奖励。")
    assert (benefit.kind, benefit.amount_cny) == (ProvisionKind.FIXED, 200_000)


def test_by_a_floor_with_no_standard_after_it_is_no_award() -> None:
    (benefit,) = benefits_of("对按不低于500万元规模建设孵化载体的园区，给予30万元奖励。")
    assert (benefit.kind, benefit.amount_cny) == (ProvisionKind.FIXED, 300_000)
