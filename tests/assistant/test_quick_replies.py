"""Quick replies (issue 15): the answers offered as buttons under the chat's question, each of
which, sent as the user's next message, settles the fact the question asked about."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext, DialogueState, new_state, respond
from assistant.eligibility import rules_from_graph
from assistant.eligibility.questions import quick_replies
from assistant.eligibility.rules import PolicyRules
from assistant.understanding.facts import concept_of
from kg.store import open_store

AS_OF = dt.date(2025, 6, 30)
STARTS = ["我们是片区内的软件企业", "我们去年研发投入5000万，前年3000万", "我们是一家生物医药企业，在片区内",
          "我们有一个孵化器，在片区内", "We are a company in the zone with a key laboratory",
          "我们是高新技术企业", "我们有一个重点实验室", "We listed on ChiNext", "我们是片区内的氢能企业"]


@pytest.fixture(scope="module")
def context() -> AssistantContext:
    return AssistantContext(rules_from_graph(open_store(None).graph()))


def _levels(rules: PolicyRules, reply_json: dict, key: str) -> list[str]:  # type: ignore[type-arg]
    question = next(q for q in reply_json["questions"] if q["key"] == key)
    return [rules.record.provision(pid).level or "" for pid in question["provision_ids"]]


def _settles(key: str, state: DialogueState, yes: bool) -> bool:
    kind, _, concept = key.partition(":")
    if key == "location.in_zone":
        return any(f.field == "location.in_zone" and f.value is yes for f in state.facts)
    if kind == "domestic":
        return any(f.field == "listings" and f.value.get("domestic") is yes for f in state.facts)
    facts = [f.value for f in state.facts if isinstance(f.value, dict) and concept_of(f.value) == concept]
    if kind == "holds":
        return any(value.get("held", True) is yes for value in facts)
    return any(kind in value for value in facts)


@pytest.mark.parametrize("start", STARTS)
def test_every_quick_reply_settles_the_question_asked(start: str, context: AssistantContext) -> None:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in start) else "en"
    reply, state = respond(start, new_state(AS_OF), context)
    assert reply.eligibility is not None and state.asked, f"{start!r}: no question asked"
    key = state.asked[-1]
    offered = quick_replies(key, _levels(context.rules, reply.eligibility, key), lang)
    for button in offered:
        _, after = respond(button.message, state, context)
        yes = not button.label.startswith(("不", "No"))
        assert _settles(key, after, yes), f"{start!r} → {key}: {button} did not settle it ({after.facts})"


def test_a_question_at_levels_offers_each_level_and_no_in_the_interface_language() -> None:
    zh = quick_replies("holds:key_laboratory", ["national", "provincial", "municipal", "national"], "zh")
    assert [b.label for b in zh] == ["是，国家级", "是，省级", "是，市级", "不是"]
    assert zh[0].message == "是，国家级重点实验室"
    en = quick_replies("holds:key_laboratory", ["provincial"], "en")
    assert [b.label for b in en] == ["Yes, provincial", "No"] and en[0].message == "Yes, a provincial key laboratory"
    assert [b.label for b in quick_replies("holds:high_tech_enterprise", [], "zh")] == \
        ["是，首次认定", "是，再次认定", "不是"]
    assert [b.label for b in quick_replies("round:high_tech_enterprise", [], "en")] == ["First recognition", "Renewal"]


def test_questions_answered_with_a_date_or_figures_offer_no_buttons() -> None:
    assert quick_replies("date:key_laboratory", ["national"], "zh") == []
    assert quick_replies("base:rd_expense_increment", [], "en") == []


@pytest.mark.parametrize(("start", "key"), [("我们有一个重点实验室", "level:key_laboratory"),
                                            ("我们是高新技术企业", "round:high_tech_enterprise"),
                                            ("We are a high-tech enterprise", "round:high_tech_enterprise"),
                                            ("我们是高新技术企业", "location.in_zone"),
                                            ("We have a key laboratory", "location.in_zone"),
                                            ("我们在创业板上市", "domestic:chinext"),
                                            ("We listed on ChiNext", "domestic:chinext")])
def test_quick_replies_to_level_round_place_and_exchange_questions(start: str, key: str,
                                                                    context: AssistantContext) -> None:
    lang = "en" if start.isascii() else "zh"
    _, state = respond(start, new_state(AS_OF), context)
    asked = state.model_copy(update={"asked": (*state.asked, key)})
    offered = quick_replies(key, ["national", "provincial", "municipal"], lang)
    assert len(offered) >= 2
    for button in offered:
        _, after = respond(button.message, asked, context)
        yes = not button.label.startswith(("不", "No"))
        assert _settles(key, after, yes), f"{start!r} → {key}: {button} did not settle it ({after.facts})"
