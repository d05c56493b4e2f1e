"""A move of the registration into the area still under way — its process not finished (正在办理迁入…的手续,
迁到…的手续还没办完, 流程还在走; "is being processed", "in the midst of transferring", "not finished yet") — is not a
move made: the company stays where it is, and the move is answered as a what-if (tense class ``planned`` in
ontology/cues/tense.yaml, cue ``leaving`` for the move). A move said done still counts."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals

AS_OF = dt.date(2024, 5, 20)
FIRST_ZH = "我们是沈阳的企业，2023年首次认定高企。"
FIRST_EN = "We're based in Shenyang; first-time HNTE in 2023."


@pytest.mark.parametrize(("first", "then"), [
    (FIRST_ZH, "把注册地迁到自贸片区的手续还没办完。"),
    (FIRST_ZH, "注册地正在变更到自贸片区，流程还在走。"),
    (FIRST_ZH, "我们正在把注册地迁到保税区。"),
    (FIRST_ZH, "迁到自贸片区的事还在处理中。"),
    (FIRST_EN, "We are in the midst of transferring our registration to the Dalian FTZ."),
    (FIRST_EN, "Moving our registered address to the Dalian FTZ is not finished yet."),
])
def test_a_move_under_way_is_not_made(first: str, then: str) -> None:
    reply, state = talk(AS_OF, first, then)
    assert reply.eligibility is None or totals(reply) == (0, 0)
    assert [fact.value for fact in state.facts if fact.field == "location.in_zone"] == [False]


@pytest.mark.parametrize(("first", "then"), [
    (FIRST_ZH, "注册地变更到保税区的材料刚递交，还没批下来。"),
    (FIRST_ZH, "迁往保税区的事在等审批。"),
    (FIRST_ZH, "公司快要迁到保税区了。"),
    (FIRST_ZH, "下礼拜把注册地迁到保税区。"),
    (FIRST_ZH, "注册地现在处于迁往保税区的阶段。"),
    (FIRST_EN, "We've just filed the application to move our seat to the Dalian FTZ."),
    (FIRST_EN, "We are now transferring our registered office to the Dalian FTZ."),
    (FIRST_EN, "We're finalising the relocation of our registration to the Dalian FTZ."),
])
def test_more_ways_of_saying_a_move_is_under_way(first: str, then: str) -> None:
    """The not-finished words are tense.yaml's ``planned`` class, one list: a clause with a move word (cue
    ``move_word``) and a planned tense is a move under way (facts._move_under_way)."""
    reply, state = talk(AS_OF, first, then)
    assert reply.eligibility is None or totals(reply) == (0, 0)
    assert [fact.value for fact in state.facts if fact.field == "location.in_zone"] == [False]


def test_a_move_under_way_said_in_one_message() -> None:
    reply, _ = talk(AS_OF, "公司注册在沈阳，目前正在办理迁往自贸片区的变更，2023年首次认定高企。")
    assert totals(reply) == (0, 0)


@pytest.mark.parametrize(("first", "then"), [
    (FIRST_ZH, "注册地上个月已经迁到自贸片区了。"),
    (FIRST_EN, "We completed the move of our registration to the Dalian FTZ last month."),
])
def test_a_move_done_still_counts(first: str, then: str) -> None:
    assert totals(talk(AS_OF, first, then)[0]) == (200_000, 200_000)
