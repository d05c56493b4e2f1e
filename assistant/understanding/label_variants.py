"""The vocabulary's English labels as people shorten or pad them ("tech" for technology, "lab" for laboratory,
"R&D" for research, one domain word inside a long label: a frontier hydrogen technology lab), from
``ontology/cues/label_variants.yaml``: hits the vocabulary's own matcher does not make. Matched word by word
(no large pattern to compile: a cold start stays fast)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from assistant.understanding.cue_files import CueFileError, read_cue_file
from assistant.understanding.cues import cue
from ingest.concepts import Concept, ConceptHit, load_vocabulary

FILE = "label_variants"
_WORD = re.compile(r"[A-Za-z][A-Za-z&]*[A-Za-z]|[A-Za-z]")
"""A word; a hyphen joins two words as a space does (a tech-transfer agency, a whole-unit research centre)."""


@dataclass(frozen=True)
class LabelForms:
    concept: Concept
    words: tuple[frozenset[str], ...]
    """Each word of the label with its short forms (and, for the last word, plurals), case-folded."""


@dataclass(frozen=True)
class VariantIndex:
    by_first_word: dict[str, list[LabelForms]]
    never_inserted: frozenset[str]
    min_words: int
    joined_labels: tuple[tuple[Concept, str, str], ...] = ()
    """Chinese labels of two parts joined by the cue ``label_joiner`` (整建制的|研究院): head, tail."""
    joined_gap: int = 0
    """How many characters (a field, a domain: 整建制的机器人研究院) may stand between the joiner and the tail."""
    short_labels: tuple[tuple[Concept, str], ...] = ()
    """Chinese labels with a word said short (an AB业企业 said AB企业), from ``zh_short_forms``."""


def _short_forms(data: dict[str, object]) -> dict[str, list[str]]:
    forms = data.get("short_forms") or {}
    if not isinstance(forms, dict):
        raise CueFileError(f"{FILE}.yaml short_forms", "must map a word to its short forms")
    return {str(word).casefold(): [str(form).casefold() for form in shorts] for word, shorts in forms.items()}


def _plurals(word: str) -> set[str]:
    plural = {word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")}
    return plural | ({word[:-1] + "ies"} if word.endswith("y") else set())


def _label_forms(label: str, concept: Concept, shorts: dict[str, list[str]]) -> LabelForms | None:
    words = label.casefold().replace("-", " ").split()
    if not label.isascii() or not all(_WORD.fullmatch(word) for word in words):
        return None
    forms = []
    for index, word in enumerate(words):
        said = {word, *shorts.get(word, [])}
        forms.append(frozenset(said | {p for form in said for p in _plurals(form)} if index == len(words) - 1 else said))
    return LabelForms(concept, tuple(forms))


@cache
def variant_index() -> VariantIndex:
    """Every English label of a qualification (not of a group heading), by the forms of its first word."""
    data = read_cue_file(FILE)
    shorts = _short_forms(data)
    never = {str(word).casefold() for word in data.get("never_inserted") or []}
    never |= {label.casefold() for concept in load_vocabulary().in_scheme("levels") for label in concept.labels
              if label.isascii() and " " not in label}
    index: dict[str, list[LabelForms]] = defaultdict(list)
    for concept in load_vocabulary().in_scheme("qualifications"):
        for label in concept.labels if concept.group is not None else ():
            forms = _label_forms(label, concept, shorts)
            for first in forms.words[0] if forms else ():
                index[first].append(forms)  # type: ignore[arg-type]
    return VariantIndex(dict(index), frozenset(never), int(data.get("min_words_for_an_inserted_word", 3)),
                        _joined_labels(str(data.get("zh_label_joiner") or "")), int(data.get("zh_inserted_chars", 0)),
                        _short_labels(data))


def _short_labels(data: dict[str, object]) -> tuple[tuple[Concept, str], ...]:
    """Every Chinese qualification label holding a word of ``zh_short_forms``, with that word said short (AB业企业 →
    AB企业); a short label that is itself a label of the vocabulary is left to the vocabulary."""
    forms = data.get("zh_short_forms") or {}
    if not isinstance(forms, dict):
        raise CueFileError(f"{FILE}.yaml zh_short_forms", "must map a word to its short forms")
    concepts = [concept for concept in load_vocabulary().in_scheme("qualifications") if concept.group is not None]
    labels = {label for concept in concepts for label in concept.labels}
    return tuple(dict.fromkeys((concept, label.replace(str(word), str(short)))
                               for concept in concepts for label in concept.labels if not label.isascii()
                               for word, shorts in forms.items() if str(word) in label for short in shorts
                               if label.replace(str(word), str(short)) not in labels))


def said_short(hit: ConceptHit) -> bool:
    """``hit`` names its concept by a Chinese label with a word said short (``zh_short_forms``), not by a label."""
    return any(hit.concept is concept and hit.text == label for concept, label in variant_index().short_labels)


SHORT_PARTY_REACH = 16
"""How far before a label said short the words naming another party (从区里其他…, 向…) are read."""


def _short_hits(text: str, index: VariantIndex) -> list[ConceptHit]:
    """Chinese labels said with a word short (a CAB企业 names the concept of AB业企业); not one of another party the
    company deals with (从区里其他AB企业采购: cue ``another_party_before``)."""
    return [ConceptHit(concept, found.start(), found.end(), found[0]) for concept, label in index.short_labels
            for found in re.finditer(re.escape(label), text)
            if not cue("another_party_before").search(text[max(0, found.start() - SHORT_PARTY_REACH):found.start()])]


def _joined_labels(joiner: str) -> tuple[tuple[Concept, str, str], ...]:
    """Every Chinese qualification label that holds ``joiner`` once, cut there (整建制的研究院 → 整建制的, 研究院)."""
    if not joiner:
        return ()
    return tuple((concept, head + joiner, tail) for concept in load_vocabulary().in_scheme("qualifications")
                 if concept.group is not None for label in concept.labels if not label.isascii()
                 for head, _, tail in [label.partition(joiner)] if label.count(joiner) == 1 and head and tail)


def _joined_hits(text: str, index: VariantIndex) -> list[ConceptHit]:
    """Chinese labels with a few characters of a field between their joiner and their tail (整建制的机器人研究院)."""
    hits = []
    for concept, head, tail in index.joined_labels:
        for found in re.finditer(rf"{re.escape(head)}[\u4e00-\u9fff]{{1,{index.joined_gap}}}?{re.escape(tail)}",
                                 text):
            hits.append(ConceptHit(concept, found.start(), found.end(), found[0]))
    return hits


def _match_end(forms: LabelForms, tokens: list[tuple[int, int, str]], joined: list[bool], at: int,
               index: VariantIndex) -> int | None:
    """The index after the last token of ``forms`` said from token ``at`` (one word inserted at most), or None;
    ``joined[i]``: only a space stands between token i − 1 and token i."""
    position, inserted = at, False
    for number, words in enumerate(forms.words):
        if position < len(tokens) and tokens[position][2] in words and (number == 0 or joined[position]):
            position += 1
            continue
        may_insert = number > 0 and not inserted and len(forms.words) >= index.min_words
        if may_insert and position + 1 < len(tokens) and tokens[position][2] not in index.never_inserted \
                and tokens[position + 1][2] in words and joined[position] and joined[position + 1]:
            position, inserted = position + 2, True
            continue
        return None
    return position


def variant_hits(text: str) -> list[ConceptHit]:
    """The longest label variant starting at each word of ``text``, words of one hit not starting another; and
    the Chinese labels said with a field inside them."""
    index = variant_index()
    chinese = (_joined_hits(text, index) if index.joined_gap else []) + _short_hits(text, index)
    if not re.search(r"[A-Za-z]{2}", text):
        return chinese
    tokens = [(m.start(), m.end(), m[0].casefold()) for m in _WORD.finditer(text)]
    joined = [number > 0 and text[tokens[number - 1][1]:start] in (" ", "  ", "-")
              for number, (start, _, _) in enumerate(tokens)]
    hits, at = [], 0
    while at < len(tokens):
        ends = [(end, forms) for forms in index.by_first_word.get(tokens[at][2], [])
                if (end := _match_end(forms, tokens, joined, at, index)) is not None]
        if not ends:
            at += 1
            continue
        end, forms = max(ends, key=lambda item: item[0])
        start, stop = tokens[at][0], tokens[end - 1][1]
        hits.append(ConceptHit(forms.concept, start, stop, text[start:stop]))
        at = end
    return hits + chinese


def with_variants(text: str, known: list[ConceptHit]) -> list[ConceptHit]:
    """``known`` (the vocabulary's hits in ``text``) and the concepts named by a variant of a label: a variant
    longer than the hits inside it replaces them (a municipal engineering tech research center); one that
    overlaps a hit only in part is not taken."""
    hits = list(known)
    for variant in variant_hits(text):
        inside = [hit for hit in hits if variant.start <= hit.start and hit.end <= variant.end]
        if any(hit.start < variant.end and variant.start < hit.end for hit in hits if hit not in inside) \
                or any(hit.end - hit.start >= variant.end - variant.start for hit in inside):
            continue
        hits = [hit for hit in hits if hit not in inside] + [variant]
    return sorted(hits, key=lambda hit: hit.start)
