"""Characters of a PDF text layer mapped to what the page shows (``ingest/data/text_layer_characters.yaml``):
some fonts print their punctuation as code points of another script (ꎬ U+A3AC for ，) or private-use code
points; a Word run in such a font holds the same private-use code points (0\ue01002元 for 0.02元), mapped by the
entries that name the Word reader. One code point for one, so every offset into the canonical text is kept."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

CHARACTERS_FILE = Path(__file__).resolve().parent / "data" / "text_layer_characters.yaml"
READERS = frozenset({"pdf", "word"})


@dataclass(frozen=True)
class TextLayerCharacter:
    """One code point a text layer prints and the character the page shows, with an example."""

    printed: str
    reads: str
    name: str
    example: str
    reads_as: str
    readers: tuple[str, ...] = ("pdf",)
    """The readers whose text prints it: ``pdf`` (a text layer), ``word`` (a run of a .docx)."""


class TextLayerDataError(ValueError):
    """The mapping file has an entry that cannot be used (says which and why)."""


@cache
def text_layer_characters(path: Path = CHARACTERS_FILE) -> tuple[TextLayerCharacter, ...]:
    """The entries of the mapping file, checked: each maps one code point to one character."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    entries = []
    for index, entry in enumerate(data.get("characters") or ()):
        try:
            character = TextLayerCharacter(**{**entry, "readers": tuple(entry.get("readers") or ("pdf",))})
        except TypeError as error:
            raise TextLayerDataError(f"{path}: entry {index + 1}: {error}") from None
        if len(character.printed) != 1 or len(character.reads) != 1:
            raise TextLayerDataError(f"{path}: entry {index + 1} ({character.name}): printed and reads must be "
                                     f"one character each, got {character.printed!r} → {character.reads!r}")
        if not set(character.readers) <= READERS:
            raise TextLayerDataError(f"{path}: entry {index + 1} ({character.name}): readers must be among "
                                     f"{sorted(READERS)}, got {list(character.readers)}")
        entries.append(character)
    return tuple(entries)


@cache
def _table(reader: str) -> dict[int, str]:
    return {ord(c.printed): c.reads for c in text_layer_characters() if reader in c.readers}


def normalise_text_layer(text: str, reader: str = "pdf") -> str:
    """``text`` with each code point mapped for ``reader`` replaced by the character the page shows (same
    length)."""
    return text.translate(_table(reader))
