"""Patent kinds as said: a patent granted abroad (via PCT, in Japan) is a foreign patent, said of the patent
word before it only, and IC layout-design registrations are counted."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals
from tests.assistant.talking import values as _values

AS_OF = dt.date(2024, 6, 1)


@pytest.mark.parametrize("message", [
    "We are in the FTZ. We have 2 patents granted in Japan via PCT last year.",
    "We are in the FTZ and got 2 patents granted abroad last year.",
])
def test_a_patent_granted_abroad_is_a_foreign_patent(message: str) -> None:
    reply, state = talk(AS_OF, message)
    assert [v["type"] for v in _values(state, "patents")] == ["foreign_patent"]  # type: ignore[index]
    assert _totals(reply) == (0, 80_000)  # up to 4万 each


def test_ic_layout_design_registrations_are_counted() -> None:
    _, state = talk(AS_OF, "We're in the FTZ with 4 IC layout-design registrations granted in 2023.")
    assert [(v["type"], v["granted"]) for v in _values(state, "patents")] == [  # type: ignore[index]
        ("integrated_circuit_layout", 4)]


@pytest.mark.parametrize(("message", "granted"), [
    ("We are in the FTZ. We hold 10 patents and 2 patents granted in Europe via PCT",
     [("invention_patent", 10), ("foreign_patent", 2)]),
    ("We are in the FTZ. Last year we got 4 patents at home plus 3 patents granted in the US",
     [("invention_patent", 4), ("foreign_patent", 3)]),
    ("We are in the FTZ. We have 2 patents granted in Japan via PCT last year.", [("foreign_patent", 2)]),
])
def test_granted_abroad_is_said_of_the_patent_word_before_it_only(message: str, granted: list[tuple[str, int]]) -> None:
    _, state = talk(AS_OF, message)
    assert [(v["type"], v["granted"]) for v in _values(state, "patents")] == granted  # type: ignore[index]
