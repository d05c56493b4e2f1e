"""PDF → plain text for the canonical text: the text layer read with PDFium (pypdfium2), running
headers, footers and page numbers removed, and lines that a page's width wrapped joined back
into their paragraph (Chinese has no spaces, so a wrap inside 20万元 must not leave a newline).

Chosen by measurement over pdfplumber/pdfminer: PDFium reads the text layer of the test PDFs
several times faster, keeps CJK punctuation, and needs no Pillow pin of its own (pdfplumber
0.11.11 requires Pillow ≥ 13, which the app's Gradio does not allow).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from ingest.errors import BinaryFileError, EmptyDocumentError
from ingest.structure import starts_with_clause_label

PAGE_NUMBER = re.compile(r"^[\s\-—–·•]*(?:第\s*)?[\d一二三四五六七八九十]+(?:\s*页)?(?:\s*/\s*共?\s*\d+\s*页?)?"
                         r"[\s\-—–·•]*$")
"""A line that is only a page number: 3, - 3 -, — 3 —, 第3页, 3/12."""
FULL_LINE_SLACK = 5.0
"""A line reaching within this many line-heights of the text block's right edge is full (wrapped):
a run that may not be broken (〔2023〕1号, 20万元) moves whole to the next line and leaves a gap.
The indent of a new paragraph, or its clause label, keeps a short last line from being joined."""
INDENT_SLACK = 1.5
"""A line starting this many line-heights right of the block's left edge begins a paragraph."""


@dataclass(frozen=True)
class Line:
    text: str
    left: float
    right: float
    height: float


def _page_lines(page: object) -> list[Line]:
    """The page's text as lines, top to bottom: PDFium's text rectangles grouped into a line when
    their vertical middles fall within one another's height — digits or Latin set in another font
    sit a little higher or lower than the Chinese around them, but on the same line."""
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    pieces = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        text = textpage.get_text_bounded(left, bottom, right, top)
        if text.strip():
            pieces.append((left, bottom, right, top, text))
    rows: list[list[tuple[float, float, float, float, str]]] = []
    for piece in sorted(pieces, key=lambda p: -(p[1] + p[3]) / 2):  # PDF y grows upwards
        middle = (piece[1] + piece[3]) / 2
        row = rows[-1] if rows else None
        if row is not None and min(p[1] for p in row) <= middle <= max(p[3] for p in row):
            row.append(piece)
        else:
            rows.append([piece])
    lines = []
    for row in rows:
        parts = sorted(row)
        text = "".join(part[4] for part in parts).replace("\r", "").replace("\n", "")
        height = max(part[3] - part[1] for part in parts)
        # spaces are kept: a wrap after 投入的␠ must give back 投入的␠30% when the lines are joined
        lines.append(Line(text, parts[0][0], max(part[2] for part in parts), height))
    return lines


def _shape(text: str) -> str:
    """A line as a running header or footer repeats it: digits aside."""
    return re.sub(r"\d+", "#", text.strip())


def _running_lines(pages: list[list[Line]]) -> set[str]:
    """Headers and footers: a first or last line of a page that recurs (digits aside) on at
    least half the pages."""
    if len(pages) < 2:
        return set()
    edges = Counter(_shape(line.text) for lines in pages for line in {*lines[:1], *lines[-1:]})
    return {shape for shape, count in edges.items() if count >= max(2, len(pages) / 2)}


def _body(lines: list[Line], running: set[str]) -> list[Line]:
    kept = list(lines)
    while kept and (_shape(kept[0].text) in running or PAGE_NUMBER.match(kept[0].text)):
        kept.pop(0)
    while kept and (_shape(kept[-1].text) in running or PAGE_NUMBER.match(kept[-1].text)):
        kept.pop()
    return kept


def _joined(lines: list[Line]) -> str:
    """Lines joined into paragraphs: a full line (one the page's width wrapped) continues on the
    next, unless the next is indented or opens with a clause label (a new paragraph)."""
    if not lines:
        return ""
    block_left = min(line.left for line in lines)
    block_right = max(line.right for line in lines)
    out = [lines[0].text]
    for previous, line in itertools.pairwise(lines):
        full = previous.right >= block_right - FULL_LINE_SLACK * previous.height
        indented = line.left > block_left + INDENT_SLACK * line.height
        if full and not indented and not starts_with_clause_label(line.text):
            out[-1] += line.text
        else:
            out.append(line.text)
    return "\n".join(out)


def pdf_text(data: bytes, source: str) -> str:
    """The text of a PDF's text layer, as paragraphs; a clear error for a PDF that cannot be
    read or has no text layer (a scan)."""
    import pypdfium2 as pdfium  # imported when a PDF is read

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise BinaryFileError(source, f"not a readable PDF ({error})") from None
    try:
        pages = [_page_lines(document[index]) for index in range(len(document))]
    finally:
        document.close()
    if not any(pages):
        raise EmptyDocumentError(source, "the PDF has no text layer (a scanned document?); "
                                         "run OCR on it first, or give the text")
    running = _running_lines(pages)
    return _joined([line for lines in pages for line in _body(lines, running)])
