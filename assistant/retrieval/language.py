"""Which route a query takes, decided by its script."""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LETTER = re.compile(r"[A-Za-z]")
_MEANINGFUL = re.compile(r"[\w\u3400-\u9fff\uac00-\ud7af\u3040-\u30ff]", re.UNICODE)


def detect_language(text: str) -> str:
    """``zh`` (Han without kana or hangul), ``ja``, ``ko`` or ``en`` (anything else)."""
    if _HANGUL.search(text):
        return "ko"
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        return "zh"
    return "en"


def has_content(text: str) -> bool:
    """False for text made only of punctuation, symbols, emoji or spaces."""
    return bool(_MEANINGFUL.search(text))
