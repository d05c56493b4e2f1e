"""Funding received from several levels of government as one sum (合计三百五十万, "RMB 2.5 million in total"),
and the platform's total investment told apart from it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _fields(message: str) -> dict[str, Any]:
    return {fact.field: fact.value for fact in understand_facts(message, AS_OF) if not isinstance(fact.value, dict)}


def test_funding_from_levels_of_government_and_the_sum_put_in() -> None:
    en = _fields("Our provincial manufacturing innovation center: total investment RMB 30m; we have received 4m "
                 "from different levels of government so far.")
    assert (en["investment_total_cny"], en["other_funding_cny"]) == (30_000_000, 4_000_000)
    zh = _fields("去年获批省级制造业创新中心，前后一共投了2600万，区里给过150万的补助")
    assert (zh["investment_total_cny"], zh["other_funding_cny"]) == (26_000_000, 1_500_000)
    assert "investment_total_cny" not in _fields("研发投入了500万")


def test_funding_received_then_its_sum_alone() -> None:
    assert _fields("这个平台以前拿过区里和省里的补助，合计三百五十万")["other_funding_cny"] == 3_500_000
    assert _fields("We did receive grants from the district and the city, RMB 2.5 million in total.")[
        "other_funding_cny"] == 2_500_000
