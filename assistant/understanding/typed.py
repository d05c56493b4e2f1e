"""A message as the readers read it: typed in 繁體 (我們是高新技術企業) it is read in simplified characters, and
full-width digits and Latin letters (今年２月, ３０００万, ＨＮＴＥ) as ASCII — position for position, so that what
is quoted back is taken from what the user typed."""

from __future__ import annotations

from ingest.script import SimplifiedReading, message_reading

_FULL_WIDTH = {**{0xFF10 + i: 0x30 + i for i in range(10)},        # ０-９
               **{0xFF21 + i: 0x41 + i for i in range(26)},        # Ａ-Ｚ
               **{0xFF41 + i: 0x61 + i for i in range(26)},        # ａ-ｚ
               0xFF05: 0x25, 0xFF0E: 0x2E}                          # ％ ．
"""Full-width forms read as ASCII; the full-width punctuation of Chinese (，。；：？（）) is kept."""


def typed_reading(text: str) -> SimplifiedReading | None:
    """``text`` read in simplified characters with ASCII digits and letters, position for position with
    ``text``; None when it reads so already."""
    simplified = message_reading(text)
    read = (simplified.text if simplified else text).translate(_FULL_WIDTH)
    if read == text:
        return None
    originals = dict(simplified.originals) if simplified else {}
    originals.update({chr(ascii_): chr(full) for full, ascii_ in _FULL_WIDTH.items() if chr(full) in text})
    return SimplifiedReading(read, text, originals)


def typed_text(text: str) -> str:
    """``text`` as the readers read it (see :func:`typed_reading`)."""
    reading = typed_reading(text)
    return reading.text if reading else text
