"""PDF → plain text for the canonical text: the text layer read with PDFium (pypdfium2), running
headers, footers and page numbers removed, lines that a page's width wrapped joined back into
their paragraph (Chinese has no spaces, so a wrap inside 20万元 must not leave a newline), and
tables drawn with ruling lines read row by row, cell by cell (``ingest/tables.py``).

Chosen by measurement over pdfplumber/pdfminer: PDFium reads the text layer of the test PDFs
several times faster, keeps CJK punctuation, and needs no Pillow pin of its own (pdfplumber
0.11.11 requires Pillow ≥ 13, which the app's Gradio does not allow). PDFium gives the ruling
lines of a table as thin filled rectangles (path objects); a text run belongs to the cell whose
four rules enclose its middle.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ingest.errors import BinaryFileError, EmptyDocumentError
from ingest.structure import starts_with_clause_label
from ingest.tables import opens_card_row, row_lines
from ingest.text_layer import normalise_text_layer

PAGE_NUMBER = re.compile(r"^[\s\-—–·•]*(?:第\s*)?[\d一二三四五六七八九十]+(?:\s*页)?(?:\s*/\s*共?\s*\d+\s*页?)?"
                         r"[\s\-—–·•]*$")
"""A line that is only a page number: 3, - 3 -, — 3 —, 第3页, 3/12."""
FULL_LINE_SLACK = 5.0
"""A line reaching within this many line-heights of the text block's right edge is full (wrapped):
a run that may not be broken (〔2023〕1号, 20万元) moves whole to the next line and leaves a gap.
The indent of a new paragraph, or its clause label, keeps a short last line from being joined."""
INDENT_SLACK = 1.5
"""A line starting this many line-heights right of the block's left edge begins a paragraph."""
RUN_INSET = 1.0
"""PDFium gives the text of a run as every character its box touches: a neighbour whose box overlaps the
run's edge by a fraction of a point (４|０ set in two runs) would be read twice (１８—４０ ４０ 岁). The run's
text is read this far (points) inside its left and right edges."""
RULE_THICKNESS = 2.0
"""A filled rectangle this thin (points) and four times as long is a table's ruling line."""
RULE_TOLERANCE = 1.0

Cell = tuple[float, float, float, float]
"""A table cell by its rules: left, bottom, right, top (points, PDF y grows upwards)."""
Piece = tuple[float, float, float, float, str]


@dataclass(frozen=True)
class Line:
    text: str
    left: float
    right: float
    height: float
    column: tuple[float, float] | None = None
    """The left and right rules of the table column the line is in; None outside tables."""


@dataclass(frozen=True)
class Row:
    """The cells of one table row on one page, left to right, each as its lines."""

    cells: tuple[tuple[Line, ...], ...]


Block = Line | Row


@dataclass(frozen=True)
class _Rules:
    horizontal: tuple[tuple[float, float, float], ...]  # y, x0, x1
    vertical: tuple[tuple[float, float, float], ...]  # x, y0, y1

    def cell_of(self, x: float, y: float) -> Cell | None:
        t = RULE_TOLERANCE
        lefts = [v for v, y0, y1 in self.vertical if v < x and y0 - t <= y <= y1 + t]
        rights = [v for v, y0, y1 in self.vertical if v > x and y0 - t <= y <= y1 + t]
        bottoms = [h for h, x0, x1 in self.horizontal if h < y and x0 - t <= x <= x1 + t]
        tops = [h for h, x0, x1 in self.horizontal if h > y and x0 - t <= x <= x1 + t]
        if not (lefts and rights and bottoms and tops):
            return None
        return round(max(lefts), 1), round(max(bottoms), 1), round(min(rights), 1), round(min(tops), 1)


def _rules(page: object) -> _Rules:
    import pypdfium2.raw as pdfium_c

    horizontal, vertical = [], []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):  # type: ignore[attr-defined]
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height <= RULE_THICKNESS and width > 4 * max(height, 0.1):
            horizontal.append(((bottom + top) / 2, left, right))
        elif width <= RULE_THICKNESS and height > 4 * max(width, 0.1):
            vertical.append(((left + right) / 2, bottom, top))
    return _Rules(tuple(horizontal), tuple(vertical))


def _pieces(page: object) -> list[Piece]:
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    pieces = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        inset = min(RUN_INSET, (right - left) / 4)  # a neighbour touching the run's edge is not its text
        text = textpage.get_text_bounded(left + inset, bottom, right - inset, top)
        if text.strip():
            pieces.append((left, bottom, right, top, text))
    return pieces


def _grouped(pieces: list[Piece]) -> list[list[Piece]]:
    """Text runs grouped into lines, top to bottom: runs that overlap vertically by half the
    smaller one's height are one line — digits or Latin set in another font, and quotation marks
    (“”, drawn high and small), sit a little higher or lower than the Chinese around them."""
    rows: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: -(p[1] + p[3]) / 2):  # PDF y grows upwards
        row = rows[-1] if rows else None
        if row is not None:
            low, high = min(p[1] for p in row), max(p[3] for p in row)
            overlap = min(high, piece[3]) - max(low, piece[1])
            if overlap >= 0.5 * min(high - low, piece[3] - piece[1]):
                row.append(piece)
                continue
        rows.append([piece])
    return rows


def _line(row: list[Piece], column: tuple[float, float] | None) -> Line:
    parts = sorted(row)
    text = "".join(part[4] for part in parts).replace("\r", "").replace("\n", "")
    height = max(part[3] - part[1] for part in parts)
    # spaces are kept: a wrap after 投入的␠ must give back 投入的␠30% when the lines are joined
    return Line(text, parts[0][0], max(part[2] for part in parts), height, column)


def _page_blocks(page: object) -> list[Block]:
    """The page's free lines and table rows, top to bottom."""
    rules = _rules(page)
    free: list[Piece] = []
    cells: dict[Cell, list[Piece]] = defaultdict(list)
    for piece in _pieces(page):
        cell = rules.cell_of((piece[0] + piece[2]) / 2, (piece[1] + piece[3]) / 2) if rules.vertical else None
        if cell is None:
            free.append(piece)
        else:
            cells[cell].append(piece)
    placed: list[tuple[float, float, Block]] = []
    for row in _grouped(free):
        line = _line(row, None)
        placed.append((max(p[3] for p in row), line.left, line))
    rows: dict[tuple[float, float], list[tuple[Cell, list[Line]]]] = defaultdict(list)
    for cell, cell_pieces in cells.items():
        rows[(cell[3], cell[1])].append((cell, [_line(r, (cell[0], cell[2])) for r in _grouped(cell_pieces)]))
    for (top, _bottom), row_cells in rows.items():
        row_cells.sort(key=lambda item: item[0][0])
        placed.append((top, row_cells[0][0][0], Row(tuple(tuple(lines) for _, lines in row_cells))))
    placed.sort(key=lambda item: (-item[0], item[1]))
    return [block for _, _, block in placed]


def _shape(text: str) -> str:
    """A line as a running header or footer repeats it: digits aside."""
    return re.sub(r"\d+", "#", text.strip())


def _running_lines(pages: list[list[Block]]) -> set[str]:
    """Headers and footers: a first or last free line of a page that recurs (digits aside) on at
    least half the pages."""
    if len(pages) < 2:
        return set()
    edges: Counter[str] = Counter()
    for blocks in pages:
        free = [block for block in blocks if isinstance(block, Line)]
        edges.update({_shape(line.text) for line in {*free[:1], *free[-1:]}})
    return {shape for shape, count in edges.items() if count >= max(2, len(pages) / 2)}


def _is_running(block: Block, running: set[str]) -> bool:
    return isinstance(block, Line) and (_shape(block.text) in running or bool(PAGE_NUMBER.match(block.text)))


def _body(blocks: list[Block], running: set[str]) -> list[Block]:
    kept = list(blocks)
    while kept and _is_running(kept[0], running):
        kept.pop(0)
    while kept and _is_running(kept[-1], running):
        kept.pop()
    return kept


@dataclass
class _Paragraphs:
    """Lines joined into paragraphs: a full line (one the block's width wrapped) continues on the
    next line of the same block, unless that one is indented or opens with a clause label."""

    bounds: dict[tuple[float, float] | None, tuple[float, float]]
    last: Line | None = None

    def continues(self, line: Line) -> bool:
        previous = self.last
        if previous is None or previous.column != line.column:
            return False
        left, right = self.bounds[line.column]
        full = previous.right >= right - FULL_LINE_SLACK * previous.height
        indented = line.left > left + INDENT_SLACK * line.height
        return full and not indented and not starts_with_clause_label(line.text)

    def join(self, lines: tuple[Line, ...] | list[Line], out: list[str]) -> None:
        for line in lines:
            if out and self.continues(line):
                out[-1] += line.text
            else:
                out.append(line.text)
            self.last = line


def _bounds(blocks: list[Block]) -> dict[tuple[float, float] | None, tuple[float, float]]:
    """The left and right edges of the text of each block: the free text, and each table column."""
    lines: dict[tuple[float, float] | None, list[Line]] = defaultdict(list)
    for block in blocks:
        for line in (block,) if isinstance(block, Line) else (ln for cell in block.cells for ln in cell):
            lines[line.column].append(line)
    return {column: (min(ln.left for ln in group), max(ln.right for ln in group))
            for column, group in lines.items()}


def _text(blocks: list[Block]) -> str:
    paragraphs = _Paragraphs(_bounds(blocks))
    out: list[str] = []
    below_card_row = False  # a card row came before this row of the table
    for block in blocks:
        if isinstance(block, Line):
            paragraphs.join([block], out)
            below_card_row = False
            continue
        first = block.cells[0]
        if first and paragraphs.last is not None and paragraphs.last.column == first[0].column:
            paragraphs.join(first, out)  # a row the page broke: its text runs on from the last page
            for cell in block.cells[1:]:
                paragraphs.join(cell, out)
            continue
        cells: list[list[str]] = []
        for cell in block.cells:
            cell_out: list[str] = []
            paragraphs.last = None
            paragraphs.join(cell, cell_out)
            cells.append(cell_out)
        lines = row_lines(cells, below_card_row)
        below_card_row = below_card_row or opens_card_row(lines)
        out += lines
        if len(lines) == 1:
            paragraphs.last = None  # a row of short cells is a line of its own
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
        pages = [_page_blocks(document[index]) for index in range(len(document))]
    finally:
        document.close()
    if not any(pages):
        raise EmptyDocumentError(source, "the PDF has no text layer (a scanned document?); "
                                         "run OCR on it first, or give the text")
    running = _running_lines(pages)
    return normalise_text_layer(_text([block for blocks in pages for block in _body(blocks, running)]))
