"""Line breaks put back into a policy whose layout is inline (``ingest/data/inline_layout.yaml``).

A crawled page, a JSON text field or a copy-paste can hold a whole policy on one line: the notice, the issuer and
date, the title, the preamble, then 一、…1.…2.… and the closing, with no line break anywhere
(…制定如下政策。一、加大支持力度1.对获批…). Ingest reads clauses line by line, so such a text is broken again before
the markers of its layout — numbering markers that continue their count, the title the notice names, the closing —
and then read like any other text. A text whose lines are normal is returned unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ingest.document_layout import document_layout
from ingest.money import numeral_value

_MIN_LINE = 100
"""A line shorter than this is never a whole policy."""
INLINE_FILE = Path(__file__).resolve().parent / "data" / "inline_layout.yaml"


class InlineLayoutDataError(ValueError):
    """The inline layout file lacks a list or has a bad pattern (says which)."""


@dataclass(frozen=True)
class NumberingFamily:
    """One family of clause labels (一、, （一）, 1., （1）) and its regular expression (group ``n``)."""

    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class InlineLayout:
    """The data of the inline layout file."""

    inline_share: float
    families: tuple[NumberingFamily, ...]
    date: re.Pattern[str]
    page_trailers: tuple[str, ...]


@cache
def inline_layout(path: Path = INLINE_FILE) -> InlineLayout:
    """The inline layout file, read once."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        families = tuple(NumberingFamily(entry["name"], re.compile(entry["pattern"]))
                         for entry in data["numbering"])
        return InlineLayout(inline_share=float(data["inline_share"]), families=families,
                            date=re.compile(data["preamble"]["date"]),
                            page_trailers=tuple(data["closing"]["page_trailers"]))
    except (KeyError, TypeError, re.error) as error:
        raise InlineLayoutDataError(f"{path}: {error!r}") from error


def is_inline(text: str, share: float | None = None) -> bool:
    """Whether one line of ``text`` holds most of its characters (a text that lost its line breaks)."""
    if not text:
        return False
    longest = max(len(line) for line in text.split("\n"))
    share = share if share is not None else inline_layout().inline_share
    return longest >= _MIN_LINE and longest >= share * len(text)


def restore_line_breaks(text: str) -> str:
    """``text`` with a line break before each marker of its layout, if it is inline (:func:`is_inline`); else
    ``text`` itself. ``一、加大激励1.对获批的，给予5万元。2.对新建的`` → three lines."""
    layout = inline_layout()
    if not is_inline(text, layout.inline_share):
        return text
    breaks = _numbering_breaks(text, layout.families)
    if not breaks:
        return text
    breaks |= _preamble_breaks(text, min(breaks), layout.date)
    breaks |= _closing_breaks(text, max(breaks), layout.page_trailers)
    pieces, last = [], 0
    for at in sorted(breaks):
        if 0 < at < len(text) and text[at - 1] != "\n":
            pieces.append(text[last:at].rstrip(" "))
            last = at
    pieces.append(text[last:])
    return "\n".join(pieces)


def _numbering_breaks(text: str, families: tuple[NumberingFamily, ...]) -> set[int]:
    """Where each marker that continues its family's count starts (or starts it again at one, after a marker of
    a family listed before it); none unless at least three markers do."""
    candidates = sorted((match.start(), rank, numeral_value(match.group("n")))
                        for rank, family in enumerate(families) for match in family.pattern.finditer(text))
    expected = [1] * len(families)
    last = [-1] * len(families)  # where each family's last marker broke the line
    breaks: set[int] = set()
    for start, rank, number in candidates:
        restarts = number == 1 and expected[rank] > 1 and any(last[higher] > last[rank] for higher in range(rank))
        if number == expected[rank] or restarts:
            breaks.add(start)
            expected[rank] = number + 1
            last[rank] = start
    return breaks if len(breaks) >= 3 else set()


def _preamble_breaks(text: str, first_marker: int, date: re.Pattern[str]) -> set[int]:
    """Around the title the notice names, when it stands again before the first marker; and after the notice's
    sentence end before the issuer and date that precede it."""
    notice = document_layout().notice.search(text, 0, first_marker)
    if notice is None:
        return set()
    title = notice.group("before") or notice.group("after")
    at = text.find(title, notice.end(), first_marker)
    if at < 0:
        return set()
    breaks = {at, at + len(title)}
    dated = [match for match in date.finditer(text, notice.end(), at) if match.end() == at]
    if dated:
        sentence_end = max(text.rfind(mark, notice.end(), dated[0].start()) for mark in "。；;")
        if sentence_end >= 0:
            breaks.add(sentence_end + 1)
    return breaks


_NOTE_BEFORE = re.compile(r"[（(〔][^（()）〔〕]{0,80}?(?:责任|牵头)[^（()）〔〕]*[）)〕]$")
"""A measure's note of who carries it out, closing the text before the document's closing: （责任单位：市统计局）."""


def _closing_breaks(text: str, last_marker: int, page_trailers: tuple[str, ...]) -> set[int]:
    """After the last marker: before a sentence that is the document's closing (本政策自…起施行), and before the
    page's own trailing words (相关附件：…)."""
    layout = document_layout()
    breaks: set[int] = set()
    for match in layout.closing.finditer(text, last_marker):
        # after a sentence's end, or after the bracket of its last measure's note (…（责任单位：市统计局）本方案自…),
        # not after a clause label's own bracket (（二十四）本政策自…: the item's text)
        after_sentence = match.start() > 0 and (text[match.start() - 1] in "。；;" or bool(
            _NOTE_BEFORE.search(text, max(0, match.start() - 120), match.start())))
        if after_sentence and layout.is_closing(_sentence(text, match.start())):
            breaks.add(match.start())
            break
    trailers = [text.find(word, last_marker) for word in page_trailers]
    found = [at for at in trailers if at >= 0]
    if found:
        breaks.add(min(found))
    return breaks


def _sentence(text: str, start: int) -> str:
    """The sentence of ``text`` that starts at ``start``, with its end mark."""
    end = re.compile(r"[。；;！？!?\n]").search(text, start)
    return text[start:end.end() if end else len(text)]
