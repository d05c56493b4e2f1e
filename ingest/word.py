"""Word (.docx) → plain text for the canonical text, with python-docx: the body's paragraphs and
tables in document order, each paragraph after the label Word numbers it with (第一章, 一、: the list
numbering the page shows but the text does not hold, ``ingest/word_numbering.py``); a table is read row
by row (``ingest/tables.py``): a row of short cells becomes one line, its cells separated by a space (a
cell merged across columns is said once); a row header beside cells of running text heads their
paragraphs (【服务内容】)."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ingest.errors import BinaryFileError
from ingest.tables import row_lines
from ingest.word_numbering import WordNumbering


def _part_element(document: Any, name: str) -> Any | None:
    """The root element of the numbering or styles part, or None when the file has none."""
    try:
        part = document.part.numbering_part if name == "numbering" else document.part._styles_part
    except (KeyError, NotImplementedError):
        return None
    return part.element


def docx_text(data: bytes, source: str) -> str:
    """The text of a .docx file, a paragraph or table row per line."""
    import docx  # imported when a Word file is read
    from docx.table import Table
    from lxml.etree import XMLSyntaxError  # python-docx parses the parts with lxml

    try:
        document = docx.Document(io.BytesIO(data))
        numbering = WordNumbering.of(_part_element(document, "numbering"), _part_element(document, "styles"))
    except (zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as error:
        raise BinaryFileError(source, f"not a readable .docx file ({error})") from None

    def paragraph_text(paragraph: Any) -> str:
        return numbering.label(paragraph) + str(paragraph.text)  # python-docx's CT_P: runs and hyperlinks

    lines = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(paragraph_text(block))
        elif tag == "tbl":
            cells: dict[Any, list[str]] = {}  # a merged cell is one element, met once per column it spans
            for row in Table(block, document).rows:
                row_cells = []
                for cell in row.cells:
                    if cell._tc not in cells:  # keyed by the element itself: lxml keeps one proxy while it is held
                        cells[cell._tc] = "\n".join(paragraph_text(p._p) for p in cell.paragraphs).splitlines()
                    row_cells.append(cells[cell._tc])
                lines += row_lines(row_cells)
    return "\n".join(lines)

