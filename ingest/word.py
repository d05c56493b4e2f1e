"""Word (.docx) → plain text for the canonical text, with python-docx: the body's paragraphs and
tables in document order, each paragraph after the label Word numbers it with (第一章, 一、: the list
numbering the page shows but the text does not hold, ``ingest/word_numbering.py``); a table is read row
by row (``ingest/tables.py``): a row of short cells becomes one line, its cells separated by a space (a
cell merged across columns is said once); a row header beside cells of running text heads their
paragraphs (【服务内容】).

A paragraph's text is every run of it, also the runs that python-docx's ``paragraph.text`` leaves out:
those inside content controls (``w:sdt``), tracked insertions (``w:ins``), smart tags and simple fields;
deleted text (``w:delText``) and text boxes drawn over the page are not the paragraph's. Blocks inside a
content control or custom XML at the body's level are read in their place."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from ingest.errors import BinaryFileError
from ingest.tables import opens_card_row, row_lines
from ingest.text_layer import normalise_text_layer
from ingest.word_numbering import WordNumbering

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN_TEXT = ("./descendant::w:r[not(ancestor::w:txbxContent)]/*"
             "[self::w:t or self::w:tab or self::w:br or self::w:cr or self::w:noBreakHyphen]")
_SPECIAL = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_WRAPPERS = (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml")


def _run_text(paragraph: Any) -> str:
    """The text of a paragraph's runs, wherever they are nested in it (see the module docstring)."""
    return "".join(_SPECIAL.get(node.tag, node.text or "") for node in paragraph.xpath(_RUN_TEXT))


def _blocks(container: Any) -> Iterator[Any]:
    """The paragraphs and tables of the body in order, content controls and custom XML opened."""
    for child in container.iterchildren():
        if child.tag in _WRAPPERS:
            yield from _blocks(child)
        elif child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child


def _numbering_element(document: Any) -> Any | None:
    """The root element of the numbering part, or None when the file has none (it numbers no list)."""
    try:
        return document.part.numbering_part.element
    except NotImplementedError:  # python-docx: no numbering part in the package
        return None


def docx_text(data: bytes, source: str) -> str:
    """The text of a .docx file, a paragraph or table row per line."""
    import docx  # imported when a Word file is read
    from docx.table import Table
    from lxml.etree import XMLSyntaxError  # python-docx parses the parts with lxml

    try:
        document = docx.Document(io.BytesIO(data))
        numbering = WordNumbering.of(_numbering_element(document), document.styles.element)
    except (zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as error:
        raise BinaryFileError(source, f"not a readable .docx file ({error})") from None

    def paragraph_text(paragraph: Any) -> str:
        return numbering.label(paragraph) + _run_text(paragraph)

    lines = []
    for block in _blocks(document.element.body):
        if block.tag == f"{_W}p":
            lines.append(paragraph_text(block))
            continue
        cells: dict[Any, list[str]] = {}  # a merged cell is one element, met once per column it spans
        below_card_row = False
        for row in Table(block, document).rows:
            row_cells = []
            for cell in row.cells:
                if cell._tc not in cells:  # keyed by the element itself: lxml keeps one proxy while it is held
                    cells[cell._tc] = "\n".join(paragraph_text(p._p) for p in cell.paragraphs).splitlines()
                row_cells.append(cells[cell._tc])
            row_text = row_lines(row_cells, below_card_row)
            below_card_row = below_card_row or opens_card_row(row_text)
            lines += row_text
    return normalise_text_layer("\n".join(lines), "word")
