"""Inline points 一是…二是… of a clause (ingest/structure.py): inside one paragraph they end with it, and the paragraphs
after it are the clause's own again; points that are paragraphs of their own keep the paragraphs after the last one."""

from __future__ import annotations

from tests.ingest.sentences import benefits_of


def test_points_inside_one_paragraph_end_with_it() -> None:
    benefits = benefits_of("提高民办托育机构补贴标准。一是建设补贴。每新增一个托位补贴5000元。二是运营补贴。"
                           "每收托1名婴幼儿每月补贴300元。\n对普惠托育服务中心给予一次性奖励8万元。")
    assert sorted((b.clause_path, b.amount_cny or b.unit_amount_cny) for b in benefits) == [
        (("一",), 80_000), (("一", "一是"), 5000), (("一", "二是"), 300)]


def test_points_each_a_paragraph_keep_the_paragraph_after_the_last() -> None:
    benefits = benefits_of("提高民办托育机构补贴标准。\n一是建设补贴，每新增一个托位补贴5000元。\n"
                           "二是运营补贴，每收托1名婴幼儿每月补贴300元。\n托育机构年度补贴最高不超过20万元。")
    assert [b.clause_path for b in benefits][:2] == [("一", "一是"), ("一", "二是")]
    assert benefits[-1].clause_path == ("一", "二是")


def test_a_paragraph_that_details_the_last_point_of_one_paragraph_is_the_points() -> None:
    # the next paragraph opens with what 二是 names (社区食堂…): it details that point; the one after is the clause's
    benefits = benefits_of("完善社区助餐补助政策。一是对新建社区食堂给予一次性建设补助10万元。"
                           "二是对社区食堂给予运营补贴。\n社区食堂按每人次2元给予运营补贴。\n对评为示范助餐点的给予一次性奖励3万元。")
    assert sorted((b.clause_path, b.amount_cny or b.unit_amount_cny) for b in benefits
                  if b.amount_cny or b.unit_amount_cny) == [
        (("一",), 30_000), (("一", "一是"), 100_000), (("一", "二是"), 2)]
