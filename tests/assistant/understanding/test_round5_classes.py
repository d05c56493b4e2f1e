"""Round 5 of issue 11: totals too low, by class, each on fresh wordings (none a blind sentence): technology
contracts of every kind in English, a patent said to be granted abroad, a whole-unit R&D centre, and a board
taken back in the clause that named it, dated by the clause before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals
from tests.assistant.talking import values as _values

AS_OF = dt.date(2024, 6, 1)




@pytest.mark.parametrize("message", [
    "We're in the FTZ. In March we signed a technical consulting contract worth RMB 3m.",
    "We're in the FTZ. In March we signed a technology licensing contract worth RMB 3m.",
    "We're in the FTZ; a tech services contract for RMB 3m was signed this March.",
])
def test_technology_contracts_of_every_kind(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert _values(state, "quantities.technology_transaction_amount") == [{"year": 2024, "amount_cny": 3_000_000}]
    assert _totals(reply) == (300_000, 300_000)


@pytest.mark.parametrize("message", [
    "We are in the FTZ. We have 2 patents granted in Japan via PCT last year.",
    "We are in the FTZ and got 2 patents granted abroad last year.",
])
def test_a_patent_granted_abroad_is_a_foreign_patent(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert [v["type"] for v in _values(state, "patents")] == ["foreign_patent"]  # type: ignore[index]
    assert _totals(reply) == (0, 80_000)  # up to 4万 each


@pytest.mark.parametrize("message", [
    "我们是央企在大连自贸片区设立的整建制研究中心，今年3月成立",
    "We are a whole-unit research centre a central SOE set up in the Dalian FTZ in March this year.",
])
def test_a_whole_unit_research_centre(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert [v["type"] for v in _values(state, "platforms")] == ["research_institute"]  # type: ignore[index]
    assert _totals(reply) == (0, 20_000_000)  # 经综合评估, up to 2000万


@pytest.mark.parametrize("message", [
    "公司在自贸片区，2023年3月上市的，创业板，哦说错了，是科创板",
    "我们在片区内，去年5月在深交所上市，中小板……不对不对，是创业板",
])
def test_a_board_taken_back_in_its_own_clause_keeps_the_date_said_before(message: str) -> None:
    _, state = talk(AS_OF, message)
    listings = _values(state, "listings")
    assert len(listings) == 1 and listings[0]["date"] in ("2023-03-01", "2023-05-01")  # type: ignore[index]


@pytest.mark.parametrize(("message", "turnover"), [
    ("公司在自贸片区，今年5月签了一份技术开发合同，金额600万。两块都能申请吗？", 6_000_000),
    ("我们在片区内，去年签了一份技术转让合同，八百万，按10%能拿80万吗", 8_000_000),
    ("We're in the FTZ and signed a RMB 8m technology transfer contract last year - do we get 800k?", 8_000_000),
])
def test_words_that_are_no_amount_add_nothing(message: str, turnover: int) -> None:
    _, state = talk(AS_OF, message)
    assert [v["amount_cny"] for v in _values(state, "quantities.technology_transaction_amount")] == [turnover]  # type: ignore[index]


def test_ic_layout_design_registrations_are_counted() -> None:
    _, state = talk(AS_OF, "We're in the FTZ with 4 IC layout-design registrations granted in 2023.")
    assert [(v["type"], v["granted"]) for v in _values(state, "patents")] == [  # type: ignore[index]
        ("integrated_circuit_layout", 4)]


def test_yr_is_a_year() -> None:
    reply, state = talk(dt.date(2025, 4, 10), "we're an FTZ-registered parts maker, first HNTE cert Dec 2023, "
                                              "R&D 28m last yr vs 20m the yr before. how much?")
    assert sorted((v["year"], v["amount_cny"]) for v in _values(state, "rd_expense")) == [  # type: ignore[index]
        (2023, 20_000_000), (2024, 28_000_000)]
    assert _totals(reply) == (1_200_000, 1_200_000)  # 20万 + 30% × 800万 = 240万 capped at 100万


@pytest.mark.parametrize(("message", "concept"), [
    ("We're in the FTZ; our provincial tech innovation centre was approved last year", "technology_innovation_center"),
    ("We're in the FTZ; our provincial tech transfer centre was approved last year", "technology_transfer_center"),
])
def test_short_english_names_of_platforms(message: str, concept: str) -> None:
    reply, state = talk(AS_OF, message)
    assert [v["type"] for v in _values(state, "platforms")] == [concept]  # type: ignore[index]
    assert _totals(reply) == (1_000_000, 1_000_000)
