"""A policy that states no validity window has status ``unknown`` — never "in force (None →
None)" — and every answer says so (issue #13, "Status")."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answer import eligibility_text
from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.rules import PolicyRules
from assistant.profile import parse_profile
from assistant.report import eligibility_markdown
from assistant.validity import status_line, validity_text
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph

TEXT = ("某区促进科技创新若干措施\n一、对首次认定的高新技术企业，一次性给予20万元补助。\n"
        "二、对新认定的省级瞪羚企业，一次性给予50万元奖励。\n")


@pytest.fixture(scope="module")
def rules() -> PolicyRules:
    policy = ingest_document(read_text(TEXT.encode("utf-8"), "no-window.txt"), "no-window")
    assert policy.valid_from is None and policy.valid_until is None
    return rules_from_graph(build_policy_graph(policy))


def test_a_policy_without_a_window_is_unknown_and_says_so_everywhere(rules: PolicyRules) -> None:
    profile = parse_profile({"location": {"in_zone": True}, "qualifications": [
        {"id": "high_tech_enterprise", "round": "first", "date": "2024-03-01"}]})
    result = evaluate(profile, dt.date(2026, 12, 6), rules)
    assert result.policy_status == "unknown"
    assert result.notice is not None and "未写明有效期" in result.notice and "no validity window" in result.notice
    assert eligibility_text(result, "zh", None).startswith("本政策文本未写明有效期")
    assert eligibility_text(result, "en", None).startswith("This policy states no validity window")
    report = eligibility_markdown(result)
    assert "有效期未知 validity unknown" in report and "None" not in report.split("## ")[0]
    assert "未写明有效期" in validity_text(rules, dt.date(2026, 12, 6), "zh")
    assert "cannot be judged" in validity_text(rules, dt.date(2026, 12, 6), "en")
    assert status_line(rules, dt.date(2026, 12, 6), "en") is not None
