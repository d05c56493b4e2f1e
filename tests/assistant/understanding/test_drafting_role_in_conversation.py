"""A drafting role: a standard only taken part in pays nothing, and a role said more precisely later (确切
地说我们是第一起草单位) corrects it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals

AS_OF = dt.date(2025, 2, 15)


@pytest.mark.parametrize("messages", [
    ("我们在片区内，去年参与了一项行业标准的修订",),
    ("我们在片区内，前年参与过一项国家标准的制定，不是牵头单位",),
    ("We are in the FTZ; last year we took part in drafting an international standard, not as the lead drafter",),
])
def test_a_standard_only_taken_part_in_pays_nothing(messages: tuple[str, ...]) -> None:
    reply, state = talk(AS_OF, *messages)
    assert [f.value.get("first_drafter") for f in state.facts if f.field == "standards"] == [False]
    assert _totals(reply) == (0, 0)


@pytest.mark.parametrize(("messages", "total"), [
    (("我们在片区内，前年参与了一项国家标准的起草", "确切地说我们是第一起草单位"), 500_000),
    (("We're in the FTZ; in 2023 we were a participating drafter of a national standard",
      "To be precise, we were the lead drafter"), 500_000),
])
def test_a_role_said_more_precisely_corrects_it(messages: tuple[str, ...], total: int) -> None:
    reply, _ = talk(AS_OF, *messages)
    assert _totals(reply) == (total, total)
