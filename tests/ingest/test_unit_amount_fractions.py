"""A per-unit amount that is not whole yuan is a rate on the quantity, decided on the printed figure (0.7, 2.5 —
never rounded to 1 or 2 yuan: ``ingest/sub_yuan_units.py``); an amount printed as a decrease is no award, whole
yuan or not (``patterns.DECREASE_BEFORE``, ``ingest/decreases.py``). Fresh synthetic sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of


@pytest.mark.parametrize(("sentence", "rate"), [
    ("对新建充电桩项目，按照0.7元/瓦给予一次性建设补贴，单个项目补贴最高不超过80万元。", Decimal("0.7")),
    ("对储能电站，按放电量给予2.5元/千瓦时的运营补贴，单个项目年度补贴总额不超过60万元。", Decimal("2.5")),
    ("对综合能源服务商，按照0.55元/千瓦时给予奖励。", Decimal("0.55")),
])
def test_an_amount_per_unit_that_is_not_whole_yuan_is_a_rate_as_printed(sentence: str, rate: Decimal) -> None:
    benefits = benefits_of(sentence)
    assert [(b.kind, b.rate) for b in benefits] == [(ProvisionKind.RATE_WITH_CAP, rate)]
    assert not [b for b in benefits if b.unit_amount_cny]


@pytest.mark.parametrize("sentence", [
    "对新建换电站项目，按照400元/千瓦给予补贴，2027年起补贴标准每年下降60元/千瓦。",
    "对分布式储能项目，按照400元/千瓦给予补贴，此后逐年递减60元/千瓦。",
])
def test_a_whole_yuan_decrease_is_no_second_award(sentence: str) -> None:
    benefits = benefits_of(sentence)
    assert [(b.unit_amount_cny, b.per) for b in benefits] == [(400, "千瓦")]


def test_a_sub_yuan_decrease_leaves_no_row() -> None:
    benefits = benefits_of("对屋顶光伏项目，按照0.3元/瓦给予补贴，次年起每年降低0.05元/瓦。")
    assert [(b.kind, b.rate) for b in benefits] == [(ProvisionKind.RATE_WITH_CAP, Decimal("0.3"))]
