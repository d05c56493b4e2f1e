"""``policykg ask --policy`` on each committed policy: one company described in words, its total
worked out by hand from the policy text, and the clause cited — through the policy's own concepts
(酒店, 旅游景区: induced from its words) and its own area."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from ingest.model import induced_concept_id
from tests.conftest import POLICY_FILES

runner = CliRunner()
LIUHE, PINGSHAN, DALIAN = "liuhe_tourism_2019", "pingshan_digital_economy_2023", "dalian-ftz-innovation-zone-plan-2021"
LIUHE_AREA = """area: 柳河县
division: "220524"
inside:
  - name: 柳河县
    zh: [柳河县, 柳河, 县内]
"""


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both external policies ingested; Liuhe's with an area file beside its text, kept by ingest."""
    sources, folder = tmp_path_factory.mktemp("sources"), tmp_path_factory.mktemp("data")
    for name in (LIUHE, PINGSHAN):
        copy = sources / POLICY_FILES[name].name
        shutil.copy(POLICY_FILES[name], copy)
        if name == LIUHE:
            copy.with_suffix(".area.yaml").write_text(LIUHE_AREA, encoding="utf-8")
        result = runner.invoke(app, ["ingest", str(copy), "--data-dir", str(folder)])
        assert result.exit_code == 0, result.stderr
    return folder


def ask(message: str, as_of: str, *options: str) -> dict[str, Any]:
    result = runner.invoke(app, ["ask", message, "--as-of", as_of, "--format", "json", *options])
    assert result.exit_code == 0, result.stderr
    reply: dict[str, Any] = json.loads(result.stdout)
    return reply


def totals(reply: dict[str, Any]) -> tuple[int, int]:
    return reply["eligibility"]["total_min_cny"], reply["eligibility"]["total_max_cny"]


def test_the_ingested_area_is_kept_beside_the_graph(data_dir: Path) -> None:
    assert (data_dir / "graphs" / f"{LIUHE}.area.yaml").read_text(encoding="utf-8") == LIUHE_AREA
    assert not (data_dir / "graphs" / f"{PINGSHAN}.area.yaml").exists()


def test_liuhe_a_four_star_hotel_in_the_county(data_dir: Path) -> None:
    # 〔三8〕 对新评定为三星级、四星级、五星级的酒店，一次性分别给予20万元、50万元、100万元奖励: 四星级 → 50万
    reply = ask("我们酒店在柳河县，2020年5月新评定为四星级酒店", "2020-06-01",
                "--data-dir", str(data_dir), "--policy", LIUHE)
    assert totals(reply) == (500_000, 500_000)
    assert "〔三8〕" in reply["answer"] and "50万元" in reply["answer"]
    assert not reply["eligibility"]["assumptions"]  # in the county: said, not assumed
    assert "induced-" not in reply["answer"]
    # 〔六19〕 has two sentences of one kind (就高不重复; 已享受…不再享受): the condition is said once
    assert reply["answer"].count("同一事项不重复享受〔六19〕") == 1


def test_liuhe_a_national_4a_scenic_spot(data_dir: Path) -> None:
    # 〔三9〕 对新评定为国家3A、4A、5A级的旅游景区，一次性分别给予10万元、50万元、100万元奖励: 4A → 50万
    reply = ask("我们是国家4A级旅游景区，2020年4月评定，在柳河", "2020-06-01",
                "--data-dir", str(data_dir), "--policy", LIUHE)
    assert totals(reply) == (500_000, 500_000) and "〔三9〕" in reply["answer"]


def test_liuhe_a_hotel_of_no_stated_star_is_could_add_and_asked(data_dir: Path) -> None:
    reply = ask("我们公司是一家酒店，在柳河县", "2020-06-01", "--data-dir", str(data_dir), "--policy", LIUHE)
    assert totals(reply) == (0, 0)
    hotel = [entry for entry in reply["eligibility"]["could_add"] if entry["clause_path"] == ["三", "8"]]
    assert [(entry["amount_min_cny"], entry["amount_max_cny"]) for entry in hotel] == [(200_000, 1_000_000)]
    assert "「酒店」" in reply["answer"] and "induced-" not in reply["answer"]


def test_liuhe_outside_the_county_gets_nothing(data_dir: Path) -> None:
    reply = ask("我们在沈阳，2020年5月新评定为四星级酒店", "2020-06-01", "--data-dir", str(data_dir), "--policy", LIUHE)
    assert totals(reply) == (0, 0)


def test_pingshan_a_registered_public_service_platform(data_dir: Path) -> None:
    # 〔第二章第八条（二）〕 …给予运营机构年度 100 万元奖励: the year of the filing (2024) → 100万
    reply = ask("我们是经区工信部门备案的公共服务平台，2024年1月备案", "2024-06-30",
                "--data-dir", str(data_dir), "--policy", PINGSHAN)
    assert totals(reply) == (1_000_000, 1_000_000) and "〔第二章第八条（二）〕" in reply["answer"]
    assert "未说明注册地" in reply["answer"]  # Pingshan's area is not known: the location is assumed and said


def test_the_bundled_policy_named_by_its_id() -> None:
    # 〔三（二）6〕 对首次认定的高新技术企业，一次性给予20万元补助
    reply = ask("我们在大连保税区，2022年11月首次认定为高新技术企业", "2024-06-30", "--policy", DALIAN)
    assert totals(reply) == (200_000, 200_000) and "〔三（二）6〕" in reply["answer"]
    assert not reply["eligibility"]["assumptions"]  # the bonded zone is inside the bundled policy's area


def test_liuhe_the_tier_asked_is_answered_in_a_word(data_dir: Path, tmp_path: Path) -> None:
    session, options = tmp_path / "chat.json", ("--data-dir", str(data_dir), "--policy", LIUHE)
    first = ask("我们是一家酒店，在柳河县，2020年5月评定", "2020-06-01", "--session", str(session), *options)
    assert totals(first) == (0, 0) and "「酒店」是哪一档" in first["answer"]
    second = ask("四星级", "2020-06-01", "--session", str(session), *options)
    assert totals(second) == (500_000, 500_000) and "〔三8〕" in second["answer"]


def test_liuhe_yes_to_the_question_about_a_scenic_spot(data_dir: Path, tmp_path: Path) -> None:
    session, options = tmp_path / "chat.json", ("--data-dir", str(data_dir), "--policy", LIUHE)
    first = ask("我们在柳河县", "2020-06-01", "--session", str(session), *options)
    asked = first["questions"][0]
    assert asked["key"].startswith("holds:induced-") and "「" in asked["question_zh"], asked
    second = ask("是的", "2020-06-01", "--session", str(session), *options)
    said = [fact for fact in second["profile"] if fact["field"] == "policy_concepts"]
    assert said and said[0]["value"]["id"] == asked["key"].removeprefix("holds:")


SYNTHETIC = """某区促进总部经济和企业创新发展的若干措施

第一条 对新认定的国家级工业设计中心，一次性给予100万元奖励；对新认定的省级工业设计中心，一次性给予50万元奖励。

第二条 对新落户的总部企业，一次性给予300万元落户奖励。

第三条 本措施自2024年1月1日起施行，有效期三年。
"""


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ...]:
    """A policy of two payees the vocabulary does not know: 工业设计中心 and 总部企业 are induced (企业技术中心 is a
    vocabulary platform since round 9)."""
    folder = tmp_path_factory.mktemp("synthetic")
    (folder / "hq_2024.txt").write_text(SYNTHETIC, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(folder / "hq_2024.txt"), "--data-dir", str(folder / "data")])
    assert result.exit_code == 0 and "工业设计中心〔第一条〕" in result.stderr, result.stderr
    return "--data-dir", str(folder / "data"), "--policy", "hq_2024"


def test_we_are_an_industrial_design_centre(synthetic: tuple[str, ...]) -> None:
    reply = ask("我们是工业设计中心", "2024-06-30", *synthetic)
    assert [fact["value"]["label"] for fact in reply["profile"]] == ["工业设计中心"]
    assert totals(reply) == (0, 0)  # level and date not said: what it could add, not counted
    assert [(entry["amount_min_cny"], entry["amount_max_cny"]) for entry in reply["eligibility"]["could_add"]] == [
        (500_000, 1_000_000)]
    reply = ask("我们2024年3月被认定为省级工业设计中心", "2024-06-30", *synthetic)
    assert totals(reply) == (500_000, 500_000) and "〔第一条〕" in reply["answer"]


def test_our_company_is_a_headquarters_enterprise(synthetic: tuple[str, ...]) -> None:
    reply = ask("我们公司是总部企业，2024年5月落户", "2024-06-30", *synthetic)
    assert totals(reply) == (3_000_000, 3_000_000) and "〔第二条〕" in reply["answer"]


def test_liuhe_a_planned_rating_is_a_what_if_not_a_fact(data_dir: Path) -> None:
    reply = ask("我们是柳河的酒店，计划明年评为五星级酒店", "2020-06-01",
                "--data-dir", str(data_dir), "--policy", LIUHE)
    assert totals(reply) == (0, 0)  # the plan is not counted…
    assert "是计划" in reply["answer"] and "100万元" in reply["answer"]  # …but answered as a what-if (〔三8〕 五星级)
    assert all("tier" not in fact["value"] for fact in reply["profile"])


def test_the_rest_api_reads_the_policys_own_area_too(data_dir: Path) -> None:
    from api.services import load_services

    terms = load_services(data_dir, LIUHE).context.terms()
    assert terms.area is not None and terms.area.name == "柳河县"
    assert terms.concept(induced_concept_id("酒店")) is not None


@pytest.mark.parametrize(("area", "problem"), [
    ("area: [柳河县\n  nope: {", "cannot be read"),
    ("inside:\n  - name: 柳河县\n", "needs `area`"),
    ("area: 柳河县\ndivision: \"220524\"\ninside:\n  - name: 柳河县\n    zh: 柳河\n",
     r"inside\[0\]\.zh: must be a list"),
])
def test_a_broken_area_file_is_refused_at_ingest_and_nothing_is_stored(tmp_path: Path, area: str,
                                                                       problem: str) -> None:
    copy = tmp_path / POLICY_FILES[LIUHE].name
    shutil.copy(POLICY_FILES[LIUHE], copy)
    copy.with_suffix(".area.yaml").write_text(area, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(copy), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 2
    assert f"{LIUHE}.area.yaml" in result.stderr and re.search(problem, result.stderr), result.stderr
    assert not (tmp_path / "data" / "graphs").exists() or not any((tmp_path / "data" / "graphs").iterdir())


def _ingested_with_area(tmp_path: Path) -> tuple[Path, Path]:
    copy = tmp_path / POLICY_FILES[LIUHE].name
    shutil.copy(POLICY_FILES[LIUHE], copy)
    copy.with_suffix(".area.yaml").write_text(LIUHE_AREA, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(copy), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 0, result.stderr
    return copy, tmp_path / "data" / "graphs" / f"{LIUHE}.area.yaml"


def test_reingesting_a_policy_without_its_area_file_removes_the_kept_area(tmp_path: Path) -> None:
    copy, kept = _ingested_with_area(tmp_path)
    assert kept.is_file()
    copy.with_suffix(".area.yaml").unlink()
    result = runner.invoke(app, ["ingest", str(copy), "--data-dir", str(tmp_path / "data"), "--replace"])
    assert result.exit_code == 0, result.stderr
    assert not kept.exists() and f"removed {kept}" in result.stdout.replace("\n", "")


def test_an_area_that_cannot_be_written_is_a_clear_error_and_nothing_half_written(tmp_path: Path) -> None:
    copy = tmp_path / POLICY_FILES[LIUHE].name
    shutil.copy(POLICY_FILES[LIUHE], copy)
    copy.with_suffix(".area.yaml").write_text(LIUHE_AREA, encoding="utf-8")
    graphs = tmp_path / "data" / "graphs"
    (graphs / f"{LIUHE}.area.yaml").mkdir(parents=True)  # in the way: the area cannot be renamed over it
    result = runner.invoke(app, ["ingest", str(copy), "--data-dir", str(tmp_path / "data")])
    message = result.stderr.replace("\n", "")
    assert result.exit_code == 2 and "Traceback" not in result.output, result.stderr
    assert f"{LIUHE}.area.yaml could not be written" in message, result.stderr
    assert sorted(path.name for path in graphs.iterdir() if "area" in path.name) == [f"{LIUHE}.area.yaml"]


def test_a_broken_kept_area_is_refused_when_the_policy_is_loaded(tmp_path: Path) -> None:
    from api.services import load_services
    from assistant.understanding.cue_files import CueFileError

    _, kept = _ingested_with_area(tmp_path)
    kept.write_text("inside:\n  - name: 柳河县\n", encoding="utf-8")  # edited by hand: no `area`
    profile = tmp_path / "profile.json"
    profile.write_text('{"location": {"in_zone": true}}', encoding="utf-8")
    where = ["--data-dir", str(tmp_path / "data"), "--policy", LIUHE]
    for command in (["ask", "我们是柳河的酒店", *where], ["eligibility", "--profile", str(profile), *where]):
        result = runner.invoke(app, command)
        message = result.stderr.replace("\n", "")
        assert result.exit_code == 2 and str(kept) in message and "needs `area`" in message, result.stderr
    with pytest.raises(CueFileError, match="needs `area`") as raised:
        load_services(tmp_path / "data", LIUHE)
    assert str(kept) in str(raised.value)
