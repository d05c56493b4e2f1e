"""A count said after its patent word and a date (发明专利去年授权了5项) is that patent's; a total of two kinds
is no count of one."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 6, 30)


def _read(message: str) -> list[tuple[str, Any]]:
    return [(fact.key, fact.value) for fact in understand_facts(message, AS_OF)]


def _of(message: str, field_prefix: str) -> list[Any]:
    return [value for key, value in _read(message) if key.startswith(field_prefix)]


@pytest.mark.parametrize(("message", "granted"), [("发明专利去年授权了5项", 5), ("发明专利和实用新型一共9项", None)])
def test_a_count_after_its_patent_word_and_a_date(message: str, granted: int | None) -> None:
    assert [p["granted"] for p in _of(message, "patent:invention_patent")] == ([granted] if granted else [])
