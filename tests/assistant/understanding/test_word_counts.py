"""Counts in words and in mixed sentences: every example of ``ontology/cues/counts.yaml``, and a patent
count said in words read as the patents' count, in English and in Chinese."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.facts import understand_facts
from assistant.understanding.word_counts import all_counts, count_wording, word_counts

CASES = [(pattern.name, kind, example) for pattern in count_wording().patterns
         for kind in ("match", "no_match") for example in pattern.examples[kind]]


@pytest.mark.parametrize(("pattern", "kind", "example"), CASES, ids=[f"{p}-{k}-{e}" for p, k, e in CASES])
def test_every_example(pattern: str, kind: str, example: str) -> None:
    if kind == "match":
        text, expected = (part.strip() for part in example.split("=>"))
        assert [item.value for item in word_counts(text)] == [int(n) for n in expected.split(",")], text
    else:
        assert word_counts(example) == [], example


def test_a_count_read_both_ways_is_kept_once() -> None:
    assert [item.value for item in all_counts("5 PCT patents and two invention patents")] == [5, 2]


def _patents(message: str) -> list[dict[str, object]]:
    facts = understand_facts(message, dt.date(2025, 6, 1), in_conversation=True)
    return sorted((fact.value for fact in facts if fact.field == "patents"), key=lambda value: str(value["type"]))


def test_english_count_words_count_patents() -> None:
    found = _patents("Our lab had three invention patents granted in 2024 and one Japanese patent granted this year.")
    assert [(value["type"], value["granted"]) for value in found] == [("foreign_patent", 1), ("invention_patent", 3)]


def test_digits_before_a_chinese_patent_word_in_english() -> None:
    found = _patents("This spring we were granted 7 发明专利, and no subsidy for them so far.")
    assert [(value["type"], value["granted"]) for value in found] == [("invention_patent", 7)]


def test_chinese_counts_unchanged() -> None:
    found = _patents("我们今年新授权了五件发明专利")
    assert [(value["type"], value["granted"]) for value in found] == [("invention_patent", 5)]


def test_digits_before_another_chinese_noun_count_no_patents() -> None:
    # review10 und10-5: 4 硕士 counts people; the patents are granted, of no count said
    facts = understand_facts("Last year we recruited 4 硕士 and had 实用新型 and 发明专利 granted", dt.date(2025, 6, 1))
    assert [fact.value for fact in facts if fact.field == "patents"] == []


def test_rd_spent_cumulatively_is_no_investment() -> None:
    # review10 und10-4: 研发…累计投入 is R&D spending, not the project's total investment
    facts = understand_facts("公司前年科研累计投入了650万，今年营收9000万", dt.date(2025, 6, 1))
    assert [fact.field for fact in facts if fact.field == "investment_total_cny"] == []


def test_a_year_is_no_count_of_patents() -> None:
    # review10 probe U6: "In 2024 we were granted invention patents" said no count (it was read as 2024 patents)
    for message in ("In 2023 we were granted invention patents.",
                    "In 2023 we had invention patents granted."):
        assert [fact.value for fact in understand_facts(message, dt.date(2025, 6, 1)) if fact.field == "patents"] == []
    counted = understand_facts("In 2023 we had 4 invention patents granted.", dt.date(2025, 6, 1))
    assert [fact.value["granted"] for fact in counted if fact.field == "patents"] == [4]
