"""Reading a wording file of ``ontology/cues/`` (dates, tense, received funding, the policy's area):
YAML read once per process, with an error that names the file and the entry when it is malformed."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ontology import ONTOLOGY_DIR

CUES_DIR = ONTOLOGY_DIR / "cues"


class CueFileError(ValueError):
    """A wording file that cannot be used: ``where`` names the file and the entry."""

    def __init__(self, where: str, problem: str) -> None:
        self.where, self.problem = where, problem
        super().__init__(f"{where}: {problem}")


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when installed (about 10× faster on the wording files), else PyYAML's own."""


@functools.cache
def read_cue_file(name: str) -> dict[str, Any]:
    """``ontology/cues/<name>.yaml`` as a mapping."""
    path = CUES_DIR / f"{name}.yaml"
    return read_yaml_mapping(path)


def language_section(name: str, lang: str) -> tuple[dict[str, Any], int]:
    """The section for ``lang`` of ``ontology/cues/<name>.yaml``, and the flags its patterns are compiled with
    (English: case-insensitive)."""
    section = read_cue_file(name).get(lang)
    if not isinstance(section, dict):
        raise CueFileError(f"{name}.yaml", f"no section for language {lang!r}")
    return section, re.IGNORECASE if lang == "en" else 0


@dataclass(frozen=True)
class CuePattern:
    """One entry of a wording file's list of patterns: what it names (a name, a tense), its pattern compiled, and its
    examples by kind (``match``, ``no_match``), which the tests read."""

    name: str
    pattern: re.Pattern[str]
    examples: dict[str, list[str]]


def cue_pattern(name: str, entry: Mapping[str, Any], where: str, flags: int = 0,
                pattern: str | None = None) -> CuePattern:
    """``entry`` (a mapping with ``pattern`` and ``examples``) compiled; ``pattern``: the entry's pattern with the
    file's words already put in, when it has placeholders."""
    examples = entry.get("examples") or {}
    return CuePattern(name, compile_pattern(str(entry["pattern"]) if pattern is None else pattern, where, flags),
                      {kind: [str(text) for text in examples.get(kind) or []] for kind in ("match", "no_match")})


def read_yaml_mapping(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise CueFileError(str(path), f"cannot be read: {error}") from error
    if not isinstance(data, dict):
        raise CueFileError(str(path), "must hold a mapping at the top")
    return data


def compile_pattern(pattern: str, where: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as error:
        raise CueFileError(where, f"bad regular expression {pattern!r}: {error}") from error


def alternation(words: object, where: str) -> str:
    """Words (a list, or the keys of a mapping) as one regex alternation, longest first, so that
    上上个月 wins over 上个月 and "the year before last" over "the year before"."""
    if isinstance(words, dict):
        words = list(words)
    if not isinstance(words, list) or not words or not all(isinstance(word, str) for word in words):
        raise CueFileError(where, "must be a non-empty list (or mapping) of words")
    return "|".join(_flexible_spaces(re.escape(word)) for word in sorted(words, key=len, reverse=True))


def _flexible_spaces(escaped: str) -> str:
    return escaped.replace(r"\ ", r"\s+")


def normalised(words: str) -> str:
    """A phrase as looked up in a word table: lower case, single spaces."""
    return " ".join(words.lower().split())
