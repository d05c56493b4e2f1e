"""A list of ceilings by kind after a lead-in that names the award's measure (资助额度：A不超过N；B不超过M), the form of
the compendium cards: a row per ceiling with its kind as tier, the items after ； granted by the lead-in
(``patterns.CEILING_LIST_LEAD_IN``, ``patterns.KIND_BEFORE_CEILING``)."""

from __future__ import annotations

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of


def test_each_ceiling_of_a_list_after_a_lead_in_is_a_row_with_its_kind_as_tier() -> None:
    benefits = benefits_of("1．原创动画项目的扶持额度：长篇动画片项目不超过 300 万元；短片、微动画项目不超过 50 万元；"
                           "动画电影（含合拍片）不超过 500 万元，动漫衍生品开发项目不超过 30 万元。")
    assert [(b.kind, b.tier, b.cap_cny) for b in benefits] == [
        (ProvisionKind.UP_TO, "长篇动画片项目", 3_000_000),
        (ProvisionKind.UP_TO, "短片、微动画项目", 500_000),
        (ProvisionKind.UP_TO, "动画电影（含合拍片）", 5_000_000),
        (ProvisionKind.UP_TO, "动漫衍生品开发项目", 300_000)]


def test_a_yearly_list_by_region_keeps_its_regions_as_tiers_and_reads_no_level_inside_a_name() -> None:
    benefits = benefits_of("对到基层就业的毕业生发放租房补贴，补贴标准为：山区县每年最高5000元，"
                           "其他地区每年最高3000元。")
    assert [(b.kind, b.tier, b.cap_cny, b.level) for b in benefits] == [
        (ProvisionKind.ANNUAL_UP_TO, "山区县", 5000, None), (ProvisionKind.ANNUAL_UP_TO, "其他地区", 3000, None)]


def test_a_sentence_after_the_list_ends_it() -> None:
    *listed, closing = benefits_of("剧目创作的资助额度：话剧项目不超过 80 万元；戏曲项目不超过 60 万元。"
                                   "群众文艺类项目资助额度不超过 15 万元。")
    assert [b.tier for b in listed] == ["话剧项目", "戏曲项目"]
    assert (closing.tier, closing.cap_cny) == (None, 150_000)


def test_a_grant_to_a_party_in_the_list_is_no_kind() -> None:
    (benefit,) = benefits_of("支持标准：对新认定的示范企业给予最高 50 万元奖励。")
    assert (benefit.kind, benefit.tier, benefit.cap_cny) == (ProvisionKind.UP_TO, None, 500_000)


def test_a_ceiling_word_printed_once_in_the_lead_in_makes_each_kind_and_figure_a_ceiling() -> None:
    benefits = benefits_of("2．纪录片项目申请补助资金的额度不超过以下标准：长纪录片项目 90 万元；"
                           "系列纪录片（含网络剧）项目 150 万元；短纪录片项目30 万元。")
    assert [(b.kind, b.tier, b.cap_cny) for b in benefits] == [
        (ProvisionKind.UP_TO, "长纪录片项目", 900_000),
        (ProvisionKind.UP_TO, "系列纪录片（含网络剧）项目", 1_500_000),
        (ProvisionKind.UP_TO, "短纪录片项目", 300_000)]


def test_a_lead_in_without_a_ceiling_word_leaves_its_figures_fixed() -> None:
    benefits = benefits_of("奖励标准如下：金奖项目 20 万元；银奖项目 10 万元。")
    assert all(b.kind is not ProvisionKind.UP_TO for b in benefits)
