"""Word (.docx) → plain text for the canonical text, with python-docx: the body's paragraphs and
tables in document order; a table is read row by row (``ingest/tables.py``): a row of short cells
becomes one line, its cells separated by a space (a cell merged across columns is said once); a row
header beside cells of running text heads their paragraphs (【服务内容】)."""

from __future__ import annotations

import io
import zipfile

from ingest.errors import BinaryFileError
from ingest.tables import row_lines


def _row_lines(row: object) -> list[str]:
    return row_lines([[part for part in cell.text.splitlines()] for cell in row.cells])  # type: ignore[attr-defined]


def docx_text(data: bytes, source: str) -> str:
    """The text of a .docx file, a paragraph or table row per line."""
    import docx  # imported when a Word file is read
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml.etree import XMLSyntaxError  # python-docx parses the parts with lxml

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as error:
        raise BinaryFileError(source, f"not a readable .docx file ({error})") from None
    lines = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, document).text)
        elif tag == "tbl":
            lines += [line for row in Table(block, document).rows for line in _row_lines(row)]
    return "\n".join(lines)
