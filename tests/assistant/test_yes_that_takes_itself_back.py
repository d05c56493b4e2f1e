"""A yes word opens an answer only when the rest of it takes nothing back (review15a U1): 当然是没有 / 没错，我们不是 /
"Of course not" / "Indeed, we are not" are a no; 属于申报中的 / 对，但还在申请 / "yes, we plan to apply" / "we're
unsure" hold nothing; a bare "we're …" is no yes at all. Fresh wordings, a small policy written for the test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.dialogue import AssistantContext
from assistant.understanding.yes_no import yes_or_no
from tests.assistant_contexts import context_of_text, reply_after

NEW_HIGH_TECH = """某区科技企业扶持办法
第一条 对新认定的国家高新技术企业，给予10万元一次性奖励。
第二条 本办法自2023年1月1日起施行，有效期至2026年12月31日。
"""
FIRST = "我们是本区注册的企业，能拿多少？"


@pytest.fixture(scope="module")
def policy() -> AssistantContext:
    return context_of_text(NEW_HIGH_TECH, "new_high_tech_yes")


def _sure(reply: Any) -> int:
    return reply.eligibility["total_min_cny"] if reply.eligibility is not None else 0


def _held(reply: Any) -> list[Any]:
    return [f for f in reply.profile if isinstance(f.value, dict) and f.value.get("held", True)
            and f.field not in ("location", "location.in_zone", "registration")]


@pytest.mark.parametrize(("text", "said"), [
    ("是的", True), ("没错", True), ("对的，2023年认定的", True), ("Yes we are", True), ("Of course.", True),
    ("当然是没有", False), ("确实是还没评上", False), ("没错，我们不是", False), ("不属于", False),
    ("Of course not", False), ("Indeed, we are not.", False), ("Absolutely not, no.", False),
    ("属于申报中的", None), ("对，但还在申请", None), ("是的，不过2022年就过期了", None), ("当然是打算明年申报", None),
    ("We're applying for it this year.", None), ("we're planning to apply next year", None), ("we're unsure", None),
    ("We're a software company, as said.", None), ("Yes, but it's still pending.", None),
    ("of course, we will apply next year", None), ("yes, not sure of the year though", None),
])
def test_a_yes_word_is_read_with_the_rest_of_the_answer(text: str, said: bool | None) -> None:
    assert yes_or_no(text) is said


@pytest.mark.parametrize("answer", [
    "当然是没有", "确实是还没评上", "没错，我们不是", "属于申报中的", "对，但还在申请", "当然是打算明年申报",
    "Of course not", "Indeed, we are not.", "We're applying for it this year.", "we're unsure",
    "We're a software company, as said.", "Certainly not yet, we plan to apply.",
])
def test_a_yes_that_takes_itself_back_holds_nothing(policy: AssistantContext, answer: str) -> None:
    reply = reply_after(policy, dt.date(2024, 6, 3), FIRST, answer)
    assert _sure(reply) == 0, reply.answer
    assert not _held(reply), reply.profile


@pytest.mark.parametrize("answer", ["对的，2023年认定的", "Yes we are, since 2023"])
def test_a_plain_yes_that_says_when_still_holds(policy: AssistantContext, answer: str) -> None:
    assert _sure(reply_after(policy, dt.date(2024, 6, 3), FIRST, answer)) == 100_000
