"""Amounts per container, tonne of gross tonnage or run (``patterns.PER_UNIT_BEFORE``, ``patterns.UNIT_SUFFIX``):
按每TEU给予50元 and 60元/总吨 pay per unit, never a fixed 50元; a 分别 list per TEU is one unit amount per kind of
box (fresh synthetic sentences)."""

from __future__ import annotations

import pytest

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of

_PER_UNIT = (ProvisionKind.PER_UNIT, ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP)


@pytest.mark.parametrize(("body", "amounts"), [
    ("对年度集装箱吞吐量超过5000TEU的港航企业，对其新增部分按每TEU给予30元的补贴，每家年度最高不超过80万元。",
     [(30, "TEU")]),
    ("内贸重箱、外贸重箱按每标箱分别给予8元、20元的奖励。", [(8, "标箱"), (20, "标箱")]),
    ("对新登记的国际航行船舶，一次性给予40元/总吨的补贴。", [(40, "总吨")]),
    ("对开通海铁联运班列的经营者，每班次补贴500元。", [(500, "班次")]),
])
def test_an_amount_per_container_tonne_or_run_is_per_unit(body: str, amounts: list[tuple[int, str]]) -> None:
    benefits = [b for b in benefits_of(body) if b.kind.monetary]
    assert all(b.kind in _PER_UNIT for b in benefits), benefits
    assert [(b.unit_amount_cny, b.per) for b in benefits] == amounts
