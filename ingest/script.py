"""Policies written in traditional characters (繁體, e.g. a Big5 file): the patterns and the
vocabulary are simplified, so such a text is read through a simplified reading of the same
length (OpenCC ``t2s``, character for character), and everything quoted is taken back from
the original by position."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

TRADITIONAL_SHARE = 0.02
"""A text counts as traditional when at least this share of its Han characters (and at
least :data:`MIN_CHANGED` of them) read differently in simplified characters."""
MIN_CHANGED = 5
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@dataclass(frozen=True)
class SimplifiedReading:
    """``text`` in simplified characters, position for position with ``written`` (what the
    document or the user wrote); ``originals`` gives, for each simplified character that
    replaced another, the character most often written for it."""

    text: str
    written: str
    originals: dict[str, str]

    def original(self, derived: str) -> str:
        """A string read off the simplified text (a heading, a printed amount, the user's words)
        as it was written: taken by position where it occurs in the text (also across a line
        break), else character by character (a label the reading composed, 2星级)."""
        at = self.text.find(derived)
        if derived and at >= 0:
            return self.written[at:at + len(derived)]
        kept = [i for i, character in enumerate(self.text) if character != "\n"]
        joined = "".join(self.text[i] for i in kept)
        at = joined.find(derived)
        if derived and at >= 0:
            return "".join(self.written[i] for i in kept[at:at + len(derived)])
        return "".join(self.originals.get(character, character) for character in derived)


def simplified_reading(text: str, *, min_changed: int = MIN_CHANGED, share: float = TRADITIONAL_SHARE
                       ) -> SimplifiedReading | None:
    """The simplified reading of a traditional-character text; None for a simplified one (fewer
    than ``min_changed`` characters, or than ``share`` of the Han characters, read differently).
    A short message (a question typed in 繁體) is read with ``min_changed=1, share=0``."""
    converter = _converter()
    simplified = converter.convert(text)
    if len(simplified) != len(text):  # a phrase rule changed a length: convert one character at a time
        simplified = "".join(converted if len(converted := converter.convert(c)) == 1 else c for c in text)
    changed = [(new, old) for new, old in zip(simplified, text, strict=True) if new != old]
    if not changed or len(changed) < max(min_changed, share * len(_HAN.findall(text))):
        return None
    counts = Counter(changed)
    originals: dict[str, str] = {}
    for (new, old), _ in counts.most_common():
        originals.setdefault(new, old)
    return SimplifiedReading(simplified, text, originals)


def message_reading(text: str) -> SimplifiedReading | None:
    """A short text (a question, a quote) read as simplified: one traditional character is enough."""
    return simplified_reading(text, min_changed=1, share=0.0)


@lru_cache(maxsize=4096)
def simplified_text(text: str) -> str:
    """A short text in simplified characters, same length; itself if it already is. For
    matching only: what is shown stays as written."""
    reading = message_reading(text)
    return reading.text if reading else text
