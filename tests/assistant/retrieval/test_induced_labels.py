"""Search finds clauses by the printed label of a concept the policy induced (酒店, 旅游景区), which
the shared vocabulary does not know."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.retrieval.concepts import ConceptIndex
from assistant.retrieval.corpus import build_corpus
from ingest.model import induced_concept_id
from kg.build import build_policy_graph
from kg.query import load_record


@pytest.fixture(scope="module")
def liuhe(policies: dict[str, Any]) -> ConceptIndex:
    return ConceptIndex(build_corpus(load_record(build_policy_graph(policies["liuhe_tourism_2019"]))))


def _item(clause_id: str) -> str:
    return clause_id.rsplit("/", 1)[-1]


def test_an_induced_label_names_its_concept(liuhe: ConceptIndex) -> None:
    assert liuhe.query_concepts("四星级酒店能拿多少？") == {induced_concept_id("酒店")}
    assert liuhe.query_concepts("旅行社有奖励吗") == {induced_concept_id("旅行社、户外团队")}


def test_the_clause_that_pays_it_ranks_first(liuhe: ConceptIndex) -> None:
    assert [_item(clause) for clause in liuhe.ranking("四星级酒店能拿多少？")] == ["item8"]
    assert [_item(clause) for clause in liuhe.ranking("旅游景区评上4A有什么奖励")] == ["item9"]


def test_a_question_of_two_labels_the_clause_holds_is_covered(liuhe: ConceptIndex) -> None:
    # 〔二4〕 names 投资方 (induced from its words) and 投资总额 (the vocabulary's); 〔一1〕 only the latter
    question = "投资方的投资总额"
    assert liuhe.query_concepts(question) == {induced_concept_id("投资方"), "investment_total"}
    clause = liuhe.ranking(question)[0]
    assert _item(clause) == "item4" and liuhe.covers_all(question, clause)
    assert not any(liuhe.covers_all(question, other) for other in liuhe.ranking(question)[1:])


def test_a_question_of_one_label_is_not_covered(liuhe: ConceptIndex) -> None:
    clause = liuhe.ranking("酒店")[0]
    assert not liuhe.covers_all("酒店", clause)  # one concept is not enough
    assert liuhe.query_concepts("乡村旅游示范单位") == {induced_concept_id("乡村旅游示范单位")}
