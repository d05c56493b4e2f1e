"""A threshold that is not the base of the rate after it (``ingest/threshold_base.ONLY_THE_PAYEE_BETWEEN``):
上年度营业收入超过2亿元的企业，其新增技改贷款按2%给予贴息 pays 2% of the new loans, never 2% of the revenue — with
the loans not linked to the company's words, nothing of it is sure (fresh synthetic policy, zh and en)."""

from __future__ import annotations

import datetime as dt

from tests.assistant_contexts import context_of_text, reply_after, totals_of

_POLICY = ("某区技改融资支持办法\n"
           "第一条 对上年度营业收入超过2亿元的企业，其新增技改贷款按2%给予贴息，最高不超过40万元。\n"
           "第二条 本办法自2023年1月1日起施行，有效期至2026年12月31日。\n")
AS_OF = dt.date(2025, 5, 1)


def test_the_revenue_over_the_threshold_is_no_base_zh() -> None:
    context = context_of_text(_POLICY, "threshold_not_base")
    reply = reply_after(context, AS_OF, "我们是本区的制造企业，2024年营业收入3亿元。")
    assert totals_of(reply)[0] == 0


def test_the_revenue_over_the_threshold_is_no_base_en() -> None:
    context = context_of_text(_POLICY, "threshold_not_base")
    reply = reply_after(context, AS_OF, "We are a manufacturer in the district; revenue in 2024 was RMB 300 million.")
    assert totals_of(reply)[0] == 0
