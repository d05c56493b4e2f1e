"""More of a count (2 more, 又授权了3件): counted only when of the same kind, dated by its own date when it has
one, added when of the same year."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 6, 30)


def _read(message: str) -> dict[str, Any]:
    return {fact.key: fact.value for fact in understand_facts(message, AS_OF)}


@pytest.mark.parametrize(("message", "granted"), [
    ("3 invention patents were granted in 2023 and 2 more this year", 5),
    ("3 invention patents were granted in 2023 and 2 more utility models", 3),  # "more" of something else
    ("3 invention patents were granted in 2023 and 2 more design patents", 3),
    ("发明专利3件和2件多的实用新型", 3),
])
def test_more_of_the_same_counts_only_the_same(message: str, granted: int) -> None:
    # more with a date of their own are a fact of that date (see below): the invention patents still number 5
    assert sum(value["granted"] for key, value in _read(message).items()
               if key.partition("@")[0] == "patent:invention_patent") == granted


@pytest.mark.parametrize(("message", "first", "more"), [
    ("4 invention patents were granted in 2022 and 3 more this year", (4, 2022), (3, 2025)),
    ("We got 6 invention patents in 2023, and 1 more in 2024", (6, 2023), (1, 2024)),
    ("2022年授权了4件发明专利，今年又授权了3件", (4, 2022), (3, 2025)),
    ("We hold 5 invention patents from 2021, and another 2 were granted last year", (5, 2021), (2, 2024)),
])
def test_more_with_a_date_of_its_own_keeps_its_date(message: str, first: tuple[int, int],
                                                    more: tuple[int, int]) -> None:
    patents = sorted((value["granted"], value["date"].year) for key, value in _read(message).items()
                     if key.startswith("patent:"))
    assert patents == sorted([first, more])


@pytest.mark.parametrize("message", ["4 invention patents were granted in 2022 and 3 more in 2022",
                                     "2022年拿了4件发明专利，还有3件"])
def test_more_of_the_same_year_is_added(message: str) -> None:
    patents = [value for key, value in _read(message).items() if key.startswith("patent:")]
    assert [(p["granted"], p["date"].year) for p in patents] == [(7, 2022)]
