"""What fell through (an IPO attempt failed, rejected) is the nearest fact's only; said right after its concept it
is still not held."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import values as _values

AS_OF = dt.date(2024, 6, 1)


@pytest.mark.parametrize("message", [
    "We are in the FTZ. We became an HNTE in 2022 and listed on the STAR market, "
    "though the first IPO attempt failed in 2020",
    "We are in the FTZ. We were recognised as an HNTE in 2022 and went public on ChiNext in 2023, "
    "but our first listing application was rejected in 2021",
])
def test_what_fell_through_is_the_nearest_fact_s_only(message: str) -> None:
    _, state = talk(AS_OF, message)
    [hnte] = _values(state, "qualifications")
    assert hnte.get("held", True) and hnte["date"] == "2022-01-01"  # type: ignore[union-attr,index]
    assert len(_values(state, "listings")) == 1


def test_something_that_fell_through_right_after_its_concept_is_still_not_held() -> None:
    _, state = talk(AS_OF, "We are in the FTZ. We applied for HNTE status but were rejected last year")
    assert _values(state, "qualifications") == [{"id": "high_tech_enterprise", "held": False}]
