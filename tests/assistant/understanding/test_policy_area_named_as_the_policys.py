"""The area named as the policy's (自贸片区这个20万的高企补助) is not where the company is."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 6, 30)


def _read(message: str) -> list[tuple[str, Any]]:
    return [(fact.key, fact.value) for fact in understand_facts(message, AS_OF)]


@pytest.mark.parametrize("message", [
    "我们公司在沈阳，不在自贸片区。自贸片区这个20万的高企补助我们能拿吗",
    "We're based in Shenyang, not in the FTZ. Can we get the FTZ's 200k HNTE subsidy?",
])
def test_the_area_named_as_the_policys_is_not_where_we_are(message: str) -> None:
    assert {value for key, value in _read(message) if key == "location.in_zone"} == {False}
