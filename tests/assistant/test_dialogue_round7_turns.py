"""Round 7 of issue 11: how a turn updates the facts a conversation holds — questions that state nothing
leave them as they are; a take-back removes what it names; a part taken back leaves the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals, values

AS_OF = dt.date(2024, 6, 1)


@pytest.mark.parametrize("question", ["工作站要一直运行到2025年才能拿满吗？",
                                      "Does it have to run through 2025 to get it all?"])
def test_a_question_about_operating_sets_no_end(question: str) -> None:
    _, before = talk(AS_OF, "我们在大连自贸片区，2022年建了博士后工作站")
    _, after = talk(AS_OF, "我们在大连自贸片区，2022年建了博士后工作站", question)
    assert values(after, "platforms") == values(before, "platforms")


@pytest.mark.parametrize("question", ["去掉专利还能拿多少？", "If we drop the patents, how much is left?"])
def test_a_question_takes_nothing_back(question: str) -> None:
    said = "我们在大连自贸片区，今年授权了4件发明专利"
    _, state = talk(AS_OF, said, question)
    assert [value["granted"] for value in values(state, "patents")] == [4]  # type: ignore[index]


def test_a_denied_concept_in_a_correction_is_no_fact() -> None:
    """是重点领域创新团队，不是尖端人才团队: the denied team names what is replaced (it was stored as not held, and the
    correct team was lost with it: 0 instead of 300万)."""
    reply, state = talk(AS_OF, "我们在大连自贸片区，团队去年入选了尖端人才团队",
                        "不好意思，是重点领域创新团队，不是尖端人才团队")
    assert totals(reply) == (3_000_000, 3_000_000)
    assert [value["type"] for value in values(state, "holdings")] == ["key_field_innovation_team"]  # type: ignore[index]


def test_a_supposition_with_shi_bu_shi_changes_nothing() -> None:
    said = ("我们在大连自贸片区，是规模以上工业企业，2023年10月再次认定为高企，2023年研发投入2000万，2024年2800万")
    reply, state = talk(AS_OF, said, "那如果我们明年被认定为科技型领军企业，研发补助上限是不是就高了？")
    assert reply.intent == "whatif"
    _, before = talk(AS_OF, said)
    assert state.facts == before.facts


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
