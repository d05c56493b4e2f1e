"""``--policy`` and ``--data-dir`` choose the policy that eligibility, search and ask answer from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from tests.conftest import POLICY_FILES

runner = CliRunner()
LIUHE = "liuhe_tourism_2019"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    for path in POLICY_FILES.values():
        code, _, err = run("ingest", str(path), "--data-dir", str(folder))
        assert code == 0, err
    return folder


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "company.json"
    path.write_text(json.dumps({"location": {"in_zone": True}}), encoding="utf-8")
    return path


def test_eligibility_answers_from_the_policy_named(data_dir: Path, profile: Path) -> None:
    code, out, err = run("eligibility", "--profile", str(profile), "--as-of", "2020-06-01", "--format", "json",
                         "--data-dir", str(data_dir), "--policy", LIUHE)
    assert code == 0, err
    result = json.loads(out)
    assert result["policy"]["id"] == LIUHE and result["policy"]["valid_until"] == "2021-12-31"
    assert result["policy_status"] == "in_force"  # the Dalian plan was not yet in force on that day


def test_eligibility_names_an_unknown_policy(data_dir: Path, profile: Path) -> None:
    code, _, err = run("eligibility", "--profile", str(profile), "--data-dir", str(data_dir), "--policy", "nope")
    assert code == 2 and "nope" in err


def test_search_finds_the_clause_of_the_policy_named(data_dir: Path) -> None:
    code, out, err = run("search", "新建雪道有什么奖励？", "-k", "1", "--format", "json",
                         "--data-dir", str(data_dir), "--policy", LIUHE)
    assert code == 0, err
    hit = json.loads(out)["hits"][0]
    assert hit["clause_path"] == ["二", "6"] and "雪道" in hit["sentence"]


def test_ask_answers_from_the_policy_named(data_dir: Path) -> None:
    code, out, err = run("ask", "新建高级雪道有什么奖励？", "--as-of", "2020-06-01", "--format", "json",
                         "--data-dir", str(data_dir), "--policy", LIUHE)
    assert code == 0, err
    reply = json.loads(out)
    assert "100万" in reply["answer"] and "〔二6〕" in reply["answer"], reply["answer"]


def test_ask_without_the_options_keeps_the_bundled_policy() -> None:
    code, out, err = run("ask", "孵化器有什么支持？", "--as-of", "2024-06-01")
    assert code == 0, err
    assert "〔三" in out  # the Dalian plan's numbering, not Liuhe's


def test_ask_needs_a_policy_when_several_are_stored(data_dir: Path) -> None:
    code, _, err = run("ask", "有什么奖励？", "--data-dir", str(data_dir))
    assert code == 2 and "several policies are loaded" in err


def test_a_data_dir_of_one_policy_needs_no_policy_id(tmp_path: Path) -> None:
    code, _, err = run("ingest", str(POLICY_FILES[LIUHE]), "--data-dir", str(tmp_path))
    assert code == 0, err
    code, out, err = run("ask", "新建高级雪道有什么奖励？", "--as-of", "2020-06-01", "--data-dir", str(tmp_path))
    assert code == 0, err
    assert "〔二6〕" in out


def test_concepts_review_table_lists_induced_and_linked_payees(data_dir: Path) -> None:
    code, out, err = run("concepts", "--data-dir", str(data_dir), "--policy", LIUHE, "--format", "json")
    assert code == 0, err
    rows = {row["label"]: row for row in json.loads(out)["concepts"]}
    hotel = rows["酒店"]
    assert hotel["status"] == "induced" and hotel["clauses"] == ["三8"] and len(hotel["provisions"]) == 3
    assert hotel["quote"].startswith("对新评定为三星级、四星级、五星级的酒店")
    code, out, err = run("concepts", "--data-dir", str(data_dir), "--policy", "dalian-ftz-innovation-zone-plan-2021")
    assert code == 0, err
    assert "high_tech_enterprise" in out and "linked" in out and "induced" in out


def test_ingest_lists_induced_concepts_in_its_warnings(tmp_path: Path) -> None:
    code, _, err = run("ingest", str(POLICY_FILES[LIUHE]), "--data-dir", str(tmp_path))
    assert code == 0 and "induced from the text" in err and "酒店〔三8〕" in err
