"""A plan said alone in a later turn (后年准备去创业板上市) keeps the totals and is shown as a what-if, and
its date is not the date of a fact already held."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals

AS_OF = dt.date(2024, 8, 1)


@pytest.mark.parametrize(("messages", "total"), [
    (("我们在片区内，去年首次认定为高新技术企业", "后年准备去创业板上市"), 200_000),
    (("We are in the FTZ, first-time HNTE in 2023", "planning an IPO on the STAR Market next year"), 200_000),
])
def test_a_plan_alone_gets_the_totals_and_a_what_if(messages: tuple[str, ...], total: int) -> None:
    reply, state = talk(AS_OF, *messages)
    assert _totals(reply) == (total, total)
    assert not any(f.field == "listings" for f in state.facts)  # a plan is not a fact
    assert ("计划" if reply.lang == "zh" else "plan") in reply.answer


@pytest.mark.parametrize("messages", [
    ("我们在片区内，去年首次认定为高新技术企业", "后年准备去创业板上市"),
    ("我们在片区内，高新技术企业是首次认定的", "明年打算申请省级瞪羚"),
])
def test_a_plan_s_date_is_not_the_date_of_a_fact_held(messages: tuple[str, ...]) -> None:
    _, state = talk(AS_OF, *messages)
    dates = [f.value.get("date") for f in state.facts if f.field == "qualifications"]
    assert all(date is None or date < AS_OF.isoformat() for date in dates)
