"""Wrong amounts found by the round-4 code review of issue 11, each a class tried on wordings that are not
in any conversation file: a comparison gives each year its own figure and the difference none; a target is
a plan, not the year's figure; more of a count with a date of its own is not dated with the first."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 6, 30)
TURNOVER = "quantity:technology_transaction_amount"


def _read(message: str) -> dict[str, Any]:
    return {fact.key: fact.value for fact in understand_facts(message, AS_OF)}


def _yearly(message: str) -> dict[str, int]:
    """Each yearly figure read (R&D, technology contracts), by key."""
    return {key: int(value["amount_cny"]) for key, value in _read(message).items() if "amount_cny" in value
            and "year" in value}


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


@pytest.mark.parametrize(("message", "first", "more"), [
    ("4 invention patents were granted in 2022 and 3 more this year", (4, 2022), (3, 2025)),
    ("We got 6 invention patents in 2023, and 1 more in 2024", (6, 2023), (1, 2024)),
    ("2022年授权了4件发明专利，今年又授权了3件", (4, 2022), (3, 2025)),
    ("We hold 5 invention patents from 2021, and another 2 were granted last year", (5, 2021), (2, 2024)),
])
def test_more_with_a_date_of_its_own_keeps_its_date(message: str, first: tuple[int, int],
                                                    more: tuple[int, int]) -> None:
    patents = sorted((value["granted"], value["date"].year) for key, value in _read(message).items()
                     if key.startswith("patent:"))
    assert patents == sorted([first, more])


@pytest.mark.parametrize("message", ["4 invention patents were granted in 2022 and 3 more in 2022",
                                     "2022年拿了4件发明专利，还有3件"])
def test_more_of_the_same_year_is_added(message: str) -> None:
    patents = [value for key, value in _read(message).items() if key.startswith("patent:")]
    assert [(p["granted"], p["date"].year) for p in patents] == [(7, 2022)]
