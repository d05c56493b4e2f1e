"""One share paid by each level its base lists after 分别 (``patterns.RATE_OVER_LEVELS``): a row per level, the level
word as printed its tier, the same rate and ceiling on each; one base summed over levels (no 分别) stays one row."""

from __future__ import annotations

from decimal import Decimal

from tests.ingest.sentences import benefits_of


def test_a_share_of_each_levels_support_is_a_row_per_level() -> None:
    benefits = benefits_of("对承担国家、省级技术攻关项目的企业，"
                           "分别按照国家、省级资助金额的25%、最高80万元给予配套支持。")
    assert [(b.tier, b.level, b.rate, b.cap_cny) for b in benefits] == [
        ("国家", "national", Decimal("0.25"), 800_000), ("省级", "provincial", Decimal("0.25"), 800_000)]


def test_three_levels_give_three_rows() -> None:
    benefits = benefits_of("对获得国家、省、市立项的项目，分别按国家、省、市拨款额的10%给予配套，最高不超过20万元。")
    assert [(b.tier, b.level) for b in benefits] == [("国家", "national"), ("省", "provincial"), ("市", "municipal")]


def test_a_summed_base_with_no_respectively_is_one_row() -> None:
    (benefit,) = benefits_of("对获得国家、省级项目支持的企业，按国家、省级支持金额之和的20%给予配套，最高30万元。")
    assert (benefit.tier, benefit.rate, benefit.cap_cny) == (None, Decimal("0.2"), 300_000)
