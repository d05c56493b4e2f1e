"""A hypothetical question about any company in a conversation ("What does a company in the FTZ get as a
first-time HNTE?") keeps the facts held as they are."""

from __future__ import annotations

import datetime as dt

from tests.assistant.talking import talk, values

AS_OF = dt.date(2024, 9, 1)


def test_a_hypothetical_question_in_a_conversation_keeps_the_facts_held() -> None:
    said = "We're in the Dalian FTZ and were recognised as a provincial gazelle in 2023."
    _, before = talk(AS_OF, said)
    _, after = talk(AS_OF, said, "What does a company in the FTZ get as a first-time HNTE?")
    assert values(after, "qualifications") == values(before, "qualifications")
