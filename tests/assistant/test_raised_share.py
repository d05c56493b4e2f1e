"""A share raised for some payees (其中对X，奖励比例可上调2%) pays X instead of the base share, never on top of it, and
a bare % may be a relative raise: a company that is not X is paid the base share only, and X is shown no sure amount
above the larger of the two readings of the raise (review9 payee9 #1, #3; fresh policy, not a probe's words)."""

from __future__ import annotations

import datetime as dt

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph

TEXT = ("某区制造业发展奖励办法\n第一条 对本区制造业企业，按其上年度营业收入的2%给予奖励，单个企业最高奖励300万元。"
        "其中对国家高新技术企业，奖励比例可上调2%。\n第二条 本办法自2024年1月1日起施行，有效期至2026年12月31日。\n")


def _sure_totals(*turns: str) -> list[int]:
    policy = ingest_document(read_text(TEXT.encode("utf-8"), "raised.txt"), "raised_share")
    context = AssistantContext(rules_from_graph(build_policy_graph(policy)))
    state, totals = new_state(dt.date(2025, 3, 1)), []
    for turn in turns:
        reply, state = respond(turn, state, context)
        totals.append(int((reply.eligibility or {}).get("total_min_cny") or 0))
    return totals


def test_a_share_raised_for_some_payees_is_never_paid_to_others_nor_added_to_the_base_share() -> None:
    not_holder, holder = _sure_totals("我们是本区制造业企业，不是高新技术企业，2024年营业收入5000万元。",
                                      "其实我们是国家高新技术企业。")
    assert not_holder == 1_000_000  # 2% of 5000万: the base share only
    assert holder <= 2_000_000  # at most 4% (2 points more) instead of 2%, never 2% + 4%


_MAY = ("某区工业设计创新办法\n第一条 对企业开展工业设计研发的，按研发投入的20%给予补助，最高不超过100万元；"
        "省级以上工业设计中心补助比例可上调10%。\n第二条 本办法自2024年1月1日起施行，有效期至2026年12月31日。\n")


def test_a_raise_the_text_only_permits_adds_nothing_sure() -> None:
    from tests.assistant_contexts import context_of_text, reply_after, totals_of

    context = context_of_text(_MAY, "raised_may")
    zh = reply_after(context, dt.date(2025, 3, 1), "我们是本区企业，是省级工业设计中心，2024年研发投入200万元。")
    sure, most = totals_of(zh)
    assert sure <= 400_000 and most <= 600_000  # 20% sure at most; the raise (30%) only as the most
    en = reply_after(context, dt.date(2025, 3, 1), "We are a company in the district and a provincial industrial "
                                                   "design centre; R&D spending in 2024 was RMB 2 million.")
    assert totals_of(en)[0] <= 400_000
