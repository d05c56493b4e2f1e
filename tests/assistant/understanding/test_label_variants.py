"""English labels as people shorten or pad them: every example of ``ontology/cues/label_variants.yaml``, and
the facts they give in a sentence (fresh wordings, not the blind sets')."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.cue_files import read_cue_file
from assistant.understanding.facts import qualification_hits, understand_facts

EXAMPLES = read_cue_file("label_variants")["examples"]


@pytest.mark.parametrize("example", EXAMPLES["match"])
def test_every_match_example(example: str) -> None:
    text, concept = (part.strip() for part in example.split("=>"))
    assert concept in [hit.concept.id for hit in qualification_hits(text)], text


@pytest.mark.parametrize("example", EXAMPLES["no_match"])
def test_every_no_match_example(example: str) -> None:
    assert qualification_hits(example) == (), example


def _platforms(message: str) -> list[tuple[object, ...]]:
    facts = understand_facts(message, dt.date(2025, 11, 20), in_conversation=True)
    return sorted((fact.value["type"], fact.value.get("level"), str(fact.value.get("date"))) for fact in facts
                  if fact.field == "platforms")


def test_a_shortened_second_platform_after_and() -> None:
    assert _platforms("We got a provincial key lab in Mar 2025 and a municipal engineering tech research "
                      "centre in Sept 2025.") == [("engineering_technology_research_center", "municipal", "2025-09-01"),
                                              ("key_laboratory", "provincial", "2025-03-01")]


def test_a_domain_word_inside_a_long_label() -> None:
    assert _platforms("Back in 2024 we opened a frontier biotech technology lab.") == [
        ("frontier_technology_lab", None, "2024-01-01")]


def test_a_level_word_is_never_taken_inside_a_label() -> None:
    hits = qualification_hits("an engineering provincial technology research center")
    assert all(hit.concept.id != "engineering_technology_research_center" or "provincial" not in hit.text
               for hit in hits)


def test_chinese_labels_untouched() -> None:
    assert [hit.concept.id for hit in qualification_hits("我们有个省级工程技术研究中心")] == [
        "engineering_technology_research_center"]
