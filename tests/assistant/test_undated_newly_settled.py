"""新设立 under a text that states no date it took effect (``newly_settled``): a company set up before the as-of date's
last year is not refused as long established — the window is unknown — but asked, could-add (fresh synthetic policy,
zh and en)."""

from __future__ import annotations

import datetime as dt

from tests.assistant_contexts import context_of_text, reply_after, totals_of

_POLICY = ("某区招商引资奖励办法\n第一条 对新设立的企业，给予20万元落户奖励。\n第二条 本办法自发布之日起施行。\n")
AS_OF = dt.date(2021, 6, 1)


def test_an_older_company_is_asked_not_refused_under_an_undated_text() -> None:
    context = context_of_text(_POLICY, "undated_newly")
    zh = reply_after(context, AS_OF, "我们公司2018年在本区新设立。")
    assert totals_of(zh)[0] == 0
    assert "是否适用" in zh.answer  # asked, not refused
    en = reply_after(context, AS_OF, "Our company was newly set up in the district in 2018.")
    assert totals_of(en)[0] == 0
    assert "apply" in en.answer
