"""Dialogue defects found by the round-4 review of issue 11: a correction of a count that also gives a date
corrects both; a Chinese message that names a company in Latin letters is answered in Chinese."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import DialogueState, Reply
from tests.assistant.talking import talk as talk_on

AS_OF = dt.date(2025, 6, 30)


def talk(*messages: str) -> tuple[Reply, DialogueState]:
    return talk_on(AS_OF, *messages)


def _patents(state: DialogueState) -> list[tuple[int, str | None]]:
    return [(f.value["granted"], f.value.get("date")) for f in state.facts if f.field == "patents"]


@pytest.mark.parametrize("messages", [
    ("我们在片区内，有15件发明专利", "说错了，是3件，2024年的"),
    ("We are in the zone and hold 15 invention patents", "sorry, it's 3 patents, granted in 2024"),
])
def test_a_count_corrected_with_a_date_corrects_both(messages: tuple[str, str]) -> None:
    _, state = talk(*messages)
    assert _patents(state) == [(3, "2024-01-01")]


def test_a_date_alone_keeps_the_count() -> None:
    _, state = talk("我们在片区内，有15件发明专利", "2024年的")
    assert _patents(state) == [(15, "2024-01-01")]


@pytest.mark.parametrize(("message", "lang"), [
    ("我们公司叫Dalian Northern Precision Instruments Group Co., Ltd.，在片区内，去年首次认定为高新技术企业", "zh"),
    ("Liaoning Ocean Bright Biotech Co Ltd 是我们的名字，去年在科创板上市", "zh"),
    ("We are Dalian Northern Precision Instruments Group Co., Ltd., first recognised as an HNTE last year", "en"),
])
def test_a_company_name_in_latin_letters_does_not_choose_the_language(message: str, lang: str) -> None:
    reply, _ = talk(message)
    assert reply.lang == lang


@pytest.mark.parametrize(("message", "stated"), [
    ("要是我们后年在科创板上市能多拿多少？现在的情况：公司在片区内，2024年3月首次认定为高新技术企业",
     {"location.in_zone", "qualification:high_tech_enterprise:first"}),
    ("What if we list on the STAR Market next year? We are in the Dalian FTZ and became an HNTE for the first time "
     "in March 2024.", {"location.in_zone", "qualification:high_tech_enterprise:first"}),
])
def test_facts_stated_beside_a_what_if_are_kept(message: str, stated: set[str]) -> None:
    reply, state = talk(message)
    assert reply.intent == "whatif" and {f.key for f in state.facts} == stated
    assert reply.answer.startswith(("我理解到", "I understood"))  # what is stated is shown as used
    assert reply.baseline is not None and reply.baseline["total_min_cny"] == 200_000  # 首次认定高企 20万, stated


def _turnover(state: DialogueState) -> list[tuple[int, int]]:
    return [(f.value["year"], int(f.value["amount_cny"])) for f in state.facts
            if f.field == "quantities.technology_transaction_amount"]


@pytest.mark.parametrize(("messages", "expected"), [
    (("我们在片区内，去年技术合同成交额一共400万", "技术合同还漏了一个150万的，也是去年的"), [(2024, 5_500_000)]),
    (("We are in the zone; last year's technology contracts came to RMB 4m",
      "we forgot one more RMB 1.5m technology contract from last year"), [(2024, 5_500_000)]),
    (("我们在片区内，去年技术合同成交额400万", "不对，去年技术合同成交额是450万"), [(2024, 4_500_000)]),
])
def test_a_contract_said_as_one_more_adds_to_the_year(messages: tuple[str, str], expected: list[tuple[int, int]]
                                                      ) -> None:
    _, state = talk(*messages)
    assert _turnover(state) == expected


def test_an_apology_opening_a_new_amount_corrects_it() -> None:
    _, state = talk("我们在片区内，今年3月有一台设备被评为国内首台套，合同金额1500万",
                    "不好意思，首台套那个合同是2500万")
    assert [f.value["contract_amount_cny"] for f in state.facts if f.field == "equipment"] == [25_000_000]


def test_a_count_of_ten_thousand_followed_by_one_is_no_what_if() -> None:
    reply, _ = talk("我们在片区内，去年签了两个技术合同，一个200万一个100万")
    assert reply.intent == "eligibility"


def test_a_lead_corrected_to_a_participation_is_no_longer_paid() -> None:
    reply, state = talk("我们在片区内，牵头起草了一项国家标准，今年4月发布",
                        "更正一下，我们只是参与起草，第一起草单位是一所大学")
    assert [f.value.get("first_drafter") for f in state.facts if f.field == "standards"] == [False]
    assert reply.eligibility is not None and reply.eligibility["total_max_cny"] == 0


def test_an_interjection_before_a_correction_is_still_one() -> None:
    _, state = talk("我们在片区内，发明专利今年授权了4项", "哦，不对，是5项")
    assert [f.value["granted"] for f in state.facts if f.field == "patents"] == [5]


@pytest.mark.parametrize("messages", [
    ("We are in the zone. Last year we signed two technology contracts, RMB 1.5m and 2.5m",
     "the second was 2m, not 2.5m"),
    ("我们在片区内，去年签了两个技术合同，一个150万，一个250万", "不对，第二个是200万，不是250万"),
])
def test_one_part_of_a_years_contracts_corrected(messages: tuple[str, str]) -> None:
    _, state = talk(*messages)
    assert _turnover(state) == [(2024, 3_500_000)]
