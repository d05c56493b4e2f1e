"""Word (.docx) → plain text for the canonical text, with python-docx: the body's paragraphs and
tables in document order; a table row becomes one line, its cells separated by a space (a cell
merged across columns is said once)."""

from __future__ import annotations

import io
import zipfile

from ingest.errors import BinaryFileError


def _row_text(row: object) -> str:
    cells: list[str] = []
    for cell in row.cells:  # type: ignore[attr-defined]
        text = " ".join(part.strip() for part in cell.text.splitlines() if part.strip())
        if text and (not cells or cells[-1] != text):  # merged cells repeat their text
            cells.append(text)
    return " ".join(cells)


def docx_text(data: bytes, source: str) -> str:
    """The text of a .docx file, a paragraph or table row per line."""
    import docx  # imported when a Word file is read
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise BinaryFileError(source, f"not a readable .docx file ({error})") from None
    lines = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, document).text)
        elif tag == "tbl":
            lines += [_row_text(row) for row in Table(block, document).rows]
    return "\n".join(lines)
