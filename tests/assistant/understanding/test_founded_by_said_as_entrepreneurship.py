"""A policy's payee "enterprises founded by X" (X创办企业, e.g. 高校毕业生创办企业) is named by the company through the
review it passed for X's entrepreneurship (通过了X创业的评审): the words 创办企业 / 创业 are interchangeable
inside a label (``ontology/payee_heads.yaml``), and the tier said next (评的是优秀类) is that concept's."""

from __future__ import annotations

import datetime as dt

from assistant.understanding.facts import understand_facts
from assistant.understanding.policy_terms import PolicyConcept, PolicyTerms
from ingest.model import induced_concept_id

AS_OF = dt.date(2025, 11, 1)


def _terms(label: str, tiers: tuple[str, ...] = ()) -> PolicyTerms:
    return PolicyTerms("a_policy", (PolicyConcept(induced_concept_id(label), label, None, None, tiers, ("p1",)),))


def _held(message: str, terms: PolicyTerms) -> list[dict[str, object]]:
    return [fact.value for fact in understand_facts(message, AS_OF, terms=terms)
            if fact.field == "policy_concepts" and fact.value.get("held", True)]


def test_the_review_for_the_founders_entrepreneurship_names_the_founded_enterprise_with_its_tier() -> None:
    terms = _terms("高校毕业生创办企业", ("一类", "二类", "三类"))
    held = _held("我大学毕业后在本市开了家设计公司，今年5月通过了高校毕业生创业的评审，评的是二类。", terms)
    assert [(value["label"], value.get("tier")) for value in held] == [("高校毕业生创办企业", "二类")]


def test_supporting_others_entrepreneurship_is_not_being_such_an_enterprise() -> None:
    assert _held("我们是孵化器，专门给高校毕业生创业提供免费工位。", _terms("高校毕业生创办企业")) == []
