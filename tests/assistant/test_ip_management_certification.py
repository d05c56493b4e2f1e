"""Certification under the enterprise IP-management standard (通过《企业知识产权管理规范》认证, said 贯标; "IP
management system certification") is a recognition of the vocabulary: an award printed for it is paid to a company that
says it holds it, in its own words, and never to one whose application was turned down."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph
from tests.assistant_contexts import totals_of

AS_OF = dt.date(2024, 3, 1)
TEXT = """某区知识产权促进办法
第一条 对通过国家级贯彻“企业知识产权管理规范”认证的企业，一次性奖励8万元。
第二条 本办法自2022年1月1日起施行，有效期至2025年12月31日。
"""


@pytest.fixture(scope="module")
def district() -> AssistantContext:
    policy = ingest_document(read_text(TEXT.encode("utf-8"), "district.txt"), "district")
    return AssistantContext(rules_from_graph(build_policy_graph(policy)))


def _totals(context: AssistantContext, message: str) -> tuple[int, int]:
    reply, _ = respond(message, new_state(AS_OF), context)
    return totals_of(reply)


@pytest.mark.parametrize("message", [
    "我们是本区的软件公司，2023年6月通过了知识产权贯标认证，是国家级的。",
    "我们是本区的软件公司，2023年通过了国家级《企业知识产权管理规范》认证。",
    "We are a software firm in the district; in June 2023 we obtained national IP management system certification.",
])
def test_the_certification_said_in_the_companys_words_is_paid(district: AssistantContext, message: str) -> None:
    assert _totals(district, message) == (80_000, 80_000)


@pytest.mark.parametrize("message", [
    "我们是本区的软件公司，正在申请知识产权贯标认证。",
    "We are a software firm in the district; we applied for IP management certification but were rejected.",
])
def test_a_certification_applied_for_or_refused_is_not_paid(district: AssistantContext, message: str) -> None:
    assert _totals(district, message)[0] == 0


@pytest.mark.parametrize(("message", "round_said"), [
    ("我们是本区的软件公司，去年第一次拿到了贯标认证。", "first"),
    ("We are a software firm in the district; last year we got IP management certification for the first time.",
     "first"),
    ("我们是本区的软件公司，贯标认证去年复审通过了。", "renewal"),
])
def test_the_certifications_round_is_read(message: str, round_said: str) -> None:
    from assistant.understanding.facts import understand_facts  # the certification is renewed: its round matters

    held = [f.value for f in understand_facts(message, AS_OF) if f.field == "qualifications"]
    assert [value.get("round") for value in held] == [round_said]
