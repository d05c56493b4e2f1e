"""Round 13 of issue 11 (blind-16/17 classes), each in fresh words in Chinese and English: the policy's area
named as the other side of talks (正在和片区谈落户, "negotiating with the Dalian FTZ") is not where the company is;
a title said to be still under review or not yet awarded, pointed at by its kind (那个人才称号, "that talent title",
after a dash as after a comma), is not held; one date said after a list of concepts joined by and / 和 dates each;
a body said to grant the second concept of a clause (and then Jilin designated us a…) gives it its level; the place of a
market (在香港联交所挂牌) is not the seat; a question about any company ("What does a company in the FTZ get as an
HNTE?") states no fact of the user's; a count said with "more" is counted; a season of last year dates the event;
a date set apart by a dash from an investment said after it is the concept's; funding already given to the platform
(已经给这个中心150万资助, "the city already gave this centre RMB 1.5m") counts against its cap; a raise of level
(去年升省级了, "it went up to provincial") reads the same in the message of the fact and in a later turn (one cue);
magnitude words doubled (1亿万, 1e9万) read no amount; a large amount is shown with every digit (10亿元, not 1亿元);
a place the company supplies (给大连自贸片区的整车厂供货) is not its seat."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.format import cny_en
from assistant.understanding.facts import understand_facts
from assistant.understanding.quantities import ImplausibleNumber, amounts
from tests.assistant.talking import talk, totals, values
from ui.profile_form import _amount_words, _money

AS_OF = dt.date(2024, 9, 1)
TALENT_ZH = "我们在大连自贸片区。首席科学家2023年入选杰出青年科技人才。"


@pytest.mark.parametrize("said", [
    "我们是杭州的一家电池材料企业，目前在跟大连自贸片区管委会洽谈入驻，2023年首次认定高企。",
    "我们是苏州做工业软件的公司，正在和自贸片区对接落地的事，去年第一次评上高新技术企业。",
    "We're a Suzhou battery-materials maker negotiating with the Dalian FTZ about setting up there. "
    "We got HNTE status for the first time in 2023.",
    "We're a biotech firm from Hangzhou. We've been talking to the FTZ management committee about relocating. "
    "HNTE first recognised in 2023.",
    "Hangzhou battery firm here, in talks with the Dalian FTZ about a move. First-time HNTE in 2023.",
])
def test_the_area_as_the_other_side_of_talks_is_not_the_seat(said: str) -> None:
    reply, state = talk(AS_OF, said)
    assert values(state, "location.in_zone") == [False]
    assert totals(reply) == (0, 0)


def test_customers_in_the_area_still_say_nothing_of_the_seat() -> None:
    _, state = talk(AS_OF, "我们在沈阳和大连自贸片区都有客户，2023年首次认定高企。")
    assert values(state, "location.in_zone") == []


@pytest.mark.parametrize(("said", "taken_back"), [
    (TALENT_ZH, "不好意思，我说错了——那个人才称号还在评审，还没正式授予。"),
    (TALENT_ZH, "抱歉，那个人才称号其实还没评上。"),
    ("We're in the Dalian FTZ. Our chief scientist was named an outstanding young sci-tech talent in 2023.",
     "My mistake — that talent title is still under review and hasn't been conferred."),
    ("We're in the Dalian FTZ. Our chief scientist was named an outstanding young sci-tech talent in 2023.",
     "Oops – the young talent title hasn't been awarded yet."),
])
def test_a_title_not_yet_awarded_is_not_held(said: str, taken_back: str) -> None:
    reply, state = talk(AS_OF, said, taken_back)
    assert totals(reply) == (0, 0)
    assert [value["held"] for value in values(state, "holdings")] == [False]  # type: ignore[index]


def _dated(message: str) -> dict[str, tuple[object, object]]:
    """concept → (date, level) of each fact the message states."""
    return {str(fact.value.get("id") or fact.value.get("type")): (fact.value.get("date"), fact.value.get("level"))
            for fact in understand_facts(message, AS_OF) if isinstance(fact.value, dict)}


@pytest.mark.parametrize("said", [
    "We were named a provincial gazelle and a provincial specialised SME in March 2023.",
    "We got a provincial gazelle title and a provincial enterprise technology center in March 2023.",
    "我们获评省级瞪羚企业和省级专精特新中小企业是在2023年3月。",
])
def test_one_date_after_a_list_dates_every_item(said: str) -> None:
    assert {date for date, _ in _dated(said).values()} == {dt.date(2023, 3, 1)}


@pytest.mark.parametrize(("said", "undated"), [
    ("We are an HNTE and got a provincial gazelle title in 2022.", "high_tech_enterprise"),  # a verb ends the list
    ("We're a leading technology enterprise and an HNTE (renewed in May 2022).", "tech_leader_enterprise"),
    ("我们是高企，还有省级瞪羚，2022年认定的。", "high_tech_enterprise"),
])
def test_a_date_of_the_last_item_only_stays_its_own(said: str, undated: str) -> None:
    assert _dated(said)[undated][0] is None


@pytest.mark.parametrize("said", [
    "We listed on the STAR Market last year and Jilin named us a gazelle enterprise in 2022.",
    "我们去年在科创板上市并被吉林省评为瞪羚企业。",
])
def test_a_body_granting_the_second_concept_gives_its_level(said: str) -> None:
    assert _dated(said)["gazelle_enterprise"][1] == "provincial"


@pytest.mark.parametrize("said", [
    "我们是大连自贸片区的企业，2023年在香港联交所挂牌上市，2022年首次认定高企。",
    "我们公司在大连自贸片区，去年在香港上市了，2022年首次认定高企。",
    "We're a Dalian FTZ company; last year we went public on the Hong Kong Stock Exchange. First HNTE in 2022.",
])
def test_the_place_of_a_market_is_not_the_seat(said: str) -> None:
    reply, state = talk(AS_OF, said)
    assert values(state, "location.in_zone") == [True]
    assert totals(reply) == (200_000, 200_000)  # the first HNTE; a listing outside the mainland pays nothing


@pytest.mark.parametrize("asked", [
    "What does a company in the FTZ get as a first-time HNTE?",
    "So how much does a firm in the zone get for a provincial gazelle title?",
    "自贸片区的公司首次认定高企有多少补助？",
    "对于片区内的企业，首次认定的高企给多少钱？",
])
def test_a_question_about_any_company_states_no_fact(asked: str) -> None:
    for in_conversation in (False, True):
        assert understand_facts(asked, AS_OF, in_conversation=in_conversation) == []


@pytest.mark.parametrize("said", [
    "We are in the FTZ and a first-time HNTE since 2023. What does a company like that get?",
    "片区里的一家阀门企业，去年首次认定高企，能拿多少？",
])
def test_the_company_describing_itself_still_states_its_facts(said: str) -> None:
    assert {fact.field for fact in understand_facts(said, AS_OF)} == {"location.in_zone", "qualifications"}


def test_a_hypothetical_question_in_a_conversation_keeps_the_facts_held() -> None:
    said = "We're in the Dalian FTZ and were recognised as a provincial gazelle in 2023."
    _, before = talk(AS_OF, said)
    _, after = talk(AS_OF, said, "What does a company in the FTZ get as a first-time HNTE?")
    assert values(after, "qualifications") == values(before, "qualifications")


@pytest.mark.parametrize(("said", "count"), [
    ("We're in the Dalian FTZ. Three more invention patents were granted this year.", 3),
    ("我们在大连自贸片区，今年又有三件发明专利授权。", 3),
])
def test_a_count_said_with_more_is_counted(said: str, count: int) -> None:
    _, state = talk(AS_OF, said)
    assert [value["granted"] for value in values(state, "patents")] == [count]  # type: ignore[index]


@pytest.mark.parametrize("said", [
    "We're in the Dalian FTZ. Our open-competition (jiebang guashuai) project was selected last summer.",
    "我们在大连自贸片区，揭榜挂帅项目去年夏天入选。",
])
def test_a_season_of_last_year_dates_the_event_last_year(said: str) -> None:
    assert _dated(said)["challenge_project"][0] == dt.date(AS_OF.year - 1, 1, 1)


@pytest.mark.parametrize("said", [
    "Our stack plant in the Dalian FTZ was named a key hydrogen energy project this year - roughly RMB 800 million "
    "invested.",
    "我们在大连自贸片区，今年被列为氢能产业重点项目——总投资约8亿元。",
])
def test_a_date_set_apart_by_a_dash_from_an_investment_is_the_concepts(said: str) -> None:
    assert _dated(said)["hydrogen_key_project"][0] == dt.date(AS_OF.year, 1, 1)


@pytest.mark.parametrize("said", [
    "我们是大连自贸片区做泵阀的，去年被认定为省级制造业创新中心，中心总投资600万元，省里早就给这个中心100万资助。",
    "We make pumps in the Dalian FTZ. Last year we were recognised as a provincial manufacturing innovation center; "
    "total investment RMB 6 million. The province has already given the centre RMB 1 million.",
])
def test_funding_given_to_the_platform_counts_against_its_cap(said: str) -> None:
    reply, _ = talk(AS_OF, said)
    assert totals(reply) == (0, 2_000_000)  # 50% × 600万 − 100万 received = 200万 < 300万


CENTRE_EN = "We're in the Dalian FTZ; a municipal enterprise technology center approved in 2020"


def _platform_levels(*messages: str) -> list[tuple[object, object]]:
    _, state = talk(AS_OF, *messages)
    return [(value["level"], str(value.get("date"))) for value in values(state, "platforms")]  # type: ignore[index]


@pytest.mark.parametrize(("first", "raise_"), [
    ("我们在大连自贸片区，2020年获批市级企业技术中心", "2022年升省级了"),
    ("我们在大连自贸片区，2020年获批市级企业技术中心", "2022年晋升省级"),
    (CENTRE_EN, "it went up to provincial in 2022"),
    (CENTRE_EN, "in 2022 it was bumped up to provincial"),
])
def test_a_raise_reads_the_same_in_the_message_of_the_fact_and_in_a_later_turn(first: str, raise_: str) -> None:
    joined = first + (", " if first.isascii() else "，") + raise_
    expected = [("municipal", "2020-01-01"), ("provincial", "2022-01-01")]
    assert _platform_levels(joined) == expected
    assert _platform_levels(first, raise_) == expected


@pytest.mark.parametrize("said", ["中心总投资1亿万元", "总投资5000万亿", "投资了两亿万"])
def test_magnitude_words_doubled_read_no_amount(said: str) -> None:
    assert amounts(said) == []


@pytest.mark.parametrize("said", ["中心总投资1e9万元", "total investment RMB 2.5e3 million", "投资1E+9元"])
def test_an_amount_written_as_a_power_is_not_believable(said: str) -> None:
    with pytest.raises(ImplausibleNumber):
        amounts(said)


@pytest.mark.parametrize(("value", "zh", "en"), [
    (1_000_000_000, "10亿元", "CNY 1000 million"),
    (2_000_000_000, "20亿元", "CNY 2000 million"),
    (350_000_000, "3.5亿元", "CNY 350 million"),
    (12_345_670_000, "1234567万元", "CNY 12345.67 million"),
])
def test_a_large_amount_is_shown_with_every_digit(value: int, zh: str, en: str) -> None:
    assert _amount_words(value) == zh and cny_en(value) == en
    assert _money(_amount_words(value)) == value  # the form reads back what it shows


@pytest.mark.parametrize("typed", ["nan", "inf", "-Infinity"])
def test_the_form_refuses_a_number_that_is_no_amount(typed: str) -> None:
    with pytest.raises(ValueError):
        _money(typed)


@pytest.mark.parametrize(("said", "seat"), [
    ("我们给大连自贸片区的一家整车厂供货，2023年首次认定高企。", []),
    ("我们主要为大连自贸片区的车企做配套，2023年首次认定高企。", []),
    ("我们是沈阳的零部件企业，给大连自贸片区的整车厂供货，2023年首次认定高企。", [False]),
    ("We make parts for a car plant in the Dalian FTZ; first HNTE recognition in 2023.", []),
    ("We're a Shenyang firm and supply a car plant in the Dalian FTZ. First-time HNTE in 2023.", [False]),
    ("我们作为大连自贸片区的企业，2023年首次认定高企。", [True]),  # 作为: as one, not for one
])
def test_a_place_the_company_supplies_is_not_its_seat(said: str, seat: list[bool]) -> None:
    _, state = talk(AS_OF, said)
    assert values(state, "location.in_zone") == seat
