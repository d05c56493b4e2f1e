"""One item obtained right before the award (注册一件商标奖励X元): the award counts items, per 件 / 项, never a fixed
amount (``patterns.PER_UNIT_BEFORE``, group ``one``). Fresh synthetic sentences."""

from __future__ import annotations

import pytest

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of


@pytest.mark.parametrize(("body", "unit", "per"), [
    ("凡在本区新注册农产品商标的，注册一件商标奖励1500元。", 1500, "件"),
    ("对本区外贸企业，在境外申请一件注册商标补助4000元。", 4000, "件"),
    ("鼓励发展地理标志产品，企业注册一件地理标志证明商标奖励3万元。", 30000, "件"),
    ("对首次参与标准化工作的企业，获批一项团体标准立项补助8000元。", 8000, "项"),
])
def test_one_item_obtained_before_the_award_is_per_item(body: str, unit: int, per: str) -> None:
    benefits = benefits_of(body)
    assert [(b.kind, b.unit_amount_cny, b.per) for b in benefits] == [(ProvisionKind.PER_UNIT, unit, per)]


@pytest.mark.parametrize(("body", "amount"), [
    ("获得一项国家级科技奖励的企业奖励20万元。", 200000),  # the item names the payee (…的企业): a fixed award
    ("对一件发明专利实现产业化的企业，给予奖励5万元。", 50000),  # no verb of obtaining the item
    ("企业注册商标的，一次性奖励5000元。", 5000),
])
def test_an_item_naming_the_payee_or_no_item_count_stays_fixed(body: str, amount: int) -> None:
    benefits = benefits_of(body)
    assert [(b.kind, b.amount_cny) for b in benefits] == [(ProvisionKind.FIXED, amount)]
