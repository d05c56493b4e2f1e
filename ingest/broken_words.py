"""Words a copied page broke with a space: HTML copied from a PDF keeps the PDF's line breaks as spaces, so
取得国家专利 arrives as 取得国 家专利 and a level word X级 as X 级. A single space between two Han characters is dropped
where the characters around it make a known word — a label of the vocabulary (``ontology/vocabulary.ttl``) or a
word of the document's layout (``ingest/data/document_layout.yaml``: 办法, 施行, 以上…); any other space stays
(某县县委 某县人民政府 are two issuers). The caller applies it to one run of text at a time (an HTML
text node), never across the cells of a table row, whose separating space is a boundary whatever the words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ingest.concepts import load_vocabulary
from ingest.document_layout import document_layout

_HAN = r"[\u3400-\u9fff\uf900-\ufaff]"
_BROKEN = re.compile(rf"(?<={_HAN}) (?={_HAN})")
"""A single space between two Han characters (a run of spaces is a gap the writer made)."""
_HAN_WORD = re.compile(rf"{_HAN}{{2,}}")


@dataclass(frozen=True)
class KnownWords:
    """The words a space inside of which is no boundary."""

    words: frozenset[str]

    @cached_property
    def longest(self) -> int:
        return max((len(word) for word in self.words), default=0)

    def join(self, text: str) -> str:
        """``text`` without the single spaces between Han characters that fall inside a known word."""
        dropped = [match.start() for match in _BROKEN.finditer(text) if self._inside_word(text, match.start())]
        if not dropped:
            return text
        parts, previous = [], 0
        for at in dropped:
            parts.append(text[previous:at])
            previous = at + 1
        parts.append(text[previous:])
        return "".join(parts)

    def _inside_word(self, text: str, space: int) -> bool:
        for before in range(1, self.longest):
            left = text[max(space - before, 0):space]
            if len(left) < before:
                return False
            for after in range(1, self.longest - before + 1):
                if left + text[space + 1:space + 1 + after] in self.words:
                    return True
        return False


def known_words() -> KnownWords:
    """The vocabulary's labels and the layout's words that are Han words of two characters or more."""
    layout = document_layout()
    labels = (label for concept in load_vocabulary().concepts.values() for label in concept.labels)
    layout_words = (*layout.document_names, *layout.closing_topics, *layout.dated_verbs, *layout.list_references,
                    *layout.annotation_heads)
    return KnownWords(frozenset(word for word in (*labels, *layout_words) if _HAN_WORD.fullmatch(word)))
