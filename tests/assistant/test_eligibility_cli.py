"""policykg schema / eligibility / whatif from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app

runner = CliRunner()
PROFILE = """
name: 示例软件公司
location: {in_zone: true}
qualifications:
  - {id: high_tech_enterprise, round: first, date: 2022-11-15}
  - {id: gazelle_enterprise, level: municipal, date: 2023-03-01}
rd_expense:
  - {year: 2023, amount_cny: 30000000}
  - {year: 2024, amount_cny: 50000000}
"""
KEYS = {"benefits", "total_min_cny", "total_max_cny", "total_max_unbounded", "policy_status", "obligations",
        "not_eligible", "questions"}
BENEFIT_KEYS = {"provision_id", "clause_path", "title", "kind", "amount_min_cny", "amount_max_cny",
                "discretionary", "basis", "quote", "span", "trace"}


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "company.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    return path


def test_schema_is_json_schema() -> None:
    result = runner.invoke(app, ["schema", "profile"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "CompanyProfile" and "qualifications" in schema["properties"]


def test_eligibility_json(profile: Path) -> None:
    result = runner.invoke(app, ["eligibility", "--profile", str(profile), "--as-of", "2025-06-01",
                                 "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data.keys() >= KEYS and data["policy_status"] == "in_force"
    assert [b["provision_id"] for b in data["benefits"]] == ["sec3/sub2/item6/p3", "sec3/sub2/item7/p3"]
    assert all(b.keys() >= BENEFIT_KEYS for b in data["benefits"])
    assert (data["total_min_cny"], data["total_max_cny"]) == (1_200_000, 1_200_000)
    paths = {p["provision_id"]: p["value_max_cny"] for p in data["path_to_more"]}
    assert paths["sec3/sub2/item6/p2"] == 500_000  # provincial gazelle → +50万


def test_expired_policy_says_so_first(profile: Path) -> None:
    result = runner.invoke(app, ["eligibility", "--profile", str(profile), "--as-of", "2026-11-25",
                                 "--format", "md"])
    assert result.exit_code == 0
    first_lines = result.stdout.splitlines()[:3]
    assert any("已于2025-12-31到期" in line and "expired on 2025-12-31" in line for line in first_lines)
    assert "〔三（二）6〕" in result.stdout and "对首次认定的高新技术企业" in result.stdout


def test_whatif_two_dates(profile: Path) -> None:
    result = runner.invoke(app, ["whatif", str(profile), "--as-of", "2022-06-30", "--as-of-b", "2025-06-30",
                                 "--format", "json"])
    data = json.loads(result.stdout)
    assert data["a"]["total_max_cny"] == 0  # recognised 2022-11: not yet at 2022-06-30
    assert data["delta_max_cny"] == 1_200_000


def test_whatif_two_profiles(profile: Path, tmp_path: Path) -> None:
    better = tmp_path / "better.yaml"
    better.write_text(PROFILE.replace("level: municipal", "level: provincial"), encoding="utf-8")
    result = runner.invoke(app, ["whatif", str(profile), str(better), "--as-of", "2025-06-30"])
    assert result.exit_code == 0 and "50万元" in result.stdout


@pytest.mark.parametrize(("content", "message"), [
    ("qualifications: [{id: hightech}]", "qualifications.0.id: unknown qualification 'hightech'"),
    ("rd_expense: [{year: 2023, amount_cny: -5}]", "rd_expense.0.amount_cny: Input should be greater than"),
    ("qualifications: [{id: gazelle_enterprise, date: 2023/03/01}]", "qualifications.0.date"),
    ("- just a list", "a profile is a mapping"),
    ("{unclosed", "not valid YAML"),
])
def test_bad_profiles_name_the_field(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["eligibility", "--profile", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_bad_date(profile: Path) -> None:
    result = runner.invoke(app, ["eligibility", "--profile", str(profile), "--as-of", "25/06/2025"])
    assert result.exit_code == 2 and "not a date in the form YYYY-MM-DD" in result.stderr


def test_json_profiles_load_too(tmp_path: Path) -> None:
    path = tmp_path / "company.json"
    path.write_text(json.dumps({"location": {"in_zone": True}, "listings": [
        {"board": "star_market", "date": "2022-08-01", "domestic": True}]}), encoding="utf-8")
    result = runner.invoke(app, ["eligibility", "--profile", str(path), "--as-of", "2023-01-01",
                                 "--format", "json"])
    data = json.loads(result.stdout)
    assert data["total_min_cny"] == 5_000_000


@pytest.mark.parametrize("output_format", ["md", "table"])
def test_a_person_is_asked_at_most_three_relevant_questions(tmp_path: Path, output_format: str) -> None:
    path = tmp_path / "biotech.yaml"
    path.write_text("name: 某生物医药公司\nlocation: {in_zone: true}\n", encoding="utf-8")
    arguments = ["eligibility", "--profile", str(path), "--as-of", "2024-06-01"]
    shown = runner.invoke(app, [*arguments, "--format", output_format])
    assert shown.exit_code == 0, shown.stderr
    if output_format == "md":
        asked = [line for line in shown.stdout.split("## 待补充信息", 1)[1].splitlines() if line.startswith("- ")]
    else:
        asked = [line for line in shown.stdout.splitlines() if line.startswith("? ")]
    assert 1 <= len(asked) <= 3
    assert not any("氢能" in line or "hydrogen" in line.lower() for line in asked), "not a hydrogen firm"
    every = json.loads(runner.invoke(app, [*arguments, "--format", "json"]).stdout)["questions"]
    assert len(every) > 3  # the JSON, for programs, keeps every question
