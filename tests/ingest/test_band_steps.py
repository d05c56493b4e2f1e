"""A scale printed step by step, each band of the payee's figure opening its own segment before its award
(``patterns.BAND_SEGMENT``): each band is its amount's tier — the company is asked which band it is in, never paid
every step at once."""

from __future__ import annotations

from tests.ingest.sentences import benefits_of


def test_each_band_reached_tiers_its_award() -> None:
    benefits = benefits_of("对首次纳入统计的住宿企业，年客房收入达到300万元以上（含）800万元以下的奖励1万元，"
                           "达到800万元以上（含）的奖励2万元。")
    assert [(b.tier, b.amount_cny) for b in benefits] == [
        ("300万元以上（含）800万元以下", 10_000), ("800万元以上（含）", 20_000)]


def test_bands_of_a_spend_each_tier_their_award() -> None:
    benefits = benefits_of("对新引进的研发中心，研发投入在500万元至2000万元的每家奖励5万元，"
                           "研发投入2000万元以上的每家奖励10万元。")
    assert [(b.tier, b.amount_cny) for b in benefits] == [
        ("研发投入在500万元至2000万元", 50_000), ("研发投入2000万元以上", 100_000)]


def test_one_band_alone_is_no_scale() -> None:
    (benefit,) = benefits_of("对年营业收入达到500万元的企业奖励1万元。")
    assert (benefit.tier, benefit.amount_cny) == (None, 10_000)


def test_a_list_of_figures_with_respectively_keeps_its_aligned_tiers() -> None:
    benefits = benefits_of("营业收入首次达到1亿元、5亿元的，分别奖励10万元、30万元。")
    assert [(b.tier, b.amount_cny) for b in benefits] == [("1亿元", 100_000), ("5亿元", 300_000)]
