"""Concepts of different groups joined by 或 in a benefit's sentence are alternatives (``ontology/either_of.yaml``).

The vocabulary's groups decide what a benefit requires: concepts of one group are any of, concepts of different
groups all required (docs/provision-model.md). 对通过省级“专精特新”中小企业或国家高新技术企业认定的港澳青年企业 names a
中小企业 (enterprise type) and a 高新技术企业 (recognition) as either: read by groups, both were required and a
recognised high-tech enterprise was paid nothing. When the words between a label of one group's concept and a label
of another's are only 或 (a level, quotes), the two groups are one set of alternatives. Joined by 和/且/、 they stay
all required: nothing is merged on words that may mean "both". A concept whose every label in the sentence is the end
of a longer name (中小企业 in “专精特新”中小企业: another kind, which the vocabulary does not name) is no alternative a
company can meet by holding it: it is left out of the merged alternatives, never paid for."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from assistant.eligibility.pattern_file import patterns_of
from ingest.concepts import load_vocabulary
from ontology import ONTOLOGY_DIR

EITHER_OF_FILE = ONTOLOGY_DIR / "either_of.yaml"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff”\"」』]$")
"""The character before a label that makes it the end of a longer name (“专精特新”|中小企业, 科技型|中小企业)."""
_BEFORE_A_NAME = re.compile(r"(?:(?:国家|省|市|区|县)级?|[或和及与、的对为])$")
"""What may stand right before a whole name: a level (国家|高新技术企业), a joining or linking word."""


@cache
def joined_by_or() -> re.Pattern[str]:
    """The words that, alone between two concepts' labels, make them alternatives."""
    return patterns_of(EITHER_OF_FILE, ("joined_by_or",))[0]


def _spans(quote: str, concept: str) -> list[tuple[int, int]]:
    vocabulary = load_vocabulary()
    if concept not in vocabulary:
        return []
    labels = sorted((label for label in vocabulary[concept].labels if _CJK.search(label)), key=len, reverse=True)
    return [(found.start(), found.end()) for label in labels for found in re.finditer(re.escape(label), quote)]


def part_of_a_longer_name(quote: str, concept: str) -> bool:
    """Whether every label of ``concept`` in ``quote`` ends a longer name (“专精特新”中小企业 for 中小企业)."""
    spans = _spans(quote, concept)
    return bool(spans) and all(_NAME_GOES_ON.search(quote[:start]) and not _BEFORE_A_NAME.search(quote[:start])
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


def merged_groups(quote: str, groups: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """``groups`` (group → the benefit's concepts in it) with the groups whose concepts ``quote`` joins by 或
    merged into one set of alternatives."""
    merged = {group: list(concepts) for group, concepts in groups.items()}
    names = list(merged)
    for index, group in enumerate(names):
        for other in names[index + 1:]:
            if group not in merged or other not in merged:
                continue
            if any(_joined(quote, a, b) for a in merged[group] for b in merged[other]):
                either = [concept for concept in (*merged[group], *merged[other])
                          if not part_of_a_longer_name(quote, concept)]
                if either:
                    merged[group] = either
                    del merged[other]
    return merged
