"""The words of a step of money (``patterns.AMOUNT_STEP``): the step is no award, the amount after it is paid per
step — above the bound (每超过) or of growth (每增长, 每净增). Fresh synthetic sentences."""

from __future__ import annotations

import pytest

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of


@pytest.mark.parametrize(("body", "per"), [
    ("对上年度产值超过10亿元的企业，产值每增长2亿元，奖励30万元。", "2亿元"),
    ("对上年度税收贡献超过2000万元的企业，税收每净增500万元，给予8万元奖励。", "500万元"),
])
def test_a_step_of_growth_is_no_award(body: str, per: str) -> None:
    found = [(b.kind, b.per) for b in benefits_of(body)]
    assert found == [(ProvisionKind.PER_UNIT, per)]
