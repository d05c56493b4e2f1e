"""Reading a wording file of ``ontology/cues/`` (dates, tense, received funding, the policy's area):
YAML read once per process, with an error that names the file and the entry when it is malformed."""

from __future__ import annotations

import functools
import re
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
