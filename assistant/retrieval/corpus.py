"""What is searched: the sentences of each clause (for dense search) and each clause's own
text (for BM25), taken from the policy record the graph holds."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.structure import split_sentences
from kg.query import ClauseRecord, PolicyRecord


@dataclass(frozen=True)
class Passage:
    """A sentence, the clause it belongs to, and its exact span."""

    clause_id: str
    start: int
    end: int
    text: str
    context: str = ""
    """The headings above the sentence (section, sub-section, item). Measured: embedding them
    with the sentence lowered Chinese recall, so they go into the BM25 clause text only."""

    @property
    def embedded_text(self) -> str:
        return self.text


@dataclass(frozen=True)
class ClauseDoc:
    clause: ClauseRecord
    text: str
    passages: tuple[int, ...]
    """Indices into :attr:`Corpus.passages`."""


@dataclass(frozen=True)
class Corpus:
    record: PolicyRecord
    passages: tuple[Passage, ...]
    clauses: tuple[ClauseDoc, ...]

    def clause_index(self) -> dict[str, int]:
        return {doc.clause.id: i for i, doc in enumerate(self.clauses)}


def _own_ranges(clause: ClauseRecord, children: list[ClauseRecord]) -> list[tuple[int, int]]:
    ranges, cursor = [], clause.start
    for child in sorted(children, key=lambda c: c.start):
        if child.start > cursor:
            ranges.append((cursor, child.start))
        cursor = max(cursor, child.end)
    if cursor < clause.end:
        ranges.append((cursor, clause.end))
    return ranges


def build_corpus(record: PolicyRecord) -> Corpus:
    """One document per clause that has text of its own, with its sentences."""
    children: dict[str, list[ClauseRecord]] = {}
    for clause in record.clauses:
        if clause.parent_id:
            children.setdefault(clause.parent_id, []).append(clause)
    by_id = {clause.id: clause for clause in record.clauses}

    def headings(clause: ClauseRecord) -> str:
        chain: list[str] = []
        node: ClauseRecord | None = clause
        while node is not None:
            if node.heading:
                chain.append(node.heading)
            node = by_id.get(node.parent_id) if node.parent_id else None
        return "，".join(reversed(chain))

    passages: list[Passage] = []
    docs: list[ClauseDoc] = []
    for clause in record.clauses:
        context = headings(clause)
        own: list[int] = []
        texts = []
        for start, end in _own_ranges(clause, children.get(clause.id, [])):
            for sentence in split_sentences(record.text, start, end):
                own.append(len(passages))
                passages.append(Passage(clause.id, sentence.start, sentence.end, sentence.text, context))
                texts.append(sentence.text)
        if own:
            docs.append(ClauseDoc(clause, "。".join([context, *texts]) if context else "。".join(texts),
                                  tuple(own)))
    return Corpus(record, tuple(passages), tuple(docs))
