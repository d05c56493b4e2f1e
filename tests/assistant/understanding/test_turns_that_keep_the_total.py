"""A turn that describes the company, adds a fact or asks that an award be counted keeps the eligibility total
(never out of scope); a request outside the policy stays out of scope. Fresh wordings, not the bench's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import new_state, respond
from assistant.understanding.intent import Intent, classify

AS_OF = dt.date(2025, 3, 1)


@pytest.mark.parametrize("message", [
    "听说研发那块也有补贴，这笔也一起算上吧",
    "场地租金补贴也能一起拿吧？",
    "Could we also claim the rent subsidy under this policy?",
    "Can we get the new-route award under these measures?",
])
def test_asking_that_an_award_be_counted_asks_for_the_total(message: str) -> None:
    assert classify(message, has_facts=False, has_result=True) is Intent.ELIGIBILITY


@pytest.mark.parametrize("message", [
    "我们是宁波的一家模具工厂，独立核算，财务都在本地。",
    "We are a small mould maker in Ningbo, with our own accounts.",
])
def test_a_description_of_the_company_is_never_out_of_scope(message: str) -> None:
    reply, _ = respond(message, new_state(AS_OF))
    assert reply.intent == Intent.ELIGIBILITY.value


@pytest.mark.parametrize("message", ["帮我们写一份年终总结", "Can you recommend a good accountant for us?"])
def test_a_request_outside_the_policy_stays_out_of_scope(message: str) -> None:
    reply, _ = respond(message, new_state(AS_OF))
    assert reply.intent == Intent.OUT_OF_SCOPE.value
