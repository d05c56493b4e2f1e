"""A bound measured 落户当年或第一个会计年度 (``ingest.quantity_conditions.FIRST_FISCAL_YEAR``): a company that settled
during a year may show the figure of the year after, its first whole fiscal year; 落户当年 alone is the year settled
(fresh synthetic policy, zh and en)."""

from __future__ import annotations

import datetime as dt

from tests.assistant_contexts import context_of_text, reply_after, totals_of

_POLICY = ("某区软件产业落户奖励办法\n第一条 对新设立的软件企业，{when}的营业收入2000万元以上的，按营业收入的2%"
           "给予一次性落户奖励，最高不超过100万元。\n第二条 本办法自2022年1月1日起施行，有效期至2026年12月31日。\n")
AS_OF = dt.date(2025, 5, 1)


def test_the_first_fiscal_year_after_the_year_settled_is_measured() -> None:
    context = context_of_text(_POLICY.format(when="落户当年或第一个会计年度"), "first_fiscal_year")
    zh = reply_after(context, AS_OF, "我们是软件企业，2023年10月在本区新设立。2024年营业收入3000万元。")
    assert totals_of(zh) == (600_000, 600_000)
    en = reply_after(context, AS_OF, "We are a software company newly set up in the district in October 2023. "
                                     "Our revenue in 2024 was RMB 30 million.")
    assert totals_of(en) == (600_000, 600_000)


def test_the_year_settled_alone_is_not_the_year_after() -> None:
    context = context_of_text(_POLICY.format(when="落户当年"), "year_settled")
    reply = reply_after(context, AS_OF, "我们是软件企业，2023年10月在本区新设立。2024年营业收入3000万元。")
    assert totals_of(reply)[0] == 0
