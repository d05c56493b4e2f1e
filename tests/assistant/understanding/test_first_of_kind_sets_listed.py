"""First-of-kind sets listed one by one after a count are each their own, with their own date and
contract; one not held (still under negotiation, cancelled) is left out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF) if isinstance(fact.value, dict)]


def _contracts(message: str) -> list[tuple[Any, str]]:
    return sorted((value["contract_amount_cny"], str(value.get("date"))) for field, value in _facts(message)
                  if field == "equipment")


def test_members_listed_one_by_one_are_each_a_first_set_en() -> None:
    said = ("We have two domestic first-of-kind sets: one signed in May 2024 for RMB 12 million, the other in "
            "March 2025 for RMB 26 million.")
    assert _contracts(said) == [(12000000, "2024-05-01"), (26000000, "2025-03-01")]


def test_members_listed_one_by_one_are_each_a_first_set_zh() -> None:
    said = "我们有两个国内首台套：一个是2024年5月签的，合同1200万；另一个是今年3月签的，合同2600万。"
    assert _contracts(said) == [(12000000, "2024-05-01"), (26000000, "2025-03-01")]


# what the rules above must not do


def test_a_first_set_takes_its_own_date_not_the_platform_before_it_en() -> None:
    said = ("We're in the Dalian FTZ. We hold a provincial key laboratory approved in April 2021, and a domestic "
            "first-set unit, contract RMB 15m signed October 2024.")
    assert _contracts(said) == [(15000000, "2024-10-01")]


def test_a_first_set_takes_its_own_date_not_the_platform_before_it_zh() -> None:
    said = "公司在大连自贸片区，有一个省级重点实验室，2021年4月获批；还有一台国内首台套，合同1500万，2024年10月签的"
    assert _contracts(said) == [(15000000, "2024-10-01")]


def test_a_listed_first_set_not_held_is_left_out_en() -> None:
    said = ("We have two domestic first-set units: one signed in May 2024 for RMB 12m, the other still under "
            "negotiation, roughly RMB 25m.")
    assert _contracts(said) == [(12000000, "2024-05-01")]
    said = ("We have two domestic first-set units: one signed in May 2024 for RMB 12m, the other one's RMB 25m "
            "contract was cancelled by the buyer in June 2024.")
    assert _contracts(said) == [(12000000, "2024-05-01")]


def test_a_listed_first_set_not_held_is_left_out_zh() -> None:
    assert _contracts("我们有两个国内首台套：一个是2024年5月签的，合同1200万；另一个还在谈，大概2500万。") \
        == [(12000000, "2024-05-01")]
