"""Round 13 review of branch und13, each class in fresh words (zh and en): a clause whose subject is another party
(合作大学的研究中心, 隔壁公司的中心, "a neighbouring company's centre", "our supplier's centre") gives the company no
fact — its raise raises nothing of ours, in the message of the fact or in a later turn; a date said with a verb of
the last item of a list ("an HNTE re-certified in 2024") dates that item only; money the company itself gave its
platform is not public funding received; a general question opening a message (片区企业首次认定高企能拿多少？,
"How much does a firm like ours get?") leaves the facts said after it; a count the company still lacks (还缺3件,
"still need three more") is not held."""

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


@pytest.mark.parametrize("said", [
    "Our business is registered in the Dalian FTZ: a provincial gazelle and an HNTE re-certified in 2024.",
    "Our business is registered in the Dalian FTZ; we're a provincial gazelle and an HNTE whose re-recognition was "
    "in 2024.",
    "Our business is registered in the Dalian FTZ, a provincial gazelle plus an HNTE recognised again in 2024.",
])
def test_a_date_with_the_last_items_own_verb_dates_that_item_only(said: str) -> None:
    reply, _ = talk(AS_OF, said)
    sure = totals(reply)[0]
    assert sure is not None and sure < 500_000  # the gazelle's date is asked, never taken from the HNTE's renewal


@pytest.mark.parametrize(("said", "sure"), [
    ("我们公司在大连自贸片区，是省级瞪羚企业和高新技术企业，都是2024年认定的", 500_000),  # the HNTE's round asked
    ("Our business is registered in the Dalian FTZ: a provincial gazelle and a first-time HNTE, both in 2024.",
     700_000),
])
def test_a_date_said_for_the_whole_list_still_dates_each(said: str, sure: int) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply)[0] == sure


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


@pytest.mark.parametrize("said", [
    "我们在大连自贸片区，今年授权了1件发明专利，还缺3件发明专利才够申报条件",
    "We're in the Dalian FTZ and received one invention patent this year; we still need three more invention "
    "patents before we can apply.",
])
def test_a_count_still_lacking_is_not_held(said: str) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply)[1] == 5_000


@pytest.mark.parametrize("said", [
    "What would an FTZ company receive for HNTE status? We're located in the FTZ; HNTE status came to us for the "
    "first time in March 2024.",
    "How much does a firm like ours get? We're based in the Dalian FTZ and were first recognised as an HNTE in 2024.",
    "片区企业首次认定高企能拿多少？我们就在片区，2024年第一次认定的高企",
    "像我们这样的企业能拿多少？我们就在大连自贸片区，2024年第一次认定为高新技术企业",
])
def test_facts_after_a_general_question_are_kept(said: str) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply) == (200_000, 200_000)


@pytest.mark.parametrize(("first", "later"), [
    ("我们就在大连自贸片区，2024年第一次认定为高新技术企业。", "像我们这样的企业能拿多少？"),
    ("We're based in the Dalian FTZ and became an HNTE for the first time in February 2024.",
     "What does a firm like ours get?"),
])
def test_a_company_like_ours_is_ours(first: str, later: str) -> None:
    reply, _ = talk(AS_OF, first, later)
    assert totals(reply) == (200_000, 200_000)


@pytest.mark.parametrize(("said", "most"), [
    ("We're in the Dalian FTZ: two invention patents were granted last year and three more invention patents this "
     "year.", 25_000),
    ("We're in the Dalian FTZ and hold two invention patents from last year plus one more invention patent from "
     "this spring.", 15_000),
])
def test_more_of_a_kind_named_again_adds_to_it(said: str, most: int) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply)[1] == most
