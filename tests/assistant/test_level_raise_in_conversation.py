"""A raise of a platform's level (去年升省级了, "it went up to provincial") reads the same in the message of
the fact and in a later turn: the earlier level from its date, the new one from the raise's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, values

AS_OF = dt.date(2024, 9, 1)


CENTRE_EN = "We're in the Dalian FTZ; a municipal enterprise technology center approved in 2020"


def _platform_levels(*messages: str) -> list[tuple[object, object]]:
    _, state = talk(AS_OF, *messages)
    return [(value["level"], str(value.get("date"))) for value in values(state, "platforms")]  # type: ignore[index]


@pytest.mark.parametrize(("first", "raise_"), [
    ("我们在大连自贸片区，2020年获批市级企业技术中心", "2022年升省级了"),
    ("我们在大连自贸片区，2020年获批市级企业技术中心", "2022年晋升省级"),
    (CENTRE_EN, "it went up to provincial in 2022"),
    (CENTRE_EN, "in 2022 it was bumped up to provincial"),
])
def test_a_raise_reads_the_same_in_the_message_of_the_fact_and_in_a_later_turn(first: str, raise_: str) -> None:
    joined = first + (", " if first.isascii() else "，") + raise_
    expected = [("municipal", "2020-01-01"), ("provincial", "2022-01-01")]
    assert _platform_levels(joined) == expected
    assert _platform_levels(first, raise_) == expected
