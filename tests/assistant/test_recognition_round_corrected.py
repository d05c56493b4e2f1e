"""A correction opened by an interjection ("Um, correction: …", 嗯，更正…) changes the round of the recognition
it names (first → renewal) instead of adding one beside it, so the old round's money is not left shown as sure."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals, values

AS_OF = dt.date(2024, 8, 1)


@pytest.mark.parametrize(("said", "corrected"), [
    ("我们在大连自贸片区，今年4月首次认定为高新技术企业", "嗯，更正一下：4月那次其实是再次认定"),
    ("我们在大连自贸片区，今年4月首次认定为高新技术企业", "哦，应该是再次认定"),
    ("We're a Dalian FTZ company, recognised as an HNTE for the first time this April.",
     "Um, correction: the April HNTE certificate was a renewal."),
    ("We're a Dalian FTZ company, recognised as an HNTE for the first time this April.",
     "Ah, I meant it was our second HNTE recognition, a renewal."),
])
def test_a_correction_after_an_interjection_replaces_the_round(said: str, corrected: str) -> None:
    reply, state = talk(AS_OF, said, corrected)
    assert totals(reply) == (100_000, 100_000)  # the renewal's 10万 only, the first recognition's 20万 gone
    assert [value["round"] for value in values(state, "qualifications")] == ["renewal"]  # type: ignore[index]
