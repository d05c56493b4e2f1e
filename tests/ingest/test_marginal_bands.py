"""Marginal bands (``patterns.MARGINAL_BAND``, ingest/marginal_bands.py): a band's rate printed again in every later
bracket of the scale is one award, not one per bracket."""

from __future__ import annotations

from decimal import Decimal

from ingest import patterns as P
from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of


def test_a_bands_rate_restated_in_later_brackets_is_one_row() -> None:
    benefits = benefits_of(
        "对企业购置研发设备的，按购置额分段给予补助：购置额不超过200万元（含）的，按购置额的10%给予补助；"
        "购置额不超过500万元（含）的，200万元（含）以下的部分按购置额的10%给予补助，"
        "超过200万元不超过500万元（含）的部分按购置额的6%给予补助；"
        "购置额在500万元以上的，200万元（含）以下的部分按购置额的10%给予补助，"
        "超过200万元不超过500万元（含）的部分按购置额的6%给予补助，500万元以上的部分按购置额的3%给予补助。")
    rates = [b.rate for b in benefits if b.kind is ProvisionKind.RATE_WITH_CAP]
    assert rates == [Decimal("0.1"), Decimal("0.06"), Decimal("0.03")]


def test_the_same_rate_outside_a_band_is_kept_each_time() -> None:
    benefits = benefits_of("对新建智能工厂的企业，按设备投资额的10%给予补助。"
                           "对完成数字化改造的企业，按设备投资额的10%给予补助。")
    assert [b.rate for b in benefits if b.kind is ProvisionKind.RATE_WITH_CAP] == [Decimal("0.1"), Decimal("0.1")]


def test_band_wording() -> None:
    for said in ("500万元（含）以下的部分按投资额的4%", "超出1亿元的部分，按1%给予补助", "3000万元以上的部分按1%"):
        assert P.MARGINAL_BAND.search(said), said
    for said in ("剩余部分按合同约定拨付", "超过部分由企业自行承担"):
        assert not P.MARGINAL_BAND.search(said), said
