"""An amount per step of money above a bound (``assistant/eligibility/money_steps.py``): 实缴注册资本超过2亿元的，每超过
5000万元，给予50万元 pays once per whole 5000万 the capital passes 2亿 by, counted on the figure the company states —
not on facts held, so no date of an event is asked (fresh synthetic policy, zh and en)."""

from __future__ import annotations

import datetime as dt

from tests.assistant_contexts import context_of_text, reply_after, totals_of

_POLICY = ("某区金融机构落户办法\n第一条 对新落户的金融机构，（一）实缴注册资本2亿元的，给予100万元奖励；"
           "（二）实缴注册资本超过2亿元的，每超过5000万元，给予50万元奖励。\n"
           "第二条 本办法自2023年1月1日起施行，有效期至2026年12月31日。\n")
AS_OF = dt.date(2025, 3, 1)


def test_each_whole_step_above_the_bound_is_paid() -> None:
    context = context_of_text(_POLICY, "money_steps")
    zh = reply_after(context, AS_OF, "我们是2024年新落户本区的金融机构，实缴注册资本3.2亿元。")
    assert totals_of(zh) == (1_000_000 + 2 * 500_000, 1_000_000 + 2 * 500_000)  # 1.2亿 above: 2 whole steps
    en = reply_after(context, AS_OF, "We are a financial institution that moved into the district in 2024, with "
                                     "paid-in registered capital of RMB 320 million.")
    assert totals_of(en) == (2_000_000, 2_000_000)


def test_no_step_below_a_whole_one() -> None:
    context = context_of_text(_POLICY, "money_steps")
    reply = reply_after(context, AS_OF, "我们是2024年新落户本区的金融机构，实缴注册资本2.3亿元。")
    assert totals_of(reply) == (1_000_000, 1_000_000)
