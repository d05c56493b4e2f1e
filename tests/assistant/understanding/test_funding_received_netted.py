"""Funds already received from governments (省里和区里的资金一共1800万) are netted from the award; "no patent
funding received yet" is zero received."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals

AS_OF = dt.date(2025, 2, 15)


@pytest.mark.parametrize(("message", "most"), [
    # 50% × 4000万 − 1500万 = 500万 > cap 300万 → 300万; with 1800万 received: 200万
    ("我们在自贸片区，去年获批省级制造业创新中心，总投资4000万，之前拿过省里和区里的资金一共1800万", 2_000_000),
    ("我们在自贸片区，去年获批省级制造业创新中心，总投资4000万，已经领过国家的经费1800万", 2_000_000),
])
def test_funds_already_received_from_governments_are_netted(message: str, most: int) -> None:
    reply, _ = talk(AS_OF, message)
    assert _totals(reply) == (0, most)


def test_no_patent_funding_received_is_zero_received() -> None:
    reply, state = talk(AS_OF, "Dalian FTZ. We got 4 invention patents granted in 2024. "
                              "No patent funding received yet.")
    assert [f.value for f in state.facts if f.field == "patent_funding_received_cny"] == [0]
    assert _totals(reply) == (20_000, 20_000)
