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


_BY_YEAR = ("某区制造业提质增效办法\n"
            "第一条 对上年度主营业务收入超过3亿元的制造企业，主营业务收入每增长5000万元，奖励15万元。\n"
            "第二条 对上年度缴纳税收超过800万元的企业，每超过200万元，给予5万元奖励。\n"
            "第三条 本办法自2023年1月1日起施行，有效期至2027年12月31日。\n")
LATE = dt.date(2025, 11, 15)


def test_a_step_of_growth_counts_the_growth_not_the_distance_above_the_bound() -> None:
    context = context_of_text(_BY_YEAR, "money_steps_growth")
    zh = reply_after(context, LATE, "我们是本区的制造企业，2023年主营业务收入4.2亿元，2024年主营业务收入4.6亿元。")
    assert totals_of(zh)[0] == 0  # grew 4000万: no whole step of 5000万 (not 3 steps above 3亿)
    en = reply_after(context, LATE, "We are a manufacturing company in the district; main business revenue was "
                                    "RMB 420 million in 2023 and RMB 460 million in 2024.")
    assert totals_of(en)[0] == 0


def test_a_step_of_growth_without_the_year_before_is_not_sure() -> None:
    context = context_of_text(_BY_YEAR, "money_steps_growth")
    reply = reply_after(context, LATE, "我们是本区的制造企业，2024年主营业务收入4.6亿元。")
    assert totals_of(reply)[0] == 0


def test_the_steps_are_counted_on_the_year_the_bound_is_measured_in() -> None:
    context = context_of_text(_BY_YEAR, "money_steps_growth")
    zh = reply_after(context, LATE, "我们是本区企业，2024年缴纳税收1250万元，2025年缴纳税收2000万元。")
    assert totals_of(zh)[1] == 2 * 50_000  # 2024's 1250万: 2 whole 200万 above 800万 (not 2025's 6 steps)
    en = reply_after(context, LATE, "We are a company in the district. Total tax paid was RMB 12.5 million in "
                                    "2024 and RMB 20 million in 2025.")
    assert totals_of(en)[1] == 2 * 50_000


_CAPPED = ("某区基金管理机构集聚办法\n第一条 对新落户的企业，实缴资本超过2亿元的，每超过5000万元，给予40万元奖励，"
           "最高不超过200万元。\n第二条 本办法自2024年1月1日起施行，有效期至2026年12月31日。\n")


def test_the_cap_of_a_steps_award_is_its_own_not_a_cumulative_one_asked() -> None:
    context = context_of_text(_CAPPED, "money_steps_capped")
    zh = reply_after(context, AS_OF, "我们是2024年新落户本区的企业，实缴资本3.1亿元。")
    assert totals_of(zh) == (2 * 400_000, 2 * 400_000)  # 1.1亿 above: 2 whole steps, sure, nothing asked about it
    assert "累计多少" not in zh.answer
    big = reply_after(context, AS_OF, "我们是2024年新落户本区的企业，实缴资本12亿元。")
    assert totals_of(big) == (2_000_000, 2_000_000)  # 20 steps, capped at the award's 200万
    en = reply_after(context, AS_OF, "We are a company that moved into the district in 2024; paid-in capital is "
                                     "RMB 310 million.")
    assert totals_of(en) == (800_000, 800_000)
