"""review9 und9 #2: "today" dates an event said today (we listed today), never a status the company holds
("we are … today"): a status held today says nothing about when it was got (it was shown as a new recognition)."""

from __future__ import annotations

import datetime as dt

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 12)


def _dates(message: str, field: str) -> list[object]:
    return [fact.value.get("date") for fact in understand_facts(message, AS_OF)
            if fact.field == field and isinstance(fact.value, dict)]


def test_a_status_held_today_is_not_dated_today() -> None:
    message = "We are based in the bonded zone, and our firm is a high-tech enterprise today."
    assert _dates(message, "qualifications") == [None]


def test_a_status_we_still_hold_today_is_not_dated_today() -> None:
    assert _dates("Our company remains a high-tech enterprise today.", "qualifications") == [None]


def test_an_event_of_today_is_dated_today() -> None:
    assert _dates("We were recognised as a high-tech enterprise today.", "qualifications") == [AS_OF]
