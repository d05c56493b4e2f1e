"""An investment said before the funding received in one clause (总投资500万而市里已经拨了100万, "the total
investment came to RMB 5m and the city already paid us RMB 1m") is the investment, not funding received."""

from __future__ import annotations

import datetime as dt

from assistant.dialogue import new_state, respond

AS_OF = dt.date(2024, 10, 1)


def _totals(message: str, as_of: dt.date = AS_OF) -> tuple[int, int]:
    reply, _ = respond(message, new_state(as_of))
    assert reply.eligibility is not None, reply.answer
    return int(reply.eligibility["total_min_cny"]), int(reply.eligibility["total_max_cny"])


def test_an_investment_said_before_funding_in_one_clause_is_not_funding_received_en() -> None:
    said = ("Our Dalian FTZ centre was recognised as a provincial manufacturing innovation centre in March 2024. "
            "The total investment came to RMB 5m and the city already paid us RMB 1m for it. What else is there?")
    assert _totals(said) == (0, 1_500_000)  # 50% of 5m less the 1m received, under the 3m cap


def test_an_investment_said_before_funding_in_one_clause_is_not_funding_received_zh() -> None:
    said = "我们在自贸片区，2024年3月获批省级制造业创新中心，中心总投资500万而市里已经拨了100万。还能拿多少？"
    assert _totals(said) == (0, 1_500_000)
