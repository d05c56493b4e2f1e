"""A chat message made readable before anything reads it.

Invisible format characters (Unicode category Cf: zero-width space and joiners, the
byte-order mark, soft hyphens, bidirectional controls) split a figure so that
``2024年5\u200b000万`` would be read as two numbers and stored as a wrong amount; lone
surrogates (Cs), which only broken encodings produce, cannot be written to a session file.
Both are removed. A message longer than :data:`MAX_RAW_MESSAGE_CHARS` is cut there first,
so a huge paste costs no more than a long message (the dialogue then reads its first part
and says so).
"""

from __future__ import annotations

import unicodedata

MAX_RAW_MESSAGE_CHARS = 20_000
"""Characters of a message looked at at all; the dialogue reads at most its own, smaller limit."""
_REMOVED_CATEGORIES = frozenset({"Cf", "Cs"})


def readable_message(message: str | None) -> str:
    """``message`` without format characters and lone surrogates, cut to
    :data:`MAX_RAW_MESSAGE_CHARS`; ``None`` is the empty message."""
    text = (message or "")[:MAX_RAW_MESSAGE_CHARS]
    if text.isascii():
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) not in _REMOVED_CATEGORIES)
