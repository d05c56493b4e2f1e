"""An award whose own amount is set after a review said in a later 对-part (对其…，根据绩效评价结果确定拨付金额) is
never shown as sure, in zh or en (review13 R1; fresh policy, not a probe's words)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant_contexts import context_of_text, reply_after, totals_of

TEXT = ("某区研发平台扶持办法\n第一条 对新认定的省级企业技术中心，一次性给予60万元支持，对其后续运行，"
        "根据绩效评价结果确定拨付金额。\n第二条 本办法自2024年1月1日起施行，有效期至2026年12月31日。\n")


@pytest.mark.parametrize("message", [
    "我们是本区的企业，2024年9月新认定了省级企业技术中心。",
    "We are a company in the district; in September 2024 we were newly recognised as a provincial enterprise "
    "technology center.",
])
def test_an_award_whose_amount_a_later_review_sets_is_not_sure(message: str) -> None:
    reply = reply_after(context_of_text(TEXT, "later_review"), dt.date(2025, 5, 1), message)
    sure, most = totals_of(reply)
    assert sure == 0, reply.answer
    assert most == 600_000, reply.answer
