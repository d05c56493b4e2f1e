"""A figure of spending said with another party paying it, or with part of it waived (cue
``figure_not_the_company_s_own_spend``): not what the company itself paid, so it is no base of a share of its
spending — the figure is dropped and nothing of the share is sure (fresh synthetic policy, zh and en)."""

from __future__ import annotations

import datetime as dt

from tests.assistant_contexts import context_of_text, reply_after, totals_of

_POLICY = ("某区孵化载体入驻企业扶持办法\n"
           "第一条 对入驻孵化载体的企业，按场地租金的40%给予补贴，每家企业每年最高20万元。\n"
           "第二条 对本区企业，按其年度研发投入的10%给予补助，最高不超过60万元。\n"
           "第三条 本办法自2024年1月1日起施行，有效期至2026年12月31日。\n")
AS_OF = dt.date(2025, 4, 1)


def test_a_spend_paid_by_another_party_is_no_base_zh() -> None:
    context = context_of_text(_POLICY, "spend_of_another")
    own = reply_after(context, AS_OF, "我们是入驻孵化载体的企业，2024年场地租金30万元。")
    assert totals_of(own) == (120_000, 120_000)
    other = reply_after(context, AS_OF, "我们是入驻孵化载体的企业，2024年场地租金30万元，由母公司统一支付。")
    assert (totals_of(other)[0] if other.eligibility is not None else 0) == 0


def test_a_spend_partly_waived_is_no_base_zh() -> None:
    context = context_of_text(_POLICY, "spend_of_another")
    reply = reply_after(context, AS_OF, "我们是入驻孵化载体的企业，2024年场地租金30万元，园区给免了三个月。")
    assert (totals_of(reply)[0] if reply.eligibility is not None else 0) == 0


def test_a_spend_paid_by_another_party_is_no_base_en() -> None:
    context = context_of_text(_POLICY, "spend_of_another")
    own = reply_after(context, AS_OF, "We are a company in the district. Our R&D spending in 2024 was RMB 3 million.")
    assert totals_of(own)[1] == 300_000
    other = reply_after(context, AS_OF, "We are a company in the district. Our R&D spending in 2024 was RMB 3 "
                                        "million, all covered by our parent company.")
    assert (totals_of(other)[0] if other.eligibility is not None else 0) == 0
