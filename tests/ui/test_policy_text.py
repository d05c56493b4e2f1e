"""The policy text tab's work: contents, anchors, the English beside each clause, finding clauses."""

from __future__ import annotations

import html
import re

import pytest

from kg.query import PolicyRecord, load_record
from kg.store import open_store
from tests.internals import assert_no_internals
from ui.clause_search import find_clauses, results_html
from ui.clause_words import clause_description, provision_sentence
from ui.policy_text import clause_anchor, contents_html, leaf_clauses, policy_html
from ui.policy_text_tab import policy_text_view


@pytest.fixture(scope="module")
def record() -> PolicyRecord:
    return load_record(open_store(None).graph())


def plain(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.mark.parametrize("mode", ["zh", "en", "both"])
def test_every_clause_has_an_anchor_the_contents_link_to(record: PolicyRecord, mode: str) -> None:
    page = policy_html(record, mode)
    anchors = set(re.findall(r'<span id="(clause-[^"]+)" class="clause-anchor">', page))
    assert anchors == {clause_anchor(clause.id) for clause in record.clauses}
    links = set(re.findall(r'href="#(clause-[^"]+)"', contents_html(record, mode)))
    assert links and links <= anchors
    assert len(re.findall(r"<mark id=", page)) == len({m for m in re.findall(r'<mark id="([^"]+)"', page)}) >= 40


def test_the_chinese_page_is_the_text_and_english_adds_only_descriptions(record: PolicyRecord) -> None:
    assert plain(policy_html(record, "zh")) == record.text
    english = policy_html(record, "en")
    for leaf in leaf_clauses(record):
        assert record.text[leaf.start:leaf.end].strip()[:30] in plain(english)


def test_marks_say_their_provisions_in_words_not_ids(record: PolicyRecord) -> None:
    titles = re.findall(r'<mark id="[^"]+" title="([^"]*)"', policy_html(record, "zh"))
    assert titles and all("〔" in title for title in titles)
    assert_no_internals(html.unescape(" ".join(titles)), "zh")


def test_each_clause_with_provisions_is_described_in_english_from_the_graph(record: PolicyRecord) -> None:
    item7 = [p for p in record.provisions if p.clause_path == ("三", "（二）", "7")]
    said = clause_description(item7) or ""
    assert "30% of the R&D expenditure increment, at most CNY 10 million" in said
    assert "leading technology enterprise" in said and not re.search(r"[\u4e00-\u9fff]", said)
    page = policy_html(record, "en")
    described = re.findall(r'<div class="clause-en" lang="en">(.*?)</div>', page)
    assert sum("No English description" in d for d in described) >= 1  # said, not machine-translated
    assert sum("No English description" not in d for d in described) >= 15
    assert_no_internals(plain(" ".join(described)), "en")
    for provision in record.provisions:
        sentence = provision_sentence(provision)
        assert sentence is None or not re.search(r"[\u4e00-\u9fff]", sentence), sentence


@pytest.mark.parametrize(("query", "expected"), [
    ("孵化器", {"三（一）3", "三（一）5"}), ("incubator", {"三（一）3", "三（一）5"}),
    ("incubators", {"三（一）3", "三（一）5"}), ("高企", {"二", "三（二）6", "三（二）7"}),
    ("refund if we leave", {"五2"}), ("STAR Market", {"三（二）8"}),
])
def test_clauses_are_found_by_chinese_or_english_words(record: PolicyRecord, query: str, expected: set[str]) -> None:
    search = find_clauses(record, query)
    assert {"".join(hit.clause.path) for hit in search.hits} == expected


def test_the_words_found_are_highlighted_and_linked(record: PolicyRecord) -> None:
    found, page = policy_text_view(record, "incubator", "en")
    assert "2 clauses found" in found and found.count('href="#clause-') == 2
    assert '<mark class="found">' in found and re.search(r'<mark class="found">[^<]*孵化器</mark>', page)
    assert "找到" not in found
    assert "没有找到" in results_html(record, find_clauses(record, "zzzz 无此词"), "zh")
    assert results_html(record, find_clauses(record, "   "), "zh") == ""
    assert plain(policy_text_view(record, "孵化器", "zh")[1].split("</style>", 1)[1]) == record.text
