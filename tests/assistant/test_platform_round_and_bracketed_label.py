"""A platform's recognition has its round too (初次认定为省级企业技术中心 / "first recognised as a provincial
enterprise technology centre"): a clause paying 对初次认定为…企业技术中心的 pays it when the company says it was the
first, and asks when it does not say; and a label printed with a bracketed alternative (企业技术(研发)中心) is the
vocabulary's 企业技术中心 (data: its altLabels), so the company's own words for it tie it to the award. A synthetic
policy text written for this test (no corpus needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant_contexts import context_of_text, reply_after, totals_of

POLICY = """云岭县科技创新奖励办法
本办法自2023年1月1日起施行，有效期至2026年12月31日。
第一条 对初次认定为国家级、省级企业技术（研发）中心的，分别给予企业80万元、20万元奖励。
第二条 本办法由县科技局负责解释。
"""
AS_OF = dt.date(2024, 9, 1)


@pytest.fixture(scope="module")
def context():  # type: ignore[no-untyped-def]
    return context_of_text(POLICY, "yunling_tech_centres")



@pytest.mark.parametrize("message", [
    "我们公司今年3月初次被认定为省级企业技术中心。",
    "公司的研发部门2024年第一次获评省级企业技术中心。",
    "In March 2024 we were first recognised as a provincial enterprise technology centre.",
    "Our R&D department was recognised as a provincial enterprise technology center for the first time in 2024.",
])
def test_a_platform_said_to_be_first_recognised_is_paid(context, message: str) -> None:  # type: ignore[no-untyped-def]
    assert totals_of(reply_after(context, AS_OF, message)) == (200_000, 200_000)


@pytest.mark.parametrize("message", [
    "我们公司今年3月被认定为省级企业技术中心。",
    "In March 2024 we were recognised as a provincial enterprise technology centre.",
])
def test_a_platform_whose_round_is_not_said_is_asked_not_paid(context, message: str) -> None:  # type: ignore[no-untyped-def]
    reply = reply_after(context, AS_OF, message)
    assert totals_of(reply) == (0, 0)
    assert any(q["key"].startswith("round:enterprise_technology_center") for q in reply.questions)


@pytest.mark.parametrize("message", [
    "我们公司今年3月省级企业技术中心通过了复核，是再次认定。",
    "Our provincial enterprise technology centre was renewed in March 2024.",
])
def test_a_renewed_platform_is_not_paid_a_first_recognition(context, message: str) -> None:  # type: ignore[no-untyped-def]
    assert totals_of(reply_after(context, AS_OF, message))[1] == 0


def test_the_first_time_after_a_year_is_no_start_of_the_year(context) -> None:  # type: ignore[no-untyped-def]
    # 2024年初次认定: the year 2024 and the first time, not January 2024 (年初)
    reply = reply_after(context, AS_OF, "我们2024年初次认定为省级企业技术中心。")
    platform = next(f.value for f in reply.profile if f.field == "platforms")
    assert (platform["date"], platform["date_precision"], platform["round"]) == ("2024-01-01", "year", "first")
