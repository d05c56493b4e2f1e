"""A title said in a later turn to be still under review or not yet awarded, pointed at by its kind (那个人才
称号, "that talent title"), after a dash as after a comma, is not held."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals, values

AS_OF = dt.date(2024, 9, 1)


TALENT_ZH = "我们在大连自贸片区。首席科学家2023年入选杰出青年科技人才。"


@pytest.mark.parametrize(("said", "taken_back"), [
    (TALENT_ZH, "不好意思，我说错了——那个人才称号还在评审，还没正式授予。"),
    (TALENT_ZH, "抱歉，那个人才称号其实还没评上。"),
    ("We're in the Dalian FTZ. Our chief scientist was named an outstanding young sci-tech talent in 2023.",
     "My mistake — that talent title is still under review and hasn't been conferred."),
    ("We're in the Dalian FTZ. Our chief scientist was named an outstanding young sci-tech talent in 2023.",
     "Oops – the young talent title hasn't been awarded yet."),
])
def test_a_title_not_yet_awarded_is_not_held(said: str, taken_back: str) -> None:
    reply, state = talk(AS_OF, said, taken_back)
    assert totals(reply) == (0, 0)
    assert [value["held"] for value in values(state, "holdings")] == [False]  # type: ignore[index]
