"""How many of a concept the policy induced a company names: the count written just before the concept's name
(cue ``induced_count_before``), kept on the concept's fact; an article (一家, a) or a year is no count."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility.rules import rules_from_graph
from assistant.understanding.induced_counts import count_said_before
from kg.build import build_policy_graph


@pytest.mark.parametrize(("before", "count"), [
    ("今年又新开了3座", 3), ("手下有十五名持证的", 15), ("引进了两套二手的", 2), ("we now operate 4 licensed ", 4),
    ("they opened twelve ", 12), ("拥有1200辆", 1200),
])
def test_a_count_said_before_the_name(before: str, count: int) -> None:
    assert count_said_before(before) == count


@pytest.mark.parametrize("before", ["我们是一家", "在2021年新建的", "第三个", "投入了八十万元的", "since 2018 our ",
                                    "we are a ", "we spent 30 thousand yuan on ", "上个月", ""])
def test_no_count_is_read_from_an_article_a_year_an_ordinal_or_an_amount(before: str) -> None:
    assert count_said_before(before) is None


def test_the_count_rides_on_the_induced_concepts_fact(policies) -> None:  # type: ignore[no-untyped-def]
    """liuhe induces 乡村旅游示范单位 (〔三10〕); a company naming three of them has a fact counting three; the same
    name said again later keeps the count."""
    context = AssistantContext(rules_from_graph(build_policy_graph(policies["liuhe_tourism_2019"])))
    said = "我们公司名下有3个乡村旅游示范单位，都是去年评上的乡村旅游示范单位。"
    reply, _ = respond(said, new_state(dt.date(2021, 3, 1)), context)
    counted = [fact.value for fact in reply.profile if fact.field == "policy_concepts"
               and fact.value.get("label") == "乡村旅游示范单位"]
    assert counted and all(value.get("count") == 3 for value in counted)
