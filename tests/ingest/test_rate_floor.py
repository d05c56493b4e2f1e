"""A share of a base printed with 以上 and then paid (``patterns.RATE_FLOOR_AFTER``): the floor the authority pays at
least, read as the rate — never more than the text makes sure; a share the payee must reach stays a condition."""

from __future__ import annotations

from decimal import Decimal

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of


def test_a_floor_on_the_share_paid_is_the_rate() -> None:
    (benefit,) = benefits_of("对年度技改投入达到200万元以上的企业，按技改投入的4%以上、最高给予120万元补助。")
    assert (benefit.kind, benefit.rate, benefit.cap_cny) == (ProvisionKind.RATE_WITH_CAP, Decimal("0.04"), 1_200_000)


def test_a_share_the_payee_must_reach_is_no_rate() -> None:
    (benefit,) = benefits_of("对研发投入占营业收入的5%以上的企业，给予20万元奖励。")
    assert (benefit.kind, benefit.rate, benefit.amount_cny) == (ProvisionKind.FIXED, None, 200_000)
