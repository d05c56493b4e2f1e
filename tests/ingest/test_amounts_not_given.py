"""Amounts the text does not give a company (review of round 5's sentence forms): each test reads the sentence
that was misread, and a fresh wording of the same class."""

from __future__ import annotations

import pytest

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of as _benefits


@pytest.mark.parametrize(("sentence", "payee"), [
    ("对新评定为五星级的酒店，给予企业100万元奖励。", "酒店"),
    ("对新认定的省级工业设计中心，给予企业50万元奖励。", "工业设计中心"),
    ("对新认定的市级众创空间，给予单位30万元一次性补助。", "众创空间"),
])
def test_a_generic_party_after_geiyu_yields_to_the_party_the_dui_phrase_names(sentence: str, payee: str) -> None:
    (benefit,) = _benefits(sentence)
    assert benefit.beneficiary is not None and benefit.beneficiary.label == payee


@pytest.mark.parametrize(("sentence", "levels"), [
    ("对国家级企业技术中心，给予100万元奖励；对省级企业技术中心，给予50万元奖励。", ["national", "provincial"]),
    ("对国家级专精特新小巨人企业给予50万元奖励，对省级专精特新小巨人企业给予20万元奖励。", ["national", "provincial"]),
    ("对于省级工程研究中心，给予30万元补助。", ["provincial"]),
])
def test_a_level_opening_a_dui_phrase_is_a_level(sentence: str, levels: list[str]) -> None:
    assert [b.level for b in _benefits(sentence)] == levels


@pytest.mark.parametrize("sentence", [
    "对年营业收入1000-5000万元的企业给予奖励10万元。",
    "对年纳税额200-500万元的企业给予补贴5万元。",
])
def test_a_range_followed_by_the_party_it_describes_is_a_threshold(sentence: str) -> None:
    (benefit,) = _benefits(sentence)
    assert (benefit.kind, benefit.cap_cny) == (ProvisionKind.FIXED, None)


@pytest.mark.parametrize(("sentence", "amount"), [
    ("对每年新引进1家以上规上企业的园区，给予50万元奖励。", 500_000),
    ("对每年培训10人及以上的实训基地，给予20万元补贴。", 200_000),
])
def test_a_count_above_which_is_a_threshold_not_a_unit(sentence: str, amount: int) -> None:
    (benefit,) = _benefits(sentence)
    assert (benefit.kind, benefit.amount_cny, benefit.per) == (ProvisionKind.FIXED, amount, None)


@pytest.mark.parametrize("sentence", [
    "对落户后3年以上的企业，每年给予10万元奖励。",
    "对成立后5年内的初创企业，每年给予5万元补贴。",
    "对投产后2年起的项目，每年给予20万元奖励。",
])
def test_a_time_after_an_event_is_no_period_of_payment(sentence: str) -> None:
    (benefit,) = _benefits(sentence)
    assert benefit.years is None


@pytest.mark.parametrize("sentence", [
    "对国家级“千人计划”入选者，给予100万元奖励。",
    "对入选省级人才计划的专家，给予50万元奖励。",
])
def test_a_level_opening_a_programmes_name_is_no_level(sentence: str) -> None:
    (benefit,) = _benefits(sentence)
    assert benefit.level is None
