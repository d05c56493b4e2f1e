"""Amounts per unit of energy saved, carbon cut, capacity or energy (X元/吨标准煤, X元/吨二氧化碳, X元/千瓦,
X元/千瓦时: ``patterns.UNIT_SUFFIX``), their project total printed in the next sentence
(``ingest/per_unit_ceilings.py``), an amount below one yuan per unit read as a rate (``ingest/sub_yuan_units.py``),
and a band of declines the payee reaches, which is no share paid (``patterns.RATE_THRESHOLD_BEFORE``). Fresh synthetic
sentences."""

from __future__ import annotations

from decimal import Decimal

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of, policy_of

_CUMULATIVE = ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP


def test_an_amount_per_tonne_of_coal_or_of_carbon_keeps_its_whole_unit() -> None:
    benefits = benefits_of("对年节能量50吨标准煤以上的改造项目，按照800元/吨标准煤或500元/吨二氧化碳给予补助，"
                           "单个项目补助最高不超过80万元。")
    assert [(b.kind, b.unit_amount_cny, b.per, b.cumulative_cap_cny) for b in benefits] == [
        (_CUMULATIVE, 800, "吨标准煤", 800000), (_CUMULATIVE, 500, "吨二氧化碳", 800000)]


def test_a_project_ceiling_in_the_next_sentence_is_the_total_of_every_per_unit_amount() -> None:
    benefits = benefits_of("对完成节能改造的用能单位，可按照700元/吨标煤或450元/吨二氧化碳给予奖励。"
                           "单个项目奖励最高不超过60万元，且不超过投资额的20%。")
    assert [(b.kind, b.unit_amount_cny, b.per, b.cumulative_cap_cny) for b in benefits] == [
        (_CUMULATIVE, 700, "吨标煤", 600000), (_CUMULATIVE, 450, "吨二氧化碳", 600000)]
    assert not [b for b in benefits if b.kind is ProvisionKind.UP_TO]  # the ceiling is no award of its own


def test_a_ceiling_sentence_that_grants_its_own_award_stays_an_award() -> None:
    benefits = benefits_of("对新建储能项目，按照200元/千瓦给予补贴。"
                           "对运营良好的储能运营企业，给予最高不超过30万元奖励。")
    assert [(b.kind, b.unit_amount_cny, b.per) for b in benefits if b.unit_amount_cny] == [
        (ProvisionKind.PER_UNIT, 200, "千瓦")]
    assert [(b.kind, b.cap_cny) for b in benefits if b.cap_cny] == [(ProvisionKind.UP_TO, 300000)]


def test_amounts_per_kilowatt_share_the_project_ceiling_after_them() -> None:
    benefits = benefits_of("对新建分布式光伏项目，按照并网规模给予投资方1000元/千瓦奖励，"
                           "其中建筑一体化项目给予1300元/千瓦奖励，单个项目奖励最高不超过120万元。")
    assert [(b.unit_amount_cny, b.per, b.cumulative_cap_cny) for b in benefits] == [
        (1000, "千瓦", 1200000), (1300, "千瓦", 1200000)]


def test_a_band_of_declines_is_a_condition_not_a_share_paid() -> None:
    benefits = benefits_of("对既有建筑节能改造项目，单位建筑面积能耗下降8%(含)至12%的，每平方米补贴6元；"
                           "下降12%及以上的，每平方米补贴9元。单个项目补贴最高不超过100万元。")
    assert not [b for b in benefits if b.kind is ProvisionKind.RATE_WITH_CAP]
    assert [(b.unit_amount_cny, b.per, b.cumulative_cap_cny) for b in benefits] == [
        (6, "平方米", 1000000), (9, "平方米", 1000000)]


def test_an_amount_below_one_yuan_per_unit_is_a_rate_with_the_project_ceiling() -> None:
    provisions = policy_of("对屋顶光伏项目的场地权属方，按首年发电量给予0.25元/千瓦时的一次性补贴，"
                           "单个项目一次性补贴总额不超过200万元。").provisions
    benefits = [p for p in provisions if p.kind.monetary]
    assert [(b.kind, b.rate, b.cap_cny, b.per, b.unit_amount_cny) for b in benefits] == [
        (ProvisionKind.RATE_WITH_CAP, Decimal("0.25"), 2000000, "项目", None)]
    assert [p.subtype for p in provisions if p.kind is ProvisionKind.CONDITION] == ["one_off"]


def test_a_whole_yuan_per_unit_stays_a_unit_amount() -> None:
    benefits = benefits_of("对虚拟电厂运营商，按实际响应电量给予3元/千瓦时奖励，年度奖励最高不超过40万元。")
    assert [(b.kind, b.unit_amount_cny, b.per) for b in benefits] == [(_CUMULATIVE, 3, "千瓦时")]


def test_a_decrease_printed_after_the_amount_is_no_rate_paid() -> None:
    benefits = benefits_of("对光伏建筑一体化项目，按照装机容量给予补贴，2025年底前并网的项目补贴不超过0.8元/瓦；"
                           "2026年以后并网的项目，补贴下降0.1元/瓦，最高不超过300万元。")
    assert Decimal("0.1") not in [b.rate for b in benefits]
