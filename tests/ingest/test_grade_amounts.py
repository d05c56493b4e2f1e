"""Grades listed with their amounts and no grant word between (``tiers._GRADE_AMOUNT_BEFORE``): each amount's tier is
its grade, the bracket restating the grade kept."""

from __future__ import annotations

from tests.ingest.sentences import benefits_of


def test_grades_with_a_bracket_each_tier_their_amount() -> None:
    benefits = benefits_of("对取得职业技能等级证书的人员给予补贴，补贴标准为：初级（五级）800元、中级（四级）1200元、"
                           "高级（三级）1800元。")
    assert [(b.tier, b.amount_cny) for b in benefits] == [
        ("初级（五级）", 800), ("中级（四级）", 1200), ("高级（三级）", 1800)]


def test_grades_without_a_bracket_after_a_colon() -> None:
    benefits = benefits_of("对评定等级的乡村民宿给予一次性奖励：甲级3万元、乙级2万元。")
    assert [(b.tier, b.amount_cny) for b in benefits] == [("甲级", 30_000), ("乙级", 20_000)]


def test_a_grade_in_the_payee_description_is_no_tier() -> None:
    (benefit,) = benefits_of("对新取得高级职称的企业技术人员给予1000元奖励。")
    assert (benefit.tier, benefit.amount_cny) == (None, 1000)


def test_numbered_grades_with_their_amounts_each_tier_their_amount() -> None:
    """review14b A7: X级 by number (一级/二级/三级) listed with amounts were three untiered awards, paid together."""
    benefits = benefits_of("对评定为标准化示范仓库的企业给予奖励，奖励标准为：一级12万元、二级8万元、三级5万元。")
    assert [(b.tier, b.amount_cny) for b in benefits] == [("一级", 120_000), ("二级", 80_000), ("三级", 50_000)]
