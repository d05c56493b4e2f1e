"""An award's floor (补贴标准不低于X元) pays at least X: the guaranteed amount is X and the most is the clause's
printed cap, or X with an assumption saying the most is not stated — never "up to X" as if X were a ceiling
(docs/eligibility.md, "An award's floor"; fresh policy, zh and en)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant_contexts import context_of_text, reply_after

POLICY = """某区支持科技型企业成长若干措施
第一条 本措施自2024年1月1日起施行，有效期至2026年12月31日。
第二条 对新认定的高新技术企业，一次性给予认定补助不低于6万元。
"""
CAPPED = """某区支持科技型企业成长若干措施
第一条 本措施自2024年1月1日起施行，有效期至2026年12月31日。
第二条 对新认定的高新技术企业，奖励标准不低于6万元，最高不超过15万元。
"""
MESSAGES = {"zh": "我们是本区注册的企业，2025年3月被认定为高新技术企业。",
            "en": "We are registered in the district and were recognised as a high-tech enterprise in March 2025."}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_floor_alone_is_sure_and_its_most_is_said_not_stated(lang: str) -> None:
    reply = reply_after(context_of_text(POLICY, "fresh_floor_policy"), dt.date(2025, 6, 1), MESSAGES[lang])
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (60_000, 60_000)
    assert any(a["key"].startswith("award_floor:") for a in reply.eligibility["assumptions"])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_floor_with_its_printed_cap_is_one_range(lang: str) -> None:
    reply = reply_after(context_of_text(CAPPED, "fresh_capped_floor_policy"), dt.date(2025, 6, 1), MESSAGES[lang])
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (60_000, 150_000)
    assert not any(a["key"].startswith("award_floor:") for a in reply.eligibility["assumptions"])
