"""Money the company itself put into its platform (我们自己已经给中心拨了150万, "RMB 1.5m of our own money")
is not public funding received and leaves the cap whole; public funding given before still counts against it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals

AS_OF = dt.date(2025, 6, 30)


@pytest.mark.parametrize("said", [
    "我们在大连自贸片区，去年获批省级制造业创新中心，总投资600万，我们自己已经给中心拨了150万经费",
    "我们在大连自贸片区，去年获批省级制造业创新中心，总投资600万，公司已经给这个中心配套了150万补贴",
    "We are in the Dalian FTZ and became a provincial manufacturing innovation centre last year, total investment "
    "RMB 6m. We have already put RMB 1.5m of our own money into the centre.",
])
def test_the_companys_own_money_is_not_funding_received(said: str) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply)[1] == 3_000_000


def test_public_funding_given_before_still_counts() -> None:
    reply, _ = talk(AS_OF, "我们在大连自贸片区，去年获批省级制造业创新中心，总投资600万，"
                           "区里之前已经给这个中心100万资助")
    assert totals(reply)[1] == 2_000_000
