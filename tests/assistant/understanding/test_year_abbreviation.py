""""yr" is a year ("last yr vs the yr before")."""

from __future__ import annotations

import datetime as dt

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals
from tests.assistant.talking import values as _values


def test_yr_is_a_year() -> None:
    reply, state = talk(dt.date(2025, 4, 10), "we're an FTZ-registered parts maker, first HNTE cert Dec 2023, "
                                              "R&D 28m last yr vs 20m the yr before. how much?")
    assert sorted((v["year"], v["amount_cny"]) for v in _values(state, "rd_expense")) == [  # type: ignore[index]
        (2023, 20_000_000), (2024, 28_000_000)]
    assert _totals(reply) == (1_200_000, 1_200_000)  # 20万 + 30% × 800万 = 240万 capped at 100万
