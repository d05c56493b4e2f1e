"""Registered capital said, then said to be fully paid in (注册资本2.4亿元已于2023年足额实缴 / "our registered capital
of RMB 240 million was fully paid in during 2023") is the paid-in capital of that year; a part paid in, or a figure
said without it, is none (subscribed or paid in is not said: asked). Cues ``paid_in_after`` (zh, en)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 6, 1)


def _capital(message: str) -> list[object]:
    return [f.value for f in understand_facts(message, AS_OF) if f.field == "quantities.registered_capital"]


@pytest.mark.parametrize("message", [
    "我们公司注册资本2.4亿元已于2023年足额实缴。",
    "我们的注册资本2.4亿元2023年已经全部到位。",
    "Our registered capital of RMB 240 million was fully paid in during 2023.",
    "In 2023 our registered capital (RMB 240 million) has been paid up in full.",
])
def test_capital_said_fully_paid_in_is_the_paid_in_capital(message: str) -> None:
    assert _capital(message) == [{"year": 2023, "amount_cny": Decimal(240_000_000)}]


@pytest.mark.parametrize("message", [
    "我们公司2023年注册资本2.4亿元。",
    "我们的注册资本2.4亿元2023年已实缴8000万。",
    "Our registered capital is RMB 240 million; in 2023 RMB 80 million of it was paid in.",
    "In 2023 our registered capital was RMB 240 million.",
])
def test_capital_not_said_fully_paid_in_is_not_the_whole_figure(message: str) -> None:
    assert {"year": 2023, "amount_cny": Decimal(240_000_000)} not in _capital(message)
