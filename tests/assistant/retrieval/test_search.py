"""Hybrid clause search with a deterministic fake embedder (no model needed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.retrieval.corpus import build_corpus
from assistant.retrieval.embedders import EmbedderError, HashingEmbedder, embedder_from_name
from assistant.retrieval.fusion import reciprocal_rank_fusion
from assistant.retrieval.gate import Gate
from assistant.retrieval.language import detect_language
from assistant.retrieval.lexical import expand_aliases, zh_tokens
from assistant.retrieval.search import ClauseSearch, QueryError, build_search, cached_vectors
from ingest.concepts import load_vocabulary
from kg.query import PolicyRecord, load_record
from kg.store import open_store


@pytest.fixture(scope="module")
def record() -> PolicyRecord:
    return load_record(open_store(None).graph())


@pytest.fixture(scope="module")
def search(record: PolicyRecord) -> ClauseSearch:
    return build_search(record, HashingEmbedder())


def test_corpus_sentences_are_exact_spans(record: PolicyRecord) -> None:
    corpus = build_corpus(record)
    assert len(corpus.clauses) >= 30
    for passage in corpus.passages:
        assert record.text[passage.start:passage.end] == passage.text
    ids = [doc.clause.id for doc in corpus.clauses]
    assert "sec3/sub3/item10/enum1" in ids and "sec5/item2" in ids


@pytest.mark.parametrize(("text", "language"), [
    ("上市有奖励吗", "zh"), ("Is there support for hydrogen?", "en"), ("研究開発費の補助はありますか", "ja"),
    ("수소 프로젝트 지원이 있나요?", "ko"), ("HNTE 补助多少", "zh"), ("1234", "en")])
def test_routing_by_script(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_aliases_expand_colloquial_words() -> None:
    vocabulary = load_vocabulary()
    assert "高新技术企业" in expand_aliases("高企认定有奖励吗", vocabulary)
    assert "迁离" in expand_aliases("搬走了要退钱吗", vocabulary)
    assert "高新技术企业" in zh_tokens("对首次认定的高新技术企业给予补助")


def test_fusion_ranks_agreement_first_and_keeps_order() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["c", "a"]])
    assert [item for item, _ in fused] == ["a", "c", "b"]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)


@pytest.mark.parametrize(("query", "clause"), [
    ("科创板上市奖励多少", "sec3/sub2/item8"),
    ("高企首次认定补助", "sec3/sub2/item6"),
    ("迁离片区要退回扶持资金吗", "sec5/item2"),
    ("院士工作站每年补助", "sec3/sub5/item15"),
    ("科創板上市獎勵多少", "sec3/sub2/item8"),  # typed in traditional characters
    ("遷離片區要退回扶持資金嗎", "sec5/item2"),
])
def test_chinese_queries_find_their_clause_lexically(search: ClauseSearch, query: str, clause: str) -> None:
    result = search.search(query, k=3)
    assert result.language == "zh"
    assert result.hits[0].clause_id == clause


def test_hits_cite_a_sentence_of_their_clause(search: ClauseSearch, record: PolicyRecord) -> None:
    result = search.search("首台套装备按合同金额给予支持", k=3)
    for hit in result.hits:
        assert record.text[hit.span[0]:hit.span[1]] == hit.sentence
    assert set(result.to_json()) == {"status", "hits", "language", "truncated"}
    assert set(result.to_json()["hits"][0]) >= {"clause_path", "score", "sentence", "span"}


def test_english_queries_use_the_generated_english_text(search: ClauseSearch) -> None:
    result = search.search("What is the reward for listing on the STAR Market?", k=3)
    assert result.language == "en"
    assert "sec3/sub2/item8" in [hit.clause_id for hit in result.hits]


@pytest.mark.parametrize("bad", ["", "   ", "！！！？？", "🙂🙂🙂", "\n\t"])
def test_queries_without_words_are_refused_clearly(search: ClauseSearch, bad: str) -> None:
    with pytest.raises(QueryError, match=r"empty|no words"):
        search.search(bad)


def test_a_huge_query_is_truncated_not_fatal(search: ClauseSearch) -> None:
    result = search.search("科创板上市奖励" * 15_000)
    assert result.truncated
    assert result.hits[0].clause_id == "sec3/sub2/item8"


def test_mixed_scripts_work(search: ClauseSearch) -> None:
    result = search.search("STAR Market 科创板 上市 reward 奖励 🙂", k=2)
    assert result.language == "zh"
    assert result.hits[0].clause_id == "sec3/sub2/item8"


def test_gate_bands() -> None:
    gate = Gate(answer_at=0.5, caveat_at=0.3, lexical_weight=0.05)
    assert [gate.band(s) for s in (0.6, 0.4, 0.1)] == ["answer", "caveat", "not_covered"]


def test_vectors_are_cached_and_rebuilt_when_text_changes(tmp_path: Path) -> None:
    class Counting(HashingEmbedder):
        calls = 0

        def encode(self, texts):  # type: ignore[no-untyped-def]
            Counting.calls += 1
            return super().encode(texts)

    embedder = Counting()
    first = cached_vectors("p", ["甲", "乙"], embedder, tmp_path)
    again = cached_vectors("p", ["甲", "乙"], embedder, tmp_path)
    assert Counting.calls == 1 and np.array_equal(first, again)
    cached_vectors("p", ["甲", "丙"], embedder, tmp_path)
    assert Counting.calls == 2


def test_unknown_embedder_names_are_refused() -> None:
    with pytest.raises(EmbedderError, match="unknown embedder"):
        embedder_from_name("word2vec")
    assert embedder_from_name("hashing").name == "hashing"


@pytest.mark.parametrize("query", ["搬走了要退钱吗", "如果我们搬出片区，要退钱吗？"])
def test_a_short_question_whose_concepts_the_top_clause_names_is_answered(search: ClauseSearch, query: str) -> None:
    result = search.search(query, k=3)
    assert result.hits[0].clause_id == "sec5/item2"
    assert result.status == "answer"


@pytest.mark.parametrize("query", ["搬走", "健身房搬走了要退钱吗", "搬走后房东要退钱吗"])
def test_one_concept_or_another_topic_does_not_lift_the_gate(search: ClauseSearch, query: str) -> None:
    assert search.search(query, k=3).status != "answer"
