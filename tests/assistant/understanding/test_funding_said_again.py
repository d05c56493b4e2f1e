"""Funding said again in a later turn (市里也给了300万) is not counted twice; another giver or 又 / "another"
is another grant."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import values as _values

AS_OF = dt.date(2024, 6, 1)


@pytest.mark.parametrize(("messages", "funding"), [
    (("我们在自贸片区，市里给了我们300万资金", "市里也给了300万"), 3_000_000),  # the same grant said again
    (("我们在自贸片区，市里给了我们300万资金", "市里还给了300万"), 3_000_000),
    (("我们在自贸片区，市里给了我们300万资金", "区里还给了200万"), 5_000_000),  # another giver
    (("我们在自贸片区，市里给了我们300万资金", "市里又给了300万"), 6_000_000),  # 又: another grant
    (("We are in the FTZ. The city gave us RMB 3m in grants", "The city gave us another RMB 3m"), 6_000_000),
])
def test_funding_repeated_in_a_later_turn_is_not_counted_twice(messages: tuple[str, ...], funding: int) -> None:
    _, state = talk(AS_OF, *messages)
    assert _values(state, "other_funding_cny") == [funding]


@pytest.mark.parametrize(("messages", "funding"), [
    (("我们在自贸片区，专利资助市里给了2万", "市里也给了2万专利资助"), 20_000),
    (("我们在自贸片区，专利资助市里给了2万", "省里还给了3万专利资助"), 50_000),
])
def test_patent_funding_repeated_is_not_counted_twice(messages: tuple[str, ...], funding: int) -> None:
    _, state = talk(AS_OF, *messages)
    assert _values(state, "patent_funding_received_cny") == [funding]
