"""A supposition after a question about a base quantity ("what would it look like if we had reached 1 billion?",
如果达到了10亿呢) is no answer to the question: its figure is not taken for the quantity asked (fresh synthetic policy,
zh and en)."""

from __future__ import annotations

import datetime as dt

from tests.assistant_contexts import context_of_text, reply_after, totals_of

_POLICY = ("某区总部企业扶持办法\n第一条 总部企业实缴注册资本超过5000万元的，按1%给予落户扶持，最高不超过300万元。\n"
           "第二条 本办法自2024年1月1日起施行，有效期至2026年12月31日。\n")
AS_OF = dt.date(2025, 3, 1)


def test_a_supposed_figure_is_not_the_answer_to_the_base_asked() -> None:
    context = context_of_text(_POLICY, "supposed_figure")
    for messages in (("We are a headquarters company (总部企业) registered in the district in 2024.",
                      "Suppose we got to 2 billion next year, how would that change things?"),
                     ("我们是2024年在本区注册的总部企业。", "假如明年做到20亿，会怎样？")):
        reply = reply_after(context, AS_OF, *messages)
        assert reply.eligibility is None or reply.eligibility["total_min_cny"] == 0, reply.answer


def test_the_capital_said_is_the_base_of_the_rate() -> None:
    context = context_of_text(_POLICY, "supposed_figure")
    zh = reply_after(context, AS_OF, "我们是2024年在本区注册的总部企业，实缴注册资本8000万元。")
    assert totals_of(zh) == (800_000, 800_000)
