"""Finding clauses of the policy text by words, Chinese or English: the vocabulary turns a
concept's name in either language (incubator, 孵化器, 高企) into every Chinese label it has;
Chinese words are also looked for as typed; English words are also matched against each
clause's English description from the graph."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ingest.concepts import SCHEMES, load_vocabulary
from kg.query import ClauseRecord, PolicyRecord
from ui.labels import in_mode
from ui.policy_text import clause_anchor, highlighted, leaf_clauses, provision_descriptions

MAX_QUERY_CHARS = 200
HAN = re.compile(r"[\u3400-\u9fff]{2,}")
ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z&-]{2,}")
STOP_WORDS = frozenset({"the", "and", "for", "what", "which", "about", "with", "are", "does", "there", "any", "that",
                        "clause", "clauses", "policy", "support", "get", "how", "much", "can", "who", "find"})


@dataclass(frozen=True)
class ClauseHit:
    clause: ClauseRecord
    start: int
    """Where in the text the first match is (the clause's start when only its English matched)."""


@dataclass(frozen=True)
class ClauseSearch:
    query: str
    terms: tuple[str, ...]
    """The Chinese words looked for (and highlighted) in the text."""
    hits: tuple[ClauseHit, ...]

    @property
    def pattern(self) -> re.Pattern[str] | None:
        if not self.terms:
            return None
        return re.compile("|".join(re.escape(term) for term in sorted(self.terms, key=len, reverse=True)))


def search_terms(query: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(Chinese words to find in the text, English words to find in the descriptions)."""
    vocabulary = load_vocabulary()
    terms: list[str] = []
    covered = query
    for scheme in SCHEMES:
        for hit in vocabulary.find(query, scheme, plurals=True):
            terms += [label for label in hit.concept.labels if HAN.fullmatch(label)]
            covered = covered.replace(hit.text, " ")
    terms += HAN.findall(covered)
    english = [word.lower() for word in ENGLISH_WORD.findall(covered) if word.lower() not in STOP_WORDS]
    return tuple(dict.fromkeys(terms)), tuple(dict.fromkeys(english))


def find_clauses(record: PolicyRecord, query: str) -> ClauseSearch:
    """Every clause whose text holds one of the query's words (or whose English description
    holds one of its English words), in text order."""
    query = query.strip()[:MAX_QUERY_CHARS]
    if not query:
        return ClauseSearch(query, (), ())
    terms, english = search_terms(query)
    search = ClauseSearch(query, terms, ())
    pattern = search.pattern
    described = provision_descriptions(record)
    hits = []
    for clause in leaf_clauses(record):
        found = pattern.search(record.text, clause.start, clause.end) if pattern else None
        description = (described.get(clause.id) or "").lower()
        if found is not None:
            hits.append(ClauseHit(clause, found.start()))
        elif english and any(re.search(rf"\b{re.escape(word)}", description) for word in english):
            hits.append(ClauseHit(clause, clause.start))
    return ClauseSearch(query, terms, tuple(hits))


def results_html(record: PolicyRecord, search: ClauseSearch, mode: str = "both") -> str:
    """The clauses found, each a link to its place in the text with the words around the match."""
    if not search.query:
        return ""
    if not search.hits:
        nothing = html.escape(in_mode("没有找到", "Nothing found", mode))
        return f'<div id="policy-found" class="policy-found">{nothing}</div>'
    count = len(search.hits)
    head = in_mode(f"找到 {count} 条", f"{count} clause{'s' if count > 1 else ''} found", mode)
    pattern = search.pattern
    items = []
    for hit in search.hits:
        clause = hit.clause
        begin, end = max(clause.start, hit.start - 12), min(clause.end, hit.start + 36)
        words = record.text[begin:end].replace("\n", " ")
        shown = highlighted(words, pattern)
        items.append(f'<li><a href="#{clause_anchor(clause.id)}">〔{html.escape("".join(clause.path))}〕</a> '
                     f'{"…" if begin > clause.start else ""}{shown}{"…" if end < clause.end else ""}</li>')
    return f'<div id="policy-found" class="policy-found"><b>{html.escape(head)}</b><ul>{"".join(items)}</ul></div>'
