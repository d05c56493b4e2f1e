"""Each ``对…`` part of a sentence keeps its own qualifications: a later part never borrows an earlier one's."""

from __future__ import annotations

from decimal import Decimal

from tests.ingest.sentences import benefits_of


def test_a_later_part_does_not_require_the_earlier_parts_qualification() -> None:
    first, second = benefits_of("1.对新认定的高新技术企业给予20万元奖励，"
                                "对首次通过知识产权管理体系贯标认证的企业，给予10万元奖励。")
    assert (first.amount_cny, first.qualifications) == (200_000, ("high_tech_enterprise",))
    assert second.amount_cny == 100_000
    assert "high_tech_enterprise" not in second.qualifications
    assert second.beneficiary is not None and second.beneficiary.label == "企业"


def test_a_later_part_does_not_take_the_earlier_parts_level() -> None:
    centre, certified = benefits_of("1.对新认定的国家级企业技术中心给予100万元奖励，"
                                    "对首次通过贯标认证的企业，给予10万元奖励。")
    assert (centre.amount_cny, centre.level) == (1_000_000, "national")
    assert (certified.amount_cny, certified.level) == (100_000, None)


def test_a_later_part_names_its_own_qualification() -> None:
    provincial, national, station = benefits_of(
        "1.对新认定的国家级企业技术中心、省级企业技术中心分别给予100万元、50万元奖励，"
        "对新获批的博士后工作站，给予30万元资助。")
    assert [provincial.level, national.level] == ["national", "provincial"]
    assert (station.amount_cny, station.qualifications, station.level) == (
        300_000, ("postdoctoral_workstation",), None)


def test_a_part_that_refers_back_keeps_the_earlier_parts_qualification() -> None:
    award, grant = benefits_of("1.对新认定的高新技术企业给予20万元奖励，对该企业新建研发中心的，再给予10万元奖励。")
    assert award.qualifications == grant.qualifications == ("high_tech_enterprise",)
    assert grant.amount_cny == 100_000


def test_a_rate_that_refers_back_keeps_the_earlier_parts_qualification() -> None:
    _, rate = benefits_of("1.对新认定的高新技术企业给予20万元奖励，对其研发投入按10%给予补助，最高100万元。")
    assert (rate.rate, rate.cap_cny, rate.qualifications) == (Decimal("0.1"), 1_000_000, ("high_tech_enterprise",))
