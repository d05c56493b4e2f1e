"""Follow-up questions by relevance (issue 15): a company is asked about its sector and the
facts it gave before anything else, never about a sector it is plainly not in, and is offered
at most three questions at a time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.dialogue import AssistantContext, DialogueState, new_state, respond
from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.questions import (
    MAX_QUESTIONS,
    CompanyContext,
    SectorsError,
    company_context,
    load_sectors,
    question_tier,
    relevant_questions,
    sectors_named,
)
from assistant.eligibility.rules import PolicyRules
from assistant.eligibility.samples import random_profile
from assistant.profile import parse_profile
from assistant.understanding.facts import Understood, profile_data
from kg.store import open_store

CASES = yaml.safe_load((Path(__file__).parents[1] / "data" / "questions" / "relevant.yaml").read_text("utf-8"))
AS_OF = dt.date(2025, 6, 30)


@pytest.fixture(scope="module")
def rules() -> PolicyRules:
    return rules_from_graph(open_store(None).graph())


def _conversation(said: list[str], rules: PolicyRules) -> tuple[DialogueState, dict[str, Any]]:
    state = new_state(AS_OF)
    for message in said:
        reply, state = respond(message, state, AssistantContext(rules))
    assert reply.eligibility is not None, f"{said}: no eligibility answer"
    return state, reply.eligibility


@pytest.mark.parametrize("case", CASES, ids=[" / ".join(case["said"]) for case in CASES])
def test_a_company_is_asked_what_concerns_it(case: dict[str, Any], rules: PolicyRules) -> None:
    state, _ = _conversation(case["said"], rules)
    profile = parse_profile(profile_data([Understood(**fact.model_dump()) for fact in state.facts]))
    words = company_context(profile, [fact.source for fact in state.facts])
    said = CompanyContext(words.concepts, words.sectors | set(state.sectors))
    result = evaluate(profile, AS_OF, rules)
    offered = [q.key for q in relevant_questions(result, rules, said)]
    everything = [q.key for q in relevant_questions(result, rules, said, limit=len(result.questions))]
    if "first" in case:
        assert state.asked[-1] == case["first"], f"asked {state.asked[-1]}; offered {offered}"
        assert offered[0] == case["first"]
    for key in case.get("top", []):
        assert key in offered, f"{key} not among {offered}"
    for key in case.get("never", []):
        assert key not in everything, f"{key} would be asked: {everything}"
    if "before" in case:
        earlier, later = case["before"]
        assert everything.index(earlier) < everything.index(later), everything


@pytest.mark.parametrize("sector", load_sectors(), ids=lambda sector: sector.id)
def test_sector_words_name_their_sector_and_no_other(sector: Any) -> None:
    assert sector.match and sector.no_match, f"{sector.id}: give examples that match and that do not"
    for text in sector.match:
        assert sector.id in sectors_named(text), f"{text!r} should name {sector.id}"
    for text in sector.no_match:
        assert sector.id not in sectors_named(text), f"{text!r} should not name {sector.id}"


def test_a_sector_outside_the_company_is_never_asked_and_an_unknown_one_comes_last(rules: PolicyRules) -> None:
    result = evaluate(parse_profile({"location": {"in_zone": True}}), AS_OF, rules)
    hydrogen = next(q for q in result.questions if q.key == "holds:hydrogen_key_project")
    assert question_tier(hydrogen, rules, CompanyContext(sectors=frozenset({"biomedicine"}))) is None
    assert question_tier(hydrogen, rules, CompanyContext(sectors=frozenset({"hydrogen"}))) == 1
    unknown = question_tier(hydrogen, rules, CompanyContext())
    general = next(q for q in result.questions if q.key == "holds:high_tech_enterprise")
    assert unknown is not None and unknown > (question_tier(general, rules, CompanyContext()) or 0)


def test_the_company_name_and_its_facts_place_it_in_a_sector() -> None:
    assert "biomedicine" in company_context(parse_profile({"name": "大连某生物制药有限公司"})).sectors
    holds_drug = parse_profile({"holdings": [{"type": "innovative_drug_project"}]})
    assert company_context(holds_drug).sectors == frozenset({"biomedicine"})
    assert company_context(parse_profile({"rd_expense": [{"year": 2024, "amount_cny": 1}]})).concepts == \
        frozenset({"rd_expense_increment"})


def test_the_chat_remembers_the_sector_said_without_a_fact(rules: PolicyRules) -> None:
    state, _ = _conversation(["我们是一家生物医药企业", "我们在片区内"], rules)
    assert state.sectors == ("biomedicine",)
    assert "hydrogen" not in state.asked[-1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**9), limit=st.integers(0, 50),
       sectors=st.sets(st.sampled_from([s.id for s in load_sectors()]), max_size=2))
def test_at_most_three_questions_and_none_twice(rules: PolicyRules, seed: int, limit: int, sectors: set[str]) -> None:
    import random

    profile = parse_profile(random_profile(random.Random(seed)))
    result = evaluate(profile, AS_OF, rules)
    context = CompanyContext(company_context(profile).concepts, frozenset(sectors))
    offered = relevant_questions(result, rules, context)
    assert len(offered) <= MAX_QUESTIONS
    assert len({q.key for q in offered}) == len(offered)
    assert len(relevant_questions(result, rules, context, limit=limit)) <= limit
    assert all(q in result.questions for q in offered)


def test_a_bad_sectors_file_is_refused_with_the_sector_named(tmp_path: Path) -> None:
    path = tmp_path / "sectors.yaml"
    path.write_text("sectors:\n  space:\n    label: [航天, space]\n    words: [卫星]\n    concepts: [rocket_lab]\n",
                    encoding="utf-8")
    with pytest.raises(SectorsError, match=r"sector 'space'.*rocket_lab"):
        load_sectors(path)
