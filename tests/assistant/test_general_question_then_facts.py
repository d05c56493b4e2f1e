"""A general question opening a message (片区企业首次认定高企能拿多少？, "How much does a firm like ours get?")
leaves the facts said after it, and "a company like ours" in a later turn is the company."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals

AS_OF = dt.date(2025, 6, 30)


@pytest.mark.parametrize("said", [
    "What would an FTZ company receive for HNTE status? We're located in the FTZ; HNTE status came to us for the "
    "first time in March 2024.",
    "How much does a firm like ours get? We're based in the Dalian FTZ and were first recognised as an HNTE in 2024.",
    "片区企业首次认定高企能拿多少？我们就在片区，2024年第一次认定的高企",
    "像我们这样的企业能拿多少？我们就在大连自贸片区，2024年第一次认定为高新技术企业",
])
def test_facts_after_a_general_question_are_kept(said: str) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply) == (200_000, 200_000)


@pytest.mark.parametrize(("first", "later"), [
    ("我们就在大连自贸片区，2024年第一次认定为高新技术企业。", "像我们这样的企业能拿多少？"),
    ("We're based in the Dalian FTZ and became an HNTE for the first time in February 2024.",
     "What does a firm like ours get?"),
])
def test_a_company_like_ours_is_ours(first: str, later: str) -> None:
    reply, _ = talk(AS_OF, first, later)
    assert totals(reply) == (200_000, 200_000)
