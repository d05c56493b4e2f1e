"""The label of a tier that is a band of figures keeps its (含): the mark says the band's upper end is included, no
aside to drop (an aside on one item only, 仅限…, is dropped: ``tiers._TRAILING_ASIDE``)."""

from __future__ import annotations

from tests.ingest.sentences import benefits_of


def test_an_included_upper_end_stays_in_the_band_label() -> None:
    benefits = benefits_of("年度销售额在3000万元—1亿元（含）、1亿元以上的批发企业，分别奖励4万元、8万元。")
    assert sorted((b.tier, b.amount_cny) for b in benefits) == [("1亿元以上", 80000), ("3000万元—1亿元（含）", 40000)]


def test_an_area_band_keeps_its_mark_too() -> None:
    benefits = benefits_of("经营面积在5000—8000平方米（含）、8000平方米以上的超市，分别一次性奖励20万元、40万元。")
    assert sorted((b.tier, b.amount_cny) for b in benefits) == [("5000—8000平方米（含）", 200000),
                                                                ("8000平方米以上", 400000)]


def test_an_aside_on_one_item_only_is_still_dropped() -> None:
    benefits = benefits_of("对投资额达到1亿元（限制造业项目）、3亿元以上的项目，分别奖励50万元、100万元。")
    assert sorted(b.tier or "" for b in benefits) == ["1亿元", "3亿元以上"]


def test_a_second_condition_after_the_last_figure_is_no_part_of_its_label() -> None:
    benefits = benefits_of("年度销售额在1亿元—3亿元（含）、3亿元以上且同比增长15%以上的批发企业，"
                           "分别奖励6万元、12万元。")
    assert [(b.tier, b.amount_cny) for b in benefits] == [("1亿元—3亿元（含）", 60000), ("3亿元以上", 120000)]


def test_a_list_of_titles_taken_is_labelled_by_the_titles() -> None:
    """取得X、Y、Z职称: the titles are the tiers (not 本单位取得X, not Z职称); 中级职称、高级职称 keep 职称, their
    label."""
    benefits = benefits_of("对在本单位取得工程师、高级工程师、正高级工程师职称的人员，"
                           "分别按1000元/人、3000元/人、5000元/人标准给予一次性奖励。")
    assert [b.tier for b in benefits] == ["工程师", "高级工程师", "正高级工程师"]
    benefits = benefits_of("对取得中级职称、高级职称的人才，分别奖励1万元、2万元。")
    assert [b.tier for b in benefits] == ["中级职称", "高级职称"]


def test_a_list_of_rankings_entered_is_labelled_by_the_rankings() -> None:
    benefits = benefits_of("对同行业排名首次跻身全市20强、全省100强的零售企业，分别给予一次性奖励5万元、15万元。")
    assert [b.tier for b in benefits] == ["全市20强", "全省100强"]
