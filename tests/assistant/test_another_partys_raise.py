"""A raise of level said of another party's platform (合作大学的研究中心今年升为省级, "a neighbouring company's
centre was upgraded to provincial") raises nothing of the company's, in the message of the fact or in a later turn;
the company's own raise still raises."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals

AS_OF = dt.date(2025, 6, 30)


CENTRE_ZH = "我们注册在大连自贸片区，2023年拿到市级工程技术研究中心"


CENTRE_EN = "Our firm sits in the Dalian FTZ; we won a municipal engineering technology research centre in 2023"


@pytest.mark.parametrize("said", [
    CENTRE_ZH + "，合作大学的研究中心今年升为省级。",
    CENTRE_ZH + "，隔壁公司的中心今年晋升省级了。",
    CENTRE_ZH + "，我们供应商的中心今年也升到省级了。",
    CENTRE_EN + ", and a neighbouring company's centre was upgraded to provincial this year.",
    CENTRE_EN + ", and our supplier's centre got promoted to provincial this year.",
])
def test_another_partys_raise_raises_nothing_of_ours(said: str) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply) == (500_000, 500_000)


@pytest.mark.parametrize("said", [CENTRE_ZH + "，今年升为省级了。",
                                  CENTRE_EN + ", and it was upgraded to provincial this year."])
def test_our_own_raise_still_raises(said: str) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply) == (1_500_000, 1_500_000)


@pytest.mark.parametrize(("first", "later"), [
    (CENTRE_ZH + "。", "我们客户的研究中心今年升到省级了。"),
    (CENTRE_ZH + "。", "竞争对手的中心今年晋升为省级"),
    (CENTRE_EN + ".", "A competitor's centre was bumped up to provincial this year."),
    (CENTRE_EN + ".", "Our partner university's centre went up to provincial this year."),
])
def test_another_partys_raise_in_a_later_turn_raises_nothing(first: str, later: str) -> None:
    reply, _ = talk(AS_OF, first, later)
    assert totals(reply) == (500_000, 500_000)
