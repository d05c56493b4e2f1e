"""How a figure is said: exactly (营收3000万), as an upper bound (不到3000万), as a lower bound (超过3000万, 3000万以上,
两千多万, "over 30 million", "more than RMB 5m") or as an approximation (约5000万, 5000万左右, "around 50m").

A bound is no figure: read as the figure, a rate paid on it shows a sure amount that may be wrong (a lower bound) or
more money than may be due (an upper bound). The words are the cues ``at_most_before``/``at_most_after``,
``at_least_before``/``at_least_after``/``at_least_inside`` and ``about_before``/``about_after`` (``ontology/cues/*.yaml``).
"""

from __future__ import annotations

from typing import Literal

from assistant.understanding.cues import cue
from assistant.understanding.quantities import Found

FigureSaid = Literal["at_most", "at_least", "about"]
AT_LEAST: FigureSaid = "at_least"
ABOUT: FigureSaid = "about"
AT_MOST: FigureSaid = "at_most"


def figure_said(text: str, found: Found) -> FigureSaid | None:
    """How ``found`` (an amount of ``text``) is said: ``at_most``, ``at_least``, ``about``, or None (exactly)."""
    before, after = text[:found.start], text[found.end:]
    if cue("at_most_before").search(before) or cue("at_most_after").match(text, found.end):
        return AT_MOST
    if cue("at_least_before").search(before) or cue("at_least_after").search(after) \
            or cue("at_least_inside").search(found.text):
        return AT_LEAST
    if cue("about_before").search(before) or cue("about_after").search(after):
        return ABOUT
    return None


def lower_bound_unusable(topic: str | None, text: str, found: Found) -> bool:
    """A lower bound of a figure whose field holds no bound and where the bound read as the figure could pay more
    than is due: R&D spending (an increment over it) and funding already received (netted out of a cap)."""
    return topic in ("rd", "funding") and figure_said(text, found) == AT_LEAST
