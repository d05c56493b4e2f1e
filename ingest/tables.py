"""A table of a PDF or Word file as lines of the canonical text, row by row, each cell a span.

Two shapes of table occur in the genre:

- a **grid** of short cells (级别 | 奖励 / X级 | 500万元): each row is one line, its cells in
  order separated by a space (a cell merged across columns is said once);
- a **card**: a column of row headers beside cells of running text (依据文件 / 服务内容 / 条件要求
  beside paragraphs of measures — the policy guides of Beijing print every policy so). A row whose
  cells after the header hold paragraphs is written as the header on a line of its own in the form
  ``【服务内容】`` (which ``ingest/structure.py`` reads as a heading, so that the clauses below are
  cited under it: 〔服务内容 1 方向1〕), then its paragraphs, each on its own line. Below a card row, a row of
  the same table whose header stands beside one paragraph of running text (服务流程 beside 在线填写项目申报书：…→评审
  立项：…。) or beside the date the policy applies from (时间/频度 beside 从 2022 年 6 月起) is a card row too: its
  text is no part of the clause above it.
"""

from __future__ import annotations

import re

ROW_HEADER_MAX = 12
"""A row header is a short label: 服务内容, 时间/频度, 条件要求."""
_LABEL = re.compile(rf"^[^\s。；;，,：:]{{1,{ROW_HEADER_MAX}}}$")
_RUNNING_TEXT = re.compile(r"[。；;！？!?]|^.{40,}$")
"""A cell of running text holds a sentence end or runs long (企业注册申请→…→资金拨付): a grid's cells are figures
and names."""
_ONWARD = re.compile(r"\d\s*[年月日]\s*起")
"""A card's 时间/频度 beside when the policy applies from (从 2022 年 6 月起; 2022 年 8 月 11 日起，有效期 3 年): a
row of its own (its validity is cited 〔时间/频度〕), not a line of the clause above it."""


def row_header_line(label: str) -> str:
    """The line that opens a card row: ``【服务内容】``."""
    return f"【{label}】"


def is_row_header(cell: list[str]) -> bool:
    """A cell that is one short label with no sentence punctuation."""
    return len(cell) == 1 and bool(_LABEL.match(cell[0].replace(" ", "")))


def opens_card_row(lines: list[str]) -> bool:
    """Whether the lines of a row (:func:`row_lines`) are a card row's: its header line first."""
    return bool(lines) and lines[0].startswith("【") and lines[0].endswith("】")


def row_lines(cells: list[list[str]], below_card_row: bool = False) -> list[str]:
    """One row of a table (each cell a list of its paragraphs) as lines: a grid row as one line, a
    card row as its header line and then its paragraphs. ``below_card_row``: a card row of the same table came
    before it, so a header beside one paragraph of running text heads that paragraph too."""
    kept: list[list[str]] = []
    for cell in cells:
        paragraphs = [p.strip() for p in cell if p.strip()]
        if paragraphs and (not kept or kept[-1] != paragraphs):  # merged cells repeat their text
            kept.append(paragraphs)
    if not kept:
        return []
    running_text = any(len(cell) > 1 for cell in kept[1:]) or (
        below_card_row and len(kept) == 2 and bool(_RUNNING_TEXT.search(kept[1][0]) or _ONWARD.search(kept[1][0])))
    if len(kept) >= 2 and running_text and is_row_header(kept[0]):
        return [row_header_line(kept[0][0].replace(" ", ""))] + [p for cell in kept[1:] for p in cell]
    if any(len(cell) > 1 for cell in kept):
        return [p for cell in kept for p in cell]
    return [" ".join(cell[0] for cell in kept)]
