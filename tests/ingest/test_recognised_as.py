"""The words saying a party is recognised or approved as a named thing are one data list
(``ingest/data/recognised_as.yaml``), read by the payee reader and the level reader alike: after 获批为 / 获批建设 /
获批组建 the level printed is the clause's level, so a platform of another level is not paid (review14 RA1; fresh
sentences, zh; the company's side in zh and en)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from ingest.model import IngestedPolicy
from ingest.pipeline import ingest_document
from ingest.read import read_text
from ingest.recognised_as import level_after_recognised_as, recognised_as_examples, recognised_as_name
from kg.build import build_policy_graph

_LEVELS = {"国家级": "national", "省级": "provincial", "市级": "municipal"}


def _policy(body: str) -> IngestedPolicy:
    text = (f"某区支持创新平台建设若干措施\n一、支持措施\n{body}\n二、附则\n"
            "本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")
    return ingest_document(read_text(text.encode("utf-8"), "test.txt"), "test-policy")


@pytest.mark.parametrize("example", recognised_as_examples())
def test_every_example_names_its_level_and_its_platform(example: str) -> None:
    assert recognised_as_name().search(example), example
    (word,) = [word for word in _LEVELS if word in example]
    assert level_after_recognised_as().search(example[:example.index(word)]), example
    (benefit,) = [p for p in _policy(f"1.{example}，给予30万元奖励。").provisions if p.kind.monetary]
    assert benefit.level == _LEVELS[word], (example, benefit.level)
    assert benefit.qualifications, example


@pytest.mark.parametrize("sentence, level", [
    ("1.对获批为国家级科技企业孵化器的，给予40万元一次性奖励。", "national"),
    ("1.对获批组建省级技术创新中心的企业，给予80万元奖励。", "provincial"),
    ("1.对新获批建设市级重点实验室的，给予20万元奖励。", "municipal"),
])
def test_the_level_after_an_approval_is_the_clauses_level(sentence: str, level: str) -> None:
    (benefit,) = [p for p in _policy(sentence).provisions if p.kind.monetary]
    assert benefit.level == level


_TWO = "1.对获批为国家级科技企业孵化器的，给予40万元一次性奖励。\n2.对获批组建省级技术创新中心的企业，给予80万元奖励。"


@pytest.mark.parametrize("message, total", [
    ("我们在本区，2024年获批为市级科技企业孵化器。", 0),
    ("We are in the district. In 2024 we were approved as a provincial technology business incubator.", 0),
    ("我们公司在本区，去年获批组建市级技术创新中心。", 0),
    ("Our company is in the district; last year we were approved to set up a municipal technology innovation "
     "center.", 0),
    ("我们公司在本区，去年获批组建省级技术创新中心。", 800000),  # control: the level printed is paid
])
def test_a_platform_of_another_level_is_not_paid(message: str, total: int) -> None:
    context = AssistantContext(rules_from_graph(build_policy_graph(_policy(_TWO))))
    reply, _ = respond(message, new_state(dt.date(2025, 6, 30)), context)
    eligibility = reply.eligibility or {}
    assert eligibility.get("total_min_cny") == total, (message, eligibility.get("total_min_cny"))
