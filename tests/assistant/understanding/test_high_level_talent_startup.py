"""The start-up of high-level talent said by its founder (创始人是高层次人才, "founded by a high-level talent"), not
only by the policy's own name (高层次人才创业)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 5, 1)


@pytest.mark.parametrize("message", [
    "我们在大连自贸片区，创始人是高层次人才，2022年创办了公司",
    "我们是片区里一家由高层次人才创办的新材料公司",
    "We're in the Dalian FTZ; our founder is a high-level talent and set up the firm in 2022.",
    "We are a Dalian FTZ battery firm founded by a high-level talent.",
])
def test_a_company_founded_by_high_level_talent_is_a_talent_startup(message: str) -> None:
    """The start-up of high-level talent said by its founder (创始人是高层次人才, "founded by a high-level talent"), not
    only by the policy's own name (高层次人才创业)."""
    keys = [fact.key for fact in understand_facts(message, AS_OF)]
    assert "holding:high_level_talent_startup" in keys
