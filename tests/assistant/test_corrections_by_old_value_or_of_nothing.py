"""A correction in a later turn that names the part it corrects by its old number ("the 600k one was
actually 1.6m", 50万的那份是80万) replaces that part; a correction that changes nothing keeps the totals."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals

AS_OF = dt.date(2024, 8, 1)


@pytest.mark.parametrize(("messages", "turnover"), [
    (("我们在片区内，今年签了三份技术合同，分别是100万、200万、50万", "不对，50万的那份是80万"), 3_800_000),
    (("We are in the FTZ; this year we signed two tech contracts, 1.5m and 600k",
      "sorry, the 600k one was actually 1.6m"), 3_100_000),
])
def test_a_part_named_by_its_old_number_is_corrected(messages: tuple[str, ...], turnover: int) -> None:
    reply, state = talk(AS_OF, *messages)
    assert [f.value["amount_cny"] for f in state.facts if f.field.startswith("quantities.")] == [turnover]
    assert _totals(reply) == (turnover // 10, turnover // 10)


@pytest.mark.parametrize("messages", [
    ("我们在片区内，去年首次认定为高新技术企业", "不对，我刚才说的不太准确"),
    ("We are in the FTZ, first-time HNTE in 2023", "sorry, that wasn't quite right"),
])
def test_a_correction_that_changes_nothing_keeps_the_totals(messages: tuple[str, ...]) -> None:
    reply, _ = talk(AS_OF, *messages)
    assert reply.intent == "correction" and _totals(reply) == (200_000, 200_000)
