"""Scenario tests as data (OpenFisca style): tests/scenarios/*.yaml, each computed by hand."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.rules import PolicyRules
from assistant.profile import parse_profile
from ingest.pipeline import ingest_file
from kg.build import build_policy_graph
from kg.store import open_store
from tests.conftest import ROOT

SCENARIOS = sorted((ROOT / "tests" / "scenarios").glob("*.yaml"))


@pytest.fixture(scope="module")
def rules() -> PolicyRules:
    return rules_from_graph(open_store(None).graph())


@functools.cache
def policy_rules(relative: str) -> PolicyRules:
    """The rules of a scenario's own policy text (``policy:``, relative to the repository root)."""
    return rules_from_graph(build_policy_graph(ingest_file(ROOT / relative)))


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def test_there_are_at_least_fifty_scenarios() -> None:
    assert len(SCENARIOS) >= 50


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path: Path, rules: PolicyRules) -> None:
    scenario = load(path)
    rules = policy_rules(scenario["policy"]) if "policy" in scenario else rules
    as_of = scenario["as_of"]
    as_of = as_of if isinstance(as_of, dt.date) else dt.date.fromisoformat(str(as_of))
    result = evaluate(parse_profile(scenario["profile"], path.name), as_of, rules)
    expect = scenario["expect"]
    got = {b.provision_id: [b.amount_min_cny, b.amount_max_cny] for b in result.benefits}
    assert got == {k: list(v) for k, v in (expect.get("benefits") or {}).items()}, scenario["name"]
    assert result.policy_status == expect["policy_status"]
    assert result.total_min_cny == expect["total_min_cny"]
    assert result.total_max_cny == expect["total_max_cny"]
    assert result.total_max_unbounded == expect["total_max_unbounded"]
    not_eligible = {n.provision_id for n in result.not_eligible}
    assert set(expect.get("not_eligible") or []) <= not_eligible
    asked = {q.key for q in result.questions}
    assert set(expect.get("questions") or []) <= asked
    could_add = {c.provision_id: [c.amount_min_cny, c.amount_max_cny] for c in result.could_add}
    if "could_add" in expect:  # the complete list: benefits that hinge on an unstated fact
        assert could_add == {k: list(v) for k, v in (expect["could_add"] or {}).items()}, scenario["name"]
    assumed = {a.key for a in result.assumptions}
    assert set(expect.get("assumptions") or []) <= assumed
    assert not set(expect.get("not_assumed") or []) & assumed, scenario["name"]
    for entry in result.could_add:  # counted only for the part its established facts pay
        assert entry.provision_id not in got or "depends on facts not yet established" in entry.basis
    text = rules.record.text
    for benefit in result.benefits:
        assert text[benefit.span[0]:benefit.span[1]] == benefit.quote
