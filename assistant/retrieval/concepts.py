"""Concept matching through the vocabulary: a query names concepts (in any language the
vocabulary labels cover), and clauses that name the same concepts rank first."""

from __future__ import annotations

import math
from collections import Counter

from assistant.retrieval.corpus import Corpus
from ingest.concepts import load_vocabulary

CONCEPT_SCHEMES = ("qualifications", "base_quantities", "terms")
"""Levels are left out: nearly every clause names one."""


class ConceptIndex:
    def __init__(self, corpus: Corpus) -> None:
        vocabulary = load_vocabulary()
        self._clause_ids = [doc.clause.id for doc in corpus.clauses]
        self._concepts: list[set[str]] = []
        for doc in corpus.clauses:
            found = {hit.concept.id for scheme in CONCEPT_SCHEMES for hit in vocabulary.find(doc.text, scheme)}
            for provision in corpus.record.provisions:
                if provision.clause_id == doc.clause.id:
                    found.update(provision.qualifications)
                    if provision.base_quantity:
                        found.add(provision.base_quantity)
            self._concepts.append(found)
        frequency = Counter(c for concepts in self._concepts for c in concepts)
        total = len(self._concepts) or 1
        self._weight = {concept: math.log(1 + total / count) for concept, count in frequency.items()}

    def query_concepts(self, text: str) -> set[str]:
        vocabulary = load_vocabulary()
        return {hit.concept.id for scheme in CONCEPT_SCHEMES for hit in vocabulary.find(text, scheme)}

    def ranking(self, text: str) -> list[str]:
        """Clauses sharing the query's concepts, most (rarest) shared first; none when nothing is shared."""
        wanted = self.query_concepts(text)
        if not wanted:
            return []
        scored = []
        for clause_id, concepts in zip(self._clause_ids, self._concepts, strict=True):
            score = sum(self._weight[c] for c in wanted & concepts)
            if score > 0:
                scored.append((score, clause_id))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [clause_id for _, clause_id in scored]

    def covers_all(self, text: str, clause_id: str, at_least: int = 2) -> bool:
        """Whether the clause names every concept the query names, and the query names at least
        ``at_least`` (搬走了要退钱吗: relocation and refund, both in 〔五2〕)."""
        wanted = self.query_concepts(text)
        if len(wanted) < at_least or clause_id not in self._clause_ids:
            return False
        return wanted <= self._concepts[self._clause_ids.index(clause_id)]
