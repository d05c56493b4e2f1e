"""The facts of a conversation a message points back at without naming them in full.

- by a part of their name: "the postdoc one" (postdoctoral workstation), 博士后那个 (博士后工作站), "the innovation
  centre" (technology innovation centre), 创新中心 (技术创新中心): words of the message held against the labels of the
  concepts of the facts already said — an English part's words begin the label's words and its last word begins the
  label's last (the head noun: "the first time" names no first-set equipment); a Chinese part is the label's end;
- as the other one of a pair ("the other one", 另一个): the facts said before the last message, not the ones it said;
- by their level ("the national one", X级那个): the facts held at that level — a level word names no concept;
- as the fact whose date a relative date takes ("the same month as the compressor", 和压缩机那个同一个月).

Nothing here knows a concept word: the labels are the vocabulary's, the pointing words the cue files'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.understanding.cues import cue
from assistant.understanding.levels import administrative_level_hits, level_hits
from ingest.concepts import load_vocabulary

_HAN = re.compile(r"[\u4e00-\u9fff]")

_WORD = re.compile(r"[a-z0-9]+")
_ANCHOR_LEAD = re.compile(r"^(?:as\s+|[和跟与])")
"""The word that opens the naming of a date's fact (as the compressor, 和压缩机那个)."""
_ANCHOR_TAIL = re.compile(r"那[个家项份次台]$")
"""The pointer that may close it in Chinese (压缩机那个)."""
_MIN_WORD = 3
"""An English word shorter than this (a, an, of) names nothing by itself."""
_MIN_ZH = 2
"""A Chinese part said before 那个 of one character (站, 室) names too many concepts to point at one."""
_MIN_ZH_HEAD = 3
"""The end of a Chinese label said alone (创新中心, 实验室, 工作站) is at least this long: 中心 names too many."""


def _labels(concept_id: str) -> tuple[str, ...]:
    concept = load_vocabulary().concepts.get(concept_id)
    return (concept.label_zh, concept.label_en, *concept.labels) if concept else ()


def _english_words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _names_by_english_part(part: str, label: str, *, head: bool) -> bool:
    """Every word of ``part`` (of three letters at least) begins a word of ``label`` (postdoc → postdoctoral); with
    ``head``, its last word begins the label's last word too."""
    words = [word for word in _english_words(part) if len(word) >= _MIN_WORD]
    label_words = _english_words(label)
    if not words or not label_words or any(not any(held.startswith(w) for held in label_words) for w in words):
        return False
    return not head or label_words[-1].startswith(_english_words(part)[-1])


def _names_by_chinese_part(part: str, label: str) -> int:
    """The length of the longest end of ``part`` (two characters at least) that ``label`` holds; 0 for none
    (其实博士后 → 博士后, held by 博士后工作站)."""
    return next((size for size in range(len(part), _MIN_ZH - 1, -1) if part[-size:] in label), 0)


def _chinese_head(message: str, label: str) -> int:
    """The length of the longest end of ``label`` (three characters at least, not all of it) that ``message`` says
    (创新中心 of 技术创新中心); 0 for none."""
    return next((size for size in range(len(label) - 1, _MIN_ZH_HEAD - 1, -1) if label[-size:] in message), 0)


def _closeness(part: str, concept_id: str, *, head: bool = False) -> int:
    """How closely ``part`` names the concept (0: not at all)."""
    labels = _labels(concept_id)
    if part.isascii():
        return 1 if any(_names_by_english_part(part, label, head=head) for label in labels if label.isascii()) else 0
    return max((_names_by_chinese_part(part, label) for label in labels if not label.isascii()), default=0)


def _best(scores: dict[str, int], order: list[str]) -> list[str]:
    """The concepts that score best (several when as close: 中心那个 after 企业技术中心 and 工程技术研究中心)."""
    best = max(scores.values(), default=0)
    return [concept for concept in order if best and scores.get(concept) == best]


def _level_of_part(part: str) -> str | None:
    """The level a pointing part is ("national", "national-level", 其实X级 → the level X; a standard by its level:
    X标准那个, "the national standard" → national); None when the part ends with anything else (the key lab,
    X级实验室)."""
    hits = administrative_level_hits(part)
    if hits and not part[hits[-1].end:].strip():
        return hits[-1].concept.id
    standards = [hit for hit in level_hits(part) if cue("standard_word").fullmatch(part[hit.end:].rstrip())]
    return standards[-1].concept.id if standards else None


def level_pointed_at(message: str) -> tuple[str, str] | None:
    """The level by which ``message`` points at a fact said before, and the words that point ("the national one",
    X级那个); None when it points by none."""
    for found in cue("named_by_part").finditer(message):
        level = _level_of_part(found.group(0).strip())
        if level is not None:
            return level, found.group(0)
    return None


def _english_heads(message: str, held: list[str]) -> dict[str, int]:
    """Each held concept that a run of words after the, our, this or that names, head last ("the innovation
    centre"), scored by the run's length."""
    scores: dict[str, int] = {}
    for found in cue("named_by_head").finditer(message):
        words = found.group(0).split()
        for size in range(len(words), 0, -1):
            run = " ".join(words[:size])
            for concept in held:
                if _closeness(run, concept, head=True):
                    scores[concept] = max(scores.get(concept, 0), size)
    return scores


def _candidates(message: str, order: list[str]) -> list[str]:
    """The held concepts ``message`` points at by a part of its name, all as close; none for a level only."""
    for part in (found.group(0).strip() for found in cue("named_by_part").finditer(message)):
        if _level_of_part(part):  # "the national one": a level, no part of a name
            return []
        named = _best({concept: _closeness(part, concept) for concept in order}, order)
        if named:
            return named
    if not _HAN.search(message):  # English, with a dash or curly quote in it ("I was wrong — that talent title")
        return _best(_english_heads(message, order), order)
    return _best({concept: max((_chinese_head(message, label) for label in _labels(concept)
                                if not label.isascii()), default=0) for concept in order}, order) \
        or _best(_chinese_pointed_heads(message, order), order)


def _chinese_pointed_heads(message: str, held: list[str]) -> dict[str, int]:
    """Each held concept whose label's end (two characters at least) opens the words after a pointer (那个|人才称号 of
    杰出青年科技人才, 这个|平台): a short head said alone names too many, said after 这个/那个 it points at a fact said
    before; scored by the end's length."""
    scores: dict[str, int] = {}
    for found in cue("pointed_head").finditer(message):
        words = found.group(0)
        for concept in held:
            size = max((next((k for k in range(len(label) - 1, _MIN_ZH - 1, -1) if words.startswith(label[-k:])), 0)
                        for label in _labels(concept) if not label.isascii()), default=0)
            if size:
                scores[concept] = max(scores.get(concept, 0), size)
    return scores


def concepts_named_by_part(message: str, held: Iterable[str]) -> frozenset[str]:
    """The concept among ``held`` (those of the facts said so far, in the order said) that ``message`` points at by
    a part of its name, the closest; none when several are as close (which one is asked, never guessed), or it
    points at none, or by a level only."""
    named = _candidates(message, list(dict.fromkeys(held)))
    return frozenset(named) if len(named) == 1 else frozenset()


def points_at_several(message: str, held: Iterable[str]) -> bool:
    """``message`` points by a part of a name at more than one concept of ``held`` as closely ("forget the centre"
    after two centres): it takes back or changes none of them."""
    return len(_candidates(message, list(dict.fromkeys(held)))) > 1


def the_other_one(message: str) -> bool:
    """The message speaks of the other one of a pair ("the other one", 另一个)."""
    return bool(cue("other_member").search(message))


def points_back(message: str) -> bool:
    """The message points at a fact said before: the other one, that one, the postdoc one, 另一个, 博士后那个."""
    return the_other_one(message) or bool(cue("part_referred_back").search(message)
                                          or cue("named_by_part").search(message))


def years_pointed_at(message: str) -> frozenset[int]:
    """The years by which the message points at facts said before ("the 2025 one", 2025年那个)."""
    return frozenset(int(found.group(0)) for found in cue("named_by_year").finditer(message))


def date_anchor(message: str) -> tuple[str, int, int] | None:
    """The words naming the fact said before whose date a relative date of ``message`` takes ("the same month as
    the compressor" → the compressor; 和压缩机那个同一个月 → 压缩机), and the span that names it (as the compressor,
    和压缩机那个: no fact of its own); None when no relative date names its fact."""
    found = cue("date_of_named_fact").search(message)
    if found is None:
        return None
    words = _ANCHOR_TAIL.sub("", _ANCHOR_LEAD.sub("", found.group(0).strip())).strip()
    return (words, found.start(), found.end()) if words else None
