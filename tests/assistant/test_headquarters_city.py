"""A company said to be headquartered or based in a city (总部在大连, "Dalian-headquartered") is outside the
policy's area only when that city does not hold the area."""

from __future__ import annotations

import datetime as dt

from assistant.dialogue import new_state, respond

AS_OF = dt.date(2024, 10, 1)


def _totals(message: str, as_of: dt.date = AS_OF) -> tuple[int, int]:
    reply, _ = respond(message, new_state(as_of))
    assert reply.eligibility is not None, reply.answer
    return int(reply.eligibility["total_min_cny"]), int(reply.eligibility["total_max_cny"])


def test_the_city_that_holds_the_zone_before_based_is_not_outside_en() -> None:
    approved = "in May 2024 we were approved as a provincial technology transfer centre."
    assert _totals(f"We are a Dalian-headquartered battery maker; {approved}") == (1_000_000, 1_000_000)  # assumed in
    assert _totals(f"We are a Shenyang-based battery maker; {approved}") == (0, 0)


def test_the_city_that_holds_the_zone_before_based_is_not_outside_zh() -> None:
    assert _totals("我们是一家总部在大连的电池企业，2024年5月获批省级技术转移中心。") == (1_000_000, 1_000_000)
    assert _totals("我们是一家总部在沈阳的电池企业，2024年5月获批省级技术转移中心。") == (0, 0)
