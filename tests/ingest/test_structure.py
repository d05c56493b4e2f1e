"""The clause tree: labels as printed, numbering checks, enumerations, spans."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ingest.model import IngestedPolicy
from ingest.structure import ClauseKind, parse_structure


def paths(policy: IngestedPolicy) -> list[tuple[str, ...]]:
    return [clause.path for clause in policy.structure.clauses]


def test_titles(policies: dict[str, IngestedPolicy]) -> None:
    assert policies["dalian-ftz-innovation-zone-plan-2021"].title == (
        "中国（辽宁）自由贸易试验区大连片区（大连保税区）产业创新特区建设方案")
    assert policies["pingshan_digital_economy_2023"].title == "深圳市坪山区数字经济高质量发展资金支持措施"
    assert policies["pingshan_digital_economy_2023"].structure.doc_number == "深坪府办规〔2023〕5 号"
    # no title printed: the id stands in, with a warning
    liuhe = policies["liuhe_tourism_2019"]
    assert liuhe.title == "liuhe_tourism_2019"
    assert any("no title" in w for w in liuhe.warnings)


def test_section_subsection_item_paths(dalian: IngestedPolicy) -> None:
    found = paths(dalian)
    for expected in [("二",), ("三", "（二）", "6"), ("三", "（三）", "10", "二是"), ("五", "2"),
                     ("四", "（四）")]:
        assert expected in found
    items = [c.number for c in dalian.structure.clauses if c.kind is ClauseKind.ITEM]
    assert items == [*range(1, 16), 1, 2, 3]


def test_article_style_paths(policies: dict[str, IngestedPolicy]) -> None:
    found = paths(policies["pingshan_digital_economy_2023"])
    assert ("第二章", "第五条", "（二）") in found
    assert ("名词解释", "6") in found
    article = policies["pingshan_digital_economy_2023"].structure.clause("ch2/art4")
    assert article.heading == "支持开展智能制造成熟度等级认定"


def test_a_wrapped_line_that_starts_like_a_label_stays_text(
        policies: dict[str, IngestedPolicy]) -> None:
    pingshan = policies["pingshan_digital_economy_2023"]
    subitems = [c.path[-1] for c in pingshan.structure.clauses
                if c.parent_id == "ch4/art14"]
    assert subitems == [f"（{n}）" for n in "一二三四五六七八九"]
    clause = pingshan.structure.clause("ch4/art14/sub2")
    assert clause.sentences[0].text == "同一项目不可同时申报本措施第十条第（一）款和第\n（二）款的资助"


def test_closing_paragraph_is_its_own_clause(policies: dict[str, IngestedPolicy]) -> None:
    closing = policies["liuhe_tourism_2019"].structure.clauses[-1]
    assert closing.kind is ClauseKind.CLOSING and closing.path == ()


def test_every_sentence_and_clause_span_is_exact(policies: dict[str, IngestedPolicy]) -> None:
    for policy in policies.values():
        ids = [c.id for c in policy.structure.clauses]
        assert len(ids) == len(set(ids))
        for clause in policy.structure.clauses:
            assert 0 <= clause.start <= clause.body_start <= clause.end <= len(policy.text)
            for sentence in clause.sentences:
                assert policy.text[sentence.start:sentence.end] == sentence.text
                assert clause.start <= sentence.start < sentence.end <= clause.end


def test_numbering_must_continue() -> None:
    text = "一、总则\n1.第一项。\n3.不是第三项，而是正文。\n2.第二项。"
    structure = parse_structure(text)
    assert [c.path for c in structure.clauses] == [("一",), ("一", "1"), ("一", "2")]


def test_the_closing_article_before_a_web_pages_footer() -> None:
    from ingest.structure import ClauseKind, parse_structure

    text = ("某区集聚人才的若干措施\n一、对引进人才给予10万元奖励。\n\n本措施自2017年1月1日起施行，有效期5年。\n\n"
            "上一篇：某区支持产业园发展的意见\n\n联系我们|网站地图\n\n2016 © 版权归某区人民政府所有")
    structure = parse_structure(text)
    closing = [c for c in structure.clauses if c.kind is ClauseKind.CLOSING]
    assert len(closing) == 1 and closing[0].path == ()
    assert structure.clauses[-2].path == ("一",) and "本措施" not in text[structure.clauses[-2].start:
                                                                          structure.clauses[-2].end]


def test_subsection_headings_over_articles_and_a_spaced_section_label() -> None:
    text = ("关于支持重点产业加快发展的实施意见\n一、政策支持\n第 1 条 设立重点产业发展引导资金。\n二 、支持范围\n"
            "(一)固定资产投资奖励\n第 2 条 按固定资产投资的5%—20%给予企业奖励。\n第 3 条 实行一事一议。\n"
            "(二)绩效奖励\n第 4 条 前2年给予企业地方财政贡献80%的奖励。\n三、 组织保障\n第 5 条 成立领导小组。")
    found = [c.path for c in parse_structure(text).clauses]
    assert found == [("一",), ("一", "第1条"), ("二",), ("二", "(一)"), ("二", "(一)", "第2条"),
                     ("二", "(一)", "第3条"), ("二", "(二)"), ("二", "(二)", "第4条"), ("三",), ("三", "第5条")]


def test_subsections_within_articles_stay_within_them() -> None:
    text = "第一条 对企业给予奖励：\n（一）对国家级给予100万元；\n（二）对省级给予50万元。\n第二条 其他。"
    found = [c.path for c in parse_structure(text).clauses]
    assert ("第一条", "（二）") in found and ("第二条",) in found


def test_chapters_word_numbered_out_of_turn_and_a_first_printed_chapter_two() -> None:
    text = ("某省专项资金管理办法\n总则\n第一条 目的。\n第二章 支持企业并购\n第二条 给予补助。\n"
            "第二章 支持引进技术\n第三条 给予补助。\n第四章 支持首台(套）装备\n第四条 给予补助。")
    found = [c.path for c in parse_structure(text).clauses]
    # the second 第二章 (Word's list counted it again) is cited as the page shows it (docs/provision-model.md)
    assert found[-6:] == [("第二章",), ("第二章", "第二条"), ("第二章",), ("第二章", "第三条"), ("第四章",),
                          ("第四章", "第四条")]


def test_a_wrapped_reference_to_a_chapter_is_no_chapter() -> None:
    text = "第一章 总则\n第一条 按照本办法\n第三章规定的，给予补助。\n第二条 其他。"
    found = [c.path for c in parse_structure(text).clauses]
    assert found == [("第一章",), ("第一章", "第一条"), ("第一章", "第二条")]


def test_an_appendix_heads_its_own_sections_and_the_closing_comes_before_it() -> None:
    text = ("若干措施\n一、强化算力。给予最高20万元补助。\n二、支持研发。给予最高100万元资金支持。\n"
            "本措施自2026年3月18日起施行，有效期至2028年12月31日。\n附件\n建设指引\n一、工作目标\n到2026年底，建成3个社区。\n"
            "二、政策支持\n给予最高500万元资金支持。")
    structure = parse_structure(text)
    found = [(c.kind, c.path) for c in structure.clauses]
    assert found == [(ClauseKind.SECTION, ("一",)), (ClauseKind.SECTION, ("二",)), (ClauseKind.CLOSING, ()),
                     (ClauseKind.HEADING, ("附件",)), (ClauseKind.SECTION, ("附件", "一")),
                     (ClauseKind.SECTION, ("附件", "二"))]
    closing = structure.clauses[2]
    assert text[closing.start:closing.end] == "本措施自2026年3月18日起施行，有效期至2028年12月31日。"
    assert structure.clauses[4].heading == "工作目标"


def test_paragraphs_after_a_list_of_one_paragraph_measures_are_the_closing() -> None:
    # four one-paragraph measures: the document shows its measures are one paragraph throughout
    text = ("人才十条\n一、引进人才。给予10万元。\n二、培养人才。给予5万元。\n三、奖励人才。给予3万元。\n"
            "四、服务人才。优先入学。\n"
            "对于同一项目同时符合多项政策规定的，按照“就高不重复”原则兑现。\n本政策自发布之日起施行。")
    structure = parse_structure(text)
    closing = structure.clauses[-1]
    assert closing.kind is ClauseKind.CLOSING and closing.path == ()
    assert [s.text for s in closing.sentences] == ["对于同一项目同时符合多项政策规定的，按照“就高不重复”原则兑现",
                                                   "本政策自发布之日起施行"]
    assert [s.text for s in structure.clauses[-2].sentences] == ["服务人才", "优先入学"]


def test_a_paragraph_that_points_back_at_a_list_of_two_is_the_articles() -> None:
    text = ("第一条 符合以下条件之一的人员可享受扶持：\n（一）做出突出贡献的创新型人员。\n（二）高级管理人才。\n"
            "以上人才数量原则上每家企业不超过10人。\n第二条 其他。")
    structure = parse_structure(text)
    article = structure.clause("art1")
    assert [s.text for s in article.sentences] == ["符合以下条件之一的人员可享受扶持：",
                                                   "以上人才数量原则上每家企业不超过10人"]
    assert [s.text for s in structure.clause("art1/sub2").sentences] == ["高级管理人才"]


def test_a_list_whose_items_run_over_lines_keeps_its_last_item_whole() -> None:
    text = "一、总则\n1.第一项。\n第一项的第二段。\n2.第二项。\n3.第三项。\n第三项的第二段。"
    structure = parse_structure(text)
    assert [s.text for s in structure.clause("sec1/item3").sentences] == ["第三项", "第三项的第二段"]


def test_a_document_that_names_itself_after_the_last_measure_is_the_closing() -> None:
    text = ("某市实施意见\n一、总体要求\n（一）指导思想。坚持创新。\n（二）发展目标。\n"
            "本实施意见发布后，由市经信委制定相应的实施细则。")
    structure = parse_structure(text)
    assert structure.clauses[-1].kind is ClauseKind.CLOSING
    assert structure.clauses[-1].sentences[0].text == "本实施意见发布后，由市经信委制定相应的实施细则"
    assert structure.clause("sec1/sub1").heading == "指导思想"


def test_notes_of_who_carries_a_measure_out_are_no_sentences() -> None:
    from ingest.document_layout import document_layout
    from ingest.structure import split_sentences

    text = ("补助期限不超过3年。 (责任单位:市数据局、市经信局) 各区提供免费算力支持〔责任单位:各市(州) 人民政府。 "
            "以下均需落实。 (逗号前为牵头单位) 〕对入驻企业给予补贴")
    assert [s.text for s in split_sentences(text, 0, len(text))] == [
        "补助期限不超过3年", "各区提供免费算力支持", "对入驻企业给予补贴"]
    annotation = __import__("re").compile(document_layout().annotation)
    for example in document_layout().examples["annotations"]:
        assert annotation.fullmatch(example), example


def test_the_layout_words_read_their_examples() -> None:
    from ingest.document_layout import document_layout

    layout = document_layout()
    for example in layout.examples["document_names"]:
        assert layout.closing.match(example), example
    for example in layout.examples["list_references"]:
        assert layout.list_reference.match(example), example


def test_an_items_title_on_its_own_line_is_its_heading() -> None:
    text = ("（一）人才贡献扶持\n1.产业发展与创新人才项目扶持\n入选国家计划的，扶持金额最高不超过30万元。\n"
            "2.高管贡献扶持\n按50%给予扶持。")
    structure = parse_structure(text)
    item = structure.clause("sub1/item1")
    assert item.heading == "产业发展与创新人才项目扶持"
    assert [s.text for s in item.sentences] == ["入选国家计划的，扶持金额最高不超过30万元"]


def test_a_list_of_titled_items_ends_where_its_last_item_is_as_long_as_the_others() -> None:
    text = ("第一条 企业办公用房扶持\n（一）自建办公用房\n按每平方米200元补助。\n（二）购买办公用房\n"
            "按购房价的5%补助。\n（三）租用办公用房\n按月租金的3倍补助。\n以上办公用房补助不得重复享受。\n"
            "第二条 其他。")
    structure = parse_structure(text)
    assert [s.text for s in structure.clause("art1/sub3").sentences] == ["按月租金的3倍补助"]
    assert [s.text for s in structure.clause("art1").sentences] == ["以上办公用房补助不得重复享受"]


def test_a_list_of_two_ends_after_its_last_item_when_items_are_one_paragraph_throughout() -> None:
    text = ("第一条 支持示范工厂\n（一）单条产线奖励80万元。\n（二）再给予25万元奖励。\n"
            "对获得更高级别认定的，追加差额奖励。\n第二条 支持普及应用\n（一）给予最高10万元资助。\n"
            "（二）给予年度最高10万元资助。\n第三条 支持开源\n（一）给予最高50万元奖励。\n（二）给予最高100万元奖励。")
    structure = parse_structure(text)
    assert [s.text for s in structure.clause("art1").sentences] == ["对获得更高级别认定的，追加差额奖励"]
    assert [s.text for s in structure.clause("art1/sub2").sentences] == ["再给予25万元奖励"]


def test_a_letter_spaced_chapter_label_is_read_as_printed_less_its_spaces() -> None:
    text = "第 一 章 总 则\n第一条 目的。\n第 二 章 支持措施\n第二条 给予10万元奖励。"
    assert [c.path for c in parse_structure(text).clauses] == [
        ("第一章",), ("第一章", "第一条"), ("第二章",), ("第二章", "第二条")]


def test_the_body_of_a_last_article_titled_on_its_own_line_is_no_closing() -> None:
    text = "第一条 支持措施\n给予10万元奖励。\n第二条 施行日期\n本办法自2019年3月1日起施行。"
    structure = parse_structure(text)
    assert structure.clauses[-1].path == ("第二条",)
    assert [s.text for s in structure.clauses[-1].sentences] == ["本办法自2019年3月1日起施行"]


def test_a_ceiling_after_the_last_of_three_items_stays_with_that_item() -> None:
    """A second paragraph of the last item is that item's unless the document shows its items are one paragraph
    throughout (or the paragraph points back at the list: 以上…): the ceiling continues （三）'s rate."""
    text = ("某区办法\n第一条 目的。\n第二条 对企业给予补助：\n（一）对国家级给予100万元。\n（二）对省级给予50万元。\n"
            "（三）对其他项目按投资额的5%给予补助。\n单个企业补助最高不超过200万元。\n第三条 其他。")
    structure = parse_structure(text)
    assert [s.text for s in structure.clause("art2/sub3").sentences] == [
        "对其他项目按投资额的5%给予补助", "单个企业补助最高不超过200万元"]
    assert [s.text for s in structure.clause("art2").sentences] == ["对企业给予补助："]
    # a fresh wording: numbered items in a section, the last one's second paragraph its per-project ceiling
    text = ("一、支持研发\n1.新建研发中心的，给予30万元。\n2.升级研发中心的，给予10万元。\n"
            "3.开展关键技术攻关的，按研发投入的10%给予资助。\n每个项目资助金额原则上不超过100万元。\n二、其他")
    structure = parse_structure(text)
    assert [s.text for s in structure.clause("sec1/item3").sentences] == [
        "开展关键技术攻关的，按研发投入的10%给予资助", "每个项目资助金额原则上不超过100万元"]


def test_a_last_articles_paragraph_that_is_not_about_the_documents_force_stays_with_it() -> None:
    """Only a 本<name> paragraph about the document's force, validity, interpretation or issue closes it; any other
    paragraph of the last article (a rule naming the document) is that article's."""
    text = ("某区若干措施\n第一条 对企业给予10万元奖励。\n第二条 企业按规定申报。\n"
            "本措施与其他政策重复的，按就高不重复执行。\n本措施自2020年1月1日起施行。")
    structure = parse_structure(text)
    assert [s.text for s in structure.clause("art2").sentences] == [
        "企业按规定申报", "本措施与其他政策重复的，按就高不重复执行"]
    closing = structure.clauses[-1]
    assert closing.kind is ClauseKind.CLOSING and [s.text for s in closing.sentences] == ["本措施自2020年1月1日起施行"]
    # a fresh wording, the last clause a section and no closing after it
    text = ("一、支持招商\n对引进项目给予最高50万元奖励。\n二、支持人才\n对引进人才给予10万元安家补贴。\n"
            "本政策涉及同一内容的奖励，如与其他政策文件规定不一致的，按就高不重复原则办理。")
    structure = parse_structure(text)
    assert [c.kind for c in structure.clauses] == [ClauseKind.SECTION, ClauseKind.SECTION]
    assert structure.clause("sec2").sentences[-1].text.startswith("本政策涉及同一内容的奖励")
    # unless the layout says otherwise: measures one paragraph each throughout, the paragraph after them is the closing
    text = ("一、引进人才。给予10万元。\n二、培养人才。给予5万元。\n三、奖励人才。给予3万元。\n"
            "四、服务人才。优先入学。\n本政策与其他政策重复的，按就高不重复执行。")
    closing = parse_structure(text).clauses[-1]
    assert closing.kind is ClauseKind.CLOSING and closing.path == ()
    assert [s.text for s in closing.sentences] == ["本政策与其他政策重复的，按就高不重复执行"]


def test_a_closing_names_the_documents_force_validity_interpretation_or_issue() -> None:
    from ingest.document_layout import document_layout

    layout = document_layout()
    for example in layout.examples["closing_topics"]:
        assert layout.is_closing(example), example
    for example in layout.examples["not_closing"]:
        assert not layout.is_closing(example), example
    assert layout.examples["closing_topics"] and layout.examples["not_closing"]


def test_a_layout_file_without_closing_topics_is_refused_naming_the_list(tmp_path: Path) -> None:
    from ingest.document_layout import LAYOUT_FILE, DocumentLayoutDataError, document_layout

    data = yaml.safe_load(LAYOUT_FILE.read_text(encoding="utf-8"))
    data["closing_topics"]["dated_verbs"] = []
    broken = tmp_path / "layout.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DocumentLayoutDataError, match=r"closing_topics\.dated_verbs"):
        document_layout(broken)


def test_unnumbered_part_headings_that_restart_the_numbering_head_their_sections() -> None:
    text = ("扶持政策清单\n\n为促进就业，推出以下政策！\n面向单位的扶持政策\n一、社保补贴\n按每人1000元给予补贴。\n"
            "二、扩岗补助\n按每人1500元给予补助。\n\n面向毕业生的扶持政策\n一、灵活就业补贴\n按每人300元给予补贴。\n")
    structure = parse_structure(text)
    found = {clause.path for clause in structure.clauses}
    assert ("面向单位的扶持政策", "二、") not in found  # labels are printed without their comma in paths
    assert ("面向单位的扶持政策", "二") in found
    assert ("面向毕业生的扶持政策", "一") in found
    grant = next(c for c in structure.clauses if c.path == ("面向毕业生的扶持政策", "一"))
    assert grant.heading == "灵活就业补贴"
    assert [s.text for s in grant.sentences] == ["按每人300元给予补贴"]


def test_one_unnumbered_line_before_the_first_section_heads_nothing() -> None:
    text = ("某某办法\n\n为促进发展，制定本办法。\n实施细则\n一、总则\n按每人1000元给予补贴。\n"
            "二、附则\n由区财政局负责解释。\n")
    structure = parse_structure(text)
    assert {clause.path for clause in structure.clauses if clause.path} == {("一",), ("二",)}


def test_bracketed_arabic_points_of_an_item_are_cited_as_printed() -> None:
    text = ("【服务内容】\n1．支持建设专利池。\n采取以下两种方式之一进行支持：\n"
            "（1）采取事前补助方式的，给予不超过 2000 万元支持。\n"
            "（2）采取贷款贴息方式的，给予不超过 1000 万元支持。\n"
            "2．支持推广标准。\n每项给予不超过 50 万元资金支持。\n")
    structure = parse_structure(text)
    point = next(c for c in structure.clauses if c.path == ("服务内容", "1", "（2）"))
    assert point.kind is ClauseKind.NUMBERED_POINT
    assert [s.text for s in point.sentences] == ["采取贷款贴息方式的，给予不超过 1000 万元支持"]
    item = next(c for c in structure.clauses if c.path == ("服务内容", "1"))
    assert [s.text for s in item.sentences] == ["支持建设专利池", "采取以下两种方式之一进行支持："]
    assert ("服务内容", "2") in {c.path for c in structure.clauses}


_LAST_SECTION_WITH_DOCUMENT_PARAGRAPH = (
    "某某政策措施\n\n一、总部支持\n1.对新设总部给予100万元奖励。\n2.对增资总部给予50万元奖励。\n"
    "二、人才支持\n3.对高管给予10万元奖励。\n4.对人才给予5万元奖励。\n5.对团队给予20万元奖励。\n"
    "本政策措施涉及的奖励资金由市区两级财政分担。企业享受的政策支持金额以该企业对地方经济发展贡献为上限。\n")


def test_a_paragraph_naming_the_document_after_the_last_list_joins_the_closing() -> None:
    structure = parse_structure(_LAST_SECTION_WITH_DOCUMENT_PARAGRAPH + "本政策措施自发布之日起施行。\n")
    closing = structure.clauses[-1]
    assert closing.kind is ClauseKind.CLOSING and closing.path == ()
    assert [s.text for s in closing.sentences] == [
        "本政策措施涉及的奖励资金由市区两级财政分担", "企业享受的政策支持金额以该企业对地方经济发展贡献为上限",
        "本政策措施自发布之日起施行"]
    section = next(c for c in structure.clauses if c.path == ("二",))
    assert "上限" not in _LAST_SECTION_WITH_DOCUMENT_PARAGRAPH[section.start:section.end]


def test_without_a_closing_after_it_the_paragraph_stays_with_the_last_section() -> None:
    structure = parse_structure(_LAST_SECTION_WITH_DOCUMENT_PARAGRAPH)
    section = next(c for c in structure.clauses if c.path == ("二",))
    assert "企业享受的政策支持金额以该企业对地方经济发展贡献为上限" in [s.text for s in section.sentences]


def test_a_ceiling_after_the_last_bracketed_point_is_the_items_not_the_last_points() -> None:
    text = ("【服务内容】\n1．支持推广标准。\n（1）新发布的标准，每项给予不超过 50 万元资金支持。\n"
            "（2）获得认证的产品，每项给予不超过 20 万元资金支持。\n单个企业每年支持总金额不超过 60 万元。\n"
            "2．支持服务机构。\n每项给予不超过 10 万元资金支持。\n")
    structure = parse_structure(text)
    item = next(c for c in structure.clauses if c.path == ("服务内容", "1"))
    last_point = next(c for c in structure.clauses if c.path == ("服务内容", "1", "（2）"))
    assert "单个企业每年支持总金额不超过 60 万元" in [s.text for s in item.sentences]
    assert [s.text for s in last_point.sentences] == ["获得认证的产品，每项给予不超过 20 万元资金支持"]


def test_a_title_line_above_sections_within_articles_heads_no_part() -> None:
    text = ("某某办法\n\n为促进发展，制定本办法。\n第一条 支持标准\n申报条件\n一、注册在本区。\n二、纳税达标。\n"
            "支持标准\n一、给予100万元奖励。\n第二条 对人才给予10万元奖励。\n")
    structure = parse_structure(text)
    assert not any(c.kind is ClauseKind.HEADING for c in structure.clauses)
    assert not any({"申报条件", "支持标准"} & set(c.path) for c in structure.clauses)


def test_every_title_example_of_the_layout_file_reads() -> None:
    from ingest.document_layout import document_layout
    from ingest.document_title import notice_title

    layout = document_layout()
    for line, title in layout.title_examples["notices"]:
        found = notice_title(line, len(line), layout)
        assert found is not None and found.text == title, line
    for (line,) in layout.title_examples["metadata"]:
        assert layout.metadata_line.search(line), line
    for (line,) in layout.title_examples["issuers"]:
        assert layout.issuer_line.match(line), line


def test_the_title_of_a_web_page_is_the_line_above_its_text_not_the_pages_frame() -> None:
    text = ("首页\n\n当前位置：首页 > 政务公开 > 本地政策\n\n本地政策\n\n某区促进科技创新产业发展扶持办法\n\n"
            "来源：区发改局发布日期：2017-10-13【浏览字号：大中小】\n\n-次\n\n"
            "为促进科技创新产业发展，结合本区实际，制定本办法。\n\n第一条 对新落户本区的企业给予50万元奖励。\n")
    structure = parse_structure(text)
    assert structure.title == "某区促进科技创新产业发展扶持办法"
    assert structure.title_span is not None and text[slice(*structure.title_span)] == structure.title
    assert [c.path for c in structure.clauses if c.kind is ClauseKind.ARTICLE] == [("第一条",)]


def test_the_title_of_a_compendium_card_is_its_own_name_not_the_compendiums_cover() -> None:
    text = ("某市产业政策导引\n（市级版）\n某市发展和改革委员会\n二〇二四年\n三、先进制造业篇\n"
            "1. 某市产业发展资金实施指南\n某市产业发展资金实施指南\n依据文件 《某市产业发展资金实施指南（第二批）》\n"
            "发文字号 /\n发布日期 2023-10-25\n【服务内容】\n1．提高产业创新能力。\n给予最高500万元奖励。\n")
    structure = parse_structure(text)
    assert structure.title == "某市产业发展资金实施指南"
    assert ("服务内容", "1") in [c.path for c in structure.clauses]


def test_a_title_wrapped_over_lines_is_joined_and_a_line_of_issuers_and_a_date_are_not_its() -> None:
    wrapped = parse_structure("某某片区\n\n（某某区）产业创新\n建设方案\n\n为加快推动建设，制定本方案。\n\n"
                              "一、指导思想\n内容。\n")
    assert wrapped.title == "某某片区（某某区）产业创新建设方案"
    issued = parse_structure("中共某某县委 某某县人民政府\n\n关于支持重点产业加快发展的实施意见\n\n(2023年2月8日)\n\n"
                             "为支持重点产业规模化、集群化发展，依据有关条例，制定如下实施意见。\n\n一、政策支持\n内容。\n")
    assert issued.title == "关于支持重点产业加快发展的实施意见"


def test_the_title_a_notice_issues_is_the_documents() -> None:
    text = ("某市人民政府文件\n某政函〔2024〕16 号\n某市人民政府印发关于进一步推动\n经济高质量发展若干政策的通知"
            "各区人民政府：\n现将《关于进一步推动经济高质量发展的若干政策》印发给你们，请认真组织实施。\n"
            "某市人民政府\n2024 年 2 月 18 日\n关于进一步推动经济高质量发展的若干政策\n为推动高质量发展，制定本政策。\n"
            "一、扩大有效投资政策\n内容。\n")
    assert parse_structure(text).title == "关于进一步推动经济高质量发展的若干政策"
