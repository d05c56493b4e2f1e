"""A fact corrected in a later turn: a count corrected with a date corrects both, a date alone keeps the
count, an apology or an interjection still opens a correction, a lead drafter corrected to a participant is no
longer paid, one part of a year's contracts corrected or said as one more changes that year's total."""

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


def _turnover(state: DialogueState) -> list[tuple[int, int]]:
    return [(f.value["year"], int(f.value["amount_cny"])) for f in state.facts
            if f.field == "quantities.technology_transaction_amount"]


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
