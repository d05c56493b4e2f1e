"""The facts of a conversation a message points back at without naming them in full.

- by a part of their name: "the postdoc one" (postdoctoral workstation), 博士后那个 (博士后工作站): the words the
  ``named_by_part`` cue finds, held against the labels of the concepts of the facts already said;
- as the other one of a pair ("the other one", 另一个): the facts said before the last message, not the ones it
  said.

Nothing here knows a concept word: the labels are the vocabulary's, the pointing words the cue files'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.understanding.cues import cue
from ingest.concepts import load_vocabulary

_WORD = re.compile(r"[a-z0-9]+")
_MIN_WORD = 3
"""An English part shorter than this (a, an, of) names nothing by itself."""
_MIN_ZH = 2
"""A Chinese part of one character (站, 室) names too many concepts to point at one."""


def _labels(concept_id: str) -> tuple[str, ...]:
    concept = load_vocabulary().concepts.get(concept_id)
    return (concept.label_zh, concept.label_en, *concept.labels) if concept else ()


def _names_by_english_part(part: str, label: str) -> bool:
    """Every word of ``part`` (of at least three letters) begins a word of ``label``: postdoc → postdoctoral."""
    words = [word for word in _WORD.findall(part.lower()) if len(word) >= _MIN_WORD]
    label_words = _WORD.findall(label.lower())
    return bool(words) and all(any(held.startswith(word) for held in label_words) for word in words)


def _names_by_chinese_part(part: str, label: str) -> int:
    """The length of the longest end of ``part`` (two characters at least) that ``label`` holds; 0 for none
    (其实博士后 → 博士后, held by 博士后工作站)."""
    return next((size for size in range(len(part), _MIN_ZH - 1, -1) if part[-size:] in label), 0)


def _closeness(part: str, concept_id: str) -> int:
    """How closely ``part`` names the concept (0: not at all)."""
    labels = _labels(concept_id)
    if part.isascii():
        return 1 if any(_names_by_english_part(part, label) for label in labels if label.isascii()) else 0
    return max((_names_by_chinese_part(part, label) for label in labels if not label.isascii()), default=0)


def concepts_named_by_part(message: str, held: Iterable[str]) -> frozenset[str]:
    """The concepts among ``held`` (those of the facts said so far) that ``message`` points at by a part of their
    name; the closest only, when a Chinese part is held by several (实验室那个: the laboratory, not every centre)."""
    parts = [found.group(0).strip() for found in cue("named_by_part").finditer(message)]
    named: set[str] = set()
    for part in parts:
        scores = {concept: _closeness(part, concept) for concept in set(held)}
        best = max(scores.values(), default=0)
        named |= {concept for concept, score in scores.items() if best and score == best}
    return frozenset(named)


def the_other_one(message: str) -> bool:
    """The message speaks of the other one of a pair ("the other one", 另一个)."""
    return bool(cue("other_member").search(message))


def points_back(message: str) -> bool:
    """The message points at a fact said before: the other one, that one, the postdoc one, 另一个, 博士后那个."""
    return the_other_one(message) or bool(cue("part_referred_back").search(message)
                                          or cue("named_by_part").search(message))
