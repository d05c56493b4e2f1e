"""Vouchers the payee spends (创新券, 算力券, 服务券) are grants even with no grant verb; what a voucher may pay of a
contract is a funding share cap; a card's start date followed by when to apply is its window; a criterion's upper
bound on a quantity of the payee is a condition (``patterns.VOUCHER``, ``patterns.SHARE_CAP``,
``patterns.VALID_FROM_ONWARD``, ``quantity_conditions._UPPER_OF_A_CRITERION``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ingest.model import ProvisionKind
from ingest.pipeline import ingest_document
from ingest.read import read_text
from tests.ingest.sentences import benefits_of, policy_of


def test_a_voucher_is_a_grant_counted_per_voucher_or_per_year() -> None:
    per_voucher, yearly, others = benefits_of(
        "算力券按季度在服务平台发放，单张最高限额为 3 万元。其中，获得专精特新认定的企业，每年可使用的算力券额度不超过"
        " 40 万元，其他企业每年可使用的算力券额度不超过 10 万元。")
    assert (per_voucher.kind, per_voucher.cap_cny, per_voucher.per) == (ProvisionKind.UP_TO, 30_000, "张")
    assert (yearly.kind, yearly.cap_cny, yearly.residual) == (ProvisionKind.ANNUAL_UP_TO, 400_000, False)
    assert (others.kind, others.cap_cny, others.residual) == (ProvisionKind.ANNUAL_UP_TO, 100_000, True)


def test_a_bond_is_no_voucher() -> None:
    assert benefits_of("鼓励企业发行债券融资，单期发行规模可达5亿元。") == []


def test_what_a_voucher_may_pay_of_a_contract_is_a_funding_share_cap() -> None:
    caps = [p for p in policy_of("每年可使用的服务券额度不超过 20 万元。"
                                 "使用服务券支付额不得超过单个服务合同金额的 40%。"
                                 "已获得过区级财政资金支持的项目，服务券不再重复支持。").provisions
            if p.kind is ProvisionKind.CONDITION]
    assert [(c.subtype, c.rate) for c in caps] == [("funding_share_cap", Decimal("0.4")), ("no_double_funding", None)]


def test_a_start_followed_by_when_to_apply_is_the_window() -> None:
    text = ("某市数字化转型券\n【服务内容】\n每家企业每年可使用的转型券额度不超过 10 万元。\n"
            "【时间/频度】\n从 2024 年 4 月 15 日起，常年受理。\n")
    policy = ingest_document(read_text(text.encode("utf-8"), "card.txt"), "card-policy")
    assert [(p.valid_from, p.valid_until) for p in policy.provisions if p.kind is ProvisionKind.VALIDITY] == [
        (date(2024, 4, 15), None)]


def test_an_upper_bound_of_a_criterion_is_a_condition_and_an_award_ceiling_is_not() -> None:
    bounds = [(p.subtype, p.value) for p in policy_of(
        "申领企业应具有独立法人资格，从业人员不超过 300 人、年营业收入不超过 1 亿元、资产总额不超过 8000 万元。"
        ).provisions if p.kind is ProvisionKind.CONDITION]
    assert bounds == [("quantity_at_most", Decimal(100_000_000)), ("quantity_at_most", Decimal(80_000_000))]
    assert not [p for p in policy_of("对入选企业给予奖励，单个企业奖励金额不超过 50 万元。").provisions
                if p.subtype == "quantity_at_most"]
    # a spending rule of a budget is no quantity of the payee
    assert not [p for p in policy_of("差旅费应单独列示，差旅费比例不超过设备费的5%，总额不超过8万元。").provisions
                if p.subtype == "quantity_at_most"]


def test_the_total_of_vouchers_issued_is_the_authoritys_budget_not_an_award() -> None:
    assert benefits_of("今年全区投放服务券总额3000万元。") == []
    assert benefits_of("区政府分两批发放文旅消费券800万元。") == []
    (given,) = benefits_of("给予入选企业8万元创新券。")
    assert (given.kind, given.amount_cny) == (ProvisionKind.FIXED, 80_000)


def test_a_bond_a_ticket_or_a_coupon_is_no_voucher() -> None:
    for sentence in ("企业持有的国库券金额不低于300万元。", "景区门票券面值80元。", "商户自行发放的优惠券每张50元。"):
        assert benefits_of(sentence) == [], sentence
