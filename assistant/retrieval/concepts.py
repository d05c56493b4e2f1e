"""Concept matching through the vocabulary and the policy's own concepts: a query names concepts (in
any language the vocabulary labels cover, or by the printed label of a concept the policy induced —
酒店, 企业技术中心), and clauses that name the same concepts rank first."""

from __future__ import annotations

import math
import re
from collections import Counter

from assistant.retrieval.corpus import Corpus
from assistant.understanding.policy_terms import PolicyTerms, induced_concepts
from ingest.concepts import load_vocabulary

CONCEPT_SCHEMES = ("qualifications", "base_quantities", "terms")
"""Levels are left out: nearly every clause names one."""


class ConceptIndex:
    def __init__(self, corpus: Corpus) -> None:
        vocabulary = load_vocabulary()
        self._own = PolicyTerms(corpus.record.id, induced_concepts(corpus.record.provisions))
        paid_in = {provision_id: concept.id for concept in self._own.concepts for provision_id in concept.provisions}
        self._clause_ids = [doc.clause.id for doc in corpus.clauses]
        self._concepts: list[set[str]] = []
        for doc in corpus.clauses:
            found = {hit.concept.id for scheme in CONCEPT_SCHEMES for hit in vocabulary.find(doc.text, scheme)}
            for provision in corpus.record.provisions:
                if provision.clause_id == doc.clause.id:
                    found.update(provision.qualifications)
                    found.update([paid_in[provision.id]] if provision.id in paid_in else [])
                    if provision.base_quantity:
                        found.add(provision.base_quantity)
            self._concepts.append(found)
        frequency = Counter(c for concepts in self._concepts for c in concepts)
        total = len(self._concepts) or 1
        self._weight = {concept: math.log(1 + total / count) for concept, count in frequency.items()}

    def query_concepts(self, text: str) -> set[str]:
        return {concept for concept, _, _ in self._hits(text)}

    def _hits(self, text: str) -> list[tuple[str, int, int]]:
        """(concept, start, end) of every concept ``text`` names: the vocabulary's, then the policy's own
        by their printed labels outside those."""
        vocabulary = load_vocabulary()
        named = [(hit.concept.id, hit.start, hit.end)
                 for scheme in CONCEPT_SCHEMES for hit in vocabulary.find(text, scheme)]
        own = self._own.find(text, [(start, end) for _, start, end in named])
        return named + [(hit.concept.id, hit.start, hit.end) for hit in own]

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
        """Whether a Chinese question is about nothing but concepts the clause names: it names
        at least ``at_least`` of them, the clause names them all, and their labels make up at
        least :data:`MIN_LABEL_SHARE` of its content characters (搬走了要退钱吗 → 〔五2〕; not
        健身房搬走了要退钱吗, which is about something else)."""
        if clause_id not in self._clause_ids:
            return False
        hits = self._hits(text)
        wanted = {concept for concept, _, _ in hits}
        if len(wanted) < at_least or not wanted <= self._concepts[self._clause_ids.index(clause_id)]:
            return False
        labelled = {i for _, start, end in hits for i in range(start, end)}
        content = [i for i, ch in enumerate(text) if _HAN.match(ch) and ch not in FUNCTION_CHARACTERS]
        return bool(content) and sum(i in labelled for i in content) >= MIN_LABEL_SHARE * len(content)


MIN_LABEL_SHARE = 0.75
FUNCTION_CHARACTERS = frozenset("了要吗呢的是我们你您如果会吧啊么什怎需不还都也就和与在有后前把被得地这那个请问该")
"""Characters that carry no topic in a question (如果我们…要…吗)."""
_HAN = re.compile(r"[\u4e00-\u9fff]")
