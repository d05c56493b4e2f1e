"""Issue #13 (fix 9): a bound the reader keeps on a quantity the vocabulary has no label for (base quantity null:
技术改造设备投入1500万元以上) cannot be checked, so its award is never shown as sure: it is a could-add, with the
bound asked in its printed words; an award without a bound is unchanged."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from tests.assistant_contexts import context_of_text

POLICY = """某县工业技改扶持办法
第一条 对首次认定的国家高新技术企业，当年技术改造设备投入达到1500万元以上的，再给予奖励80万元。
第二条 对首次认定的国家高新技术企业，给予一次性奖励30万元。
第三条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.fixture(scope="module")
def context() -> AssistantContext:
    return context_of_text(POLICY, "techrefit")


def _reply(context: AssistantContext, message: str) -> Any:
    reply, _ = respond(message, new_state(dt.date(2025, 4, 15)), context)
    return reply


@pytest.mark.parametrize(("message", "asked"), [
    ("我们是本县企业，2024年首次认定为国家高新技术企业", "「技术改造设备投入」是否达到1500万元以上？"),
    ("We are a company in this county, first recognised as a national high-tech enterprise in 2024",
     "Did the company's 技术改造设备投入 reach the clause's bound, at least CNY 15 million (1500万元以上)?"),
])
def test_an_award_under_an_unchecked_bound_is_a_could_add_with_the_bound_asked(
        context: AssistantContext, message: str, asked: str) -> None:
    reply = _reply(context, message)
    result = reply.eligibility
    assert [(b["provision_id"], b["amount_max_cny"]) for b in result["benefits"]] == [("art2/p1", 300_000)]
    assert (result["total_min_cny"], result["total_max_cny"]) == (300_000, 300_000)  # 80万 is not sure
    could = next(c for c in result["could_add"] if c["provision_id"] == "art1/p1")
    assert could["amount_max_cny"] == 800_000
    assert any(key.startswith("bound:技术改造设备投入") for key in could["hinges"])
    assert asked in reply.answer


@pytest.mark.parametrize(("first", "answer"), [
    ("我们是本县企业，2024年首次认定为国家高新技术企业", "是的，达到了"),
    ("We are a company in this county, first recognised as a national high-tech enterprise in 2024", "yes"),
])
def test_a_yes_to_the_bound_gets_the_totals_as_they_stand_not_out_of_scope(
        context: AssistantContext, first: str, answer: str) -> None:
    reply, state = respond(first, new_state(dt.date(2025, 4, 15)), context)
    assert state.asked and state.asked[-1].startswith("bound:")
    reply, _ = respond(answer, state, context)
    assert reply.intent == "eligibility"  # not "out of scope": it answers our own question
    result = reply.eligibility
    assert (result["total_min_cny"], result["total_max_cny"]) == (300_000, 300_000)  # a yes is not read: still not sure
    assert any(c["provision_id"] == "art1/p1" for c in result["could_add"])
