"""A question about any company ("What does a company in the FTZ get as an HNTE?") states no fact of the user's;
a company describing itself still states its facts."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 9, 1)


@pytest.mark.parametrize("asked", [
    "What does a company in the FTZ get as a first-time HNTE?",
    "So how much does a firm in the zone get for a provincial gazelle title?",
    "自贸片区的公司首次认定高企有多少补助？",
    "对于片区内的企业，首次认定的高企给多少钱？",
])
def test_a_question_about_any_company_states_no_fact(asked: str) -> None:
    for in_conversation in (False, True):
        assert understand_facts(asked, AS_OF, in_conversation=in_conversation) == []


@pytest.mark.parametrize("said", [
    "We are in the FTZ and a first-time HNTE since 2023. What does a company like that get?",
    "片区里的一家阀门企业，去年首次认定高企，能拿多少？",
])
def test_the_company_describing_itself_still_states_its_facts(said: str) -> None:
    assert {fact.field for fact in understand_facts(said, AS_OF)} == {"location.in_zone", "qualifications"}
