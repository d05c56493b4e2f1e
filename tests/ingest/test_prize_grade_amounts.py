"""A prize's grades listed with their own amounts and no grant word (…的项目，一等奖10万元、二等奖5万元) pay each grade
its amount, the grade its tier — never untiered rows a company would be paid all of (review13: gap) — fresh
wordings."""

from __future__ import annotations

import pytest

from ingest import patterns as P
from tests.ingest.sentences import benefits_of


@pytest.mark.parametrize("sentence, tiers", [
    ("对获得区专利奖的发明人，一等奖6万元、二等奖4万元、三等奖1万元。", ["一等奖", "二等奖", "三等奖"]),
    ("对在全市工业设计大赛中获奖的作品，金奖8万元，银奖5万元，铜奖3万元。", ["金奖", "银奖", "铜奖"]),
    ("对获得区科技进步奖的单位，特等奖奖励20万元、一等奖奖励12万元。", ["特等奖", "一等奖"]),
    ("对入选全市优秀软件产品评选的企业，分别给予一等奖6万元、二等奖3万元。", ["一等奖", "二等奖"]),
])
def test_each_grade_of_a_prize_is_the_tier_of_its_own_amount(sentence: str, tiers: list[str]) -> None:
    assert [p.tier for p in benefits_of(sentence)] == tiers


def test_a_grade_in_the_payees_description_is_no_tier_of_the_amount() -> None:
    (benefit,) = benefits_of("对获得区科技进步奖一等奖的单位，给予15万元奖励。")
    assert benefit.tier is None
    assert benefit.amount_cny == 150_000


def test_a_count_of_grades_is_no_award() -> None:
    assert not benefits_of("去年共评出一等奖3项、二等奖5项。")


def test_the_prizes_a_contest_sets_up_are_no_grant_word() -> None:
    assert not P.GRANT.search("大赛设一等奖8万元、二等奖4万元、三等奖1万元")
    assert P.GRANT.search("对获奖团队，一等奖8万元、二等奖4万元")
