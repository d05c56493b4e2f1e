"""Decode a policy file into one canonical text; every offset elsewhere refers to it.

Canonical text: newlines are ``\\n``; full-width, no-break and other Unicode spaces and tabs
become one ASCII space; runs of spaces are folded; lines are stripped; blank-line runs
become one blank line. Nothing else is changed, so quotes look like the document — except that an HTML
page's text drops a space a copy from a PDF left inside a known word (国 家 → 国家, ``ingest/broken_words.py``).
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from charset_normalizer import from_bytes

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

from ingest.broken_words import known_words
from ingest.errors import (
    BinaryFileError,
    DecodingError,
    EmptyDocumentError,
    FileTooLargeError,
    UnsupportedFormatError,
)
from ingest.inline_layout import restore_line_breaks
from ingest.tables import opens_card_row, row_lines

MAX_BYTES = 5 * 1024 * 1024
CANDIDATE_ENCODINGS = ("utf_8", "gb18030", "big5", "utf_16")
"""Encodings Chinese government documents come in; detection chooses among these only."""
TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
WORD_SUFFIXES = {".docx"}

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANK_RUNS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class SourceDocument:
    """A decoded policy: its canonical text and how it was obtained."""

    text: str
    source: str
    encoding: str
    media_type: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def canonicalize(raw: str) -> str:
    """Return the canonical form of ``raw`` (see module docstring)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data``, returning ``(text, encoding)``; detect the encoding, never assume it."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as error:
                label = "UTF-8" if name == "utf-8-sig" else "UTF-16"
                raise DecodingError(source, f"starts with a {label} byte-order mark but is not "
                                            f"valid {label} (byte {error.start})") from error
    if b"\x00" in data:
        raise BinaryFileError(source, "contains NUL bytes: not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS)).best()
    if best is None:
        raise DecodingError(source, "the text encoding could not be detected (tried UTF-8, "
                                    "UTF-8/UTF-16 with BOM, GB18030/GBK and Big5)")
    return str(best), str(best.encoding)


BLOCK_TAGS = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul",
              "ol", "blockquote", "pre", "title")
"""Elements that end a line of text."""
HIDDEN_TAGS = ("script", "style", "head", "noscript", "template")
"""Elements whose content is not visible text."""


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one line per block element.

    Parsed by lexbor (selectolax), in C and without recursion, so no nesting depth is refused
    or truncated; the text is then read once, in document order, with line breaks added as text
    nodes. BeautifulSoup took 571 s on 660 KB of nested ``<div>`` and the standard library's
    tokenizer is quadratic on unclosed tags (``<a <a <a …``); lexbor's tree construction, as the
    HTML standard specifies it, still scans the open elements on each new ``<div>``, so a page
    that is nothing but nesting costs depth × length in C (``bench/ingest_scale.py`` prints it).

    A table row is read cell by cell, as in PDF and Word files (``ingest/tables.py``): a row of short
    cells is one line, its cells separated by a space (``X级 500万元``, not ``X级500万元``); a row
    header beside cells of running text heads their paragraphs (【服务内容】). A space a page copied from a PDF
    left inside a known word (取得国 家专利) is dropped within each run of text, never between cells
    (``ingest/broken_words.py``)."""
    from selectolax.lexbor import LexborHTMLParser  # imported when an HTML file is read

    tree = LexborHTMLParser(html)
    tree.strip_tags(list(HIDDEN_TAGS))
    _join_broken_words(tree)
    for line_break in tree.css("br"):
        line_break.replace_with("\n")
    for block in tree.css(",".join(BLOCK_TAGS)):
        before = block.prev
        inline_before = before is not None and (
            (before.is_text_node and bool((before.text_content or "").strip()))
            or (before.is_element_node and before.tag not in BLOCK_TAGS and before.tag != "br"))
        if inline_before:
            block.insert_before("\n")  # text just before a block ends its own line
        block.insert_child("\n")
    rows = tree.css("tr")
    below_card_row = _below_card_rows(rows)
    for index in reversed(range(len(rows))):  # innermost first: a table in a cell is read before its cell
        row = rows[index]
        row.replace_with("\n".join(row_lines(_row_cells(row), below_card_row[index])) + "\n")
    return tree.root.text(deep=True, separator="") if tree.root is not None else ""


def _row_cells(row: LexborNode) -> list[list[str]]:
    """The cells of a table row, each as its lines."""
    return [[part for part in (cell.text(deep=True, separator="") or "").split("\n")]
            for cell in row.iter() if cell.tag in ("td", "th")]


def _below_card_rows(rows: list[LexborNode]) -> list[bool]:
    """For each row, whether a card row of its table (``ingest/tables.py``) came before it."""
    seen: set[int] = set()  # tables with a card row so far
    below = []
    for row in rows:
        table = row.parent.mem_id if row.parent is not None else 0
        below.append(table in seen)
        if opens_card_row(row_lines(_row_cells(row))):
            seen.add(table)
    return below


def _join_broken_words(tree: LexborHTMLParser) -> None:
    """Each text node of ``tree`` without the spaces a copy from a PDF left inside known words (国 家)."""
    if tree.root is None:
        return
    words = known_words()
    for node in [n for n in tree.root.traverse(include_text=True) if n.is_text_node]:
        text = node.text_content or ""
        joined = words.join(text)
        if joined != text:
            node.replace_with(joined)


def _looks_like_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def read_text(data: bytes, source: str, *, html: bool = False) -> SourceDocument:
    """Build a :class:`SourceDocument` from raw bytes."""
    if not data.strip():
        raise EmptyDocumentError(source, "the file is empty")
    decoded, encoding = decode_bytes(data, source)
    body = html_to_text(decoded) if html else decoded
    if _CONTROL.search(body) and len(_CONTROL.findall(body)) > max(3, len(body) // 1000):
        raise BinaryFileError(source, "contains control characters: not a text document")
    text = restore_line_breaks(canonicalize(body))
    if not text:
        raise EmptyDocumentError(source, "the file has no visible text")
    return SourceDocument(text=text, source=source, encoding=encoding,
                          media_type="text/html" if html else "text/plain")


def read_layout_document(data: bytes, source: str, suffix: str) -> SourceDocument:
    """A PDF's text layer or a Word file's paragraphs and tables, canonicalised like any text."""
    if suffix in PDF_SUFFIXES:
        from ingest.pdf import pdf_text

        body, media_type = pdf_text(data, source), "application/pdf"
    else:
        from ingest.word import docx_text

        body = docx_text(data, source)
        media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    text = canonicalize(body)
    if not text:
        raise EmptyDocumentError(source, "the file has no visible text")
    return SourceDocument(text=text, source=source, encoding="utf-8", media_type=media_type)


def read_document(path: Path, *, max_bytes: int = MAX_BYTES) -> SourceDocument:
    """Read and canonicalise a policy file (.txt, .md, .html, .pdf or .docx)."""
    source = str(path)
    if path.is_dir():
        raise UnsupportedFormatError(source, "is a directory, not a policy file")
    if not path.is_file():
        raise UnsupportedFormatError(source, "no such file")
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | WORD_SUFFIXES:
        raise UnsupportedFormatError(
            source, f"unsupported file type {suffix!r}; ingest reads .txt, .md, .html, .pdf and .docx")
    size = path.stat().st_size
    if size > max_bytes:
        raise FileTooLargeError(
            source, f"{size:,} bytes is over the limit of {max_bytes:,} bytes for one policy")
    data = path.read_bytes()
    if not data.strip():
        raise EmptyDocumentError(source, "the file is empty")
    if suffix in PDF_SUFFIXES | WORD_SUFFIXES:
        return read_layout_document(data, source, suffix)
    sniff = data[:400].decode("utf-8", errors="ignore")
    return read_text(data, source, html=_looks_like_html(path, sniff))
