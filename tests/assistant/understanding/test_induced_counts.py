"""How many of a concept the policy induced a company names: the count written just before the concept's name
(cue ``induced_count_before``), kept on the concept's fact; an article (一家, a) or a year is no count."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility.item_tiers import names_an_item
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


@pytest.mark.parametrize(("tier", "item"), [
    ("标准化冰场", True), ("高级雪道", True), ("四星级", False), ("5A级", False), ("2500万元", False), ("第二", False),
    ("省级", False), ("中级", False),
])
def test_a_tier_names_an_item_only_when_it_is_no_grade_amount_or_ordinal(tier: str, item: bool) -> None:
    assert names_an_item(tier) is item


def test_built_runs_are_counted_each_of_its_own_grade(policies) -> None:  # type: ignore[no-untyped-def]
    """liuhe 〔二6〕 对新建高级雪道、中级雪道、初级雪道分别奖励100万元、50万元、5万元 names no payee: each run is the
    item its tier names. Three advanced runs and one beginner run built in 2020 (in force 2019–2021): by hand, the
    text does not say whether 100万元 is per run or per grade — per grade 1,000,000 + 50,000 = 1,050,000; per run
    3 × 1,000,000 + 50,000 = 3,050,000."""
    context = AssistantContext(rules_from_graph(build_policy_graph(policies["liuhe_tourism_2019"])))
    said = "我们是柳河县城边上的滑雪度假区，2020年修了3条高级雪道、1条初级雪道，都已经对外开放。能拿多少？"
    reply, _ = respond(said, new_state(dt.date(2021, 5, 1)), context)
    result = reply.eligibility or {}
    assert (result["total_min_cny"], result["total_max_cny"]) == (1_050_000, 3_050_000)
    runs = {b["provision_id"]: (b["amount_min_cny"], b["amount_max_cny"]) for b in result["benefits"]}
    assert runs == {"sec2/item6/p1": (1_000_000, 3_000_000), "sec2/item6/p3": (50_000, 50_000)}
