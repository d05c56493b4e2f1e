"""Payees that name a population an award is restricted to (``ingest/data/restricted_payees.yaml``): beside a
recognition the policy names, an undefined 台资企业 / 退役军人创办企业 is still required of the company — asked when not
said, paid when said, never dropped (why8 class a2, the restriction beside a recognition). Fresh policy, the company's
side in zh and en."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from ingest.model import IngestedPolicy
from ingest.pipeline import ingest_document
from ingest.read import read_text
from ingest.restricted_payees import RESTRICTED_PAYEES_FILE, names_a_population
from kg.build import build_policy_graph
from kg.query import load_record
from tests.ingest.fresh_policy import ingested, total_after

_DATA = yaml.safe_load(RESTRICTED_PAYEES_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("label", _DATA["match"])
def test_every_population_example_is_named(label: str) -> None:
    assert names_a_population(label)


@pytest.mark.parametrize("label", _DATA["no_match"])
def test_a_label_naming_no_population_is_not(label: str) -> None:
    assert not names_a_population(label)


_POLICY = """某县促进两岸产业合作若干措施
第一条 对获得国家高新技术企业认定的台资企业，给予20万元一次性奖励。
第二条 对获得国家高新技术企业认定的企业，给予5万元一次性奖励。
第三条 本措施自2024年1月1日起施行，有效期至2026年12月31日。
"""


def _policy() -> IngestedPolicy:
    return ingested(_POLICY, "test-restricted")


def test_a_population_payee_is_marked_and_kept_through_the_graph() -> None:
    policy = _policy()
    marked = {p.beneficiary.label: p.beneficiary.restricted for p in policy.provisions if p.beneficiary is not None}
    assert marked == {"台资企业": True, "企业": False}
    from_graph = [p for p in load_record(build_policy_graph(policy)).provisions if p.beneficiary is not None]
    assert {p.beneficiary.label: p.beneficiary.restricted for p in from_graph if p.beneficiary} == marked


def _reply(*messages: str) -> tuple[int, dict[str, Any]]:
    return total_after(_policy(), dt.date(2025, 6, 30), *messages)


@pytest.mark.parametrize("message", [
    "我们在本县注册，2024年5月获得了国家高新技术企业认定。",
    "We are registered in the county and obtained the national high-tech enterprise recognition in May 2024.",
])
def test_a_population_not_said_is_asked_not_paid(message: str) -> None:
    total, eligibility = _reply(message)
    assert total == 50000, total  # only the clause for any enterprise is sure
    asked = [q.get("question_zh", "") for q in eligibility.get("questions", [])]
    assert any("台资企业" in question for question in asked), asked


@pytest.mark.parametrize("message", [
    "我们是台资企业，在本县注册，2024年5月获得了国家高新技术企业认定。",
    "We are a 台资企业 registered in the county; we obtained the national high-tech enterprise recognition in May "
    "2024.",
])
def test_a_population_said_is_paid(message: str) -> None:
    assert _reply(message)[0] == 250000


# A kind of company the award is restricted to is asked as one the company is (属于 / "Is the company a …?"), by an
# English label the label words compose (ontology/label_words.yaml), which also names it in an English message.
_KIND_POLICY = """某区鼓励港商来区投资办法
第一条 对获得国家高新技术企业认定的港资企业，给予15万元一次性奖励。
第二条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
"""


def _kind_reply(message: str) -> dict[str, Any]:
    policy = ingest_document(read_text(_KIND_POLICY.encode("utf-8"), "test.txt"), "test-kind")
    reply, _ = respond(message, new_state(dt.date(2025, 6, 30)), AssistantContext(rules_from_graph(
        build_policy_graph(policy))))
    return reply.eligibility or {}


@pytest.mark.parametrize(("message", "field", "wanted"), [
    ("我们在本区注册，2024年4月获得国家高新技术企业认定。", "question_zh", "贵公司是否属于「港资企业」？"),
    ("We are registered in the district and obtained the national high-tech enterprise recognition in April 2024.",
     "question_en", "Is the company a Hong Kong-invested enterprise?"),
])
def test_a_restricted_kind_is_asked_as_what_the_company_is(message: str, field: str, wanted: str) -> None:
    asked = [q.get(field, "") for q in _kind_reply(message).get("questions", [])]
    assert wanted in asked, asked


def test_a_restricted_kind_said_in_english_words_is_paid() -> None:
    message = ("We are a Hong Kong-invested company registered in the district; we obtained the national high-tech "
               "enterprise recognition in April 2024.")
    assert int(_kind_reply(message).get("total_min_cny") or 0) == 150000
