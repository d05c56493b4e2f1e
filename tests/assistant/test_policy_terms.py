"""The understanding knows the loaded policy: the concepts it induced (by their printed labels, with
their tiers) and its area — not always the bundled policy's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from assistant.eligibility import rules_from_graph
from assistant.profile import parse_profile
from assistant.understanding.facts import profile_data, understand_facts
from assistant.understanding.places import load_area
from assistant.understanding.policy_terms import PolicyTerms, area_file, policy_terms
from ingest.model import induced_concept_id
from kg.build import build_policy_graph

AS_OF = dt.date(2020, 6, 1)
LIUHE = "liuhe_tourism_2019"
LIUHE_AREA = """area: 柳河县
division: "220524"
inside:
  - name: 柳河县
    zh: [柳河县, 柳河]
"""


@pytest.fixture(scope="module")
def liuhe_terms(policies: dict[str, Any]) -> PolicyTerms:
    return policy_terms(LIUHE, rules_from_graph(build_policy_graph(policies[LIUHE])).benefits)


def _facts(message: str, terms: PolicyTerms | None) -> dict[str, Any]:
    return {fact.field: fact.value for fact in understand_facts(message, AS_OF, terms=terms)}


def test_the_terms_list_the_policys_induced_concepts_with_their_tiers(liuhe_terms: PolicyTerms) -> None:
    hotel = liuhe_terms.concept(induced_concept_id("酒店"))
    assert hotel is not None and hotel.tiers == ("三星级", "四星级", "五星级")
    assert {concept.label for concept in liuhe_terms.concepts} >= {"酒店", "旅游景区", "乡村旅游示范单位"}
    assert liuhe_terms.area is None  # no area file: where the policy applies is not known


def test_a_generic_payee_is_no_term(policies: dict[str, Any]) -> None:
    rules = rules_from_graph(build_policy_graph(policies["pingshan_digital_economy_2023"]))
    labels = {concept.label for concept in policy_terms(rules.record.id, rules.benefits).concepts}
    assert "企业" not in labels and labels  # 企业 pays any company: never a concept to hold


def test_a_statement_of_an_induced_concept_is_a_typed_fact(liuhe_terms: PolicyTerms) -> None:
    facts = understand_facts("我们是2020年5月新评定的四星级酒店", AS_OF, terms=liuhe_terms)
    assert [(fact.field, fact.value) for fact in facts] == [("policy_concepts", {
        "id": induced_concept_id("酒店"), "label": "酒店", "tier": "四星级", "date": dt.date(2020, 5, 1),
        "date_precision": "month"})]
    profile = parse_profile(profile_data(facts))
    assert profile.policy_concepts[0].tier == "四星级"


@pytest.mark.parametrize(("message", "label", "expected"), [
    ("我们是国家4A级旅游景区，2020年4月评定", "旅游景区", {"level": "national", "tier": "4A"}),
    ("我们不是酒店", "酒店", {"held": False}),
    ("我们是一家旅行社", "旅行社、户外团队", {}),  # a part of a listed label names it
])
def test_what_is_said_of_an_induced_concept(liuhe_terms: PolicyTerms, message: str, label: str,
                                            expected: dict[str, Any]) -> None:
    value = _facts(message, liuhe_terms)["policy_concepts"]
    assert value["id"] == induced_concept_id(label) and value["label"] == label
    assert {key: value[key] for key in expected} == expected


def test_without_the_policys_terms_its_words_give_no_fact() -> None:
    assert "policy_concepts" not in _facts("我们是2020年5月新评定的四星级酒店", None)


def test_a_policy_with_no_area_never_judges_a_place(liuhe_terms: PolicyTerms) -> None:
    assert "location.in_zone" not in _facts("我们在大连保税区", liuhe_terms)  # not assumed inside Dalian's area
    assert "location.in_zone" not in _facts("我们在沈阳", liuhe_terms)
    assert _facts("我们在大连保税区", None)["location.in_zone"] is True  # the bundled policy's area


def test_the_policys_own_area_file_decides(tmp_path: Path, policies: dict[str, Any]) -> None:
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / f"{LIUHE}.area.yaml").write_text(LIUHE_AREA, encoding="utf-8")
    assert area_file(LIUHE, tmp_path) == tmp_path / "graphs" / f"{LIUHE}.area.yaml"
    terms = policy_terms(LIUHE, rules_from_graph(build_policy_graph(policies[LIUHE])).benefits, tmp_path)
    assert terms.area == load_area(tmp_path / "graphs" / f"{LIUHE}.area.yaml")
    assert _facts("我们在柳河县", terms)["location.in_zone"] is True
    assert _facts("我们在沈阳", terms)["location.in_zone"] is False
    assert _facts("我们在大连保税区", terms)["location.in_zone"] is False  # Dalian is not in Liuhe


def test_the_bundled_policy_keeps_its_area() -> None:
    assert area_file("dalian-ftz-innovation-zone-plan-2021") is not None
    assert area_file(LIUHE) is None


def test_a_one_character_label_names_nothing() -> None:
    from assistant.understanding.policy_terms import PolicyConcept

    village = PolicyConcept(induced_concept_id("村"), "村", None, None, (), ())
    terms = PolicyTerms("p", (village,))
    assert village.names == () and terms.find("我们是乡村旅游企业") == []
    agency = PolicyConcept(induced_concept_id("旅行社、户外团队"), "旅行社、户外团队", None, None, (), ())
    assert agency.names == ("旅行社、户外团队", "旅行社", "户外团队")


@pytest.mark.parametrize(("text", "tier"), [
    ("我们2023年评为一级档案馆", "一级"),  # the 2 of 2023 is no 二级, its 3 no 三级
    ("2023年我们被评为二级", "二级"),
    ("我们是3A企业", None),  # 3 alone names no 三级
    ("我们评了2个奖", None),
])
def test_a_tier_is_named_only_by_words_of_its_own(text: str, tier: str | None) -> None:
    from assistant.understanding.policy_terms import PolicyConcept

    archive = PolicyConcept(induced_concept_id("档案馆"), "档案馆", None, None, ("一级", "二级", "三级"), ())
    assert PolicyTerms("p", (archive,)).tier_named(archive, text) == tier


@pytest.mark.parametrize(("text", "tier"), [("2023年评为4A级景区", "4A"), ("我们是5A", "5A"), ("四星级", None),
                                            ("we are a 14A site", None)])
def test_a_lettered_tier_stands_on_its_own(text: str, tier: str | None) -> None:
    from assistant.understanding.policy_terms import PolicyConcept

    spot = PolicyConcept(induced_concept_id("旅游景区"), "旅游景区", None, None, ("3A", "4A", "5A"), ())
    assert PolicyTerms("p", (spot,)).tier_named(spot, text) == tier
