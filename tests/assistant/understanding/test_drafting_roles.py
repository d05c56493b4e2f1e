"""Drafting roles of a standard: taking part is no first drafter; 第一起草单位 is."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 6, 30)


def _read(message: str) -> dict[str, Any]:
    return {fact.key: fact.value for fact in understand_facts(message, AS_OF)}


@pytest.mark.parametrize(("message", "first_drafter"), [
    ("We took part in drafting a national standard in 2023", False),
    ("2024年我们参与制定了一项行业标准", False),
    ("2024年我们作为第一起草单位主导制定了一项行业标准", True),
])
def test_drafting_roles(message: str, first_drafter: bool) -> None:
    standard = next(value for key, value in _read(message).items() if key.startswith("standard:"))
    assert standard.get("first_drafter", True) is first_drafter
