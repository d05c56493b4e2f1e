"""Funding already given to the platform (省里早就给这个中心100万资助, "the province has already given the
centre RMB 1m") counts against the platform's cap."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals

AS_OF = dt.date(2024, 9, 1)


@pytest.mark.parametrize("said", [
    "我们是大连自贸片区做泵阀的，去年被认定为省级制造业创新中心，中心总投资600万元，省里早就给这个中心100万资助。",
    "We make pumps in the Dalian FTZ. Last year we were recognised as a provincial manufacturing innovation center; "
    "total investment RMB 6 million. The province has already given the centre RMB 1 million.",
])
def test_funding_given_to_the_platform_counts_against_its_cap(said: str) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply) == (0, 2_000_000)  # 50% × 600万 − 100万 received = 200万 < 300万
