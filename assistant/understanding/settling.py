"""When the company was set up in, or moved into, the place it is in — what a 新设立/新迁入/新落户 condition needs.

A clause where the company settles (cue ``settled_event``: 2018年就在本县设立了, 公司2019年成立, "we were founded in
2019") gives ``location.settled_year``, the year of its date (the one before the words, else after them); 新落户,
刚成立, "newly settled" (cue ``newly_settled``) give ``location.newly_settled`` true, 老企业, "long-established"
(cue ``long_established``) false. Setting something else up (2023年成立了研发中心) is no settling: the cues need the
verb to end its clause or name only a place.
"""

from __future__ import annotations

import datetime as dt

from assistant.understanding.cues import cue
from assistant.understanding.quantities import Found

SETTLED_YEAR = "location.settled_year"
NEWLY_SETTLED = "location.newly_settled"


def settling(text: str, found_dates: list[Found]) -> dict[str, object]:
    """The settling facts of one clause of the company's (``found_dates``: the clause's dates): field → value."""
    facts: dict[str, object] = {}
    newly = cue("newly_settled").search(text)
    if cue("long_established").search(text):
        facts[NEWLY_SETTLED] = False
    elif newly:
        facts[NEWLY_SETTLED] = True
    event = cue("settled_event").search(text) or newly  # 2024年新迁入坪山的…企业: the year of the move
    if event is None:
        return facts
    years = [found for found in found_dates if isinstance(found.value, dt.date)]
    before = [found for found in years if found.end <= event.end()]  # 我们公司2015年就迁到本区了: inside it too
    after = [found for found in years if found.start >= event.end()]
    when = before[-1] if before else (after[0] if after else None)
    if when is not None and isinstance(when.value, dt.date):
        facts[SETTLED_YEAR] = when.value.year
    return facts
