"""A segment opening with the year's total of the programme and naming no payee (全年奖励资金不超过…) is the authority's
budget (``patterns.BUDGET``), not a ceiling of the award; one payee's yearly total stays its ceiling."""

from __future__ import annotations

import pytest

from tests.ingest.sentences import benefits_of


@pytest.mark.parametrize(("sentence", "amount"), [
    ("对当年在区域性股权市场挂牌的每家科技企业给予3万元奖励，全年奖励资金不超过100万元。", 30_000),
    ("对新认定的专精特新企业给予20万元奖励，年度补助资金总额不超过800万元。", 200_000),
])
def test_the_years_total_of_the_programme_is_no_award(sentence: str, amount: int) -> None:
    assert [(b.kind.value, b.amount_cny, b.cap_cny) for b in benefits_of(sentence)] == [("fixed", amount, None)]


def test_one_payees_yearly_total_stays_its_ceiling() -> None:
    benefits = benefits_of("对新认定的专精特新企业给予20万元奖励，单家企业全年奖励资金不超过300万元。")
    assert 3_000_000 in [b.cap_cny for b in benefits]
