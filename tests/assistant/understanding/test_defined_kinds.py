"""A kind the policy defines, judged from the facts a company states against the definition's conditions
(ontology/definition_conditions.yaml, assistant/understanding/defined_kinds.py): fresh policies, zh and en."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import yaml

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from assistant.understanding.defined_kinds import DEFINITION_CONDITIONS_FILE, Outcome, judge, load_conditions
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph

_DATA = yaml.safe_load(DEFINITION_CONDITIONS_FILE.read_text(encoding="utf-8"))
_BY_NAME = {condition.name: condition for condition in load_conditions()[0]}


@pytest.mark.parametrize(("name", "example"), [(entry["name"], example) for entry in _DATA["conditions"]
                                               for example in entry["examples"]["definition"]])
def test_every_definition_example_sets_its_condition(name: str, example: str) -> None:
    assert _BY_NAME[name].definition.search(example), example


@pytest.mark.parametrize(("name", "example"), [(entry["name"], example) for entry in _DATA["conditions"]
                                               for example in entry["examples"]["stated"]])
def test_every_stated_example_states_its_fact(name: str, example: str) -> None:
    condition = _BY_NAME[name]
    said, _, wanted = example.partition(" => ")
    if condition.compare == "said":
        assert condition.met is not None and condition.met.search(said), said
        return
    found = condition.stated.search(said) if condition.stated is not None else None
    assert found is not None, said
    assert next(group for group in found.groups() if group) == wanted


# 港创企业: founder origin, nationality, age, share — a fresh definition with the person it uses defined after it
_DEFINITION = ("由港澳青年作为主要创办人且持股比例不低于30%的企业；港澳青年：40周岁以下、具有中国国籍的香港、"
               "澳门特别行政区居民")


@pytest.mark.parametrize(("message", "outcome"), [
    ("我是澳门居民，中国国籍，今年28岁，公司由我创办，我持股45%。", Outcome.MET),
    ("I am a Macao resident of Chinese nationality, I am 28 years old; I founded the company and hold 45% of it.",
     Outcome.MET),
    ("我是澳门居民，中国国籍，今年48岁，公司由我创办，我持股45%。", Outcome.UNMET),  # too old
    ("I am a Macao resident of Chinese nationality, I am 28 years old; I founded the company and hold 12% of it.",
     Outcome.UNMET),  # too small a share
    ("我是台湾居民，中国国籍，今年28岁，公司由我创办，我持股45%。", Outcome.UNMET),  # another origin
    ("我是澳门居民，今年28岁，公司由我创办，我持股45%。", Outcome.UNKNOWN),  # nationality unstated
    ("I am a Macao resident, I am 28 years old; I founded the company and hold 45% of it.", Outcome.UNKNOWN),
    ("公司由两位澳门青年创办的，均为中国籍澳门居民，今年一个31岁、一个39岁，两人合计持股80%。", Outcome.MET),
    ("公司由两位澳门青年创办的，均为中国籍澳门居民，今年一个31岁、一个43岁，两人合计持股80%。", Outcome.UNMET),
    ("我们的主要客户都是台湾人，我们公司持股一家香港企业30%。", Outcome.UNKNOWN),  # others' facts, not the founder's
])
def test_stated_facts_are_matched_against_the_definition(message: str, outcome: Outcome) -> None:
    assert judge(_DEFINITION, message, ["港创企业"]) is outcome


def test_a_definition_with_a_condition_no_entry_reads_is_never_held() -> None:
    definition = "由40周岁以下人员作为主要创办人、在本区注册成立不满5年的企业"
    assert judge(definition, "我今年30岁，公司是我创办的。") is Outcome.UNKNOWN


def test_a_kind_of_person_is_not_the_company() -> None:
    assert judge("40周岁以下、具有中国国籍的香港居民", "我是香港居民，中国国籍，今年30岁。") is Outcome.UNKNOWN


_POLICY = """某区支持港澳青年来区创业若干措施
第一条 本措施所称港创企业，是指由港澳青年作为主要创办人且持股比例不低于30%的企业。
本措施所称港澳青年，是指40周岁以下、具有中国国籍的香港、澳门特别行政区居民。
第二条 对获得国家高新技术企业认定的港创企业，给予30万元一次性奖励。
第三条 本措施自2024年1月1日起施行，有效期至2026年12月31日。
"""


def _reply(message: str) -> dict[str, Any]:
    policy = ingest_document(read_text(_POLICY.encode("utf-8"), "test.txt"), "test-hk-founders")
    reply, _ = respond(message, new_state(dt.date(2025, 6, 30)), AssistantContext(rules_from_graph(
        build_policy_graph(policy))))
    return reply.eligibility or {}


_RECOGNISED_ZH = "公司在本区注册，2024年5月获得国家高新技术企业认定。"
_RECOGNISED_EN = (" The company is registered in the district and was recognised as a national high-tech enterprise"
                  " in May 2024.")


@pytest.mark.parametrize("message", [
    "我是澳门居民，中国国籍，今年28岁，公司由我创办，我持股45%。" + _RECOGNISED_ZH,
    "I am a Macao resident of Chinese nationality, I am 28 years old; I founded the company and hold 45% of it."
    + _RECOGNISED_EN,
])
def test_a_company_meeting_every_condition_is_paid(message: str) -> None:
    assert int(_reply(message).get("total_min_cny") or 0) == 300000


@pytest.mark.parametrize("message", [
    "我是澳门居民，中国国籍，今年48岁，公司由我创办，我持股45%。" + _RECOGNISED_ZH,
    "I am a Macao resident of Chinese nationality, I am 48 years old; I founded the company and hold 45% of it."
    + _RECOGNISED_EN,
])
def test_a_company_failing_a_stated_condition_is_not_paid_nor_asked(message: str) -> None:
    eligibility = _reply(message)
    assert int(eligibility.get("total_max_cny") or 0) == 0
    assert not [q for q in eligibility.get("questions", []) if "港创企业" in q.get("question_zh", "")]


@pytest.mark.parametrize("message", [
    "我是澳门居民，今年28岁，公司由我创办，我持股45%。" + _RECOGNISED_ZH,
    "I am a Macao resident, I am 28 years old; I founded the company and hold 45% of it." + _RECOGNISED_EN,
])
def test_a_company_leaving_a_condition_unstated_is_asked(message: str) -> None:
    eligibility = _reply(message)
    assert int(eligibility.get("total_min_cny") or 0) == 0
    assert [q for q in eligibility.get("questions", []) if re.search("港创企业", q.get("question_zh", ""))]
