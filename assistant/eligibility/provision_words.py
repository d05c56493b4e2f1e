"""The words of a provision's sentence before its own figure (对注册地不在本区的…企业，…给予一次性奖励|40万元): where
a clause states who it is for and what it requires. One reading for every check that looks there (unread units,
another article's list, registered elsewhere, a per-unit thing's condition), so that they agree on which words
are the clause's own."""

from __future__ import annotations

import re

from ingest.model import Provision

FIGURE_FIELDS = ("amount", "rate", "unit", "cap")
"""The written fields of a provision whose text is its figure; the first of them written is the one looked for."""
_SENTENCE_END = re.compile(r"[。；;]")


def words_before_figure(provision: Provision, *, fields: tuple[str, ...] = FIGURE_FIELDS, once: bool = False,
                        own_sentence: bool = False) -> str:
    """The words of ``provision``'s quote before its own figure (the first written of
    ``fields``: an amount, rate, unit or cap): the
    whole quote when the figure is not found in it. ``once``: none when the figure is not found exactly once (the same
    figure twice: which one is this provision's is not known). ``own_sentence``: only the words after the last
    sentence end before the figure (a quote may hold the sentences before it)."""
    shown = next((text for field, text in provision.written if field in fields and text), None)
    found = provision.quote.count(shown) if shown else 0
    if once and found != 1:
        return ""
    before = provision.quote[:provision.quote.find(shown)] if shown and found else provision.quote
    if own_sentence:
        before = before[max((m.end() for m in _SENTENCE_END.finditer(before)), default=0):]
    return before
