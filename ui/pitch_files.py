"""The pitch sheet's downloads: Markdown, and a PDF rendered by WeasyPrint with the CJK font
embedded (it needs Debian fonts-noto-cjk and libharfbuzz-subset0; scripts/setup.sh installs them)."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.pitch import PitchSheet, pitch_html, pitch_markdown
from kg.store import write_atomically


def _stem(sheet: PitchSheet) -> str:
    name = re.sub(r"[^\w\u4e00-\u9fff-]+", "-", sheet.company).strip("-")[:40] or "company"
    return f"pitch-{name}-{sheet.as_of}"


def write_pitch_files(sheet: PitchSheet, folder: Path) -> tuple[Path, Path]:
    """``folder/pitch-<company>-<date>.md`` and ``.pdf``, each written whole or not at all."""
    from weasyprint import HTML

    folder.mkdir(parents=True, exist_ok=True)
    markdown_path = folder / f"{_stem(sheet)}.md"
    pdf_path = folder / f"{_stem(sheet)}.pdf"
    write_atomically(markdown_path, pitch_markdown(sheet).encode("utf-8"))
    pdf = HTML(string=pitch_html(sheet)).write_pdf()
    assert pdf is not None  # write_pdf without a target returns the bytes
    write_atomically(pdf_path, pdf)
    return markdown_path, pdf_path
