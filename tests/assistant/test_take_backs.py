"""Taking back in a later turn: a denied concept in a correction is no fact, a part said not signed leaves
the other parts, and "scratch that" after a message that held nothing takes nothing back."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals, values

AS_OF = dt.date(2024, 6, 1)


def test_a_denied_concept_in_a_correction_is_no_fact() -> None:
    """是重点领域创新团队，不是尖端人才团队: the denied team names what is replaced (it was stored as not held, and the
    correct team was lost with it: 0 instead of 300万)."""
    reply, state = talk(AS_OF, "我们在大连自贸片区，团队去年入选了尖端人才团队",
                        "不好意思，是重点领域创新团队，不是尖端人才团队")
    assert totals(reply) == (3_000_000, 3_000_000)
    assert [value["type"] for value in values(state, "holdings")] == ["key_field_innovation_team"]  # type: ignore[index]


def test_a_part_not_signed_leaves_the_other_parts() -> None:
    reply, state = talk(AS_OF, "我们在大连自贸片区，去年签了两份技术合同，一份350万，一份500万",
                        "500万那份其实还没签，还在谈")
    assert totals(reply) == (350_000, 350_000)
    amounts = [value["amount_cny"] for value in values(state, "quantities.technology_transaction_amount")]  # type: ignore[index]
    assert amounts == [3_500_000]


@pytest.mark.parametrize(("plan", "take_back"), [
    ("我们下个月准备在大连自贸片区开个分公司", "刚才那句当我没说，我们已经整体迁到大连自贸片区了"),
    ("We're thinking of opening a branch in the Dalian FTZ next quarter.",
     "Scratch that, we have already moved the whole company into the Dalian FTZ."),
])
def test_a_take_back_after_a_message_that_held_nothing_takes_nothing_back(plan: str, take_back: str) -> None:
    """"Scratch that" after a plan (a branch next month) takes back the plan, not the facts said before it."""
    first = "我们是沈阳的公司，去年首次认定高企" if plan.startswith("我们") else \
        "We're a Shenyang company, first recognised as an HNTE last year."
    _, state = talk(AS_OF, first, plan, take_back)
    assert [value["id"] for value in values(state, "qualifications")] == ["high_tech_enterprise"]  # type: ignore[index]
