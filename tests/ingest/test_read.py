"""Decoding, canonical text and bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ingest.errors import (
    BinaryFileError,
    EmptyDocumentError,
    FileTooLargeError,
    IngestError,
    UnsupportedFormatError,
)
from ingest.read import canonicalize, html_to_text, read_document, read_text

SAMPLE = "大连自贸片区\r\n\r\n\r\n1.对首次认定的高新技术企业，\u3000一次性给予20万元补助。\r\n"


def test_canonical_text_folds_newlines_and_spaces() -> None:
    assert canonicalize(SAMPLE) == "大连自贸片区\n\n1.对首次认定的高新技术企业， 一次性给予20万元补助。"


def test_canonical_text_keeps_punctuation_as_printed() -> None:
    assert canonicalize("（一）30％、５万元") == "（一）30％、５万元"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "policy.txt"
    path.write_bytes(SAMPLE.encode(encoding))
    document = read_document(path)
    assert document.text == canonicalize(SAMPLE)


def test_gbk_is_reported_as_a_chinese_encoding(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes((SAMPLE * 3).encode("gbk"))
    assert read_document(path).encoding.lower() in {"gb18030", "gbk", "gb2312"}


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + SAMPLE.encode())
    assert not read_document(path).text.startswith("\ufeff")


def test_html_blocks_become_lines_and_scripts_vanish(tmp_path: Path) -> None:
    path = tmp_path / "policy.html"
    path.write_text("<html><head><title>t</title><script>alert(1)</script></head><body>"
                    "<p>一、总则</p><p>1.对<b>首次认定</b>的企业，给予<span>20万元</span>补助。</p>"
                    "</body></html>", encoding="utf-8")
    text = read_document(path).text
    assert text == "一、总则\n1.对首次认定的企业，给予20万元补助。"


@pytest.mark.parametrize("content", [b"", b"   \n\r\n  ", "\u3000\n".encode()])
def test_empty_files_are_refused_clearly(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyDocumentError, match=r"empty|no visible text"):
        read_document(path)


def test_binary_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(BinaryFileError, match="not a text document"):
        read_document(path)


def test_control_characters_are_refused() -> None:
    with pytest.raises(BinaryFileError):
        read_text(("\x01\x02\x03\x04" * 50 + "政策").encode(), "x.txt")


def test_a_50_megabyte_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(FileTooLargeError, match=r"52,428,800 bytes is over the limit"):
        read_document(path)


def test_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert str(path) in str(caught.value)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "policy.doc"  # the old binary Word format
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UnsupportedFormatError, match=r"\.txt, \.md, \.html, \.pdf and \.docx"):
        read_document(path)


def test_a_missing_file_and_a_directory_are_told_apart(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="no such file") as missing:
        read_document(tmp_path / "absent.txt")
    assert "absent.txt" in str(missing.value)
    folder = tmp_path / "policies.txt"
    folder.mkdir()
    with pytest.raises(UnsupportedFormatError, match="is a directory, not a policy file") as directory:
        read_document(folder)
    assert "policies.txt" in str(directory.value)


def test_20000_nested_divs_give_their_text(tmp_path: Path) -> None:
    depth = 20_000
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * depth + "<p>一、总则</p>1.对首次认定的企业给予20万元补助。"
                    + "</div>" * depth + "<p>本办法自2021年1月1日起施行。</p></body></html>", encoding="utf-8")
    text = read_document(path).text  # 20,000 closing divs: a run of line breaks, folded to one blank line
    assert text == "一、总则\n1.对首次认定的企业给予20万元补助。\n\n本办法自2021年1月1日起施行。"


@pytest.mark.parametrize("markup", ["<a " * 20_000, "<!--" * 20_000, "</" * 20_000, "<![" * 20_000,
                                    "<p><b><i>" * 10_000, "<table><tr><td>" * 5_000])
def test_malformed_markup_is_read_without_error(markup: str) -> None:
    text = html_to_text("<p>正文</p>" + markup + "<p>结尾</p>")
    assert "正文" in text and isinstance(text, str)


def test_entities_line_breaks_and_hidden_elements() -> None:
    html = ("<head><style>p{}</style></head><body><noscript>开启脚本</noscript><template><p>模板</p></template>"
            "<h1>标题 &amp; 说明</h1>第一行<br>第二行<br/>第三行<ul><li>甲</li><li>乙</li></ul></body>")
    assert canonicalize(html_to_text(html)) == "标题 & 说明\n第一行\n第二行\n第三行\n甲\n乙"


def test_an_html_table_is_read_row_by_row_each_cell_its_own(tmp_path: Path) -> None:
    from ingest.pipeline import ingest_file

    page = ("<html><body><p>某市产业资金实施指南</p><table><tr><th>级别</th><th>奖励</th></tr>"
            "<tr><td>国家级</td><td><p>500万元</p></td></tr>"
            "<tr><td>服务内容</td><td><p>1．提高产业创新能力</p>"
            "<p>方向 1 首轮流片奖励。对企业予以奖励，单个企业奖励金额最高不超过3000万元。</p></td></tr>"
            "<tr><td colspan='2'><table><tr><td>内表</td><td>一格</td></tr></table></td></tr></table>"
            "<p>以上标准自发布之日起施行。</p></body></html>")
    assert canonicalize(html_to_text(page)).splitlines() == [
        "某市产业资金实施指南", "级别 奖励", "国家级 500万元", "【服务内容】", "1．提高产业创新能力",
        "方向 1 首轮流片奖励。对企业予以奖励，单个企业奖励金额最高不超过3000万元。", "内表 一格", "",
        "以上标准自发布之日起施行。"]
    path = tmp_path / "card.html"
    path.write_text(page, encoding="utf-8")
    policy = ingest_file(path, "card")
    assert [p.clause_path for p in policy.provisions if p.kind.monetary] == [("服务内容", "1", "方向1")]


def test_a_space_a_copied_page_put_inside_a_known_word_is_dropped_but_never_between_cells() -> None:
    """HTML copied from a PDF keeps the PDF's line breaks as spaces (取得国 家专利, 省 级企业): a single space
    between two Han characters inside a word of the vocabulary or of the layout words is no boundary; a space
    between two cells of a table row is one, whatever the words."""
    page = ("<p>对生产加工型企业取得国 家专利的产品，对初次认定为国家级和省 级企业技术中心的，给予奖励。</p>"
            "<p>中共柳河县委 柳河县人民政府</p>"
            "<table><tr><td>国</td><td>家级</td></tr><tr><td>省</td><td>级</td></tr></table>")
    assert canonicalize(html_to_text(page)).splitlines() == [
        "对生产加工型企业取得国家专利的产品，对初次认定为国家级和省级企业技术中心的，给予奖励。",
        "中共柳河县委 柳河县人民政府", "国 家级", "省 级"]
    # a fresh wording: a layout word broken by the copy, so the closing reads as the closing
    text = canonicalize(html_to_text("<p>一、给予10万元奖励。</p><p>本办 法自2020年1月1日起施行。</p>"))
    assert text.splitlines()[-1] == "本办法自2020年1月1日起施行。"
    from ingest.structure import ClauseKind, parse_structure

    assert parse_structure(text).clauses[-1].kind is ClauseKind.CLOSING
