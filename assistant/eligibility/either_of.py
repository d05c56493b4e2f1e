"""Concepts of different groups joined by 或 in a benefit's sentence are alternatives (``ontology/either_of.yaml``).

The vocabulary's groups decide what a benefit requires: concepts of one group are any of, concepts of different
groups all required (docs/provision-model.md). 对通过X级“专精特新”中小企业或国家Y认定的港澳青年企业 (Y: a
recognition the vocabulary names, ``high_tech_enterprise`` there) names a 中小企业 (enterprise type) and Y (a
recognition) as either: read by groups, both were required and a company recognised as Y was paid nothing. When the
words between a label of one group's concept and a label of another's are only 或 (a level, quotes), the two groups
are one set of alternatives. Joined by 和/且/、 they stay all required: nothing is merged on words that may mean
"both". A concept whose every label in the sentence is the end of a longer name (中小企业 in “专精特新”中小企业:
another kind, which the vocabulary does not name) is no alternative a company can meet by holding it: it is left out
of the merged alternatives, never paid for."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from assistant.eligibility.pattern_file import patterns_of
from ingest.concepts import load_vocabulary
from ontology import ONTOLOGY_DIR

EITHER_OF_FILE = ONTOLOGY_DIR / "either_of.yaml"
_CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def either_words() -> tuple[re.Pattern[str], ...]:
    """joined_by_or (the words that, alone between two concepts' labels, make them alternatives), name_goes_on and
    before_a_name (a label ending a longer name)."""
    return patterns_of(EITHER_OF_FILE, ("joined_by_or", "name_goes_on", "before_a_name"))


def joined_by_or() -> re.Pattern[str]:
    return either_words()[0]


def _spans(quote: str, concept: str) -> list[tuple[int, int]]:
    vocabulary = load_vocabulary()
    if concept not in vocabulary:
        return []
    labels = sorted((label for label in vocabulary[concept].labels if _CJK.search(label)), key=len, reverse=True)
    return [(found.start(), found.end()) for label in labels for found in re.finditer(re.escape(label), quote)]


def part_of_a_longer_name(quote: str, concept: str) -> bool:
    """Whether every label of ``concept`` in ``quote`` ends a longer name (“专精特新”中小企业 for 中小企业)."""
    _, goes_on, before_a_name = either_words()
    spans = _spans(quote, concept)
    return bool(spans) and all(goes_on.search(quote[:start]) and not before_a_name.search(quote[:start])
                               for start, _ in spans)


def _joined(quote: str, first: str, second: str) -> bool:
    """Whether a label of ``first`` and a label of ``second`` stand in ``quote`` with only 或 between them."""
    pattern = joined_by_or()
    for start_a, end_a in _spans(quote, first):
        for start_b, end_b in _spans(quote, second):
            between = quote[end_a:start_b] if end_a <= start_b else quote[end_b:start_a]
            if pattern.match(between):
                return True
    return False


def longer_name_alternatives(quote: str, concepts: tuple[str, ...]) -> list[str]:
    """The longer names (“专精特新”中小企业) of ``concepts`` whose every label ends one and that ``quote`` joins by
    或 to another of ``concepts``: alternatives the engine cannot check, never required (see :func:`merged_groups`)."""
    names = []
    for concept in concepts:
        if not part_of_a_longer_name(quote, concept) or not any(_joined(quote, concept, other)
                                                                 for other in concepts if other != concept):
            continue
        for start, end in _spans(quote, concept):
            head = re.search(r"[“\"「『]?[^，。；、的或和及与“\"「『]{0,8}[”\"」』]?$", quote[:start])
            names.append(quote[head.start() if head else start:end])
    return names


def _names_another_kind(quote: str, groups: Mapping[str, list[str]]) -> bool:
    """Whether ``quote`` names a qualification that is none of the benefit's requirements (and no mere end of a
    longer name): the reading then left out a kind the sentence asks for, and alternatives are not trusted."""
    required = {concept for concepts in groups.values() for concept in concepts}
    named = {hit.concept.id for hit in load_vocabulary().find(quote, "qualifications")}
    return any(not part_of_a_longer_name(quote, concept) for concept in named - required)


def merged_groups(quote: str, groups: Mapping[str, list[str]], payee: tuple[str, ...] = ()
                  ) -> dict[str, list[str]]:
    """``groups`` (group → the benefit's concepts in it) with the groups whose concepts ``quote`` joins by 或
    merged into one set of alternatives. The ``payee``'s own concepts (对规模以上工业企业，且…或…: who is paid) are
    always required: when anything is merged they are added as groups of their own, never merged."""
    merged = {group: list(concepts) for group, concepts in groups.items()}
    if _names_another_kind(quote, merged):
        return merged  # 对规模以上工业企业，且…或…: a kind the reading did not require — nothing is merged
    names = list(merged)
    for index, group in enumerate(names):
        for other in names[index + 1:]:
            if group not in merged or other not in merged or set(payee) & {*merged[group], *merged[other]}:
                continue
            if any(_joined(quote, a, b) for a in merged[group] for b in merged[other]):
                either = [concept for concept in (*merged[group], *merged[other])
                          if not part_of_a_longer_name(quote, concept)]
                if either:
                    merged[group] = either
                    del merged[other]
    if len(merged) < len(groups):
        required = {concept for concepts in merged.values() for concept in concepts}
        merged.update({f"{concept} (payee)": [concept] for concept in payee if concept not in required})
    return merged
