"""Conversational cues (negation, question, what-if, correction, plans…) as data.

Each language has a file ``ontology/cues/<lang>.yaml`` with a list of named entries::

    - name: negation
      phrases: [不是, 没有]          # literal words, escaped here
      regex: ['还?没(?:有)?']        # optional patterns, as written
      anchor: start                 # optional: at the start of the text (start) or the whole text (whole)
      case_sensitive: false         # optional (default false)
      mode: search                  # optional: how the code applies it (search, match, fullmatch)
      examples: {match: [还不是高企], no_match: [是高企]}

An ASCII phrase that begins or ends with a letter or digit only matches as a whole word there
(``no`` does not match ``know``). The entries of one name in every language are joined into
one pattern: :func:`cue` compiles it on first use (nothing is read at import time).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ontology import ONTOLOGY_DIR

CUES_DIR = ONTOLOGY_DIR / "cues"
LANGUAGES = ("zh", "en")
_WHOLE_TAIL = r"[\s!！。.,，]*$"
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when installed (15× faster at start-up), else PyYAML's own."""


class CueError(ValueError):
    """A cue file or entry that cannot be used: the message names the file and the entry."""


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    match: list[str] = Field(min_length=1)
    no_match: list[str] = Field(default_factory=list)


class CueEntry(BaseModel):
    """One named cue of one language, as written in its file."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    phrases: list[str] = Field(default_factory=list)
    regex: list[str] = Field(default_factory=list)
    anchor: Literal["start", "whole"] | None = None
    case_sensitive: bool = False
    mode: Literal["search", "match", "fullmatch"] = "search"
    """How the code applies the cue (and so how its examples are tried)."""
    examples: Examples

    @model_validator(mode="after")
    def _says_something(self) -> CueEntry:
        if not self.phrases and not self.regex:
            raise ValueError("a cue needs phrases or a regex")
        if any(not phrase.strip() for phrase in self.phrases):
            raise ValueError("an empty phrase matches everything")
        return self

    def pattern(self) -> str:
        """This entry's part of the cue's pattern (its own flags and anchor)."""
        words = sorted(self.phrases, key=len, reverse=True)  # longest first: 但是 before 但
        body = "|".join([*self.regex, *(_phrase_pattern(phrase) for phrase in words)])
        if self.anchor == "start":
            body = rf"^\s*(?:{body})"
        elif self.anchor == "whole":
            body = rf"^\s*(?:{body}){_WHOLE_TAIL}"
        return f"(?:{body})" if self.case_sensitive else f"(?i:{body})"


def _phrase_pattern(phrase: str) -> str:
    escaped = re.escape(phrase)
    if phrase.isascii() and phrase[:1].isalnum():
        escaped = rf"(?<![A-Za-z0-9]){escaped}"
    if phrase.isascii() and phrase[-1:].isalnum():
        escaped = rf"{escaped}(?![A-Za-z0-9])"
    return escaped


@dataclass(frozen=True)
class Cue:
    """A cue compiled from its entries in every language file."""

    name: str
    pattern: re.Pattern[str]
    entries: tuple[tuple[str, CueEntry], ...]
    """(language, entry) as written, for the examples."""

    @property
    def mode(self) -> str:
        return self.entries[0][1].mode

    def applies(self, text: str) -> bool:
        """Whether the cue is found in ``text`` the way the code looks for it (its mode)."""
        return getattr(self.pattern, self.mode)(text) is not None

    def examples(self) -> Iterator[tuple[str, str, bool]]:
        """(language, text, should match) for every example of every language."""
        for language, entry in self.entries:
            yield from ((language, text, True) for text in entry.examples.match)
            yield from ((language, text, False) for text in entry.examples.no_match)


def read_cue_file(path: Path) -> list[CueEntry]:
    """The entries of one cue file; :class:`CueError` naming the file and entry otherwise."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except FileNotFoundError as error:
        raise CueError(f"{path}: the cue file is missing") from error
    except yaml.YAMLError as error:
        raise CueError(f"{path}: not valid YAML: {error}") from error
    if not isinstance(raw, list):
        raise CueError(f"{path}: expected a list of cue entries, found {type(raw).__name__}")
    entries, names = [], set()
    for index, item in enumerate(raw):
        label = item.get("name", f"#{index + 1}") if isinstance(item, dict) else f"#{index + 1}"
        try:
            entry = CueEntry.model_validate(item)
        except ValidationError as error:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'entry'}: {e['msg']}" for e in error.errors())
            raise CueError(f"{path}, cue {label!r}: {problems}") from error
        if entry.name in names:
            raise CueError(f"{path}, cue {entry.name!r}: named twice")
        names.add(entry.name)
        entries.append(entry)
    return entries


def compile_cues(files: dict[str, Path]) -> dict[str, Cue]:
    """Every cue named in ``files`` (language → path), its languages' entries joined."""
    by_name: dict[str, list[tuple[str, CueEntry]]] = {}
    for language, path in files.items():
        for entry in read_cue_file(path):
            known = by_name.setdefault(entry.name, [])
            if known and known[0][1].mode != entry.mode:
                raise CueError(f"{path}, cue {entry.name!r}: mode {entry.mode} differs from {known[0][1].mode} "
                               f"in the {known[0][0]} file")
            known.append((language, entry))
    return {name: Cue(name, _compiled(entries, files), tuple(entries)) for name, entries in by_name.items()}


def _compiled(entries: list[tuple[str, CueEntry]], files: dict[str, Path]) -> re.Pattern[str]:
    """One pattern for a cue's entries; :class:`CueError` naming the file and entry whose regex
    does not compile (each entry is compiled alone only then, to keep start-up short)."""
    try:
        return re.compile("|".join(entry.pattern() for _, entry in entries))
    except re.error:
        for language, entry in entries:
            try:
                re.compile(entry.pattern())
            except re.error as error:
                raise CueError(f"{files[language]}, cue {entry.name!r}: the regex does not compile: {error}") \
                    from error
        raise


@cache
def all_cues() -> dict[str, Cue]:
    """The cues of every language, read and compiled once per process."""
    return compile_cues({language: CUES_DIR / f"{language}.yaml" for language in LANGUAGES})


def cue(name: str) -> re.Pattern[str]:
    """The compiled pattern of the cue ``name``."""
    found = all_cues().get(name)
    if found is None:
        raise CueError(f"no cue named {name!r} in {CUES_DIR} (known: {', '.join(sorted(all_cues()))})")
    return found.pattern
