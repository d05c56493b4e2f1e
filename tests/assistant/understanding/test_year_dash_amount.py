"""A dash between a year and its amount ("2022 - RMB 80 million") is no clause break."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 6, 30)


def _read(message: str) -> list[tuple[str, Any]]:
    return [(fact.key, fact.value) for fact in understand_facts(message, AS_OF)]


def test_a_dash_between_a_year_and_its_amount_is_no_clause_break() -> None:
    assert {key: value["amount_cny"] for key, value in _read("R&D: 2022 - RMB 80 million, 2023 - RMB 95 million")
            if key.startswith("rd_expense")} == {"rd_expense:2022": 80_000_000, "rd_expense:2023": 95_000_000}
