"""Classes of misreading fixed in issue 11's third round, each tried on wordings that are not in any
conversation file (the blind sets' sentences are not repeated here): what the understanding reads."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 6, 30)


def _read(message: str) -> dict[str, Any]:
    return {fact.key: fact.value for fact in understand_facts(message, AS_OF)}


@pytest.mark.parametrize(("message", "key", "amount"), [
    ("R&D 2023 RMB 12m, 2024 RMB 15m.", "rd_expense:2023", 12_000_000),  # a year before "RMB" is no amount
    ("R&D 2023 RMB 12m, 2024 RMB 15m.", "rd_expense:2024", 15_000_000),
    ("研发投入2023年2.5个亿", "rd_expense:2023", 250_000_000),
    ("去年签了两个技术转让合同，一个100万，一个200万", "quantity:technology_transaction_amount:2024", 3_000_000),
    ("last year we signed two tech contracts, RMB 1m and RMB 0.5m", "quantity:technology_transaction_amount:2024",
     1_500_000),
    # the year's total said: a part of it or a single contract after it is not added to it
    ("去年技术合同成交额600万元，其中技术开发合同400万元", "quantity:technology_transaction_amount:2024", 6_000_000),
    ("去年技术合同成交额600万元。其中技术开发合同400万元", "quantity:technology_transaction_amount:2024", 6_000_000),
    ("Our technology contract turnover last year was RMB 6m, the largest contract RMB 4m.",
     "quantity:technology_transaction_amount:2024", 6_000_000),
    ("去年签了两个技术合同，一个100万，一个200万，一共300万", "quantity:technology_transaction_amount:2024",
     3_000_000),
    ("技术合同成交额：去年技术开发合同120万，技术转让合同300万", "quantity:technology_transaction_amount:2024",
     4_200_000),
])
def test_amounts_and_their_years(message: str, key: str, amount: int) -> None:
    assert _read(message)[key]["amount_cny"] == amount


@pytest.mark.parametrize(("message", "in_zone"), [
    ("We are a Harbin-based firm with a provincial gazelle award from 2023", False),
    ("我们是杭州的一家软件公司，去年认定为高新技术企业", False),
    ("我们在苏州有分公司，公司注册在大连自贸片区", True),
    ("想了解一下保税区的政策，我们去年认定为高新技术企业", None),
    ("Is there anything in the FTZ plan for a provincial gazelle like us?", None),
    ("我们公司注册在金普新区，就在保税区旁边", False),
])
def test_where_the_company_is(message: str, in_zone: bool | None) -> None:
    assert _read(message).get("location.in_zone") == in_zone


@pytest.mark.parametrize(("message", "field", "amount"), [
    ("市里之前给过我们50万", "other_funding_cny", 500_000),
    ("we never applied for patent funding", "patent_funding_received_cny", 0),
    ("省里已经拨了200万的资助", "other_funding_cny", 2_000_000),
])
def test_funding_received(message: str, field: str, amount: int) -> None:
    assert _read(message)[field] == amount


def test_each_amount_goes_to_its_own_clause() -> None:
    read = _read("我们一台机组今年2月被评为国内首台套，合同2000万；另外去年技术合同成交额300万")
    assert read["equipment:national"]["contract_amount_cny"] == 20_000_000
    assert read["quantity:technology_transaction_amount:2024"]["amount_cny"] == 3_000_000


@pytest.mark.parametrize(("message", "first_drafter"), [
    ("We took part in drafting a national standard in 2023", False),
    ("2024年我们参与制定了一项行业标准", False),
    ("2024年我们作为第一起草单位主导制定了一项行业标准", True),
])
def test_drafting_roles(message: str, first_drafter: bool) -> None:
    standard = next(value for key, value in _read(message).items() if key.startswith("standard:"))
    assert standard.get("first_drafter", True) is first_drafter


def test_a_company_kind_is_not_a_project_and_a_name_said_twice_is_one_fact() -> None:
    assert not any(key.startswith("holding:") for key in _read("我们是一家创新药公司，在大连自贸片区"))
    read = _read("In 2024 our group became a key-field innovation team (重点领域创新团队)")
    assert [value.get("date") for key, value in read.items() if key.startswith("holding:")] == [dt.date(2024, 1, 1)]


def test_a_province_that_recognised_gives_the_level_and_a_correction_in_the_message_stands() -> None:
    assert _read("Liaoning province recognised us as a gazelle enterprise in 2023")["qualification:gazelle_enterprise"][
        "level"] == "provincial"
    read = _read("我们2021年在创业板上市，不对说错了，是科创板")
    assert "listing:chinext" not in read and read["listing:star_market"]["date"] == dt.date(2021, 1, 1)


def test_an_expected_figure_is_not_a_fact() -> None:
    assert not any(key.startswith("rd_expense") for key in _read("we expect R&D of 80m next year"))


@pytest.mark.parametrize(("message", "in_zone"), [
    ("Registered in Jinzhou, but our plant is in the bonded zone.", False),
    ("我们注册地在沈阳浑南，工厂在大连保税区", False),
    ("我们是沈阳的企业，在大连自贸片区设了分公司", False),
    ("We're opening a branch office in the Dalian FTZ", None),
    ("We are in the zone and listed on ChiNext in March 2023.", True),
])
def test_the_seat_outweighs_a_plant_or_a_branch(message: str, in_zone: bool | None) -> None:
    assert _read(message).get("location.in_zone") == in_zone


@pytest.mark.parametrize(("message", "field", "amount"), [
    ("The province gave us RMB 2m for the centre already.", "other_funding_cny", 2_000_000),
    ("我们之前没有拿过政府的钱", "other_funding_cny", 0),
])
def test_more_ways_to_say_funding_received(message: str, field: str, amount: int) -> None:
    assert _read(message)[field] == amount


def test_an_expected_year_in_a_series_is_not_a_fact() -> None:
    assert "rd_expense:2024" not in _read("研发投入：22年3500万，23年4200万，24年预计5000万")


@pytest.mark.parametrize(("message", "granted"), [
    ("3 invention patents were granted in 2023 and 2 more this year", 5),
    ("3 invention patents were granted in 2023 and 2 more utility models", 3),  # "more" of something else
    ("3 invention patents were granted in 2023 and 2 more design patents", 3),
    ("发明专利3件和2件多的实用新型", 3),
])
def test_more_of_the_same_counts_only_the_same(message: str, granted: int) -> None:
    # more with a date of their own are a fact of that date (round 4): the invention patents still number 5
    assert sum(value["granted"] for key, value in _read(message).items()
               if key.partition("@")[0] == "patent:invention_patent") == granted
