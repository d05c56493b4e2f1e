"""English dates are read with ASCII word boundaries (beside Chinese characters too) and through full-width
digits and spaces, which are folded one for one so that every offset holds."""

from __future__ import annotations

import datetime as dt

from assistant.understanding.relative_dates import resolve_dates

AS_OF = dt.date(2025, 6, 30)


def _read(text: str) -> list[tuple[str, dt.date]]:
    return [(text[m.start:m.end], m.date) for m in resolve_dates(text, "en", AS_OF)]


def test_full_width_digits_and_spaces_are_read_at_their_own_offsets() -> None:
    assert _read("HNTE since ２０２１, renewed last　year") == [("２０２１", dt.date(2021, 1, 1)),
                                                           ("last　year", dt.date(2024, 1, 1))]


def test_an_english_date_beside_chinese_characters() -> None:
    assert _read("我们last year拿到了") == [("last year", dt.date(2024, 1, 1))]
