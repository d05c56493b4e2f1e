"""Recognitions not held: one still pending (还在申请中, 还在公示期) or an event that fell through (落选, "called off
the IPO") pays nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals

AS_OF = dt.date(2025, 2, 15)


@pytest.mark.parametrize("message", [
    "我们在自贸片区，高企还在申请中，研发投入2023年2000万，2024年3000万",
    "We're in the FTZ; our HNTE application is still pending. R&D 20m in 2023 and 30m in 2024",
])
def test_a_recognition_still_pending_is_not_held(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert not any(f.field == "qualifications" for f in state.facts) and _totals(reply) == (0, 0)


@pytest.mark.parametrize("message", [
    "我们在自贸片区，去年申报了省级瞪羚企业，结果落选了",
    "We're in the FTZ; we applied for provincial gazelle status last year but were turned down",
    "We are in the FTZ. We were going to list on the STAR Market last year but called off the IPO.",
])
def test_an_event_that_fell_through_pays_nothing(message: str) -> None:
    reply, _ = talk(AS_OF, message)
    assert _totals(reply) == (0, 0)


@pytest.mark.parametrize("message", [
    "我们在片区，去年获批国家级重点实验室，不过还在公示期",
    "We're in the FTZ and were approved as a national key lab last year - well, actually it's still pending "
    "final approval",
])
def test_a_recognition_said_after_it_to_be_still_pending_is_not_held(message: str) -> None:
    reply, _ = talk(AS_OF, message)
    assert _totals(reply) == (0, 0)
