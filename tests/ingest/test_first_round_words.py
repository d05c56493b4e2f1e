"""The round of an award paid for a first listing, ranking or title (``patterns.ROUND_FIRST``): 首次被授予 a title,
首次入选, 首次跻身 / 首次进入 a named list or ranking, 首次（成功）…上市 / 挂牌 — and not a first entry into a market
or into the statistics, nor a first time that is no recognition."""

from __future__ import annotations

import pytest

from tests.ingest.sentences import benefits_of


@pytest.mark.parametrize("sentence", [
    "对首次被授予“诚信示范企业”称号的企业，奖励3万元。",
    "对首次跻身全国服务业200强的企业，给予一次性奖励40万元。",
    "对首次进入省级“雏鹰计划”培育名单的企业，一次性给予15万元奖补。",
    "企业首次成功在深圳证券交易所上市的，最高补助600万元。",
    "企业首次在区域性股权市场挂牌的，给予20万元奖励。",
])
def test_a_first_listing_ranking_or_title_is_round_first(sentence: str) -> None:
    benefits = benefits_of(sentence)
    assert benefits and all(b.round == "first" for b in benefits), [(b.kind, b.round) for b in benefits]


@pytest.mark.parametrize("sentence", [
    "对首次进入本地市场的连锁品牌企业，给予10万元奖励。",
    "对首次进入规模以上企业统计库的企业，给予5万元奖励。",
    "对首次签订技术合同的企业，给予2万元奖励。",
])
def test_a_first_time_that_is_no_listing_is_no_round(sentence: str) -> None:
    benefits = benefits_of(sentence)
    assert benefits and all(b.round is None for b in benefits), [(b.kind, b.round) for b in benefits]


def test_each_tier_of_a_ranking_list_is_round_first() -> None:
    """A 分别 list of rankings entered for the first time: each tier is round first."""
    benefits = benefits_of("对首次跻身全省100强、全国500强的企业，分别给予一次性奖励10万元、50万元。")
    assert sorted(b.amount_cny or 0 for b in benefits) == [100000, 500000]
    assert {b.round for b in benefits} == {"first"}
