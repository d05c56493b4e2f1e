"""A company's English words for a grade of a scale ("passed the maturity assessment at level 3 (integrated level)")
name that grade, given as the grade's first name (3级): an English message stating a maturity grade was taken as out
of scope (#13/#11, chain10 class G: pingshan en, no total at all)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.eligibility.tiers import grade_named
from assistant.understanding.facts import understand_facts
from tests.assistant_contexts import context_of_policy, reply_after

AS_OF = dt.date(2024, 6, 30)


@pytest.mark.parametrize(("words", "grade"), [("rated at level 4 (optimized level)", "4级"),
                                              ("passed at Level 3 (integrated level)", "3级"),
                                              ("智能制造成熟度五级", "5级"), ("评为5A级景区", "5A级"),
                                              ("reached the leading level in our own audit; the formal grade is "
                                               "level 3", "3级")])
def test_english_grade_words_name_the_grade(words: str, grade: str) -> None:
    assert grade_named(words) == grade


@pytest.mark.parametrize("words", ["our quality reached the leading level of the industry",
                                   "a planning level document",
                                   "成熟度三级，明年冲五级"])
def test_ordinary_english_or_two_grades_name_no_grade(words: str) -> None:
    # review10 chain10 #2: "the leading level of the industry" was read as grade 5 and paid 500万 as sure
    assert grade_named(words) is None


def test_a_maturity_grade_said_in_english_is_read_with_its_grade() -> None:
    facts = understand_facts("In March 2024 our plant reached the intelligent manufacturing capability maturity "
                             "Level 4.", AS_OF)
    assert [(f.field, f.value.get("tier")) for f in facts] == [("qualifications", "4级")]


def test_pingshan_pays_the_fourth_maturity_grade_to_an_english_message(policies: dict[str, Any]) -> None:
    # pingshan_digital_economy_2023 第二章第四条: 五级、四级、三级 → 500万、300万、100万 (alternatives: one grade paid);
    # certified at level 4 in March 2024, inside the window: 300万 exactly, by hand
    context = context_of_policy(policies["pingshan_digital_economy_2023"])
    reply = reply_after(context, AS_OF, "Our battery pack factory is registered in Pingshan District, Shenzhen. In "
                        "March 2024 we were certified at smart manufacturing capability maturity level 4 "
                        "(optimized level).")
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (3_000_000, 3_000_000)
