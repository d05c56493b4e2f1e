"""A list of a prize's grades (``patterns.PRIZE_WITH_GRADE``): the first item names the prize and its grade, a
province's name included (its label as printed); the grades and categories after it that name no level of their own
are the same prize's, at its level."""

from __future__ import annotations

from tests.ingest.sentences import benefits_of


def test_the_grades_after_a_provinces_prize_are_at_its_level() -> None:
    benefits = benefits_of("对获得湖南省科学技术进步奖特等奖、一等奖、二等奖和青年科技奖的，分别奖励40万元、25万元、"
                           "10万元、5万元。")
    assert [(b.tier, b.level, b.amount_cny) for b in benefits] == [
        ("湖南省科学技术进步奖特等奖", "provincial", 400_000), ("一等奖", "provincial", 250_000),
        ("二等奖", "provincial", 100_000), ("青年科技奖", "provincial", 50_000)]


def test_a_prize_list_per_item_keeps_the_level_too() -> None:
    benefits = benefits_of("对获得江苏省专利奖金奖、优秀奖的，每项分别给予专利权人一次性奖励20万元、8万元。")
    assert [(b.tier, b.level) for b in benefits] == [("江苏省专利奖金奖", "provincial"), ("优秀奖", "provincial")]


def test_a_level_word_opening_a_grade_list_is_still_the_provisions() -> None:
    """国家级专利金奖、专利优秀奖: no prize name before the grade — the level word is cut off as before."""
    benefits = benefits_of("对获得国家级专利金奖、专利优秀奖的企业，分别奖励60万元、20万元。")
    assert [(b.tier, b.level) for b in benefits] == [("专利金奖", "national"), ("专利优秀奖", "national")]
