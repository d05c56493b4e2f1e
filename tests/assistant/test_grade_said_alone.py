"""A grade of a policy's own scale said with no concept named (评的是优秀类，不是重点类; "rated 5A, not 4A") names the
one concept whose tiers hold it, at that grade — never the grade the words deny; a grade several concepts share
names none of them (#13/#11, chain10 class G: a correction took the denied tier and showed 300,000 as sure for
200,000)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts
from assistant.understanding.policy_terms import PolicyConcept, PolicyTerms
from tests.assistant_contexts import context_of_policy, reply_after

AS_OF = dt.date(2020, 6, 1)
KINDS = PolicyTerms("fresh", (PolicyConcept("induced-team", "创业团队", None, None, ("甲类", "乙类", "丙类"), ("p1",)),
                              PolicyConcept("induced-park", "孵化园区", None, None, ("一星", "二星"), ("p2",)),
                              PolicyConcept("induced-shop", "老字号门店", None, None, ("一星", "二星"), ("p3",))))


def _policy_facts(message: str, held: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    return [fact.value for fact in understand_facts(message, AS_OF, terms=KINDS, held_concepts=held)
            if fact.field == "policy_concepts"]


@pytest.mark.parametrize("message", ["我再确认了一下，我们评的是乙类，而不是甲类。", "我们的评审结果是乙类，并非甲类"])
def test_a_grade_said_alone_names_its_concept_at_that_grade_not_the_denied_one(message: str) -> None:
    held = frozenset({"induced-team", "induced-park", "induced-shop"})
    assert _policy_facts(message, held) == [{"id": "induced-team", "label": "创业团队", "tier": "乙类"}]


def test_the_denied_grade_is_never_the_one_named() -> None:
    team = KINDS.concept("induced-team")
    assert team is not None
    assert KINDS.tier_named(team, "是丙类，不是甲类") == "丙类"
    assert KINDS.tier_named(team, "不是甲类") is None


def test_a_grade_two_concepts_share_names_neither() -> None:
    assert _policy_facts("我们评的是二星，不是一星。", frozenset({"induced-park", "induced-shop"})) == []


def test_a_correction_of_a_scenic_spots_grade_pays_the_corrected_grade(policies: dict[str, Any]) -> None:
    # liuhe_tourism_2019 三9: 对新评定为国家3A、4A、5A级的旅游景区，一次性分别给予10万元、50万元、100万元奖励 —
    # newly rated 5A in March 2020 (inside 2019-01-01 … 2021-12-31): 100万 exactly, by hand
    context = context_of_policy(policies["liuhe_tourism_2019"])
    reply = reply_after(context, AS_OF, "我们的景区在柳河，今年3月份新评上了4A级旅游景区。",
                        "抱歉更正一下，评的是5A级，并非4A级。")
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (1_000_000, 1_000_000)


@pytest.mark.parametrize("message", ["我们评的是乙类。", "我们的纳税信用评审结果是乙类。"])
def test_a_grade_said_alone_names_no_concept_never_said(message: str) -> None:
    # review10 chain10 #1: a grade of something else (a tax credit rating) named the policy's concept at that grade
    assert _policy_facts(message) == []


@pytest.mark.parametrize("message", ["我们的纳税信用评审结果是乙类。", "评的是乙类信用企业"])
def test_a_grade_of_another_rated_thing_corrects_nothing(message: str) -> None:
    held = understand_facts(message, AS_OF, terms=KINDS, held_concepts=frozenset({"induced-team"}))
    assert [fact.value for fact in held if fact.field == "policy_concepts"] == []


def test_a_grade_said_alone_corrects_a_concept_held_before() -> None:
    held = understand_facts("不对，评的是丙类。", AS_OF, terms=KINDS, held_concepts=frozenset({"induced-team"}))
    assert [fact.value for fact in held if fact.field == "policy_concepts"] == [
        {"id": "induced-team", "label": "创业团队", "tier": "丙类"}]


def test_a_tax_credit_grade_pays_no_scenic_spot(policies: dict[str, Any]) -> None:
    # liuhe_tourism_2019 三9 pays 5A 旅游景区 100万; a farm stay's 5A tax credit rating, dated next turn, is no 5A spot
    context = context_of_policy(policies["liuhe_tourism_2019"])
    reply = reply_after(context, AS_OF, "我们在柳河开农家乐，纳税信用评审结果是5A级。", "是2020年3月评的")
    assert reply.eligibility is None or reply.eligibility["total_max_cny"] < 1_000_000
