"""A policy whose area its words do not give takes the division its title names (review14 RS7: a city-wide policy
with no area read paid a company registered elsewhere as sure, saying "未说明注册地" although the place was said)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.policy_terms import title_area
from tests.assistant_contexts import context_of_text, reply_after

POLICY = """洛阳市促进专精特新企业成长若干措施
一、本措施自2024年1月1日起施行，有效期至2026年12月31日。
二、对首次认定的高新技术企业，给予25万元奖励。
"""
AS_OF = dt.date(2025, 3, 1)


def test_the_title_names_the_area() -> None:
    area = title_area("洛阳市促进专精特新企业成长若干措施")
    assert area is not None and (area.name, area.whole_division) == ("洛阳市", True)
    assert title_area("关于促进企业成长的若干措施") is None


@pytest.mark.parametrize("message", ["我们公司注册在杭州，2024年首次认定为高新技术企业。",
                                     "Our firm is registered in Hangzhou; we were first recognised as a high-tech "
                                     "enterprise in 2024."], ids=["zh", "en"])
def test_a_company_registered_elsewhere_is_not_paid_as_sure(message: str) -> None:
    reply = reply_after(context_of_text(POLICY, "fresh_city_growth_measures"), AS_OF, message)
    assert reply.eligibility["total_min_cny"] == 0
    assert "未说明注册地" not in reply.answer and "Location not stated" not in reply.answer


def test_a_company_in_the_city_is_paid() -> None:
    reply = reply_after(context_of_text(POLICY, "fresh_city_growth_measures"), AS_OF,
                        "我们注册在洛阳市西工区，2024年首次认定为高新技术企业。")
    assert reply.eligibility["total_min_cny"] == 250_000
