"""Counts typed in words or in a mixed sentence (``two invention patents``, ``6 发明专利``), read from the
patterns of ``ontology/cues/counts.yaml``, in addition to :func:`assistant.understanding.quantities.counts`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant.understanding.cue_files import CuePattern, alternation, cue_pattern, normalised, read_cue_file
from assistant.understanding.quantities import Found, counts

FILE = "counts"


@dataclass(frozen=True)
class CountWording:
    words: dict[str, int]
    patterns: tuple[CuePattern, ...]


@cache
def count_wording() -> CountWording:
    """The file's count words and patterns, compiled once."""
    data = read_cue_file(FILE)
    words = {normalised(str(word)): int(value) for word, value in (data.get("count_words") or {}).items()}
    substitutions = {"count_words": alternation(list(words), f"{FILE}.yaml count_words")}
    patterns = []
    for index, entry in enumerate(data.get("patterns") or []):
        where = f"{FILE}.yaml patterns[{index}] ({entry.get('name', '?')})"
        pattern = str(entry.get("pattern", ""))
        for key, value in substitutions.items():
            pattern = pattern.replace("{" + key + "}", value)
        patterns.append(cue_pattern(str(entry.get("name")), entry, where, re.IGNORECASE, pattern))
    return CountWording(words, tuple(patterns))


def word_counts(text: str) -> list[Found]:
    """The counts of ``text`` that only the count file reads, in order (a word's value, or the digits)."""
    wording = count_wording()
    found = []
    for pattern in wording.patterns:
        for match in pattern.pattern.finditer(text):
            said = match["n"]
            value = int(said) if said.isdigit() else wording.words[normalised(said)]
            found.append(Found(value, match.start(), match.end(), match[0].strip()))
    return sorted(found, key=lambda item: item.start)


def all_counts(text: str) -> list[Found]:
    """:func:`counts` and :func:`word_counts` together, in order; a count both read is kept once."""
    usual = counts(text)
    starts = {item.start for item in usual}
    return sorted(usual + [item for item in word_counts(text) if item.start not in starts], key=lambda f: f.start)
