"""注册资本到位 / 注册资金到位 (the capital paid in, said after the label) is the paid-in registered capital — the
label alone (注册资本5000万) still says no paid-in figure (#13, chain10 class B: 2018年注册资本到位2.7亿元 was not read,
and the leasing company's capital award was never counted)."""

from __future__ import annotations

import datetime as dt

from assistant.understanding.facts import understand_facts
from tests.assistant_contexts import context_of_text, reply_after

POLICY = """某区支持商业保理业发展暂行办法
第一条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
第二条 对在本区注册的商业保理企业，到位注册资本5000万元人民币的，给予50万元人民币奖励。
"""


def test_the_capital_paid_in_said_after_its_label_is_read() -> None:
    facts = understand_facts("公司2024年注册资金到位6000万元，工商登记的注册资本是1亿元。", dt.date(2025, 3, 1))
    assert [(f.key, f.value["amount_cny"]) for f in facts if f.key.startswith("quantity:")] == [
        ("quantity:registered_capital:2024", 60_000_000)]


def test_a_factoring_company_with_its_capital_paid_in_is_paid_the_capital_award() -> None:
    # 第二条: 6000万 paid in during 2024 (inside the window) passes 到位注册资本5000万元: 50万 exactly, by hand
    context = context_of_text(POLICY, "fresh_factoring_policy")
    reply = reply_after(context, dt.date(2025, 3, 1), "我们是在本区注册的商业保理公司，2024年注册资本到位6000万元。")
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (500_000, 500_000)
