"""Terms a policy defines itself (本办法所称K，是指…: ``ingest/data/defined_terms.yaml``): a payee equal to a defined
term is marked, and the engine requires it even when its clause also names a recognition (why8o class 1: a holder of
the recognition was paid as sure without being, or while denying being, the kind the clause pays). Fresh policy, the
company's side in zh and en."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from ingest.defined_terms import DEFINED_TERMS_FILE, defined_terms, definitions
from ingest.model import IngestedPolicy
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph
from kg.query import load_record
from tests.ingest.fresh_policy import ingested, total_after

_DATA = yaml.safe_load(DEFINED_TERMS_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", [e for entry in _DATA["definitions"] for e in entry["match"]])
def test_every_definition_example_names_its_term(example: str) -> None:
    text, term = (part.strip() for part in example.split("=>"))
    assert defined_terms(text) == {term}


@pytest.mark.parametrize("example", [e for entry in _DATA["definitions"] for e in entry["no_match"]])
def test_a_sentence_defining_nothing_names_no_term(example: str) -> None:
    assert not defined_terms(example)


_POLICY = """某市支持青年人才来本市创业的若干规定
第一条 本规定所称青创企业，是指由40周岁以下人员作为第一大股东，在本市注册成立不满5年的企业。
第二条 对首次认定为国家高新技术企业的青创企业，给予20万元一次性奖励。
第三条 对首次认定为国家高新技术企业的企业，给予5万元奖励。
第四条 本规定自2024年1月1日起施行，有效期至2026年12月31日。
"""


def _policy() -> IngestedPolicy:
    return ingested(_POLICY, "test-policy")


def test_a_payee_the_policy_defines_is_marked_and_kept_through_the_graph() -> None:
    policy = _policy()
    marked = {p.beneficiary.label: p.beneficiary.defined for p in policy.provisions if p.beneficiary is not None}
    assert marked == {"青创企业": True, "企业": False}
    from_graph = [p for p in load_record(build_policy_graph(policy)).provisions if p.beneficiary is not None]
    assert {p.beneficiary.label: p.beneficiary.defined for p in from_graph if p.beneficiary} == marked


def _total(*messages: str) -> tuple[int, dict[str, Any]]:
    return total_after(_policy(), dt.date(2025, 6, 30), *messages)


@pytest.mark.parametrize("message", [
    "我们公司在本市注册，2024年首次认定为国家高新技术企业。",
    "Our company is registered in the city; in 2024 we were first recognised as a national high-tech enterprise.",
])
def test_a_defined_kind_not_said_is_asked_not_paid(message: str) -> None:
    total, eligibility = _total(message)
    assert total == 50000, total  # only the generic clause is sure
    asked = [q.get("question_zh", "") for q in eligibility.get("questions", [])]
    assert any("青创企业" in question for question in asked), asked


@pytest.mark.parametrize("message", [
    "我们是青创企业，在本市注册，2024年首次认定为国家高新技术企业。",
    "We are a 青创企业 registered in the city; in 2024 we were first recognised as a national high-tech enterprise.",
])
def test_a_defined_kind_said_is_paid(message: str) -> None:
    assert _total(message)[0] == 250000


@pytest.mark.parametrize("message", [
    "我们在本市注册，不是青创企业，2024年首次认定为国家高新技术企业。",
    "We are registered in the city and are not a 青创企业; in 2024 we were first recognised as a national "
    "high-tech enterprise.",
])
def test_a_defined_kind_denied_is_refused(message: str) -> None:
    total, eligibility = _total(message)
    assert total == 50000
    refused = [b.get("title") for b in eligibility.get("not_eligible", [])]
    assert "第二条" in refused, refused


# The same restriction defined in the other forms of the genre (a list's 其中，K是指…; an item's K，指…; 所称K after
# another document name; …的企业（以下简称“K”）): K is still required beside the clause's recognition.
_FORMS = {
    "其中": "第一条 本细则支持的创业主体包括创业个人和侨创企业。其中，侨创企业是指由归国华侨担任第一大股东的企业。",
    "item": "第一条 有关用语：\n1.侨创企业，指由归国华侨担任第一大股东的企业。",
    "所称": "第一条 本实施细则所称侨创企业，是指由归国华侨担任第一大股东的企业。",
    "简称": "第一条 本细则支持由归国华侨担任第一大股东的企业（以下简称“侨创企业”）。",
}
_CLAUSES = """第二条 对获得国家高新技术企业认定的侨创企业，给予30万元一次性奖励。
第三条 本细则自2024年1月1日起施行，有效期至2026年12月31日。
"""


def _form_total(form: str, message: str) -> tuple[int, int, list[str]]:
    text = f"某区支持侨商创业实施细则\n{_FORMS[form]}\n{_CLAUSES}"
    policy = ingest_document(read_text(text.encode("utf-8"), "test.txt"), "test-forms")
    context = AssistantContext(rules_from_graph(build_policy_graph(policy)))
    state = new_state(dt.date(2025, 6, 30))
    reply, state = respond(message, state, context)
    eligibility = reply.eligibility or {}
    asked = [q.get("question_zh", "") for q in eligibility.get("questions", [])]
    return int(eligibility.get("total_min_cny") or 0), int(eligibility.get("total_max_cny") or 0), asked


@pytest.mark.parametrize("form", sorted(_FORMS))
@pytest.mark.parametrize("message", [
    "我们在本区注册，2024年3月通过了国家高新技术企业认定。",
    "We are registered in the district and passed the national high-tech enterprise recognition in March 2024.",
])
def test_a_kind_defined_in_any_form_is_asked_not_paid(form: str, message: str) -> None:
    low, _, asked = _form_total(form, message)
    assert low == 0  # never sure without being the kind
    assert any("侨创企业" in question for question in asked), asked


@pytest.mark.parametrize("form", sorted(_FORMS))
def test_a_kind_defined_in_any_form_said_is_paid(form: str) -> None:
    low, high, _ = _form_total(form, "我们是侨创企业，在本区注册，2024年3月获得了国家高新技术企业认定。")
    assert (low, high) == (300000, 300000)


# A definition's own conditions travel with the induced concept and are asked with it, with those of the defined terms
# it uses (the founder's origin and age live in the second definition here).
@pytest.mark.parametrize("form", sorted(_FORMS))
def test_a_definitions_conditions_are_read_in_every_form(form: str) -> None:
    assert definitions(_FORMS[form]) == {"侨创企业": "由归国华侨担任第一大股东的企业"}


_NESTED = """某区支持侨商创业实施细则
第一条 本细则所称侨创企业，是指由归国华侨担任第一大股东、持股30%以上的企业。
本细则所称归国华侨，是指回国定居且年龄在40周岁以下的华侨。
第二条 对获得国家高新技术企业认定的侨创企业，给予30万元一次性奖励。
第三条 本细则自2024年1月1日起施行，有效期至2026年12月31日。
"""


def _nested_policy() -> IngestedPolicy:
    return ingest_document(read_text(_NESTED.encode("utf-8"), "test.txt"), "test-nested")


def test_a_definition_is_carried_with_the_terms_it_uses_and_kept_through_the_graph() -> None:
    policy = _nested_policy()
    payee = next(p.beneficiary for p in policy.provisions if p.beneficiary is not None)
    assert payee.definition is not None
    assert "持股30%以上" in payee.definition and "40周岁以下" in payee.definition
    from_graph = next(p.beneficiary for p in load_record(build_policy_graph(policy)).provisions if p.beneficiary)
    assert from_graph.definition == payee.definition


@pytest.mark.parametrize(("message", "field"), [
    ("我们在本区注册，2024年3月获得了国家高新技术企业认定。", "question_zh"),
    ("We are registered in the district and obtained the national high-tech enterprise recognition in March 2024.",
     "question_en"),
])
def test_the_question_about_a_defined_kind_asks_its_conditions(message: str, field: str) -> None:
    context = AssistantContext(rules_from_graph(build_policy_graph(_nested_policy())))
    reply, _ = respond(message, new_state(dt.date(2025, 6, 30)), context)
    eligibility = reply.eligibility or {}
    assert int(eligibility.get("total_min_cny") or 0) == 0
    asked = [q.get(field, "") for q in eligibility.get("questions", []) if "侨创企业" in q.get(field, "")]
    assert asked and "第一大股东" in asked[0] and "40周岁以下" in asked[0], asked
