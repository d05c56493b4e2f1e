"""A count said with "more" (又有三件, "three more invention patents") with nothing said before is counted."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, values

AS_OF = dt.date(2024, 9, 1)


@pytest.mark.parametrize(("said", "count"), [
    ("We're in the Dalian FTZ. Three more invention patents were granted this year.", 3),
    ("我们在大连自贸片区，今年又有三件发明专利授权。", 3),
])
def test_a_count_said_with_more_is_counted(said: str, count: int) -> None:
    _, state = talk(AS_OF, said)
    assert [value["granted"] for value in values(state, "patents")] == [count]  # type: ignore[index]
