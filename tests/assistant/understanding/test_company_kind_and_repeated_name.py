"""A company's kind (一家创新药公司) is no project, and a concept named twice in one message (a key-field
innovation team and its Chinese name) is one fact."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 6, 30)


def _read(message: str) -> dict[str, Any]:
    return {fact.key: fact.value for fact in understand_facts(message, AS_OF)}


def test_a_company_kind_is_not_a_project_and_a_name_said_twice_is_one_fact() -> None:
    assert not any(key.startswith("holding:") for key in _read("我们是一家创新药公司，在大连自贸片区"))
    read = _read("In 2024 our group became a key-field innovation team (重点领域创新团队)")
    assert [value.get("date") for key, value in read.items() if key.startswith("holding:")] == [dt.date(2024, 1, 1)]
