"""Review of round 5 of issue 11: the sentences the review found read wrong (and a fresh wording of
each class): a date given to something else is no recognition's date, a count goes with its own patent
word, what fell through is the nearest fact's only, 块 as a part is data, and a grant said again in a
later turn is not counted twice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.understanding.cues import all_cues
from assistant.understanding.quantities import zh_amounts
from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals
from tests.assistant.talking import values as _values

AS_OF = dt.date(2024, 6, 1)




@pytest.mark.parametrize("message", [
    "我们在片区内，2023年搬进了新办公楼，是首次认定的高新技术企业",
    "我们在片区内，公司2019年成立，是高新技术企业",
    "我们在片区内，2021年我们开始做研发，后来被认定为高新技术企业",
    "我们在片区内，2022年换了新的法人代表，是高新技术企业",
    "We are in the FTZ. In 2021 we hired 50 engineers, and we are an HNTE",
])
def test_a_date_given_to_another_event_does_not_date_the_recognition(message: str) -> None:
    reply, state = talk(AS_OF, message)
    [hnte] = _values(state, "qualifications")
    assert hnte["id"] == "high_tech_enterprise" and "date" not in hnte  # type: ignore[index]
    assert _totals(reply)[0] == 0  # the date is asked, nothing shown as established


@pytest.mark.parametrize(("message", "date"), [
    ("公司在自贸片区，2023年3月上市的，创业板，哦说错了，是科创板", "2023-03-01"),
    ("我们在片区内，去年5月在深交所挂牌，创业板", "2023-05-01"),
])
def test_a_listing_s_date_said_first_still_dates_the_board_named_next(message: str, date: str) -> None:
    _, state = talk(AS_OF, message)
    [listing] = _values(state, "listings")
    assert listing["date"] == date  # type: ignore[index]


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


@pytest.mark.parametrize("message", [
    "We are in the FTZ. We became an HNTE in 2022 and listed on the STAR market, "
    "though the first IPO attempt failed in 2020",
    "We are in the FTZ. We were recognised as an HNTE in 2022 and went public on ChiNext in 2023, "
    "but our first listing application was rejected in 2021",
])
def test_what_fell_through_is_the_nearest_fact_s_only(message: str) -> None:
    _, state = talk(AS_OF, message)
    [hnte] = _values(state, "qualifications")
    assert hnte.get("held", True) and hnte["date"] == "2022-01-01"  # type: ignore[union-attr,index]
    assert len(_values(state, "listings")) == 1


def test_something_that_fell_through_right_after_its_concept_is_still_not_held() -> None:
    _, state = talk(AS_OF, "We are in the FTZ. We applied for HNTE status but were rejected last year")
    assert _values(state, "qualifications") == [{"id": "high_tech_enterprise", "held": False}]


def test_kuai_as_a_part_is_a_cue_with_examples() -> None:
    examples = list(all_cues()["a_part_not_yuan"].examples())
    assert any(text == "都能申请吗" and should for _, text, should in examples)
    assert zh_amounts("两块都能申请吗") == [] and zh_amounts("有三块地") == []
    assert [f.value for f in zh_amounts("区里给了500块，不多")] == [Decimal(500)]


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
