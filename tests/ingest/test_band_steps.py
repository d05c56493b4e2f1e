"""A scale printed step by step, each band of the payee's figure opening its own segment before its award
(``patterns.BAND_SEGMENT``): each band is its amount's tier — the company is asked which band it is in, never paid
every step at once."""

from __future__ import annotations

from tests.ingest.sentences import benefits_of


def test_each_band_reached_tiers_its_award() -> None:
    benefits = benefits_of("对从原企业分离设立的物流企业，按其年营业收入给予一次性奖励，"
                           "首次达到500万元以上（含）1000万元以下的奖励1万元，"
                           "首次达到1000万元以上的（含）奖励3万元。")
    assert [(b.tier, b.amount_cny) for b in benefits] == [
        ("500万元以上（含）1000万元以下", 10_000), ("1000万元以上的（含）", 30_000)]


def test_bands_of_an_investment_each_tier_their_award() -> None:
    benefits = benefits_of("对新开工的产业项目，投资额在3000万元至8000万元的每个奖励2万元，"
                           "投资8000万元以上的每个奖励4万元。")
    assert [(b.tier, b.amount_cny) for b in benefits] == [
        ("投资额在3000万元至8000万元", 20_000), ("投资8000万元以上", 40_000)]


def test_one_band_alone_is_no_scale() -> None:
    (benefit,) = benefits_of("对年营业收入达到500万元的企业奖励1万元。")
    assert (benefit.tier, benefit.amount_cny) == (None, 10_000)


def test_a_list_of_figures_with_respectively_keeps_its_aligned_tiers() -> None:
    benefits = benefits_of("营业收入首次达到1亿元、5亿元的，分别奖励10万元、30万元。")
    assert [(b.tier, b.amount_cny) for b in benefits] == [("1亿元", 100_000), ("5亿元", 300_000)]
