"""An assumption line names a concept the policy induced by the label the policy prints (融资担保机构 / "financing
guarantee institution"), never by its internal id (``induced-…``): an undated status held in the years a yearly rate
counts is said as 按贵公司2023–2024年均为融资担保机构计算. A synthetic policy text written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant_contexts import context_of_text, reply_after

POLICY = """白沙镇融资担保扶持办法
本办法自2023年1月1日起施行，有效期至2026年12月31日。
第一条 对在本镇注册的融资担保机构，按其营业收入的1%给予补贴，每家每年最高200万元。
第二条 本办法由镇经济发展办公室负责解释。
"""
AS_OF = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def context():  # type: ignore[no-untyped-def]
    return context_of_text(POLICY, "baisha_guarantee")


@pytest.mark.parametrize("message", [
    "我们是一家融资担保机构，2023年营业收入8000万元，2024年营业收入1亿元。",
    "We are a 融资担保机构 (financing guarantee institution); our revenue was 80 million yuan "
    "in 2023 and 100 million yuan in 2024.",
])
def test_the_assumption_line_shows_the_printed_label_never_an_id(context, message: str) -> None:  # type: ignore[no-untyped-def]
    reply = reply_after(context, AS_OF, message)
    assert "induced-" not in reply.answer, reply.answer
    assert reply.eligibility is not None
    assumed = [a for a in reply.eligibility["assumptions"] if a["key"].startswith("held:")]
    assert assumed, reply.answer
    for assumption in assumed:
        assert "融资担保机构" in assumption["zh"] and "induced-" not in assumption["zh"] + assumption["en"]
