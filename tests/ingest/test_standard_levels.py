"""The level of a standard the payee sets is the level of its award (``patterns.SETS_A_STANDARD``; fresh wordings)."""

from __future__ import annotations

from tests.ingest.sentences import benefits_of


def test_the_level_of_a_standard_set_is_the_awards_level() -> None:
    benefits = benefits_of("对牵头制定国际标准的单位给予40万元奖励。对主持修订国家标准的企业给予20万元奖励。"
                           "对牵头制定行业标准的企业给予8万元奖励。")
    assert [(b.amount_cny, b.level) for b in benefits] == [
        (400_000, "international"), (200_000, "national"), (80_000, "industry")]


def test_a_standard_applied_is_no_level() -> None:
    (benefit,) = benefits_of("对执行国家标准并通过验收的企业给予5万元奖励。")
    assert benefit.level is None


def test_a_part_that_sets_the_standard_without_naming_it_takes_its_level() -> None:
    lead, joined = benefits_of("对牵头制定行业标准的单位给予15万元奖励，对参与修订的单位给予5万元奖励。")
    assert (lead.level, joined.level) == ("industry", "industry")
    (alone,) = benefits_of("对参与制定的单位给予5万元奖励。")
    assert alone.level is None


def test_a_part_after_two_standards_of_different_levels_takes_no_level() -> None:
    *_, joined = benefits_of("对牵头制定国家标准、地方标准的单位分别给予40万元、10万元奖励，"
                             "对参与修订的单位给予3万元奖励。")
    assert (joined.amount_cny, joined.level) == (30_000, None)


def test_taking_part_in_setting_standards_is_no_list_joiner() -> None:
    """参与制定国家标准和行业标准等标准的…: 与 of 参与 joins nothing; the standards are the tiers, each at its level."""
    from tests.ingest.sentences import benefits_of

    benefits = benefits_of("对参与制定国家标准和行业标准等标准的龙头企业，由区财政分别一次性给予40万元、20万元奖补。")
    assert [(b.tier, b.level, b.amount_cny) for b in benefits] == [
        ("国家标准", "national", 400_000), ("行业标准", "industry", 200_000)]
