"""Word's automatic list numbering is read as the page shows it: a chapter numbered by a list (第%1章) or by
its style (一、) gets its label in the canonical text, so its articles are cited under it (issue #13)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingest.pipeline import ingest_file
from ingest.read import read_document
from ingest.structure import ClauseKind, parse_structure
from ingest.word_numbering import format_number

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _element(xml: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(xml.replace("w:NS", f'xmlns:w="{W}"'))


def _abstract(abstract_id: int, levels: list[tuple[str, str]]) -> Any:
    body = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    return _element(f'<w:abstractNum w:NS w:abstractNumId="{abstract_id}">{body}</w:abstractNum>')


def _num(num_id: int, abstract_id: int, restart: int | None = None) -> Any:
    override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart}"/></w:lvlOverride>'
                if restart is not None else "")
    return _element(f'<w:num w:NS w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>')


def _number(paragraph: Any, num_id: int, level: int = 0) -> None:
    properties = paragraph._p.get_or_add_pPr()
    properties.insert(0, _element(f'<w:numPr w:NS><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _add_lists(document: Any, *elements: Any) -> None:
    numbering = document.part.numbering_part.element
    abstracts = [e for e in elements if e.tag.endswith("abstractNum")]
    nums = [e for e in elements if e.tag.endswith("}num")]
    first_num = numbering.find(f"{{{W}}}num")
    for abstract in abstracts:  # abstractNum elements come before num elements
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    for num in nums:
        numbering.append(num)


def test_chapters_numbered_by_a_word_list_are_read_with_their_labels(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    _add_lists(document, _abstract(90, [("japaneseCounting", "第%1章"), ("decimal", "%2.")]), _num(90, 90))
    for text, numbered in [("某区科技创新若干规定", False), ("总则", True),
                           ("第一条 为促进科技创新，制定本规定。", False), ("加强自主研发能力", True),
                           ("第二条 对科技重大项目按照实际研发费用支出给予最高30%补助，补助总额不超过200万元。",
                            False)]:
        paragraph = document.add_paragraph(text)
        if numbered:
            _number(paragraph, 90)
    path = tmp_path / "chapters.docx"
    document.save(str(path))
    assert read_document(path).text.splitlines() == [
        "某区科技创新若干规定", "第一章 总则", "第一条 为促进科技创新，制定本规定。", "第二章 加强自主研发能力",
        "第二条 对科技重大项目按照实际研发费用支出给予最高30%补助，补助总额不超过200万元。"]
    policy = ingest_file(path, "chapters")
    assert [p.clause_path for p in policy.provisions if p.kind.monetary] == [("第二章", "第二条")]


def test_a_chapter_whose_word_list_restarts_is_cited_as_the_page_shows_it(tmp_path: Path) -> None:
    """第一章 again after 第二章 (a heading on a Word list of its own, start 1): its articles are cited under the
    label Word displays, the chapters after it keep theirs, and no clause id is the first chapter's."""
    import docx

    document = docx.Document()
    _add_lists(document, _abstract(93, [("japaneseCounting", "第%1章")]), _num(93, 93))
    lines = [("某县农业产业化扶持办法", False), ("第一章 总则", False),
             ("第一条 为扶持农业产业化，制定本办法。", False), ("第二章 扶持标准", False),
             ("第二条 对新建冷链仓储设施的农业企业，给予设施投资额10%的补助，最高50万元。", False),
             ("申报与审核", True),
             ("第三条 对通过审核的合作社，按每个30万元给予一次性奖励。", False),
             ("第四章 附则", False), ("第四条 本办法由县农业农村局负责解释。", False)]
    for text, numbered in lines:
        paragraph = document.add_paragraph(text)
        if numbered:
            _number(paragraph, 93)
    path = tmp_path / "restarted.docx"
    document.save(str(path))
    assert "第一章 申报与审核" in read_document(path).text.splitlines()
    policy = ingest_file(path, "restarted")
    assert [p.clause_path for p in policy.provisions if p.kind.monetary] == [
        ("第二章", "第二条"), ("第一章", "第三条")]
    structure = parse_structure(read_document(path).text)
    chapters = [c for c in structure.clauses if c.kind is ClauseKind.CHAPTER]
    assert [c.path for c in chapters] == [("第一章",), ("第二章",), ("第一章",), ("第四章",)]
    assert len({c.id for c in structure.clauses}) == len(structure.clauses)


def test_a_style_that_numbers_its_paragraphs_and_a_list_that_restarts(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    _add_lists(document, _abstract(91, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")]),
               _num(91, 91), _num(92, 91, restart=1))
    style = document.styles["Heading 1"]
    style.element.get_or_add_pPr().insert(0, _element(
        '<w:numPr w:NS><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>'))
    document.add_paragraph("总体要求", style="Heading 1")
    _number(document.add_paragraph("指导思想。"), 91, level=1)
    _number(document.add_paragraph("发展目标。"), 91, level=1)
    document.add_paragraph("主要任务", style="Heading 1")
    _number(document.add_paragraph("提升设计能力。"), 91, level=1)
    _number(document.add_paragraph("另一份清单的第一项。"), 92)
    path = tmp_path / "styles.docx"
    document.save(str(path))
    assert read_document(path).text.splitlines() == [
        "一、 总体要求", "（一） 指导思想。", "（二） 发展目标。", "二、 主要任务", "（一） 提升设计能力。",
        "一、 另一份清单的第一项。"]


@pytest.mark.parametrize(("n", "number_format", "written"), [
    (1, "decimal", "1"), (12, "chineseCounting", "十二"), (10, "japaneseCounting", "十"),
    (21, "chineseCountingThousand", "二十一"), (3, "chineseLegalSimplified", "叁"), (10, "ideographDigital", "一〇"),
    (2, "ideographTraditional", "乙"), (3, "decimalEnclosedCircle", "③"), (12, "decimalFullWidth", "１２"),
    (4, "upperRoman", "IV"), (28, "lowerLetter", "bb"), (7, "someFutureFormat", "7")])
def test_each_list_format_writes_numbers_as_word_does(n: int, number_format: str, written: str) -> None:
    assert format_number(n, number_format) == written


def test_runs_in_content_controls_and_tracked_insertions_are_read_deleted_text_is_not(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("某区人才若干措施")
    wrapped = document.add_paragraph("一、对引进人才给予")
    run_xml = '<w:r w:NS><w:t>10万元</w:t></w:r>'
    wrapped._p.append(_element(f'<w:ins w:NS w:id="1" w:author="a" w:date="2020-01-01T00:00:00Z">{run_xml}</w:ins>'))
    wrapped._p.append(_element('<w:del w:NS w:id="2" w:author="a" w:date="2020-01-01T00:00:00Z">'
                               '<w:r><w:delText>5万元</w:delText></w:r></w:del>'))
    wrapped._p.append(_element('<w:sdt w:NS><w:sdtContent><w:r><w:t>奖励。</w:t></w:r></w:sdtContent></w:sdt>'))
    control = _element('<w:sdt w:NS><w:sdtContent/></w:sdt>')
    document.element.body.insert(document.element.body.index(wrapped._p) + 1, control)
    inner = document.add_paragraph("二、对培养人才给予5万元奖励。")
    control[0].append(inner._p)  # moved into the content control
    path = tmp_path / "controls.docx"
    document.save(str(path))
    assert read_document(path).text.splitlines() == [
        "某区人才若干措施", "一、对引进人才给予10万元奖励。", "二、对培养人才给予5万元奖励。"]


def test_articles_numbered_through_the_chapters_by_one_list(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
              '<w:lvlText w:val="第%1章"/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
              '<w:lvlRestart w:val="0"/><w:lvlText w:val="第%2条"/><w:suff w:val="space"/></w:lvl>')
    _add_lists(document, _element(f'<w:abstractNum w:NS w:abstractNumId="93">{levels}</w:abstractNum>'),
               _num(93, 93))
    for text, level in [("总则", 0), ("为促进创新，制定本办法。", 1), ("支持措施", 0), ("对企业给予10万元奖励。", 1),
                        ("对人才给予5万元奖励。", 1)]:
        _number(document.add_paragraph(text), 93, level)
    path = tmp_path / "articles.docx"
    document.save(str(path))
    assert read_document(path).text.splitlines() == [
        "第一章 总则", "第一条 为促进创新，制定本办法。", "第二章 支持措施", "第二条 对企业给予10万元奖励。",
        "第三条 对人才给予5万元奖励。"]
