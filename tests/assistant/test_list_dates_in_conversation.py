"""A date said with a verb of the last item of a list ("an HNTE re-certified in 2024") dates that item only;
a date said for the whole list (都是2024年认定的, "both in 2024") dates each."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals

AS_OF = dt.date(2025, 6, 30)


@pytest.mark.parametrize("said", [
    "Our business is registered in the Dalian FTZ: a provincial gazelle and an HNTE re-certified in 2024.",
    "Our business is registered in the Dalian FTZ; we're a provincial gazelle and an HNTE whose re-recognition was "
    "in 2024.",
    "Our business is registered in the Dalian FTZ, a provincial gazelle plus an HNTE recognised again in 2024.",
])
def test_a_date_with_the_last_items_own_verb_dates_that_item_only(said: str) -> None:
    reply, _ = talk(AS_OF, said)
    sure = totals(reply)[0]
    assert sure is not None and sure < 500_000  # the gazelle's date is asked, never taken from the HNTE's renewal


@pytest.mark.parametrize(("said", "sure"), [
    ("我们公司在大连自贸片区，是省级瞪羚企业和高新技术企业，都是2024年认定的", 500_000),  # the HNTE's round asked
    ("Our business is registered in the Dalian FTZ: a provincial gazelle and a first-time HNTE, both in 2024.",
     700_000),
])
def test_a_date_said_for_the_whole_list_still_dates_each(said: str, sure: int) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply)[0] == sure
