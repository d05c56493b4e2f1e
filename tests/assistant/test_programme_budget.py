"""A programme's budget printed beside a fixed award to each payee (全年奖励资金不超过150万元) is no award of its own:
the fixed amount is paid, exactly, and the budget adds nothing (#13, chain10 class H: 5万–155万 was shown for 5万)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from assistant.eligibility.programme_budget import PROGRAMME_BUDGET_FILE, budget_words
from tests.assistant_contexts import context_of_text, reply_after

EXAMPLES = yaml.safe_load(PROGRAMME_BUDGET_FILE.read_text(encoding="utf-8"))["examples"]
POLICY = """某区扶持老字号品牌发展办法
第一条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
第二条 对当年通过区级老字号认定的每家餐饮企业给予 8 万元资金奖励，全年奖励资金不超过 200 万元(含)。
第三条 对当年新认定为市级老字号的企业给予20万元奖励，单个企业最高不超过30万元。
第四条 对新认定的区级老字号示范街区，给予15万元奖励，年度资金原则上不超过60万元。
"""


@pytest.mark.parametrize("words", EXAMPLES["budget"])
def test_words_naming_a_budget(words: str) -> None:
    assert budget_words().names_a_budget(words)


@pytest.mark.parametrize("words", EXAMPLES["not_budget"])
def test_words_naming_a_ceiling_of_each_payee_or_none(words: str) -> None:
    assert not budget_words().names_a_budget(words)


def test_the_fixed_award_is_paid_exactly_and_the_budget_adds_nothing() -> None:
    # since round 10 the reader itself reads 全年奖励资金不超过 as a budget (tests/ingest/test_programme_budget.py),
    # so the engine's guard is the second line: the total is what the two together must give, 8万 by hand
    context = context_of_text(POLICY, "fresh_budget_policy")
    reply = reply_after(context, dt.date(2025, 6, 1), "我们是本区的餐饮企业，2025年3月通过了区级老字号认定。")
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (80_000, 80_000)


def test_a_yearly_budget_beside_a_fixed_award_adds_nothing() -> None:
    # review10 chain10 #4: 年度资金原则上不超过 is read as a yearly up-to; still the budget of 第四条: 15万 by hand
    context = context_of_text(POLICY, "fresh_budget_policy")
    reply = reply_after(context, dt.date(2025, 6, 1),
                        "我们是本区的一个街区运营公司，2025年4月被新认定为区级老字号示范街区。")
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (150_000, 150_000)
