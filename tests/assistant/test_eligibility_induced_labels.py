"""The labels of the concepts a policy induced (酒店, 旅游景区) travel with that policy: two policies
evaluated in one process, in either order, each name their concepts as they print them — nothing one
policy's evaluation leaves behind changes another's answers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.induced import InducedLabels, concept_label
from assistant.eligibility.result import EligibilityResult
from assistant.eligibility.rules import PolicyRules, rules_from_record
from assistant.explanation import explain_benefit
from assistant.profile import parse_profile
from assistant.report import eligibility_markdown
from ingest.model import induced_concept_id
from kg.build import build_policy_graph

AS_OF = dt.date(2020, 6, 1)
HOTEL, SCENIC = induced_concept_id("酒店"), induced_concept_id("旅游景区")
PRINTED_EN = {"酒店": "star-rated hotel", "旅游景区": "A-rated scenic spot"}


@pytest.fixture(scope="module")
def liuhe(policies: dict[str, Any]) -> PolicyRules:
    return rules_from_graph(build_policy_graph(policies["liuhe_tourism_2019"]))


@pytest.fixture(scope="module")
def liuhe_en(liuhe: PolicyRules) -> PolicyRules:
    """Another policy paying the same payees, whose reader printed English labels for them (as it does
    for 高新技术企业孵化器): the same ids, other English words."""
    provisions = tuple(
        dataclasses.replace(p, beneficiary=dataclasses.replace(p.beneficiary, label_en=PRINTED_EN[p.beneficiary.label]))
        if p.beneficiary is not None and p.beneficiary.label in PRINTED_EN else p
        for p in liuhe.record.provisions)
    return rules_from_record(dataclasses.replace(liuhe.record, id="liuhe-en", provisions=provisions))


@pytest.fixture(scope="module")
def pingshan(policies: dict[str, Any]) -> PolicyRules:
    return rules_from_graph(build_policy_graph(policies["pingshan_digital_economy_2023"]))


def _unstated_hotel() -> Any:
    return parse_profile({"location": {"in_zone": True}, "policy_concepts": [{"id": HOTEL, "label": "酒店"}]})


def _asked_en(result: EligibilityResult) -> dict[str, str]:
    return {q.key: q.question_en for q in result.questions}


@pytest.mark.parametrize("order", [("liuhe", "liuhe_en"), ("liuhe_en", "liuhe")])
def test_each_policy_names_its_concepts_as_it_prints_them_in_either_order(
        order: tuple[str, str], request: pytest.FixtureRequest) -> None:
    printed = {"liuhe": {HOTEL: "酒店", SCENIC: "旅游景区"},
               "liuhe_en": {HOTEL: "star-rated hotel", SCENIC: "A-rated scenic spot"}}
    for name in (*order, *order):  # each twice, the other one evaluated in between
        rules: PolicyRules = request.getfixturevalue(name)
        result = evaluate(_unstated_hotel(), AS_OF, rules)
        asked = _asked_en(result)
        assert printed[name][HOTEL] in asked[f"tier:{HOTEL}"], (name, asked[f"tier:{HOTEL}"])
        assert printed[name][SCENIC] in asked[f"holds:{SCENIC}"], (name, asked[f"holds:{SCENIC}"])
        hotel = next(entry for entry in result.could_add if entry.clause_path == ("三", "8"))
        assert any(printed[name][HOTEL] in question for question in hotel.questions_en)
        assert result.concept_labels.label(HOTEL, "en") == printed[name][HOTEL]


@pytest.mark.parametrize("order", [("liuhe", "pingshan"), ("pingshan", "liuhe")])
def test_two_different_policies_keep_their_own_concepts(order: tuple[str, str],
                                                        request: pytest.FixtureRequest) -> None:
    for name in order:
        rules: PolicyRules = request.getfixturevalue(name)
        result = evaluate(parse_profile({"location": {"in_zone": True}}), AS_OF, rules)
        mine = rules.induced_labels.by_id
        induced_keys = [q.key for q in result.questions if q.key.partition(":")[2].startswith("induced-")]
        assert induced_keys, name  # both policies pay concepts of their own words
        for key in induced_keys:
            concept = key.partition(":")[2]
            assert concept in mine, (name, key)  # no concept of the other policy is asked about
            question = next(q for q in result.questions if q.key == key)
            assert mine[concept][0] in question.question_zh and concept not in question.question_zh


def test_the_labels_are_read_from_the_policy_not_from_what_was_evaluated_before(liuhe: PolicyRules) -> None:
    assert liuhe.induced_labels.label(HOTEL, "zh") == "酒店"
    assert InducedLabels().label(HOTEL, "zh") is None
    assert concept_label(HOTEL, "en", InducedLabels()) == HOTEL  # a policy that does not pay it cannot name it
    assert concept_label("high_tech_enterprise", "zh", InducedLabels()) == "高新技术企业"


def test_reports_and_explanations_name_induced_concepts_by_the_policy_s_labels(liuhe_en: PolicyRules) -> None:
    profile = parse_profile({"location": {"in_zone": True},
                             "policy_concepts": [{"id": HOTEL, "label": "酒店", "tier": "四星级"}]})
    result = evaluate(profile, AS_OF, liuhe_en)  # the hotel's date is unstated: a could-add entry
    assert "star-rated hotel" in " ".join(result.could_add[0].questions_en)
    dated = evaluate(parse_profile({"location": {"in_zone": True}, "policy_concepts": [
        {"id": HOTEL, "label": "酒店", "tier": "四星级", "date": "2020-05-01"}]}), AS_OF, liuhe_en)
    explained = explain_benefit(dated.benefits[0], dated, liuhe_en, "en")
    assert "star-rated hotel" in " ".join(explained.sentences)
    assert "酒店" in eligibility_markdown(dated)


@pytest.mark.parametrize("order", [("liuhe", "liuhe_en"), ("liuhe_en", "liuhe")])
def test_the_dialogue_names_induced_concepts_by_the_loaded_policy_s_labels_in_either_order(
        order: tuple[str, str], request: pytest.FixtureRequest) -> None:
    from assistant.dialogue import AssistantContext, new_state, respond

    printed_en = {"liuhe": "the 酒店", "liuhe_en": "the star-rated hotel"}
    for name in (*order, *order):  # the other policy's conversation in between
        context = AssistantContext(request.getfixturevalue(name))
        state = new_state(AS_OF)
        _, state = respond("我们是六合区的酒店", state, context)
        reply, _ = respond("Why not?", state, context)  # the measures waiting for facts, with what they ask
        assert f"Which tier (star rating, grade) is {printed_en[name]}?" in reply.answer, (name, reply.answer)
        _, state = respond("是", state.model_copy(update={"asked": (f"holds:{SCENIC}",)}), context)
        assert {"id": SCENIC, "label": "旅游景区"} in [f.value for f in state.facts if f.field == "policy_concepts"]


def test_without_the_policy_s_labels_an_induced_concept_is_named_by_its_id(liuhe_en: PolicyRules) -> None:
    assert liuhe_en.induced_labels.label(HOTEL, "en") == "star-rated hotel"  # read once in this process
    assert concept_label(HOTEL, "en") == HOTEL  # nothing read before is remembered outside the policy
