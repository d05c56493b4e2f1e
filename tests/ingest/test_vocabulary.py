"""The vocabulary is sound: every label names one concept, every concept has zh and en labels."""

from __future__ import annotations

from collections import defaultdict

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

from ingest.concepts import SCHEMES, load_vocabulary
from ontology import VOCABULARY_FILE


def test_every_label_names_exactly_one_concept() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for concept in load_vocabulary().concepts.values():
        for label in concept.labels:
            owners[label.casefold()].add(concept.id)
    shared = {label: ids for label, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_every_concept_has_one_label_per_language_and_a_scheme() -> None:
    graph = Graph().parse(VOCABULARY_FILE, format="turtle")
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        languages = sorted(label.language for label in graph.objects(concept, SKOS.prefLabel)
                           if isinstance(label, Literal))
        assert languages == ["en", "zh"], concept
    for concept in load_vocabulary().concepts.values():
        assert concept.scheme in SCHEMES, concept.id


def test_qualifications_belong_to_a_group() -> None:
    vocabulary = load_vocabulary()
    members = [c for c in vocabulary.in_scheme("qualifications") if c.group is not None]
    groups = {c.group for c in members}
    assert {"enterprise_recognition", "platform", "listing_board", "talent"} <= groups
    assert all(group in vocabulary for group in groups)


@pytest.mark.parametrize(("text", "concept"), [("incubators", "incubator"),
                                               ("high-tech enterprises", "high_tech_enterprise"),
                                               ("unicorns", "unicorn_enterprise")])
def test_english_plurals_match_only_when_asked(text: str, concept: str) -> None:
    vocabulary = load_vocabulary()
    assert [hit.concept.id for hit in vocabulary.find(text, "qualifications", plurals=True)] == [concept]
    assert vocabulary.find(text, "qualifications") == []
