"""Words of a policy's own layout (``ingest/data/document_layout.yaml``): which paragraph is the closing
(本文件自…起施行 after the last clause: 本<name> and the document's force, validity, interpretation or
issue), which paragraph speaks of a whole list (以上…), and which bracketed notes name who carries a measure out
((责任单位:市数据局)) rather than say anything of the measure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

LAYOUT_FILE = Path(__file__).resolve().parent / "data" / "document_layout.yaml"


class DocumentLayoutDataError(ValueError):
    """The layout file lacks a list or has an empty word (says which)."""


@dataclass(frozen=True)
class DocumentLayout:
    """The word lists of the layout file, each with the examples it must read."""

    document_names: tuple[str, ...]
    closing_topics: tuple[str, ...]
    dated_verbs: tuple[str, ...]
    list_references: tuple[str, ...]
    annotation_heads: tuple[str, ...]
    examples: dict[str, tuple[str, ...]]
    title_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The ``titles`` lists: notice_before, notice_after, metadata_openings, issuers."""
    title_examples: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    @property
    def closing(self) -> re.Pattern[str]:
        """本 and a name of the document (to match at the start of a paragraph): 本实施意见, 本文件, 本政策."""
        return re.compile(rf"本(?:{_alternatives(self.document_names)})")

    @property
    def closing_topic(self) -> re.Pattern[str]:
        """What a closing speaks of (to search in it): 施行, 有效, 负责解释, 发布; a verb that is also a
        measure's (执行, 实施) only after 自 in the same clause (自2019年1月1日至2021年12月31日执行)."""
        return re.compile(rf"(?:{_alternatives(self.closing_topics)})"
                          rf"|自[^，,。；;！？!?\n]*?(?:{_alternatives(self.dated_verbs)})")

    def names_itself(self, sentence: str) -> bool:
        """Whether a sentence names the document anywhere (本措施所列奖励, 依本办法, 按本办法第二条…)."""
        return self.closing.search(sentence) is not None

    def is_closing(self, paragraph: str) -> bool:
        """Whether a paragraph (after the last clause) is the document's closing: it opens with 本<name> and
        speaks of the document's force, validity, interpretation or issue (本措施自2020年1月1日起施行), not of
        a measure (本措施与其他政策重复的，按就高不重复执行)."""
        opening = self.closing.match(paragraph)
        return opening is not None and self.closing_topic.search(paragraph, opening.end()) is not None

    @property
    def list_reference(self) -> re.Pattern[str]:
        """Words that open a paragraph pointing back at the items above it (to match at its start): 以上, 上述."""
        return re.compile(rf"(?:{_alternatives(self.list_references)})")

    @property
    def annotation(self) -> str:
        """A regular expression (text) for a bracketed note of who carries a measure out; brackets may nest
        one level inside it (各市(州) 人民政府)."""
        return (rf"[（(〔][ \t]*(?:{_alternatives(self.annotation_heads)})[ \t]*[:：]"
                r"(?:[^（()）〔〕\n]|[（(][^（()）\n]*[）)])*[）)〕]")

    @property
    def notice(self) -> re.Pattern[str]:
        """A notice naming the document it issues: 关于印发《X》的通知, 现将《X》印发给你们, 《X》已经区政府同意 (the
        name is group ``before`` or ``after``, by which words mark it; a line break inside the brackets is the
        page's)."""
        before = _alternatives(self.title_words["notice_before"])
        after = _alternatives(self.title_words["notice_after"])
        return re.compile(rf"(?:{before})\s*[《«](?P<before>[^《》«»。；;]{{4,80}})[》»]"
                          rf"|[《«](?P<after>[^《》«»。；;]{{4,80}})[》»]\s*(?:{after})")

    @property
    def metadata_line(self) -> re.Pattern[str]:
        """A line of a page's or card's metadata above a title (来源：…, 发文字号 /, a date alone)."""
        return re.compile(rf"^(?:{_alternatives(self.title_words['metadata_openings'])})"
                          r"|^[（(]?\s*(?:\d{4}|[〇零一二三四五六七八九十]{4})\s*(?:年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)"
                          r"\s*[）)]?$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^[-\d\s]*次$")

    @property
    def issuer_line(self) -> re.Pattern[str]:
        """A line of issuers alone (中共某某县委 某某县人民政府): each name ends in an issuer's word."""
        ending = _alternatives(self.title_words["issuers"])
        return re.compile(rf"^(?:\S*(?:{ending})\s*)+$")


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def document_layout(path: Path = LAYOUT_FILE) -> DocumentLayout:
    """The layout words, read once and checked."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    lists: dict[str, tuple[str, ...]] = {}
    examples: dict[str, tuple[str, ...]] = {}
    for section, key in (("document_names", "words"), ("closing_topics", "words"), ("closing_topics", "dated_verbs"),
                         ("list_references", "words"), ("annotations", "heads")):
        entry = data.get(section) or {}
        words = tuple(str(word) for word in entry.get(key) or ())
        if not words or any(not word.strip() for word in words):
            raise DocumentLayoutDataError(f"{path}: {section}.{key} must be a list of non-empty words")
        lists[f"{section}.{key}"] = words
        examples[section] = tuple(str(example) for example in entry.get("examples") or ())
    titles = data.get("titles") or {}
    title_words: dict[str, tuple[str, ...]] = {}
    for key in ("notice_before", "notice_after", "metadata_openings", "issuers"):
        words = tuple(str(word) for word in titles.get(key) or ())
        if not words or any(not word.strip() for word in words):
            raise DocumentLayoutDataError(f"{path}: titles.{key} must be a list of non-empty words")
        title_words[key] = words
    title_examples = {kind: tuple(tuple(str(part) for part in (example if isinstance(example, list) else [example]))
                                  for example in examples_of_kind or ())
                      for kind, examples_of_kind in (titles.get("examples") or {}).items()}
    examples["not_closing"] = tuple(str(example) for example in (data.get("closing_topics") or {}).get("not_closing")
                                    or ())
    return DocumentLayout(lists["document_names.words"], lists["closing_topics.words"],
                          lists["closing_topics.dated_verbs"], lists["list_references.words"],
                          lists["annotations.heads"], examples, title_words, title_examples)
