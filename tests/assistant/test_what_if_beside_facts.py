"""A what-if said beside facts: the facts stated with it are kept and shown as used; a count followed by
a number (一个200万一个100万) is no what-if."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import DialogueState, Reply
from tests.assistant.talking import talk as talk_on

AS_OF = dt.date(2025, 6, 30)


def talk(*messages: str) -> tuple[Reply, DialogueState]:
    return talk_on(AS_OF, *messages)


@pytest.mark.parametrize(("message", "stated"), [
    ("要是我们后年在科创板上市能多拿多少？现在的情况：公司在片区内，2024年3月首次认定为高新技术企业",
     {"location.in_zone", "qualification:high_tech_enterprise:first"}),
    ("What if we list on the STAR Market next year? We are in the Dalian FTZ and became an HNTE for the first time "
     "in March 2024.", {"location.in_zone", "qualification:high_tech_enterprise:first"}),
])
def test_facts_stated_beside_a_what_if_are_kept(message: str, stated: set[str]) -> None:
    reply, state = talk(message)
    assert reply.intent == "whatif" and {f.key for f in state.facts} == stated
    assert reply.answer.startswith(("我理解到", "I understood"))  # what is stated is shown as used
    assert reply.baseline is not None and reply.baseline["total_min_cny"] == 200_000  # 首次认定高企 20万, stated


def test_a_count_of_ten_thousand_followed_by_one_is_no_what_if() -> None:
    reply, _ = talk("我们在片区内，去年签了两个技术合同，一个200万一个100万")
    assert reply.intent == "eligibility"
