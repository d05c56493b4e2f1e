"""Hybrid clause search: route by script, fuse BM25 and dense rankings, cite the best
sentence, and gate the answer."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from assistant.retrieval.concepts import ConceptIndex
from assistant.retrieval.corpus import Corpus, build_corpus
from assistant.retrieval.dense import DenseIndex
from assistant.retrieval.embedders import Embedder, Vectors
from assistant.retrieval.english import describe_clauses
from assistant.retrieval.fusion import min_max, reciprocal_rank_fusion, score_fusion
from assistant.retrieval.gate import ANSWER, DEFAULT_GATES, NOT_COVERED, Gate
from assistant.retrieval.language import detect_language, has_content
from assistant.retrieval.lexical import BM25Index, en_tokens, expand_aliases, expand_aliases_en, zh_tokens
from ingest.concepts import load_vocabulary
from ingest.script import simplified_text
from kg.query import PolicyRecord
from kg.store import write_atomically

MAX_QUERY_CHARS = 500
FUSION_WEIGHTS = {
    "zh": {"dense": 1.0, "lexical": 0.5, "concepts": 0.25},
    "en": {"dense": 1.0, "dense_en": 0.25, "lexical": 0.25, "concepts": 0.25},
    "other": {"dense": 1.0, "dense_en": 1.5},
}
"""Fusion weights per route, chosen on the tune split only (bench/retrieval/run.py reports the
holdout). A signal a route has no weight for is not computed."""
DENSE_CANDIDATES = 40


class QueryError(ValueError):
    """A query that cannot be searched (empty, or no words at all)."""


@dataclass(frozen=True)
class Hit:
    clause_id: str
    clause_path: tuple[str, ...]
    score: float
    sentence: str
    span: tuple[int, int]
    dense: float
    lexical: float

    def to_json(self) -> dict[str, Any]:
        return {"clause_path": list(self.clause_path), "clause_id": self.clause_id,
                "score": round(self.score, 4), "sentence": self.sentence, "span": list(self.span)}


@dataclass(frozen=True)
class SearchResult:
    status: str
    hits: tuple[Hit, ...]
    language: str
    signal: float
    truncated: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "hits": [hit.to_json() for hit in self.hits], "language": self.language,
                "truncated": self.truncated}


@dataclass
class _Routes:
    """Which rankings a language uses (the baselines switch one off)."""

    lexical: bool = True
    dense: bool = True
    concepts: bool = True
    english: bool = True
    """Dense search over the English descriptions generated from the graph."""


@dataclass
class ClauseSearch:
    """Everything needed to search one policy's clauses."""

    corpus: Corpus
    embedder: Embedder
    vectors: Vectors
    english_texts: list[str]
    english_vectors: Vectors
    gates: dict[str, Gate] = field(default_factory=lambda: dict(DEFAULT_GATES))
    routes: _Routes = field(default_factory=_Routes)
    fusion: str = "score"
    """``score`` (weighted normalised scores, the default) or ``rrf`` (reciprocal-rank fusion)."""

    def __post_init__(self) -> None:
        self._dense = DenseIndex(self.vectors)
        self._dense_en = DenseIndex(self.english_vectors)
        self._zh_docs = [zh_tokens(doc.text) for doc in self.corpus.clauses]
        self._en_docs = [en_tokens(text) for text in self.english_texts]
        self._bm25_zh = BM25Index(self._zh_docs)
        self._bm25_en = BM25Index(self._en_docs)
        self._clause_of_passage = [p.clause_id for p in self.corpus.passages]
        self._concepts = ConceptIndex(self.corpus)
        self._doc_index = self.corpus.clause_index()
        self._passage_doc = np.array([self._doc_index[p.clause_id] for p in self.corpus.passages], dtype=np.int64)
        self._paths = {doc.clause.id: doc.clause.path for doc in self.corpus.clauses}

    # ------------------------------------------------------------------ search

    def search(self, query: str, k: int = 3) -> SearchResult:
        text = query.strip()
        if not text:
            raise QueryError("the query is empty")
        if not has_content(text):
            raise QueryError("the query has no words to search for (only punctuation, symbols or emoji)")
        truncated = len(text) > MAX_QUERY_CHARS
        text = text[:MAX_QUERY_CHARS]
        text = simplified_text(text)  # a question typed in 繁體
        language = detect_language(text)
        query_vector = self.embedder.encode([text])
        sims = self._sentence_scores(query_vector)
        lexical_scores = self._lexical(text, language)
        if self.fusion == "rrf":
            fused = self._rrf(text, language, query_vector, lexical_scores)[:k]
        else:
            fused = self._fused_scores(text, language, query_vector, sims, lexical_scores)[:k]
        hits = tuple(self._hit(clause_id, score, sims, lexical_scores) for clause_id, score in fused)
        dense_top = float(sims.max()) if len(sims) else 0.0
        lexical_top = float(lexical_scores.max()) if lexical_scores is not None and len(lexical_scores) else 0.0
        gate = self.gates.get(language, self.gates["other"])
        signal = gate.signal(dense_top, lexical_top)
        status = gate.band(signal) if hits else NOT_COVERED
        if hits and status != ANSWER and self._concepts.covers_all(text, hits[0].clause_id):
            status = ANSWER  # a short colloquial question whose every concept the top clause names
        return SearchResult(status, hits, language, signal, truncated)

    def _sentence_scores(self, query_vector: Vectors) -> np.ndarray:
        """Similarity of every sentence from the FAISS index (exact, or HNSW for large corpora,
        where sentences beyond the approximate neighbours count as -1)."""
        scores = np.full(len(self.corpus.passages), -1.0, dtype=np.float32)
        wanted = len(scores) if not self._dense.approximate else min(len(scores), 4 * DENSE_CANDIDATES)
        for index, score in self._dense.search(query_vector, wanted):
            scores[index] = score
        return scores

    def _clause_dense(self, sims: np.ndarray) -> np.ndarray:
        """Each clause's best sentence similarity."""
        best = np.full(len(self.corpus.clauses), -1.0, dtype=np.float32)
        np.maximum.at(best, self._passage_doc, sims)
        return best

    def _fused_scores(self, text: str, language: str, query_vector: Vectors, sims: np.ndarray,
                      lexical: np.ndarray | None) -> list[tuple[str, float]]:
        weights = FUSION_WEIGHTS.get(language, FUSION_WEIGHTS["other"])
        signals: list[tuple[np.ndarray, float]] = []
        if self.routes.dense:
            signals.append((min_max(self._clause_dense(sims)), weights["dense"]))
            if self.routes.english and "dense_en" in weights and len(self.english_vectors):
                signals.append((min_max(self.english_vectors @ query_vector[0]), weights["dense_en"]))
        if self.routes.lexical and "lexical" in weights and lexical is not None and float(lexical.max()) > 0:
            signals.append((lexical / float(lexical.max()), weights["lexical"]))
        if self.routes.concepts and "concepts" in weights:
            ranking = self._concepts.ranking(text)
            if ranking:
                concepts = np.zeros(len(self.corpus.clauses), dtype=np.float32)
                for rank, clause_id in enumerate(ranking):
                    concepts[self._doc_index[clause_id]] = 1.0 / (rank + 1)
                signals.append((concepts, weights["concepts"]))
        if not signals:
            return []
        scores = score_fusion(signals)
        order = np.argsort(-scores, kind="stable")
        return [(self.corpus.clauses[i].clause.id, float(scores[i])) for i in order if scores[i] > 0]

    def _rrf(self, text: str, language: str, query_vector: Vectors, lexical: np.ndarray | None
             ) -> list[tuple[str, float]]:
        rankings: list[list[str]] = []
        if self.routes.lexical and lexical is not None:
            order = np.argsort(-lexical)
            rankings.append([self.corpus.clauses[i].clause.id for i in order if lexical[i] > 0])
        if self.routes.concepts and language != "zh":
            rankings.append(self._concepts.ranking(text))
        if self.routes.dense:
            rankings.append(self._dense_ranking(query_vector))
            if language != "zh" and self.routes.english:
                rankings.append([self.corpus.clauses[i].clause.id
                                 for i, score in self._dense_en.search(query_vector, DENSE_CANDIDATES) if score > 0])
        return reciprocal_rank_fusion([r for r in rankings if r])

    def _dense_ranking(self, query_vector: Vectors) -> list[str]:
        ranking: list[str] = []
        for passage, score in self._dense.search(query_vector, DENSE_CANDIDATES):
            clause_id = self._clause_of_passage[passage]
            if score > 0 and clause_id not in ranking:
                ranking.append(clause_id)
        return ranking

    def _lexical(self, text: str, language: str) -> np.ndarray | None:
        """BM25 scores per clause (Chinese tokens, or words of the English descriptions)."""
        vocabulary = load_vocabulary()
        if language == "zh":
            tokens = zh_tokens(text) + [t for alias in expand_aliases(text, vocabulary) for t in zh_tokens(alias)]
            return self._bm25_zh.scores(tokens)
        if language == "en":
            tokens = en_tokens(text) + [t for alias in expand_aliases_en(text, vocabulary) for t in en_tokens(alias)]
            return self._bm25_en.scores(tokens)
        return None

    def _hit(self, clause_id: str, score: float, sims: np.ndarray, lexical: np.ndarray | None) -> Hit:
        doc = self.corpus.clauses[self._doc_index[clause_id]]
        best = max(doc.passages, key=lambda i: float(sims[i])) if len(sims) else doc.passages[0]
        passage = self.corpus.passages[best]
        lexical_score = float(lexical[self._doc_index[clause_id]]) if lexical is not None else 0.0
        return Hit(clause_id, self._paths[clause_id], score, passage.text, (passage.start, passage.end),
                   float(sims[best]) if len(sims) else 0.0, lexical_score)


# ---------------------------------------------------------------------- building, with a cache

def default_cache_dir() -> Path:
    configured = os.environ.get("POLICYKG_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "policykg"


def cached_vectors(name: str, texts: list[str], embedder: Embedder, cache_dir: Path | None) -> Vectors:
    """Vectors of ``texts``, read from the cache when the texts and embedder are unchanged."""
    if cache_dir is None:
        return embedder.encode(texts)
    digest = hashlib.sha256(embedder.name.encode())
    for text in texts:
        digest.update(b"\x00" + text.encode())
    path = cache_dir / "vectors" / f"{name}-{digest.hexdigest()[:32]}.npy"
    if path.is_file():
        try:
            cached = np.load(path)
            if cached.shape[0] == len(texts):
                return cached.astype(np.float32)
        except (OSError, ValueError):
            pass  # a damaged cache file is rebuilt below
    vectors = embedder.encode(texts)
    buffer = io.BytesIO()
    np.save(buffer, vectors)
    with contextlib.suppress(OSError):  # a read-only cache location only costs speed
        write_atomically(path, buffer.getvalue())
    return vectors


def build_search(record: PolicyRecord, embedder: Embedder, cache_dir: Path | None = None) -> ClauseSearch:
    corpus = build_corpus(record)
    sentences = cached_vectors(f"{record.id}-sentences", [p.embedded_text for p in corpus.passages], embedder,
                               cache_dir)
    english_texts = describe_clauses(corpus)
    english = cached_vectors(f"{record.id}-english", english_texts, embedder, cache_dir)
    return ClauseSearch(corpus, embedder, sentences, english_texts, english)
