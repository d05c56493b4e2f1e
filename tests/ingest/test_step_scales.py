"""A scale of steps reached (营业收入每新上一个X亿元级台阶的企业，…给予Y万元): Y is paid per step, per
``X亿元级台阶``, and the step's figures (X亿元, another kind's step in brackets) are no award
(``patterns.STEP_SCALE``, why8 a4). The count of new steps is asked, never guessed. Fresh synthetic sentences and
policy."""

from __future__ import annotations

import datetime as dt

from ingest.model import ProvisionKind
from tests.assistant_contexts import context_of_text, reply_after, totals_of
from tests.ingest.sentences import benefits_of


def test_an_award_per_step_reached_is_per_step_and_the_steps_are_no_awards() -> None:
    benefits = benefits_of("对年产值每新上一个3亿元级台阶（食品加工类企业每新上一个5亿元级台阶）的规上企业，"
                           "区级财政一次性给予15万元奖励；对产值首次实现翻倍的企业，一次性给予50万元奖励。")
    assert [(b.kind, b.unit_amount_cny, b.amount_cny, b.per) for b in benefits] == [
        (ProvisionKind.PER_UNIT, 150000, None, "3亿元级台阶"), (ProvisionKind.FIXED, None, 500000, None)]


def test_a_step_scale_without_its_own_words_keeps_the_amount_fixed() -> None:
    benefits = benefits_of("对年产值首次突破10亿元的企业，一次性给予30万元奖励。")
    assert [(b.kind, b.amount_cny) for b in benefits] == [(ProvisionKind.FIXED, 300000)]


_POLICY = ("某区推动制造业企业做大做强的若干措施\n一、支持措施\n"
           "对营业收入每新上一个2亿元级台阶的本区制造业企业，一次性给予10万元奖励。\n"
           "二、附则\n本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")


def test_the_steps_newly_reached_are_never_paid_as_sure_without_being_counted() -> None:
    context = context_of_text(_POLICY, "step_scale")
    for message in ("我们是本区制造业企业，2024年营业收入9亿元。",
                    "We are a manufacturer in the district; our 2024 operating revenue was RMB 900 million."):
        sure, most = totals_of(reply_after(context, dt.date(2025, 5, 10), message))
        assert sure == 0 and most <= 450_000  # how many steps are new is not known: nothing sure
