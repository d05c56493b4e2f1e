"""Patent counts in a message: a count the company still lacks (还缺3件, "still need three more") is not
held; more of a kind named again adds to it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals

AS_OF = dt.date(2025, 6, 30)


@pytest.mark.parametrize("said", [
    "我们在大连自贸片区，今年授权了1件发明专利，还缺3件发明专利才够申报条件",
    "We're in the Dalian FTZ and received one invention patent this year; we still need three more invention "
    "patents before we can apply.",
])
def test_a_count_still_lacking_is_not_held(said: str) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply)[1] == 5_000


@pytest.mark.parametrize(("said", "most"), [
    ("We're in the Dalian FTZ: two invention patents were granted last year and three more invention patents this "
     "year.", 25_000),
    ("We're in the Dalian FTZ and hold two invention patents from last year plus one more invention patent from "
     "this spring.", 15_000),
])
def test_more_of_a_kind_named_again_adds_to_it(said: str, most: int) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply)[1] == most
