"""Classes of misreading fixed in issue 11's fourth round from blind-3's failures, each tried on wordings
that are not in any conversation file: corrections inside one message, members listed one by one after a
count, a concept named again in a question, a level said far after its concept, funding never claimed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 6, 30)


def _read(message: str) -> list[tuple[str, Any]]:
    return [(fact.key, fact.value) for fact in understand_facts(message, AS_OF)]


def _of(message: str, field_prefix: str) -> list[Any]:
    return [value for key, value in _read(message) if key.startswith(field_prefix)]


@pytest.mark.parametrize(("message", "granted"), [
    ("In the zone. 9 invention patents were granted in 2023 - sorry, 7 not 9.", 7),
    ("We got 9 invention patents last year; my mistake, 7", 7),
    ("片区企业，去年授权了9件发明专利，说错了，是7件", 7),
])
def test_a_count_taken_back_in_the_message_is_replaced(message: str, granted: int) -> None:
    assert [p["granted"] for p in _of(message, "patent:")] == [granted]


def test_a_date_after_a_correction_is_no_count() -> None:
    latest = dict(_read("We hold 9 invention patents - sorry, 7 patents, granted in 2023"))  # a later one replaces
    patent = latest["patent:invention_patent"]
    assert (patent["granted"], patent["date"].year) == (7, 2023)


@pytest.mark.parametrize(("message", "board"), [
    ("片区企业，前年在创业板上市了，哦记错了，是科创板，2022年10月上的", "star_market"),
    ("we went public on ChiNext in March 2023 - no wait, my mistake, it was the STAR Market", "star_market"),
])
def test_a_board_taken_back_in_the_message_is_replaced(message: str, board: str) -> None:
    assert [listing["board"] for listing in _of(message, "listing")] == [board]


def test_a_dash_between_a_year_and_its_amount_is_no_clause_break() -> None:
    assert {key: value["amount_cny"] for key, value in _read("R&D: 2022 - RMB 80 million, 2023 - RMB 95 million")
            if key.startswith("rd_expense")} == {"rd_expense:2022": 80_000_000, "rd_expense:2023": 95_000_000}


def test_members_listed_after_a_count_are_each_their_own() -> None:
    labs = _of("我们有两个重点实验室：一个2022年获批国家级，另一个2023年获批省级", "platform:key_laboratory")
    assert sorted(lab["level"] for lab in labs) == ["national", "provincial"]


def test_the_other_member_said_by_its_level_alone() -> None:
    incubators = _of("We run two incubators: one became provincial in December 2023, the other a municipal one in 2022",
                     "platform:incubator")
    assert sorted(value["level"] for value in incubators) == ["municipal", "provincial"]


def test_a_concept_named_again_in_a_question_is_not_one_more() -> None:
    found = _of("我们2023年获批市级科技孵化器，孵化器能给多少钱", "platform:incubator")
    assert [value.get("level") for value in found] == ["municipal"]


def test_a_level_said_far_after_its_concept_is_its_level() -> None:
    found = _of("Our key laboratory here in the Dalian free trade zone was approved as provincial-level in 2023",
                "platform:key_laboratory")
    assert [value.get("level") for value in found] == ["provincial"]


@pytest.mark.parametrize("message", ["检测中心今年1月拿到了省级检验检测认证",
                                     "our centre got national testing and certification status in 2024"])
def test_testing_and_certification_named_without_laboratory(message: str) -> None:
    assert _of(message, "platform:testing_certification_lab")


@pytest.mark.parametrize("message", [
    "我们公司在沈阳，不在自贸片区。自贸片区这个20万的高企补助我们能拿吗",
    "We're based in Shenyang, not in the FTZ. Can we get the FTZ's 200k HNTE subsidy?",
])
def test_the_area_named_as_the_policys_is_not_where_we_are(message: str) -> None:
    assert {value for key, value in _read(message) if key == "location.in_zone"} == {False}


@pytest.mark.parametrize(("message", "granted"), [("发明专利去年授权了5项", 5), ("发明专利和实用新型一共9项", None)])
def test_a_count_after_its_patent_word_and_a_date(message: str, granted: int | None) -> None:
    assert [p["granted"] for p in _of(message, "patent:invention_patent")] == ([granted] if granted else [])
