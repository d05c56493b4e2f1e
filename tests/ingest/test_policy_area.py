"""Where a policy applies, read from its words (ingest/policy_area.py): every wording example of
``ontology/cues/policy_area.yaml``, the policies kept in the repository and in shared/, fresh texts of a
district, a city, a province and a zone, and the area recorded in the graph (dcterms:spatial)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import PolicyArea
from ingest.pipeline import ingest_file
from ingest.policy_area import read_policy_area, wording_examples, wording_matches
from kg.build import build_policy_graph
from kg.query import load_record

ROOT = Path(__file__).resolve().parents[2]
IN_REPOSITORY = ROOT / "tests" / "data" / "policies"
SHARED = ROOT.parent / "shared" / "policies"
EXAMPLES = wording_examples()


@pytest.mark.parametrize(("entry", "level", "kind", "text"), EXAMPLES,
                         ids=[f"{entry}-{level}-{kind}-{text}" for entry, level, kind, text in EXAMPLES])
def test_every_wording_example(entry: str, level: str, kind: str, text: str) -> None:
    assert wording_matches(entry, level, text) == (kind == "match"), (entry, level, text)


@pytest.mark.parametrize(("file", "area"), [
    # 深圳市坪山区… in the title, 坪山区人民政府办公室 issuing it: the district
    ("pingshan_digital_economy_2023.txt", ("440310", "坪山区", None, True)),
    # 我县 throughout, but no county named anywhere in the text: not known (the assumption stays)
    ("liuhe_tourism_2019.txt", None),
])
def test_the_area_of_each_policy_in_the_repository(file: str, area: tuple[str, str, str | None, bool] | None) -> None:
    read = ingest_file(IN_REPOSITORY / file).area
    assert (None if read is None else (read.code, read.name, read.zone, read.whole_division)) == area


def test_the_bundled_policy_is_read_as_a_zone_inside_its_city_not_the_whole_city() -> None:
    candidates = [SHARED / "dalian-ftz-innovation-zone-plan-2021.txt",
                  ROOT / "data" / "policies" / "dalian-ftz-innovation-zone-plan-2021.txt"]
    path = next(path for path in candidates if path.is_file())
    read = ingest_file(path).area
    assert read is not None
    zone = "大连片区（大连保税区）"
    assert (read.code, read.name, read.zone, read.whole_division) == ("210200", "大连市", zone, False)


@pytest.mark.parametrize(("title", "text", "area"), [
    # a district: 全区 / 区科技局, the district named in the sentence of who may claim
    ("关于扶持软件企业发展的办法", "第一条 为促进全区软件产业发展，制定本办法。"
     "第二条 本办法适用于工商注册和税务登记均在沈阳市浑南区的企业。"
     "第九条 本办法由区科技局负责解释。", ("210112", "浑南区", None, True)),
    # a city: 我市 / 市财政局; the districts it names are inside it, not its area
    ("促进会展业发展的若干措施", "为加快我市会展业发展，对在青岛市注册的会展企业给予支持。"
     "崂山区、黄岛区的展馆另行支持。本措施由市财政局负责解释。", ("370200", "青岛市", None, True)),
    # a province: 我省 / 省财政厅
    ("支持专精特新企业的政策", "为支持我省中小企业发展，对吉林省内注册的企业，省财政厅给予奖励。",
     ("220000", "吉林省", None, True)),
    # a zone in its district, the district being the area (我区范围内)
    ("广州南沙新区(自贸片区)促进航运发展办法",
     "享受本办法的企业须是注册地在我区范围内的企业。本办法由南沙开发区管委会负责解释。",
     ("440115", "南沙区", "南沙新区(自贸片区)", True)),
    # a zone in a city: the zone, never the whole city
    ("大连保税区促进外贸发展办法", "为促进区内外贸发展，由保税区管委会负责解释。",
     ("210200", "大连市", "大连保税区", False)),
    # nothing said: not known
    ("关于促进消费的若干措施", "为促进消费，对企业给予支持。", None),
])
def test_fresh_texts(title: str, text: str, area: tuple[str, str, str | None, bool] | None) -> None:
    read = read_policy_area(title, text)
    assert (None if read is None else (read.code, read.name, read.zone, read.whole_division)) == area


def test_a_districts_policy_that_names_only_its_city_is_not_read_as_the_citys() -> None:
    """我区 throughout, and only 大连市 named (in the documents it cites): the district is not known, and the
    city is not taken for it (that would count every company of the city inside)."""
    text = "根据《大连市企业上市补贴专项资金管理办法》，凡在我区行政区域内设立的企业，由区财政局拨付。本区企业优先。"
    assert read_policy_area("企业上市补贴办法", text) is None


def test_the_area_is_recorded_in_the_graph_and_read_back() -> None:
    policy = ingest_file(IN_REPOSITORY / "pingshan_digital_economy_2023.txt")
    assert load_record(build_policy_graph(policy)).area == policy.area
    unknown = ingest_file(IN_REPOSITORY / "liuhe_tourism_2019.txt")
    assert load_record(build_policy_graph(unknown)).area is None


def test_a_zone_round_trips_with_its_kind() -> None:
    from dataclasses import replace

    policy = ingest_file(IN_REPOSITORY / "pingshan_digital_economy_2023.txt")
    zone = PolicyArea("210200", "大连市", "大连保税区", False, "大连保税区促进外贸发展办法")
    assert load_record(build_policy_graph(replace(policy, area=zone))).area == zone


def test_policykg_ingest_prints_the_area_read_and_the_file_that_wins(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from assistant.cli import app

    runner = CliRunner()
    read = runner.invoke(app, ["ingest", str(IN_REPOSITORY / "pingshan_digital_economy_2023.txt")])
    assert read.exit_code == 0, read.output
    assert "area: 坪山区 [440310, division] read from 「深圳市坪山区数字经济高质量发展资金支持措施」" in read.output
    unknown = runner.invoke(app, ["ingest", str(IN_REPOSITORY / "liuhe_tourism_2019.txt")])
    assert "area: not found in the text" in unknown.output
    copy = tmp_path / "pingshan_digital_economy_2023.txt"
    copy.write_bytes((IN_REPOSITORY / copy.name).read_bytes())
    copy.with_suffix(".area.yaml").write_text("area: 坪山区\ndivision: '440310'\n", encoding="utf-8")
    assert "area: the hand-written pingshan_digital_economy_2023.area.yaml is used instead" in \
        runner.invoke(app, ["ingest", str(copy)]).output


@pytest.mark.parametrize(("title", "text"), [
    # where companies come from (从…迁入), whose practice is followed (参照/借鉴), where they travel (赴)
    ("关于鼓励总部企业迁入的办法",
     "为壮大我区总部经济，对从铁西区、皇姑区整体搬迁至我区并在我区纳税的总部企业给予奖励。本办法由区发改局负责解释。"),
    ("关于优化营商环境的若干措施",
     "借鉴浦东新区经验，对在我区新注册的企业提供一站式服务。本措施由区政府办负责解释。"),
    ("关于支持企业开拓市场的办法",
     "我市企业赴成都市、重庆市参加展销会的，按实际费用的30%给予补贴。本办法由市商务局负责解释。"),
])
def test_a_division_the_text_names_as_elsewhere_is_not_the_area(title: str, text: str) -> None:
    assert read_policy_area(title, text) is None


def test_the_division_of_the_sentence_of_who_may_claim_still_wins_over_one_named_as_elsewhere() -> None:
    text = ("为壮大我区总部经济，对从铁西区整体搬迁至我区的企业给予奖励。"
            "本办法适用于注册地和税务征管关系均在沈阳市和平区的企业。"
            "本办法由区发改局负责解释。")
    read = read_policy_area("关于鼓励总部企业迁入的办法", text)
    assert read is not None and (read.code, read.name) == ("210102", "和平区")


# sentences naming no place, so the opening and closing lines stay apart
_FILLER = "".join(f"（{n}）申报项目应具有较高的艺术水准和社会效益，申报材料须真实完整，按时提交结项材料，"
                  "不得重复申报同一项目。" for n in range(1, 9))


def test_a_place_named_in_passing_is_not_the_area_of_a_card_its_issuing_body_names() -> None:
    # a city's compendium card of a national programme: applicants may be registered in 香港/澳门, the creators
    # come from the applicant's own province (本省（自治区、直辖市）: no province of the text); 南京市 issued it
    text = ("南京市产业政策汇编\n南京市发展和改革委员会\n二〇二五年\n青年戏剧创作扶持项目申报指南\n" + _FILLER
            + "申报主体应为在内地登记的机构，或在香港特别行政区、澳门特别行政区依法注册的机构；"
            + "主创人员应以本省（自治区、直辖市）人才为主，其中外请主创人员不超过2人。" + _FILLER
            + "资助额度不超过50万元。联络方式：项目管理中心。")
    read = read_policy_area("青年戏剧创作扶持项目申报指南", text)
    assert read is not None and (read.code, read.name) == ("320100", "南京市")


def test_a_place_named_only_in_passing_outside_the_issuing_bodys_never_wins_by_count() -> None:
    # a province's policy (我省, 省商务厅) naming 澳门 in many body sentences, itself only at its head and close
    body = "".join(f"（{n}）对与澳门特别行政区机构合作开展第{n}类项目的，给予支持。" for n in range(1, 9))
    text = ("福建省商务厅关于支持闽澳经贸合作的若干措施\n为支持我省企业拓展合作，制定本措施。\n"
            + _FILLER + body + _FILLER + "本措施由省商务厅负责解释。")
    read = read_policy_area("关于支持经贸合作的若干措施", text)
    assert read is not None and (read.code, read.name) == ("350000", "福建省")
