"""Funding received said in a later turn as more than before (另外区里还给过500万) or as the new total (一共是
3500万) adds to what was received, once."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals

AS_OF = dt.date(2024, 8, 1)


@pytest.mark.parametrize(("messages", "received"), [
    (("我们在自贸片区，今年6月获批国家级制造业创新中心，总投资8000万，已经拿过省里的资金3000万", "另外区里还给过500万"),
     35_000_000),
    (("我们在自贸片区，今年6月获批国家级制造业创新中心，总投资8000万，已经拿过省里的资金3000万",
      "哦，还漏了区里给的500万，一共是3500万"), 35_000_000),
    (("We are in the FTZ; a national manufacturing innovation centre approved in June, total investment 80m, "
      "already received 30m from the province", "we forgot another 5m the district gave us"), 35_000_000),
])
def test_more_funding_received_adds_to_what_was_received(messages: tuple[str, ...], received: int) -> None:
    reply, state = talk(AS_OF, *messages)
    assert [f.value for f in state.facts if f.field == "other_funding_cny"] == [received]
    assert _totals(reply) == (0, 5_000_000)  # 50% × 8000万 − 3500万 = 500万 (the national cap)
