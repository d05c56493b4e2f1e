"""The clause tree of a policy: title, chapters, sections, articles, items, enumerations.

Labels are recognised at the start of a line by their printed form, and a label is only
accepted when it continues the numbering (so a wrapped line that happens to begin with
``（二）`` stays text). Each clause keeps its span in the canonical text and its own
sentences (split on 。；！？).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, cached_property

from ingest.document_layout import document_layout
from ingest.document_title import DocumentTitle, notice_title, title_above_text
from ingest.money import CHINESE_DIGITS, NumberFormatError, numeral_value

_CN = CHINESE_DIGITS + "十百"
_MAX_HEADING = 20
"""A line after a label is a heading when it is this short and has no sentence end."""


class ClauseKind(StrEnum):
    PREAMBLE = "preamble"
    CHAPTER = "chapter"
    SECTION = "section"
    HEADING = "heading"
    ARTICLE = "article"
    SUBSECTION = "subsection"
    ITEM = "item"
    NAMED_ITEM = "named_item"
    NUMBERED_POINT = "numbered_point"
    ENUMERATION = "enumeration"
    CLOSING = "closing"


# Nesting rank: a label closes every open clause of the same or a deeper rank. A standalone heading
# (附件, 名词解释, a card row's 【服务内容】) heads everything up to the next one.
_RANK: dict[ClauseKind, float] = {
    ClauseKind.HEADING: -1,
    ClauseKind.CHAPTER: 0,
    ClauseKind.SECTION: 1,
    ClauseKind.ARTICLE: 2,
    ClauseKind.SUBSECTION: 3,
    ClauseKind.ITEM: 4,
    ClauseKind.NAMED_ITEM: 5,
    ClauseKind.NUMBERED_POINT: 6,
}
_NUMBERED_THROUGH = (ClauseKind.CHAPTER, ClauseKind.ARTICLE)
"""Kinds numbered through the whole document (第十四条 after a chapter that closed: at the top level again)."""
_SUBSECTION_OVER_ARTICLES = 1.5
"""The rank of ``（一）`` in a document where it heads articles: ``二、支持范围 / (一)固定资产投资奖励 / 第 2 条 …``
(a subsection heading on a line of its own, an article on the next)."""

_LABELS: tuple[tuple[ClauseKind, re.Pattern[str]], ...] = (
    (ClauseKind.CHAPTER, re.compile(rf"^(?P<label>第[ \t]*(?P<n>[{_CN}](?:[ \t]*[{_CN}])*)[ \t]*章)\s*(?P<rest>.*)$")),
    (ClauseKind.ARTICLE, re.compile(
        rf"^(?P<label>第[ \t]*(?P<n>[{_CN}0-9０-９](?:[ \t]*[{_CN}0-9０-９])*)[ \t]*条)\s*(?P<rest>.*)$")),
    (ClauseKind.SECTION, re.compile(rf"^(?P<label>(?P<n>[{_CN}]+))[ \t]*、\s*(?P<rest>.*)$")),
    (ClauseKind.SUBSECTION, re.compile(rf"^(?P<label>[（(](?P<n>[{_CN}]+)[）)])\s*(?P<rest>.*)$")),
    (ClauseKind.ITEM, re.compile(r"^(?P<label>(?P<n>[0-9０-９]{1,3}))[.．、](?![0-9０-９])\s*(?P<rest>.*)$")),
    (ClauseKind.NUMBERED_POINT, re.compile(r"^(?P<label>[（(](?P<n>[0-9０-９]{1,2})[）)])\s*(?P<rest>.*)$")),
    (ClauseKind.NAMED_ITEM, re.compile(
        r"^(?P<label>(?:方向|措施|任务|专项)[ \t]*(?P<n>[0-9０-９]{1,3}))(?![0-9０-９.．、])\s*(?P<rest>.*)$")),
)
"""``NAMED_ITEM``: a noun and a number numbering the measures of a list (方向 1 集成电路设计产品首轮流片奖励。,
措施2); printed without the space (方向1). ``NUMBERED_POINT``: an Arabic number in brackets, the points of an item
(3．支持建设重点领域专利池。/ （1）采取事前补助方式…), cited as printed: 〔服务内容 3 （1）〕."""


def starts_with_clause_label(line: str) -> bool:
    """Whether a line opens with a clause label (第三条, 二、, （一）, 1.) — a new paragraph in a
    PDF, whatever the width of the line before it."""
    stripped = line.lstrip()
    return any(pattern.match(stripped) for _, pattern in _LABELS)


_ID_PREFIX = {
    ClauseKind.CHAPTER: "ch",
    ClauseKind.SECTION: "sec",
    ClauseKind.HEADING: "part",
    ClauseKind.ARTICLE: "art",
    ClauseKind.SUBSECTION: "sub",
    ClauseKind.ITEM: "item",
    ClauseKind.NAMED_ITEM: "point",
    ClauseKind.NUMBERED_POINT: "npoint",
    ClauseKind.ENUMERATION: "enum",
}
_ARTICLE_HEADING = re.compile(r"^【(?P<heading>[^】]{1,40})】\s*")
_ENUMERATION = re.compile(rf"(?P<label>(?P<n>[{_CN}]+)是)")
_SENTENCE_END = re.compile(r"[。；;！？!?]|\n(?=[ \t]*\|)")
"""Sentence ends; each row of a pipe table (``| 国家级 | 100万元 |``) is a sentence of its own."""
_MARKUP = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]*|\*\*)")
"""Markdown a converted document puts before a line's label (``## 第二章``, ``**一、**``)."""
_DOC_NUMBER = re.compile(r"〔\s*\d{4}\s*〕\s*\d+\s*号")
_NOTICE_TITLE = re.compile(r"关于印发《(?P<title>[^》]+)》的通知")
_PARAGRAPH_END = re.compile(r"[。！？!?；;][）)」”]?$|[）)]$")
"""How a paragraph ends (a line that ends otherwise was wrapped by the page)."""
_USUAL_SHARE = 0.9
"""Items of a kind are as long as each other throughout a document when this share of them are (a page's
wrap may lengthen one)."""
_APPENDIX = re.compile(r"^(?:附件|附录|附表)\s*\d*[:：]?$")
"""The heading of an appendix: the closing comes before it; its clauses are its own (附件/一)."""
_STANDALONE_HEADING = re.compile(r"^(?:名词解释|附件\s*\d*|附录\s*\d*|附表\s*\d*)[:：]?$")
_ROW_HEADER = re.compile(r"^【(?P<label>[^】\s]{1,12})】$")
"""The header of a table row whose cells are running text (``ingest/tables.py``): 【服务内容】 heads the
clauses below it, cited under it (〔服务内容 1 方向1〕)."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of a clause's own text; ``text == canonical[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Clause:
    """One node of the clause tree."""

    id: str
    kind: ClauseKind
    path: tuple[str, ...]
    number: int | None
    heading: str | None
    start: int
    end: int
    body_start: int
    sentences: tuple[Sentence, ...]
    parent_id: str | None

    @property
    def label(self) -> str | None:
        return self.path[-1] if self.path else None


@dataclass(frozen=True)
class DocumentStructure:
    """Title, document number and the clauses in document order."""

    title: str | None
    title_span: tuple[int, int] | None
    doc_number: str | None
    clauses: tuple[Clause, ...]

    def clause(self, clause_id: str) -> Clause:
        return self._by_id[clause_id]

    def children(self, clause_id: str) -> list[Clause]:
        return list(self._children.get(clause_id, ()))

    @cached_property
    def _by_id(self) -> dict[str, Clause]:
        return {clause.id: clause for clause in self.clauses}

    @cached_property
    def _children(self) -> dict[str, list[Clause]]:
        children: dict[str, list[Clause]] = {}
        for clause in self.clauses:
            if clause.parent_id is not None:
                children.setdefault(clause.parent_id, []).append(clause)
        return children


@dataclass
class _Open:
    kind: ClauseKind
    label: str
    number: int | None
    start: int
    body_start: int
    heading: str | None
    parent: _Open | None
    id: str
    end: int = 0
    last_child_number: dict[ClauseKind, int] = field(default_factory=dict)

    def path(self) -> tuple[str, ...]:
        labels: list[str] = []
        node: _Open | None = self
        while node is not None:
            if node.label:
                labels.append(node.label)
            node = node.parent
        return tuple(reversed(labels))


@cache
def _sentence_boundary() -> re.Pattern[str]:
    """A sentence end, or a note of who carries a measure out ((责任单位:市数据局)), which is no sentence of the
    policy and ends the one before it (``ingest/data/document_layout.yaml``)."""
    return re.compile(f"{document_layout().annotation}|{_SENTENCE_END.pattern}")


def split_sentences(text: str, start: int, end: int) -> tuple[Sentence, ...]:
    """Sentences of ``text[start:end]``, without their closing punctuation, edge space or notes of who carries
    them out."""
    sentences = []
    cursor = start
    for match in _sentence_boundary().finditer(text, start, end):
        sentences.append((cursor, match.start()))
        cursor = match.end()
    sentences.append((cursor, end))
    result = []
    for s, e in sentences:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            result.append(Sentence(s, e, text[s:e]))
    return tuple(result)


def _lines(text: str) -> list[tuple[int, str]]:
    lines, cursor = [], 0
    for line in text.split("\n"):
        lines.append((cursor, line))
        cursor += len(line) + 1
    return lines


def _header(text: str, lines: list[tuple[int, str]]) -> tuple[str | None, tuple[int, int] | None,
                                                               str | None, int]:
    """Title lines and document number at the top; returns (title, span, number, next line)."""
    parts: list[tuple[int, str]] = []
    doc_number = None
    index = 0
    for index, (start, line) in enumerate(lines):  # noqa: B007 - index used after loop
        if not line:
            continue
        if _DOC_NUMBER.search(line) and len(line) <= 30 and not parts:
            doc_number = line
            continue
        skip = _markup_end(line)
        start, line = start + skip, line[skip:].rstrip("*")
        if len(line) > 40 or re.search(r"[。；：:，,]", line) or _match_label(line) or _ROW_HEADER.match(line):
            break
        parts.append((start, line))
    else:
        index = len(lines)
    if not parts:
        return None, None, doc_number, index
    title = "".join(line for _, line in parts)
    span = (parts[0][0], parts[-1][0] + len(parts[-1][1]))
    notice = _NOTICE_TITLE.search(title)
    if notice:
        title = notice["title"]
    return title, span, doc_number, index


def _label_kind(line: str) -> str | None:
    """``"body"`` for a line opening with the first label of a body (第一章, 一、, 第一条, （一）), ``"label"`` for
    any other clause label (an item's number, a compendium's 三、先进制造业篇 or 11.), None for none."""
    found = _match_label(line)
    if found is None:
        return None
    kind, match = found
    try:
        first = numeral_value(re.sub(r"[ \t]+", "", match["n"])) == 1
    except NumberFormatError:
        return None
    items = (ClauseKind.ITEM, ClauseKind.NAMED_ITEM, ClauseKind.NUMBERED_POINT)
    return "body" if first and kind not in items else "label"


def _named_title(text: str, lines: list[tuple[int, str]]) -> DocumentTitle | None:
    """The name the document gives itself (``ingest/document_title.py``): the one its notice issues, else the
    title line above its first paragraph; None when it prints neither (the header lines at the top are then read
    as the title, if any)."""
    layout = document_layout()
    head_end = next((start for start, line in lines if _label_kind(line.strip()) == "body"), len(text))
    return notice_title(text, head_end, layout) or title_above_text(lines, _label_kind, layout)


def _match_label(line: str) -> tuple[ClauseKind, re.Match[str]] | None:
    for kind, pattern in _LABELS:
        match = pattern.match(line)
        if match:
            return kind, match
    return None


def _markup_end(line: str) -> int:
    """Where a line's text starts after Markdown heading, quote or bold marks."""
    match = _MARKUP.match(line)
    return match.end() if match else 0


def _printed_label(label: str) -> str:
    """A label as printed, less the spaces a converter put inside it (第 1 2 条 → 第12条)."""
    return re.sub(r"[ \t]+", "", label)


def _clause_id(node: _Open) -> str:
    parts = []
    current: _Open | None = node
    while current is not None:
        parts.append(current.id)
        current = current.parent
    return "/".join(reversed(parts))


def parse_structure(text: str) -> DocumentStructure:
    """Parse the canonical text into a clause tree."""
    lines = _lines(text)
    title, title_span, doc_number, first = _header(text, lines)
    named = _named_title(text, lines)
    if named is not None:
        title, title_span = named.text, (named.start, named.end)
    body_from = lines[first][0] if first < len(lines) else len(text)
    layout = document_layout()
    ranks = _document_ranks(lines, first)

    closed: list[_Open] = []
    stack: list[_Open] = []
    root_counts: dict[ClauseKind, int] = {}
    last_seen: dict[ClauseKind, int] = {}
    preamble = _Open(ClauseKind.PREAMBLE, "", None, body_from, body_from, None, None, "preamble")
    closing: _Open | None = None
    headings = 0
    restarts = 0

    def close_to(rank: float, at: int) -> None:
        while stack and ranks[stack[-1].kind] >= rank:
            node = stack.pop()
            node.end = at
            closed.append(node)

    def open_node(node: _Open) -> None:
        if closing is not None and not closing.end:
            closing.end = node.start  # an appendix after the closing ends it
        stack.append(node)

    appendix = next((i for i in range(first, len(lines)) if _APPENDIX.match(lines[i][1])), len(lines))
    part_headings = _part_headings(lines, first, appendix)
    last_label = max((i for i in range(first, appendix)
                      if _match_label(lines[i][1][_markup_end(lines[i][1]):]) or _ROW_HEADER.match(lines[i][1])),
                     default=-1)
    for index in range(first, len(lines)):
        start, line = lines[index]
        if not line:
            continue
        # the closing: after every label (a web page's footer may follow), before any appendix
        if closing is None and last_label < index < appendix and layout.is_closing(line) \
                and not (stack and not text[stack[-1].body_start:start].strip()):  # not the body of 第二十条 附则
            close_to(_RANK[ClauseKind.HEADING], start)
            closing = _Open(ClauseKind.CLOSING, "", None, start, start, None, None, "closing")
            continue
        row_header = _ROW_HEADER.match(line)
        if _STANDALONE_HEADING.match(line) or row_header or index in part_headings:
            close_to(_RANK[ClauseKind.HEADING], start)
            headings += 1
            label = row_header["label"] if row_header else line.strip().rstrip(":：")
            open_node(_Open(ClauseKind.HEADING, label, None, start, start + len(line), label, None,
                            f"part{headings}"))
            continue
        line_start = start
        skip = _markup_end(line)
        start, line = start + skip, line[skip:]
        found = _match_label(line)
        if found is None:
            if _closes_chapter(line.strip(), lines, index, stack):
                close_to(ranks[ClauseKind.CHAPTER], line_start)
            elif _row_part_heading(line, lines, index, stack):
                # 【服务内容】 1．… 3．… / 资助方式： / 1．…: a titled part of the row that numbers its items afresh
                close_to(ranks[ClauseKind.SUBSECTION], line_start)
                parent = next((n for n in reversed(stack) if ranks[n.kind] < ranks[ClauseKind.SUBSECTION]), None)
                label = line.strip().rstrip(":：")
                headings += 1
                open_node(_Open(ClauseKind.SUBSECTION, label, None, line_start, line_start + len(line), label,
                                parent, f"rowpart{headings}"))
            continue
        kind, match = found
        try:
            number = numeral_value(re.sub(r"[ \t]+", "", match["n"]))
        except NumberFormatError:
            continue  # 第十十条 is not a label
        rank = ranks[kind]
        rest = match["rest"].rstrip("*").rstrip()
        parent = next((n for n in reversed(stack) if ranks[n.kind] < rank), None)
        siblings = parent.last_child_number if parent else root_counts
        previous = siblings.get(kind)
        heading_line = kind is ClauseKind.CHAPTER and (not rest or _is_heading_words(rest))
        if previous is not None:
            accepted = number == previous + 1 or (heading_line and number > previous) \
                or (kind in _NUMBERED_THROUGH and number == last_seen.get(kind, 0) + 1)
        else:
            accepted = number == 1 or number == last_seen.get(kind, 0) + 1 or heading_line
        restarted = not accepted and heading_line and _closes_chapter(rest, lines, index, stack)
        if not accepted and not restarted:
            continue
        close_to(rank, line_start)  # a chapter numbered out of turn (第一章 after 第四章) is cited as the page shows it
        siblings[kind] = number
        last_seen[kind] = number
        body_start = start + match.start("rest")
        heading = None
        heading_match = _ARTICLE_HEADING.match(rest)
        if heading_match:
            heading = heading_match["heading"]
            body_start += heading_match.end()
        elif (kind in (ClauseKind.CHAPTER, ClauseKind.SECTION, ClauseKind.SUBSECTION) and rest
                and len(rest) <= _MAX_HEADING and not _SENTENCE_END.search(rest)) \
                or (kind is ClauseKind.ARTICLE and _is_title(rest)) \
                or (kind is ClauseKind.ITEM and _is_title(rest) and not re.search(r"[0-9０-９]", rest)
                    and _body_follows(lines, index)):
            heading = rest
            body_start = start + len(line)
        node_id = f"{_ID_PREFIX[kind]}{number}"
        if restarted:
            restarts += 1
            node_id += f"again{restarts}"  # the label again: the id must not be the first chapter's
        open_node(_Open(kind, _printed_label(match["label"]), number, line_start, body_start, heading, parent,
                        node_id))
    close_to(_RANK[ClauseKind.HEADING], closing.start if closing and not closing.end else len(text))
    if closing:
        closing.end = closing.end or len(text)
    tails = _list_tails(text, closed, layout.list_reference)
    if closing is not None:
        _document_paragraphs_join_closing(text, closed, tails, closing, layout.closing)
    root_tail = tails.pop(0, None)
    if root_tail is not None:
        if closing is not None and closing.start == root_tail[1]:
            closing.start = closing.body_start = root_tail[0]
        elif closing is None:
            closing = _Open(ClauseKind.CLOSING, "", None, root_tail[0], root_tail[0], None, None, "closing",
                            end=root_tail[1])
    if closing:
        closed.append(closing)
    first_clause = min((n.start for n in closed), default=len(text))
    preamble.end = first_clause
    nodes = ([preamble] if _has_text(text, preamble.start, preamble.end) else []) + closed
    nodes.sort(key=lambda n: (n.start, ranks.get(n.kind, 9)))
    first_child: dict[int, int] = {}  # id(parent) → where its first child starts
    for node in nodes:
        if node.parent is not None:
            key = id(node.parent)
            first_child[key] = min(first_child.get(key, node.start), node.start)
    clauses: list[Clause] = []
    for node in nodes:
        clauses.extend(_to_clauses(text, node, first_child.get(id(node), node.end), tails.get(id(node))))
    return DocumentStructure(title, title_span, doc_number, tuple(clauses))


def _document_paragraphs_join_closing(text: str, nodes: list[_Open], tails: dict[int, tuple[int, int]],
                                      closing: _Open, document_name: re.Pattern[str]) -> None:
    """A paragraph after the last list of the last top-level clause that opens by naming the document
    (本政策措施中关于…的奖励和扶持资金…；企业享受的政策支持金额以该企业对地方经济发展贡献为上限) and runs into the
    closing speaks of the whole document, not of that clause: it joins the closing, cited under no clause, so that a
    ceiling it sets is the document's rather than the last clause's."""
    top = [node for node in nodes if node.parent is None and node.kind is not ClauseKind.CLOSING]
    if not top:
        return
    last = max(top, key=lambda node: node.start)
    tail = tails.get(id(last))
    if tail is None or text[tail[1]:closing.start].strip() or not document_name.match(text, tail[0]):
        return
    del tails[id(last)]
    closing.start = closing.body_start = tail[0]
    last.end = tail[0]


def _document_ranks(lines: list[tuple[int, str]], first: int) -> dict[ClauseKind, float]:
    """The nesting ranks of this document: ``（一）`` heads articles when a subsection heading stands on a line of
    its own with an article on the next (二、支持范围 / (一)固定资产投资奖励 / 第 2 条 …); otherwise it is
    within them (第十一条 … / （一）…)."""
    ranks = dict(_RANK)
    for index in range(first, len(lines)):
        line = lines[index][1]
        found = _match_label(line[_markup_end(line):])
        if found is None or found[0] is not ClauseKind.SUBSECTION:
            continue
        rest = found[1]["rest"].rstrip("*").strip()
        if len(rest) > _MAX_HEADING or _SENTENCE_END.search(rest):
            continue
        following = _next_text_line(lines, index)
        after = _match_label(following[_markup_end(following):])
        if after is not None and after[0] is ClauseKind.ARTICLE:
            ranks[ClauseKind.SUBSECTION] = _SUBSECTION_OVER_ARTICLES
            break
    return ranks


def _part_headings(lines: list[tuple[int, str]], first: int, appendix: int) -> set[int]:
    """Lines that head parts of a document whose sections are numbered afresh in each part: an unnumbered title
    line (面向单位的扶持政策) with ``一、`` on the next line, when at least two parts so restart the numbering. Each
    heads the sections up to the next (cited 〔面向单位的扶持政策 一〕). One such line alone is no part heading (a
    subtitle, a line of a web page above the text), nor is any in a document of chapters or articles."""
    found = []
    for index in range(first, appendix):
        line = lines[index][1].strip()
        labelled = _match_label(line[_markup_end(line):])
        if labelled is not None and labelled[0] in (ClauseKind.CHAPTER, ClauseKind.ARTICLE):
            return set()  # sections within chapters or articles: a title line above 一、 heads no part of them
        if not line or _match_label(line[_markup_end(line):]) is not None or not _is_heading_words(line):
            continue
        following = _next_text_line(lines, index)
        after = _match_label(following[_markup_end(following):])
        if after is None or after[0] is not ClauseKind.SECTION:
            continue
        try:
            number = numeral_value(after[1]["n"])
        except NumberFormatError:
            continue
        if number == 1 and lines[index + 1][1].strip():
            found.append(index)
    return set(found) if len(found) >= _PARTS else set()


_PARTS = 2
"""How many part headings restart the numbering of sections before any line is read as one."""


_ROW_PART_HEADING = re.compile(r"^[\u4e00-\u9fff（）()、]{2,12}[：:]$")
"""A title of a part of a card row on a line of its own, ending in a colon (资助方式：, 支持标准：)."""


def _row_part_heading(line: str, lines: list[tuple[int, str]], index: int, stack: list[_Open]) -> bool:
    """Whether a line heads a part of a card row that numbers its items afresh: a short title ending in a colon
    (``_ROW_PART_HEADING``) inside a row (【服务内容】) that already holds numbered items, the next line item 1 again
    (【服务内容】 1．… 3．… / 资助方式： / 1．… / 2．… → 〔服务内容 资助方式 1〕). A title line whose next line goes on
    numbering, or one outside a row, heads nothing."""
    if not _ROW_PART_HEADING.match(line.strip()) or not stack:
        return False
    row = stack[0]
    if row.kind is not ClauseKind.HEADING or not row.last_child_number.get(ClauseKind.ITEM):
        return False
    following = _next_text_line(lines, index)
    after = _match_label(following[_markup_end(following):])
    if after is None or after[0] is not ClauseKind.ITEM:
        return False
    try:
        return numeral_value(after[1]["n"]) == 1
    except NumberFormatError:
        return False


def _next_text_line(lines: list[tuple[int, str]], index: int) -> str:
    return next((line for _, line in lines[index + 1:] if line.strip()), "")


def _body_follows(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether the next line is text, not another label: the words after an item's label are then its
    title (1.产业发展与创新人才项目扶持 / 在总部企业发展与技术创新中…)."""
    following = _next_text_line(lines, index)
    return bool(following) and _match_label(following[_markup_end(following):]) is None


def _list_tails(text: str, nodes: list[_Open], list_reference: re.Pattern[str]) -> dict[int, tuple[int, int]]:
    """Paragraphs after the last item of a list that belong to the clause holding the list, by id of that
    clause (0: the document, its closing). When every item but the last is as many lines long (one paragraph,
    or a title line and a paragraph) and the last is longer, the list ends where the last item has as many
    lines — when the items of that kind are so throughout the document, or when the paragraph after it opens by
    pointing back at them (以上…), however many items the list has: otherwise the longer last item is whole (a
    ceiling on the next line continues its rate). Bracketed points （1）（2） always end so: a paragraph after them
    is the item's that holds them (a total ceiling there binds every point, not the last alone). The last item is
    cut there; the tail is returned."""
    groups: dict[tuple[int, ClauseKind], list[_Open]] = {}
    parents = {id(node.parent) for node in nodes if node.parent is not None}
    for node in nodes:
        if node.kind in (ClauseKind.ITEM, ClauseKind.SUBSECTION, ClauseKind.SECTION, ClauseKind.ARTICLE,
                         ClauseKind.NAMED_ITEM, ClauseKind.NUMBERED_POINT):
            groups.setdefault((id(node.parent) if node.parent else 0, node.kind), []).append(node)

    def line_count(node: _Open) -> int:
        return text.count("\n", node.start, _trim_end(text, node.start, node.end)) + 1

    for members in groups.values():
        members.sort(key=lambda n: n.start)
    counts_by_kind: dict[ClauseKind, list[int]] = {}
    for (_, kind), members in groups.items():
        counts_by_kind.setdefault(kind, []).extend(line_count(n) for n in members[:-1] if id(n) not in parents)
    usual: dict[ClauseKind, int] = {}  # the length items of a kind have throughout the document, if nearly all do
    for kind, counts in counts_by_kind.items():
        common, times = Counter(counts).most_common(1)[0] if counts else (0, 0)
        if len(counts) >= 3 and times >= _USUAL_SHARE * len(counts):
            usual[kind] = common
    tails: dict[int, tuple[int, int]] = {}
    for (parent_key, kind), members in groups.items():
        last = members[-1]
        if len(members) < 2 or id(last) in parents:
            continue
        line_counts = {line_count(n) for n in members[:-1]}
        if len(line_counts) != 1:
            continue
        lines = line_counts.pop()
        end = _trim_end(text, last.start, last.end)
        cut = last.start - 1
        for _ in range(lines):
            cut = text.find("\n", cut + 1, end)
            if cut < 0:
                break
        if cut < 0 or last.body_start > cut or not _PARAGRAPH_END.search(text, last.start, cut):
            continue
        tail_start = cut + 1
        while tail_start < end and text[tail_start].isspace():
            tail_start += 1
        if usual.get(kind) != lines and kind is not ClauseKind.NUMBERED_POINT \
                and not list_reference.match(text, tail_start):
            continue
        tails[parent_key] = (tail_start, last.end)
        last.end = cut
    return tails


_TITLE_PUNCTUATION = re.compile(r"[，,。；;：:！？!?、（）()“”\"]")


def _is_title(words: str) -> bool:
    """Whether the words after a label are the clause's title on a line of its own (第五条 企业落户扶持,
    the article's text on the next line): short and without any punctuation."""
    return 0 < len(words) <= _MAX_HEADING and not _TITLE_PUNCTUATION.search(words)


_HEADING_PUNCTUATION = re.compile(r"[，,。；;：:！？!?]")


def _is_heading_words(words: str) -> bool:
    """Whether the words after a chapter's label are its heading: a phrase without sentence punctuation
    (支持首台(套）重大技术装备的研制与应用), not text that a page wrapped after a reference (第三章规定的，…)."""
    return 0 < len(words) <= 30 and not _HEADING_PUNCTUATION.search(words)


def _closes_chapter(title: str, lines: list[tuple[int, str]], index: int, stack: list[_Open]) -> bool:
    """Whether a line is the heading of a chapter whose label a word processor numbered (automatically, not
    in the text, or out of turn: 第一章 after 第六章): a title line while a chapter is open, the next line an
    article (总部企业申报指南 / 第十四条 …). The chapter open before it ends there. With no label (the text lost
    Word's numbering) its articles are cited without a chapter; with a label out of turn (第一章 总部企业申报指南
    after 第六章, as Word displays a list that restarts) they are cited under that label, as the page shows it
    (docs/provision-model.md, "Chapters numbered by Word")."""
    if not any(node.kind is ClauseKind.CHAPTER for node in stack):
        return False
    if not _is_heading_words(title):
        return False
    following = _next_text_line(lines, index)
    found = _match_label(following[_markup_end(following):])
    return found is not None and found[0] is ClauseKind.ARTICLE


def _has_text(text: str, start: int, end: int) -> bool:
    return bool(text[start:end].strip())


_INLINE_TITLED = (ClauseKind.CHAPTER, ClauseKind.SECTION, ClauseKind.SUBSECTION, ClauseKind.ARTICLE)


def _to_clauses(text: str, node: _Open, own_end: int, tail: tuple[int, int] | None = None) -> list[Clause]:
    """The clause of ``node`` (and its enumerations); ``own_end`` is where its own text stops:
    at its first child, or at its end; ``tail`` is its text after its last child (以上…)."""
    clause_id = _clause_id(node)
    parent_id = _clause_id(node.parent) if node.parent else None
    path = node.path()
    body_start = min(node.body_start, own_end)
    enumerations = _enumerations(text, body_start, own_end)
    heading = node.heading
    own_end_before_enum = enumerations[0][1] if enumerations else own_end
    sentences = split_sentences(text, body_start, own_end_before_enum)
    if enumerations and enumerations[-1][2] < own_end:
        sentences += split_sentences(text, enumerations[-1][2], own_end)  # the paragraphs after a one-paragraph list
    if tail is not None:
        sentences += split_sentences(text, *tail)
    if heading is None and node.kind is ClauseKind.ITEM and sentences:
        heading = sentences[0].text if len(sentences[0].text) <= 40 else None
    elif heading is None and node.kind in _INLINE_TITLED and sentences and body_start == node.body_start \
            and _is_title(sentences[0].text) and sentences[0].end < own_end_before_enum:
        heading = sentences[0].text  # （二）发展目标。到2020年，…: a title run into the text
    result = [Clause(clause_id, node.kind, path, node.number, heading, node.start,
                     _trim_end(text, node.start, node.end), body_start, sentences, parent_id)]
    for label, start, end, number in enumerations:
        label_end = start + len(label)
        result.append(Clause(f"{clause_id}/enum{number}", ClauseKind.ENUMERATION, (*path, label),
                             number, None, start, _trim_end(text, start, end), label_end,
                             split_sentences(text, label_end, end), clause_id))
    return result


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_DETAIL_OPENING = 4
"""How many characters a paragraph must open with, as the last point names them, to detail that point."""


def _details_the_point(point: str, text: str, start: int, end: int) -> bool:
    """Whether the paragraph at ``start`` details the last point of a one-paragraph list: it opens with words
    the point names (二是对护理型床位给予运营补贴。 / 护理型床位按每张每年3000元…): the point's, not the clause's."""
    opening = text[start:min(end, start + _DETAIL_OPENING)]
    return len(opening) == _DETAIL_OPENING and bool(re.fullmatch(r"[\u4e00-\u9fff]+", opening)) and opening in point


def _enumerations(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """Inline enumerations 一是…二是…三是… of a clause body, when they run in order."""
    markers = []
    expected = 1
    for match in _ENUMERATION.finditer(text, start, end):
        try:
            if numeral_value(match["n"]) != expected:
                continue
        except NumberFormatError:
            continue
        # an enumeration marker opens a sentence: after 。；, a line start or the body start
        before = text[match.start() - 1] if match.start() > start else "。"
        if before not in "。；;\n：:":
            continue
        markers.append((match["label"], match.start()))
        expected += 1
    if len(markers) < 2:
        return []
    last = markers[-1][1]
    if "\n" not in text[markers[0][1]:last]:
        # 一是…二是… inside one paragraph: the last point ends with that paragraph; the paragraphs after it are the
        # clause's own again
        line_end = text.find("\n", last, end)
        while line_end >= 0 and _details_the_point(text[last:line_end], text, line_end + 1, end):
            line_end = text.find("\n", line_end + 1, end)  # 护理型床位按每张每年3000元… details 二是对护理型床位…
        end = line_end if line_end >= 0 else end
    bounds = [m[1] for m in markers[1:]] + [end]
    return [(label, s, e, i + 1) for i, ((label, s), e) in enumerate(zip(markers, bounds,
                                                                       strict=True))]
