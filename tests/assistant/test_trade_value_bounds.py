"""Tiers bounded in US dollars on the trade volume (年进出口额X万美元以上): 进出口额 is a base quantity of the
vocabulary (``trade_value``), so a company's figure said in dollars is checked in dollars against each tier
(``assistant/eligibility/foreign_bounds.py``): a tier above it is refused, none is paid as sure while a condition the
reading did not turn into a check (具备进出口经营权) is open, and no exchange rate is invented (why8 a4). Fresh
synthetic policy and messages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant_contexts import context_of_text, reply_after, totals_of

_POLICY = ("某区支持跨境电商发展的若干措施\n一、支持措施\n"
           "对具备进出口经营权、跨境电子商务年进出口额300万美元以上的企业，给予8万元扶持资金；"
           "年进出口额600万美元以上的企业，给予15万元扶持资金；年进出口额1200万美元以上的企业，给予25万元扶持资金。\n"
           "二、附则\n本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")


@pytest.mark.parametrize("message", [
    "我们是本区跨境电商企业，有进出口经营权，2024年进出口额800万美元。",
    "We are a cross-border e-commerce company in the district; our 2024 import and export value was USD 8 million.",
])
def test_a_dollar_figure_refuses_the_tier_above_it_and_pays_nothing_as_sure(message: str) -> None:
    reply = reply_after(context_of_text(_POLICY, "trade_value_tiers"), dt.date(2025, 5, 10), message)
    sure, most = totals_of(reply)
    assert sure == 0 and most <= 150_000  # never the 25万 tier; the lower tiers hinge on the unread condition
    refused = " ".join(" ".join(entry["reasons"]) for entry in reply.eligibility["not_eligible"])
    assert "1200" in refused or "12,000,000" in refused
