"""A policy saved on one line (a crawled page, a JSON text field, a copy-paste) is read with its layout: the line
breaks go back before the numbering markers, around the title the notice names, and before the closing and the
page's trailing words. Fresh wordings, not copies of the corpus texts."""

from __future__ import annotations

from pathlib import Path

import yaml

from ingest.inline_layout import INLINE_FILE, inline_layout, is_inline, restore_line_breaks
from ingest.read import read_document
from ingest.structure import parse_structure

ONE_LINE_ZH = (
    "各镇人民政府，区级各部门：《关于扶持乡村民宿发展的若干措施》已经区政府第9次常务会议研究同意，现印发给你们，请抓好落实。"
    "某某区人民政府2024年6月3日关于扶持乡村民宿发展的若干措施为促进乡村旅游提质增效，结合本区实际，制定本措施。"
    "一、支持民宿建设1.对新建民宿床位达到20张以上的，给予经营者一次性补助10万元。2.对改造提升的民宿，按改造投入的20%给予补助，"
    "最高不超过8万元。二、支持品牌创建3.对新评为省级精品民宿的，给予5万元奖励。4.对参加0.5万元以上的推介活动的，补助50%。"
    "本措施自2024年7月1日起施行，有效期三年。相关附件：扫一扫在手机打开当前页")

ONE_LINE_SUBSECTIONS = (
    "各有关单位：现将《促进软件产业发展的若干政策》印发给你们。某市人民政府办公室2023年1月9日促进软件产业发展的若干政策"
    "一、支持企业做大（一）对年营业收入首次突破1亿元的软件企业，给予30万元奖励。（二）对新认定的重点软件企业，给予20万元奖励。"
    "二、其他事项（三）本政策由市工信局负责解释。（四）本政策自2023年2月1日起施行。")


def test_a_one_line_policy_is_broken_before_its_markers() -> None:
    lines = restore_line_breaks(ONE_LINE_ZH).split("\n")
    assert lines[1] == "某某区人民政府2024年6月3日"
    assert lines[2] == "关于扶持乡村民宿发展的若干措施"
    assert lines[3].startswith("为促进乡村旅游") and lines[3].endswith("制定本措施。")
    assert [line[:2] for line in lines[4:11]] == ["一、", "1.", "2.", "二、", "3.", "4.", "本措"]
    assert lines[-1].startswith("相关附件")
    assert "0.5万元以上" in lines[9]  # a decimal amount does not continue the count


def test_subsections_and_sections_are_found_in_one_line() -> None:
    lines = restore_line_breaks(ONE_LINE_SUBSECTIONS).split("\n")
    assert lines[2] == "促进软件产业发展的若干政策"
    assert [line[:3] for line in lines[3:]] == ["一、支", "（一）", "（二）", "二、其", "（三）", "（四）"]


def test_the_one_line_policy_reads_its_clauses(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(ONE_LINE_ZH, encoding="utf-8")
    structure = parse_structure(read_document(path).text)
    labels = [clause.label for clause in structure.clauses]
    assert [label for label in labels if label] == ["一", "1", "2", "二", "3", "4"]


def test_numbers_that_do_not_continue_a_count_stay_inline() -> None:
    text = ("本区支持企业上市，对完成股改的给予300万元、200万元奖励，每年安排1.5亿元资金，第3.2条另有规定。" * 10)
    assert is_inline(text)
    assert restore_line_breaks(text) == text


def test_a_text_with_its_own_lines_is_unchanged() -> None:
    text = ("一、总则\n1.对新建的，给予10万元。2.对扩建的，给予5万元。3.对改造的，给予3万元。\n"
            "二、附则\n本办法自发布之日起施行。")
    assert not is_inline(text)
    assert restore_line_breaks(text) == text


def test_the_inline_layout_examples_are_read() -> None:
    data = yaml.safe_load(INLINE_FILE.read_text(encoding="utf-8"))
    layout = inline_layout()
    for entry, family in zip(data["numbering"], layout.families, strict=True):
        for example in entry["examples"]:
            assert family.pattern.search(example), (entry["name"], example)
    for example, title in data["preamble"]["examples"]:
        one_line = example + "1.对新建的给予1万元。2.对扩建的给予2万元。3.对改造的给予3万元。" * 3
        assert title in restore_line_breaks(one_line).split("\n")
    *closings, trailer = data["closing"]["examples"]
    body = "一、支持项目（一）对新建的给予1万元。（二）对扩建的给予2万元。（三）对改造的给予3万元。" * 3
    for closing in closings:  # after a sentence's end or after the bracket of a measure's note
        assert restore_line_breaks(body + closing).split("\n")[-1].startswith("本"), closing
    assert restore_line_breaks(body + trailer).split("\n")[-1].startswith("相关附件")


def test_a_section_of_targets_whose_heading_runs_into_its_text_gives_targets() -> None:
    """一、发展目标到2027年，… in a one-line page: the heading ran into the text, the section is one of targets still;
    a section opening with 目标企业 (no aim after it) is none."""
    from ingest.model import ProvisionKind
    from ingest.pipeline import ingest_document
    from ingest.read import read_text

    text = ("某市关于培育链主企业的行动方案为加快培育链主企业，制定本方案。一、发展目标到2027年，力争培育链主企业达到"
            "15家，规上工业增加值年均增长8%以上。二、支持措施（一）对新认定的链主企业，给予50万元奖励。三、其他本方案自"
            "2024年1月1日起施行，有效期3年。")
    policy = ingest_document(read_text(("某市关于培育链主企业的行动方案\n" + text).encode("utf-8"), "t.txt"), "t")
    targets = [(p.value, p.unit, p.year) for p in policy.provisions if p.kind is ProvisionKind.TARGET]
    assert [(str(v), u, y) for v, u, y in targets] == [("15", "家", 2027), ("8", "%", 2027)]
    assert [p.amount_cny for p in policy.provisions if p.kind is ProvisionKind.FIXED] == [500_000]
