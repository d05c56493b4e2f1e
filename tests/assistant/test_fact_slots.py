"""A concept group's slot in the profile comes from the vocabulary: a group added in data (here a
temporary vocabulary with a new kind of recognition) reaches the profile with no Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.eligibility.facts import company_facts
from assistant.profile import CONCEPT_GROUPS, parse_profile
from assistant.understanding import facts as facts_module
from assistant.understanding.fact_slots import FactSlot, fact_slot, slot_of, stated_as_held
from assistant.understanding.facts import held_fact, profile_data, understand_facts
from ingest.concepts import load_vocabulary, vocabulary_file
from ontology import VOCABULARY_FILE

NEW_GROUP = """
pkv:honour a skos:Concept ; skos:inScheme pkv:qualifications ; skos:topConceptOf pkv:qualifications ;
    skos:prefLabel "荣誉称号"@zh, "honours"@en ;
    pkg:profileField "qualifications" ; pkg:profileKey "id" ; pkg:factPrefix "qualification" ; pkg:statedAsHeld true .
pkv:well_known_trademark a skos:Concept, pkg:Qualification ; skos:inScheme pkv:qualifications ;
    skos:broader pkv:honour ; skos:prefLabel "中国驰名商标"@zh, "well-known trademark of China"@en ;
    skos:altLabel "驰名商标"@zh .
"""


@pytest.fixture
def vocabulary_with_a_new_group(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "vocabulary.ttl"
    path.write_text(VOCABULARY_FILE.read_text(encoding="utf-8") + NEW_GROUP, encoding="utf-8")
    facts_module.qualification_hits.cache_clear()  # words found with the vocabulary read before
    with vocabulary_file(path) as vocabulary:
        assert "honour" in vocabulary.concepts
        yield path
    facts_module.qualification_hits.cache_clear()
    assert "honour" not in load_vocabulary().concepts  # the bundled vocabulary again after the block


def test_the_groups_slots_are_read_from_the_vocabulary() -> None:
    assert fact_slot("enterprise_recognition") == FactSlot("qualification", "qualifications", "id")
    assert slot_of("key_laboratory") == FactSlot("platform", "platforms", "type")
    assert fact_slot("intellectual_property") is None  # patents are read with their counts
    assert stated_as_held("talent") and not stated_as_held("standard")
    assert CONCEPT_GROUPS["patents", "type"] == ("intellectual_property",)
    assert set(CONCEPT_GROUPS["holdings", "type"]) == {"project", "talent", "standard", "equipment"}
    assert ("qualifications", "level") not in CONCEPT_GROUPS  # a level is no concept of a group


@pytest.mark.usefixtures("vocabulary_with_a_new_group")
def test_a_group_added_in_data_reaches_the_profile() -> None:
    assert fact_slot("honour") == FactSlot("qualification", "qualifications", "id")
    assert "honour" in CONCEPT_GROUPS["qualifications", "id"]
    found = understand_facts("我们2023年获得中国驰名商标", dt.date(2024, 6, 30))
    assert [(fact.key, fact.field, fact.value["id"]) for fact in found] == [
        ("qualification:well_known_trademark", "qualifications", "well_known_trademark")]
    profile = parse_profile(profile_data(found))  # the profile takes the new group's concept
    assert [fact.concept for fact in company_facts(profile).facts("well_known_trademark")] == ["well_known_trademark"]
    answer = held_fact("well_known_trademark", False, "没有")
    assert answer is not None and answer.value == {"id": "well_known_trademark", "held": False}


def test_without_the_group_in_data_the_words_give_nothing() -> None:
    assert fact_slot("honour") is None
    assert understand_facts("我们2023年获得中国驰名商标", dt.date(2024, 6, 30)) == []


def test_a_vocabulary_file_is_read_by_path_without_changing_the_one_in_use(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.ttl"
    path.write_text(VOCABULARY_FILE.read_text(encoding="utf-8") + NEW_GROUP, encoding="utf-8")
    assert load_vocabulary(path).label("well_known_trademark", "zh") == "中国驰名商标"
    assert "well_known_trademark" not in load_vocabulary().concepts
    assert load_vocabulary() is load_vocabulary(VOCABULARY_FILE)  # parsed once per file
