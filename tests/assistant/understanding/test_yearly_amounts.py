"""Yearly amounts (R&D, technology contract turnover) and their years: each amount to its own clause and year,
a year's total not added to by its parts, a comparison giving each year its own figure, and a target or an
expected figure no fact."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 6, 30)


def _read(message: str) -> dict[str, Any]:
    return {fact.key: fact.value for fact in understand_facts(message, AS_OF)}


TURNOVER = "quantity:technology_transaction_amount"


def _yearly(message: str) -> dict[str, int]:
    """Each yearly figure read (R&D, technology contracts), by key."""
    return {key: int(value["amount_cny"]) for key, value in _read(message).items() if "amount_cny" in value
            and "year" in value}


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


def test_each_amount_goes_to_its_own_clause() -> None:
    read = _read("我们一台机组今年2月被评为国内首台套，合同2000万；另外去年技术合同成交额300万")
    assert read["equipment:national"]["contract_amount_cny"] == 20_000_000
    assert read["quantity:technology_transaction_amount:2024"]["amount_cny"] == 3_000_000


def test_an_expected_figure_is_not_a_fact() -> None:
    assert not any(key.startswith("rd_expense") for key in _read("we expect R&D of 80m next year"))


def test_an_expected_year_in_a_series_is_not_a_fact() -> None:
    assert "rd_expense:2024" not in _read("研发投入：22年3500万，23年4200万，24年预计5000万")


@pytest.mark.parametrize(("message", "expected"), [
    ("去年技术合同成交额4000万，比前年的2500万多了1500万",
     {f"{TURNOVER}:2024": 40_000_000, f"{TURNOVER}:2023": 25_000_000}),
    ("2024年研发费用1800万，比2023年的1500万多了300万",
     {"rd_expense:2024": 18_000_000, "rd_expense:2023": 15_000_000}),
    ("前年技术合同成交额900万，去年比前年多了300万，达到1200万",
     {f"{TURNOVER}:2023": 9_000_000, f"{TURNOVER}:2024": 12_000_000}),
    ("去年研发投入1200万，比前年少了200万", {"rd_expense:2024": 12_000_000}),
    ("Our R&D spend was 18m in 2024, up by 3m on the 15m of 2023",
     {"rd_expense:2024": 18_000_000, "rd_expense:2023": 15_000_000}),
    ("Tech contract turnover reached 40m last year, 15m more than in 2023",
     {f"{TURNOVER}:2024": 40_000_000}),
    ("R&D was 18m in 2024 compared with 15m in 2023",
     {"rd_expense:2024": 18_000_000, "rd_expense:2023": 15_000_000}),
])
def test_a_comparison_gives_each_year_its_own_figure(message: str, expected: dict[str, int]) -> None:
    assert _yearly(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("今年技术合同成交额的目标是7000万", {}),
    ("去年技术合同成交额4000万，今年目标是做到7000万", {f"{TURNOVER}:2024": 40_000_000}),
    ("去年研发投入1200万，今年力争达到2000万", {"rd_expense:2024": 12_000_000}),
    ("We aim for 70m of technology contract turnover this year", {}),
    ("R&D was 12m last year; our target for this year is 20m", {"rd_expense:2024": 12_000_000}),
])
def test_a_target_is_no_figure(message: str, expected: dict[str, int]) -> None:
    assert _yearly(message) == expected
