"""The province that recognised the company gives the recognition its level, and a board corrected inside the
message (不对说错了，是科创板) stands."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 6, 30)


def _read(message: str) -> dict[str, Any]:
    return {fact.key: fact.value for fact in understand_facts(message, AS_OF)}


def test_a_province_that_recognised_gives_the_level_and_a_correction_in_the_message_stands() -> None:
    assert _read("Liaoning province recognised us as a gazelle enterprise in 2023")["qualification:gazelle_enterprise"][
        "level"] == "provincial"
    read = _read("我们2021年在创业板上市，不对说错了，是科创板")
    assert "listing:chinext" not in read and read["listing:star_market"]["date"] == dt.date(2021, 1, 1)
