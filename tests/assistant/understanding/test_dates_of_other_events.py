"""A date given to another event (搬进了新办公楼, 成立, "hired 50 engineers") does not date the recognition
said beside it: its date is asked."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals
from tests.assistant.talking import values as _values

AS_OF = dt.date(2024, 6, 1)


@pytest.mark.parametrize("message", [
    "我们在片区内，2023年搬进了新办公楼，是首次认定的高新技术企业",
    "我们在片区内，公司2019年成立，是高新技术企业",
    "我们在片区内，2021年我们开始做研发，后来被认定为高新技术企业",
    "我们在片区内，2022年换了新的法人代表，是高新技术企业",
    "We are in the FTZ. In 2021 we hired 50 engineers, and we are an HNTE",
])
def test_a_date_given_to_another_event_does_not_date_the_recognition(message: str) -> None:
    reply, state = talk(AS_OF, message)
    [hnte] = _values(state, "qualifications")
    assert hnte["id"] == "high_tech_enterprise" and "date" not in hnte  # type: ignore[index]
    assert _totals(reply)[0] == 0  # the date is asked, nothing shown as established
