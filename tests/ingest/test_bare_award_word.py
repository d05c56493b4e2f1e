"""奖 alone before its amount grants it (分别奖…, 每家奖…), like 奖励; a prize's name before an amount (一等奖, 金奖)
is no grant word by itself (``patterns.GRANT``)."""

from __future__ import annotations

from ingest import patterns as P
from tests.ingest.sentences import benefits_of


def test_a_bare_award_word_before_a_list_of_amounts_pays_each_tier() -> None:
    benefits = benefits_of("对新获评国家级、省级绿色商场的零售企业，分别奖30万元、15万元。")
    assert sorted((b.level, b.amount_cny) for b in benefits) == [("national", 300000), ("provincial", 150000)]


def test_a_bare_award_word_before_one_amount_pays_it() -> None:
    benefits = benefits_of("对当年新开设的品牌首店，每家奖8万元。")
    assert [b.amount_cny for b in benefits] == [80000]


def test_a_prize_name_before_an_amount_is_no_grant_word() -> None:
    assert not P.GRANT.search("设一等奖10万元、金奖5万元、优秀奖2万元")
    assert P.GRANT.search("分别奖30万元")
    assert P.GRANT.search("每件奖 1000 元")
