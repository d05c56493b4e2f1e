"""A message typed in 繁體 or with full-width digits is read as simplified ASCII, position for position, and
what the reply quotes is what the user typed: its facts are shown as used, never as not understood."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.typed import typed_reading, typed_text
from tests.assistant.talking import talk

AS_OF = dt.date(2025, 6, 30)


def test_full_width_digits_and_letters_are_read_as_ascii() -> None:
    reading = typed_reading("今年２月获批ＨＮＴＥ，投资１．５亿，占比５０％。")
    assert reading is not None and reading.text == "今年2月获批HNTE，投资1.5亿，占比50%。"
    assert reading.original("今年2月获批HNTE") == "今年２月获批ＨＮＴＥ"


def test_a_message_already_read_so_has_no_reading() -> None:
    assert typed_reading("今年2月获批高新技术企业，。；") is None
    assert typed_text("we are in the FTZ") == "we are in the FTZ"


@pytest.mark.parametrize(("message", "date", "precision"), [
    ("我们在片区内，今年３月获批省级瞪羚企业", "2025-03-01", "month"),
    ("我們在片區內，今年３月獲批省級瞪羚企業", "2025-03-01", "month"),
])
def test_a_full_width_month_keeps_its_month(message: str, date: str, precision: str) -> None:
    reply, state = talk(AS_OF, message)
    gazelle = next(f for f in state.facts if f.field == "qualifications")
    assert (gazelle.value["date"], gazelle.value["date_precision"]) == (date, precision)
    assert gazelle.source in message  # quoted as typed
    assert "未能理解" not in reply.answer  # every clause shown as used


def test_full_width_funding_received_is_netted() -> None:
    reply, state = talk(AS_OF, "我们在自贸片区，今年１月获批省级制造业创新中心，"
                               "总投资４０００万，已经拿过省里的资金１８００万")
    assert [f.value for f in state.facts if f.field == "other_funding_cny"] == [18_000_000]
    assert reply.eligibility is not None and reply.eligibility["total_max_cny"] == 2_000_000
