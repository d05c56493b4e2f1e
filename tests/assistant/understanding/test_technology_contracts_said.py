"""Technology contracts as said: every kind in English (consulting, licensing, services) is read, and words
after the amount that are no amount (两块都能申请吗, "do we get 800k?") add nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals
from tests.assistant.talking import values as _values

AS_OF = dt.date(2024, 6, 1)


@pytest.mark.parametrize("message", [
    "We're in the FTZ. In March we signed a technical consulting contract worth RMB 3m.",
    "We're in the FTZ. In March we signed a technology licensing contract worth RMB 3m.",
    "We're in the FTZ; a tech services contract for RMB 3m was signed this March.",
])
def test_technology_contracts_of_every_kind(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert _values(state, "quantities.technology_transaction_amount") == [{"year": 2024, "amount_cny": 3_000_000}]
    assert _totals(reply) == (300_000, 300_000)


@pytest.mark.parametrize(("message", "turnover"), [
    ("公司在自贸片区，今年5月签了一份技术开发合同，金额600万。两块都能申请吗？", 6_000_000),
    ("我们在片区内，去年签了一份技术转让合同，八百万，按10%能拿80万吗", 8_000_000),
    ("We're in the FTZ and signed a RMB 8m technology transfer contract last year - do we get 800k?", 8_000_000),
])
def test_words_that_are_no_amount_add_nothing(message: str, turnover: int) -> None:
    _, state = talk(AS_OF, message)
    assert [v["amount_cny"] for v in _values(state, "quantities.technology_transaction_amount")] == [turnover]  # type: ignore[index]
