"""Questions and suppositions in a later turn state nothing: the facts held stay as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, values

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


def test_a_supposition_with_shi_bu_shi_changes_nothing() -> None:
    said = ("我们在大连自贸片区，是规模以上工业企业，2023年10月再次认定为高企，2023年研发投入2000万，2024年2800万")
    reply, state = talk(AS_OF, said, "那如果我们明年被认定为科技型领军企业，研发补助上限是不是就高了？")
    assert reply.intent == "whatif"
    _, before = talk(AS_OF, said)
    assert state.facts == before.facts
