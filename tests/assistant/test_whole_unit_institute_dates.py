"""The date of a whole-unit research institute set up (整建制的研究院; "a brand-new, standalone research
institute") stays with it across a comma or the words between."""

from __future__ import annotations

import datetime as dt

from assistant.dialogue import new_state, respond

AS_OF = dt.date(2024, 10, 1)


def _totals(message: str, as_of: dt.date = AS_OF) -> tuple[int, int]:
    reply, _ = respond(message, new_state(as_of))
    assert reply.eligibility is not None, reply.answer
    return int(reply.eligibility["total_min_cny"]), int(reply.eligibility["total_max_cny"])


def test_a_comma_between_two_adjectives_keeps_the_date_with_the_thing_en() -> None:
    said = "In March 2024 our group opened a brand-new, standalone research institute in the Dalian FTZ."
    assert _totals(said) == (0, 20_000_000)


def test_the_date_before_a_whole_unit_institute_is_kept_zh() -> None:
    assert _totals("2024年3月，我们集团在自贸片区设立了整建制的研究院。") == (0, 20_000_000)
