"""PDF and Word copies of each test policy (made here: a PDF with a running header, page numbers
and the page's own line wrapping; a .docx with a table) give back the text and the provisions
of the original; a scan with no text layer and a broken file are refused clearly (issue #13)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from ingest.errors import BinaryFileError, EmptyDocumentError
from ingest.model import IngestedPolicy
from ingest.pipeline import ingest_file
from ingest.read import read_document, read_text
from tests.conftest import POLICY_FILES

PAGE_CSS = """@page { size: A4; margin: 25mm 20mm;
  @top-center { content: "某某区人民政府办公室文件"; font-size: 9pt }
  @bottom-center { content: "— " counter(page) " —"; font-size: 9pt } }
 body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 12pt; line-height: 1.6 }
 p { margin: 0 0 4pt 0; text-indent: 2em }"""


def paragraphs(policy: IngestedPolicy) -> list[str]:
    return [line for line in policy.text.splitlines() if line.strip()]


def make_pdf(lines: list[str], path: Path) -> Path:
    from weasyprint import HTML

    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    HTML(string=f'<html lang="zh"><head><meta charset="utf-8"><style>{PAGE_CSS}</style></head>'
              f"<body>{body}</body></html>").write_pdf(path)
    return path


def make_docx(lines: list[str], path: Path, table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(grid.rows, table, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    document.save(str(path))
    return path


def unspaced(lines: list[str]) -> list[str]:
    """A PDF keeps no space where a line wrapped after one (5G、… 投入的␠|30%): lines compared without them."""
    return [line.replace(" ", "") for line in lines]


def meaning(policy: IngestedPolicy) -> list[tuple[object, ...]]:
    return [(p.id, p.kind, p.quote.replace(" ", ""), p.level, p.qualifications, p.base_quantity, p.amount_cny,
             p.rate, p.cap_cny, p.unit_amount_cny, p.cumulative_cap_cny, p.years, p.discretionary, p.round,
             p.valid_from, p.valid_until) for p in policy.provisions]


@pytest.mark.parametrize("name", sorted(POLICY_FILES))
def test_a_pdf_copy_reads_back_the_paragraphs_and_the_provisions(name: str, tmp_path: Path,
                                                                 policies: dict[str, IngestedPolicy]) -> None:
    original = policies[name]
    pdf = make_pdf(paragraphs(original), tmp_path / f"{name}.pdf")
    document = read_document(pdf)
    assert document.media_type == "application/pdf"
    # no running header, no page number, and every line the page wrapped joined back
    assert unspaced(document.text.splitlines()) == unspaced(paragraphs(original))
    copy = ingest_file(pdf, name)
    assert meaning(copy) == meaning(original)
    for provision in copy.provisions:
        assert copy.text[provision.span[0]:provision.span[1]] == provision.quote


@pytest.mark.parametrize("name", sorted(POLICY_FILES))
def test_a_word_copy_reads_back_the_paragraphs_and_the_provisions(name: str, tmp_path: Path,
                                                                  policies: dict[str, IngestedPolicy]) -> None:
    original = policies[name]
    copy = ingest_file(make_docx(paragraphs(original), tmp_path / f"{name}.docx"), name)
    assert copy.text.splitlines() == paragraphs(original)
    assert meaning(copy) == meaning(original)


def test_a_word_table_row_is_one_line_in_order(tmp_path: Path) -> None:
    path = make_docx(["附件：奖励标准"], tmp_path / "table.docx",
                     table=[["级别", "奖励"], ["国家级", "500万元"], ["省级", "100万元"]])
    assert read_document(path).text.splitlines() == ["附件：奖励标准", "级别 奖励", "国家级 500万元", "省级 100万元"]


def test_a_scan_without_a_text_layer_is_refused_clearly(tmp_path: Path) -> None:
    from weasyprint import HTML

    scan = tmp_path / "scan.pdf"
    HTML(string='<div style="width:300px;height:400px;background:#888"></div>').write_pdf(scan)
    with pytest.raises(EmptyDocumentError, match=r"scan\.pdf: the PDF has no text layer"):
        read_document(scan)


@pytest.mark.parametrize(("suffix", "problem"), [(".pdf", "not a readable PDF"), (".docx", "not a readable .docx")])
def test_a_broken_file_is_refused_naming_it(tmp_path: Path, suffix: str, problem: str) -> None:
    broken = tmp_path / f"broken{suffix}"
    broken.write_bytes(b"%PDF-1.7 this is not a document at all" if suffix == ".pdf" else b"PK\x03\x04 not a zip")
    with pytest.raises(BinaryFileError, match=f"broken\\{suffix}: {problem}"):
        read_document(broken)


def test_a_docx_whose_document_part_is_not_xml_is_refused_naming_it(tmp_path: Path) -> None:
    import zipfile

    broken = tmp_path / "broken.docx"
    types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(broken, "w") as package:
        package.writestr("[Content_Types].xml", types)
        package.writestr("_rels/.rels", rels)
        package.writestr("word/document.xml", "<w:document")  # cut off: not well-formed
    with pytest.raises(BinaryFileError, match=r"broken\.docx: not a readable \.docx file"):
        read_document(broken)


def test_digits_in_another_font_stay_on_their_line(tmp_path: Path) -> None:
    from weasyprint import HTML

    mixed = '<span style="font-family: DejaVu Sans Mono, monospace; font-size: 9pt; vertical-align: 2pt">'
    body = (f"<p>对{mixed}2022</span>年在京固定资产投资{mixed}500</span>万元以上的企业，按"
            f"{mixed}2%</span>给予贴息。</p><p>二、本措施自{mixed}2024</span>年1月1日起施行。</p>")
    pdf = tmp_path / "mixed.pdf"
    style = "body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 12pt } p { text-indent: 2em }"
    HTML(string=f'<html lang="zh"><head><meta charset="utf-8"><style>{style}</style></head>'
              f"<body>{body}</body></html>").write_pdf(pdf)
    assert unspaced(read_document(pdf).text.splitlines()) == [
        "对2022年在京固定资产投资500万元以上的企业，按2%给予贴息。", "二、本措施自2024年1月1日起施行。"]


def make_card_pdf(path: Path) -> Path:
    """A policy card as the Beijing guides print it: a ruled table of row headers beside running text."""
    from weasyprint import HTML

    content = ("<p>1．提高产业创新能力</p><p>方向 1 集成电路设计产品首轮流片奖励。对符合条件的企业按照流片费用一定比例"
               "予以奖励，单个企业奖励金额最高不超过 3000 万元。</p><p>方向 2 新材料首批次奖励。对“首批次”新材料产品"
               "按照销售额的 20%给予奖励，单个企业奖励金额最高不超过 500 万元。</p>")
    rows = [("发文机构", "<p>某市经济和信息化局</p>"), ("服务内容", content),
            ("条件要求", "<p>1．申请企业应在本市登记注册。</p><p>2．同一企业只能申报一个方向。</p>"),
            ("服务流程", "<p>在线填写申报书→评审立项：根据评审意见确定支持方案。</p>"),
            ("时间/频度", "<p>每年一次</p>")]
    body = "".join(f"<tr><td class=h>{head}</td><td>{cell}</td></tr>" for head, cell in rows)
    style = ("@page { size: A4; margin: 25mm 20mm; @bottom-center { content: counter(page) } }"
             "body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 12pt }"
             "table { border-collapse: collapse; width: 100% } td { border: 0.6pt solid black; padding: 4pt }"
             "td.h { width: 5em } p { margin: 0; text-indent: 2em }")
    HTML(string=f'<html lang="zh"><head><meta charset="utf-8"><style>{style}</style></head>'
              f"<body><p>1. 某市产业资金实施指南</p><table>{body}</table></body></html>").write_pdf(path)
    return path


def test_a_ruled_pdf_card_is_read_row_by_row_with_its_headers(tmp_path: Path) -> None:
    text = read_document(make_card_pdf(tmp_path / "card.pdf")).text
    assert unspaced(text.splitlines()) == unspaced([
        "1. 某市产业资金实施指南", "发文机构 某市经济和信息化局", "【服务内容】", "1．提高产业创新能力",
        "方向 1 集成电路设计产品首轮流片奖励。对符合条件的企业按照流片费用一定比例予以奖励，单个企业奖励金额最高不超过"
        " 3000 万元。",
        "方向 2 新材料首批次奖励。对“首批次”新材料产品按照销售额的 20%给予奖励，单个企业奖励金额最高不超过 500 万元。",
        "【条件要求】", "1．申请企业应在本市登记注册。", "2．同一企业只能申报一个方向。",
        "【服务流程】", "在线填写申报书→评审立项：根据评审意见确定支持方案。", "时间/频度 每年一次"])


def test_the_card_rows_head_their_clauses(tmp_path: Path) -> None:
    policy = ingest_file(make_card_pdf(tmp_path / "card.pdf"), "card")
    paths = {p.clause_path for p in policy.provisions if p.kind.monetary}
    assert paths == {("服务内容", "1", "方向1"), ("服务内容", "1", "方向2")}


def test_a_word_card_row_heads_its_paragraphs(tmp_path: Path) -> None:
    path = make_docx(["某市产业资金实施指南"], tmp_path / "card.docx",
                     table=[["发文机构", "某市经济和信息化局"],
                            ["服务内容",
                             "1．提高产业创新能力\n"
                             "方向 1 首轮流片奖励。对企业予以奖励，单个企业奖励金额最高不超过3000万元。"]])
    assert read_document(path).text.splitlines() == [
        "某市产业资金实施指南", "发文机构 某市经济和信息化局", "【服务内容】", "1．提高产业创新能力",
        "方向 1 首轮流片奖励。对企业予以奖励，单个企业奖励金额最高不超过3000万元。"]
    policy = ingest_file(path, "card")
    assert [p.clause_path for p in policy.provisions if p.kind.monetary] == [("服务内容", "1", "方向1")]


def test_below_a_card_row_a_header_beside_one_paragraph_heads_it(tmp_path: Path) -> None:
    """A card's 服务流程 row holds one paragraph: a card row too, not text of the clause above it; a grid-like row
    of short cells (时间/频度 每年一次) stays one line, and so does a row above the first card row."""
    rows = [["发文机构", "某市经济和信息化局"], ["服务内容", "1．提高产业创新能力\n对企业给予最高100万元奖励。"],
            ["服务流程", "在线填写申报书→评审立项：根据评审意见确定支持方案。"], ["时间/频度", "每年一次"]]
    expected = ["发文机构 某市经济和信息化局", "【服务内容】", "1．提高产业创新能力", "对企业给予最高100万元奖励。",
                "【服务流程】", "在线填写申报书→评审立项：根据评审意见确定支持方案。", "时间/频度 每年一次"]
    word = read_document(make_docx(["某市产业资金实施指南"], tmp_path / "card.docx", table=rows)).text
    assert word.splitlines() == ["某市产业资金实施指南", *expected]
    cells = "".join("<tr>" + "".join(f"<td>{'<br>'.join(cell.split(chr(10)))}</td>" for cell in row) + "</tr>"
                    for row in rows)
    page = f"<html><body><p>某市产业资金实施指南</p><table>{cells}</table></body></html>"
    html_text = read_text(page.encode("utf-8"), "card.html", html=True).text
    assert [line for line in html_text.splitlines() if line.strip()] == ["某市产业资金实施指南", *expected]
    grid = [["级别", "奖励"], ["国家级", "按投资额的10%给予补助。"]]
    assert read_document(make_docx(["奖励标准"], tmp_path / "grid.docx", table=grid)).text.splitlines() == [
        "奖励标准", "级别 奖励", "国家级 按投资额的10%给予补助。"]


def test_a_private_use_full_stop_of_a_word_run_reads_as_the_page_shows_it(tmp_path: Path) -> None:
    """A Word run in a Chinese font holds U+E010 where the page shows a full stop: 0.02元, and an item's 4."""
    path = make_docx(["一、支持措施", "1.企业每增加出口1美元，即给予0\ue01002元人民币的奖励。", "2\ue010其他支持。"],
                     tmp_path / "stop.docx")
    assert read_document(path).text.splitlines()[1:] == [
        "1.企业每增加出口1美元，即给予0.02元人民币的奖励。", "2.其他支持。"]
    assert ("一", "2") in [c.path for c in ingest_file(path, "stop").structure.clauses]
