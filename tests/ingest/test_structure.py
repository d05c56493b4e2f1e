"""The clause tree: labels as printed, numbering checks, enumerations, spans."""

from __future__ import annotations

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
