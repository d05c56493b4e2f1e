"""Structure of documents converted to text or Markdown: spaced article numbers, Markdown headings,
pipe tables, and clause paths that follow the document (not everything under its first section)."""

from __future__ import annotations

from ingest.model import ProvisionKind
from ingest.pipeline import ingest_document
from ingest.read import read_text
from ingest.structure import parse_structure

MARKDOWN = """# 某区促进工业设计发展的若干措施

## 第一章 总则

第 1 条 为促进工业设计发展，制定本措施。

## 第二章 支持措施

第 2 条 对新认定的国家级工业设计中心，给予100万元奖励。

第 3 条 对获得认定的工业设计中心，按以下标准给予奖励：

| 级别 | 奖励金额 |
| --- | --- |
| 国家级 | 100万元 |
| 省级 | 50万元 |

本措施自2024年1月1日起施行，有效期至2026年12月31日。
"""


def test_article_numbers_with_spaces_inside() -> None:
    text = "某区措施\n" + "".join(f"第 {' '.join(str(n))} 条 第{n}项措施，给予{n}万元奖励。\n" for n in range(1, 13))
    structure = parse_structure(text)
    articles = [c.path[-1] for c in structure.clauses if c.kind.value == "article"]
    assert articles == [f"第{n}条" for n in range(1, 13)]
    twelfth = structure.clauses[-1]
    assert twelfth.sentences[0].text == "第12项措施，给予12万元奖励"


def test_markdown_headings_give_the_title_chapters_and_clause_paths() -> None:
    policy = ingest_document(read_text(MARKDOWN.encode("utf-8"), "measures.md"), "measures")
    assert policy.title == "某区促进工业设计发展的若干措施"
    chapters = [(c.path, c.heading) for c in policy.structure.clauses if c.kind.value == "chapter"]
    assert chapters == [(("第一章",), "总则"), (("第二章",), "支持措施")]
    assert all("#" not in s.text for c in policy.structure.clauses for s in c.sentences)
    benefits = [p for p in policy.provisions if p.kind.monetary]
    assert [(p.clause_path, p.amount_cny) for p in benefits] == [
        (("第二章", "第2条"), 1_000_000), (("第二章", "第3条"), 1_000_000), (("第二章", "第3条"), 500_000)]


def test_each_pipe_table_row_is_read_under_its_header() -> None:
    policy = ingest_document(read_text(MARKDOWN.encode("utf-8"), "measures.md"), "measures")
    rows = [p for p in policy.provisions if p.kind is ProvisionKind.FIXED and p.quote.startswith("|")]
    assert [(p.quote, p.level, p.amount_cny) for p in rows] == [
        ("| 国家级 | 100万元 |", "national", 1_000_000), ("| 省级 | 50万元 |", "provincial", 500_000)]
    for row in rows:
        assert policy.text[row.span[0]:row.span[1]] == row.quote


def test_a_table_whose_header_grants_nothing_gives_no_awards() -> None:
    text = "某区措施\n一、申报条件\n| 指标 | 门槛 |\n| --- | --- |\n| 营业收入 | 5000万元 |\n"
    policy = ingest_document(read_text(text.encode("utf-8"), "t.md"), "t")
    assert not [p for p in policy.provisions if p.kind.monetary]
