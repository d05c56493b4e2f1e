"""A first-of-its-kind machine's contract and date said beside a technology contract are the machine's, not
the technology contract's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals

AS_OF = dt.date(2025, 2, 15)


@pytest.mark.parametrize("message", [
    "我们在自贸片区，2023年签了一个技术开发合同500万，去年1月盾构机被评为国际首台套，合同8000万",
    "We're in the FTZ. In 2023 we signed a RMB 5m technology development contract; last January our boring machine "
    "was rated an international first-of-its-kind, contract RMB 80m.",
])
def test_a_first_of_kind_contract_after_a_technology_contract_is_the_machine_s(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert [(f.value["year"], f.value["amount_cny"]) for f in state.facts  # type: ignore[index]
            if f.field.startswith("quantities.")] == [(2023, 5_000_000)]
    assert _totals(reply) == (10_500_000, 10_500_000)  # 30% × 8000万 capped at 1000万, + 10% × 500万


@pytest.mark.parametrize("message", [
    "我们在自贸片区，去年8月一台盾构机被评为国内首台套，合同3000万，今年1月又签了一个1500万的技术开发合同",
    "We're in the FTZ. Last August our robot arm was certified as a domestic first-of-its-kind unit on a RMB 30m "
    "contract; in January we signed a RMB 15m technology development contract.",
])
def test_the_machine_keeps_its_own_date(message: str) -> None:
    _, state = talk(AS_OF, message)
    assert [f.value["date"] for f in state.facts if f.field == "equipment"] == ["2024-08-01"]  # type: ignore[index]
