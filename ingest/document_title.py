"""The name a document gives itself: the title shown with every answer.

A notice that issues a policy names it in 《》 (关于印发《X》的通知, 现将《X》印发给你们, 《X》已经区政府同意): X
is the title. Otherwise the title is the title line nearest above the document's first paragraph or card row
(``【服务内容】``), past the lines of a web page's or a card's metadata between them (来源：…, 发文字号 /, a
date alone) — so that the frame of a web page above it (当前位置：首页 > …, 本地政策) and the cover of a compendium
(北京市产业政策导引 / 11. …) are no part of it. A title wrapped over lines is joined; a line of issuers alone above
it (中共某某县委 某某县人民政府) is not the title's. The words are data (``ingest/data/document_layout.yaml``,
``titles``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.document_layout import DocumentLayout

_PARAGRAPH = re.compile(r"[。；;！？!?，,]")
_PARAGRAPH_MIN = 30
"""A line with sentence punctuation and at least this many characters is a paragraph of the text, not a title."""
_SENTENCE_MIN = 10
"""A shorter line is a paragraph when it ends as a sentence (。): 为促进发展，制定本办法。"""
_TITLE_PUNCTUATION = re.compile(r"[。；;！？!?：:，,|]")
_TITLE_MAX = 60
_ROW_HEADER = re.compile(r"^【[^】\s]{1,12}】$")
_MARKUP = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]*|\*\*)|\*\*$")
_HEAD_MAX = 3000
"""How far into a document a notice issuing it is looked for."""
_COMPLETE_TITLE_ENDINGS = ("清单", "指南")
"""Endings of a whole title besides the document names of the layout file (办法, 措施, 意见…)."""


@dataclass(frozen=True)
class DocumentTitle:
    text: str
    start: int
    end: int


def _bare(line: str) -> str:
    return _MARKUP.sub("", line.strip()).strip()


def notice_title(text: str, head_end: int, layout: DocumentLayout) -> DocumentTitle | None:
    """The document a notice at the head of the text issues (its name less the page's line breaks)."""
    match = layout.notice.search(text, 0, min(head_end, _HEAD_MAX))
    if match is None:
        return None
    group = "before" if match["before"] is not None else "after"
    name = re.sub(r"\s*\n\s*", "", match[group]).strip()
    return DocumentTitle(name, match.start(group), match.end(group))


def title_above_text(lines: list[tuple[int, str]], is_label: Callable[[str], str | None], layout: DocumentLayout
                     ) -> DocumentTitle | None:
    """The title line(s) nearest above the first paragraph or card row, when no label that opens a body comes
    before them (``is_label(line)``: ``"body"`` for 第一章, 一、, 第一条, （一）; ``"label"`` for any other label —
    an item's number, a compendium's 三、先进制造业篇 or 11.; None for none)."""
    anchor = None
    for index, (_, line) in enumerate(lines):
        bare = _bare(line)
        if not bare:
            continue
        kind = is_label(bare)
        if kind == "body":
            return None  # the body begins before any paragraph: the text has no title line above it
        if kind is None and (_ROW_HEADER.match(bare) or (len(bare) >= _PARAGRAPH_MIN and _PARAGRAPH.search(bare))
                             or (len(bare) >= _SENTENCE_MIN and bare.endswith("。"))):
            anchor = index
            break
    if anchor is None:
        return None
    complete = tuple(layout.document_names) + _COMPLETE_TITLE_ENDINGS
    found: list[tuple[int, str]] = []
    for start, line in reversed(lines[:anchor]):
        bare = _bare(line)
        if not bare:
            continue
        if layout.metadata_line.search(bare):
            if found:
                break
            continue
        if is_label(bare) is not None or layout.issuer_line.match(bare) or len(bare) > _TITLE_MAX \
                or _TITLE_PUNCTUATION.search(bare) or (found and bare.endswith(complete)):
            break
        found.insert(0, (start + line.index(bare), bare))
    if not found:
        return None
    return DocumentTitle("".join(line for _, line in found), found[0][0], found[-1][0] + len(found[-1][1]))
