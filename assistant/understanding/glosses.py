"""Concept words that a bracketed gloss interrupts: "a cutting-edge (top-tier, 尖端) talent team", "an off-site (异地)
enterprise incubator", 尖端（顶级）人才团队. The words around the gloss name the concept once the gloss is set aside;
what the gloss itself names is kept."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.concepts import ConceptHit

_GLOSS = re.compile(r"\s*[（(][^（）()]{1,60}[）)]")
"""A bracketed aside of a few words, with the spaces before it."""


def _set_aside(text: str) -> tuple[str, list[int], list[tuple[int, int]]]:
    """``text`` without its glosses, the position in ``text`` of each character kept, and the glosses' spans."""
    glosses = [(match.start(), match.end()) for match in _GLOSS.finditer(text)]
    plain: list[str] = []
    where: list[int] = []
    cursor = 0
    for start, end in [*glosses, (len(text), len(text))]:
        plain.append(text[cursor:start])
        where.extend(range(cursor, start))
        cursor = end
    return "".join(plain), where, glosses


def across_glosses(text: str, find: Callable[[str], list[ConceptHit]]) -> list[ConceptHit]:
    """The hits of ``find`` on ``text`` with its glosses set aside that run across a gloss, placed back on ``text``
    (start of their first word, end of their last)."""
    plain, where, glosses = _set_aside(text)
    if not glosses:
        return []
    placed = []
    for hit in find(plain):
        start, end = where[hit.start], where[hit.end - 1] + 1
        if end - start > hit.end - hit.start:
            placed.append(ConceptHit(hit.concept, start, end, text[start:end]))
    return placed


def with_glossed(text: str, known: list[ConceptHit], find: Callable[[str], list[ConceptHit]]) -> list[ConceptHit]:
    """``known`` and the hits that run across a gloss: such a hit replaces the hits inside it, except those
    within the gloss naming another concept (its aside is its own); one that overlaps a hit only in part is
    not taken."""
    hits = list(known)
    glosses = _set_aside(text)[2]
    for glossed in across_glosses(text, find):
        inside = [hit for hit in hits if glossed.start <= hit.start and hit.end <= glossed.end
                  and (hit.concept.id == glossed.concept.id
                       or not any(start <= hit.start and hit.end <= end for start, end in glosses))]
        if any(hit.start < glossed.end and glossed.start < hit.end for hit in hits
               if hit not in inside and not (glossed.start <= hit.start and hit.end <= glossed.end)):
            continue
        hits = [hit for hit in hits if hit not in inside] + [glossed]
    return sorted(hits, key=lambda hit: hit.start)
