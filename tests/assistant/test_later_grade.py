"""A later grade of a recognition held at a grade (三级 in 2023, then 复评为四级; "re-rated at level 4") is a fact of
its own: the earlier grade is kept for the years it held, and a policy that tops a lower grade's award up to a higher
one (追加差额) pays the higher grade's award in all — never both awards summed. A grade applied for, awaited or hoped
for is no grade held."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph
from tests.assistant_contexts import totals_of

AS_OF = dt.date(2025, 6, 2)
TEXT = """某区智能制造促进办法
第一条 对智能制造能力成熟度达到五级、四级、三级的企业，分别给予300万元、200万元、80万元一次性奖励。\
已获奖励的企业此后认定为更高等级的，按新等级标准补足差额奖励。
第二条 本办法自2023年1月1日起施行，有效期至2026年12月31日。
"""
THIRD = "我们在本区做注塑模具，前年5月智能制造能力成熟度评估拿了三级。"
THIRD_EN = ("We make injection moulds in the district; two years ago, in May, our intelligent manufacturing capability "
            "maturity came out at level 3.")


@pytest.fixture(scope="module")
def district() -> AssistantContext:
    policy = ingest_document(read_text(TEXT.encode("utf-8"), "district.txt"), "district")
    return AssistantContext(rules_from_graph(build_policy_graph(policy)))


def _totals(context: AssistantContext, *messages: str) -> tuple[object, object]:
    state = new_state(AS_OF)
    reply = None
    for message in messages:
        reply, state = respond(message, state, context)
    return totals_of(reply)


@pytest.mark.parametrize("messages", [
    (THIRD, "今年2月复评为四级了。"),
    (THIRD_EN, "In February 2025 we were re-rated at level 4."),
    ("我们在本区做注塑模具，前年5月智能制造能力成熟度评估拿了三级，今年2月又被评为四级。",),
])
def test_a_later_grade_tops_the_award_up_to_the_higher_grade(district: AssistantContext,
                                                            messages: tuple[str, ...]) -> None:
    assert _totals(district, *messages) == (2_000_000, 2_000_000)


@pytest.mark.parametrize("messages", [
    (THIRD, "我们今年在申请复评四级，还没出结果。"),
    (THIRD, "我们计划明年申请复评四级。"),
    (THIRD_EN, "We have applied to be re-rated at level 4."),
    (THIRD_EN, "We expect to be rated level 4 next year."),
])
def test_a_grade_only_hoped_for_adds_nothing(district: AssistantContext, messages: tuple[str, ...]) -> None:
    assert _totals(district, *messages)[0] == 800_000
