"""The policykg command line, as a newcomer would use it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from ingest.read import canonicalize
from tests.conftest import BUNDLED, POLICY_FILES

runner = CliRunner()
CONTRACT_KEYS = {"id", "clause_path", "kind", "level", "qualifications", "base_quantity",
                 "amount_cny", "rate", "cap_cny", "unit_amount_cny", "cumulative_cap_cny",
                 "years", "discretionary", "quote", "span"}


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_provisions_json_contract() -> None:
    code, out, _ = run("provisions", "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["policy"] == {"id": "dalian-ftz-innovation-zone-plan-2021",
                                  "title": "中国（辽宁）自由贸易试验区大连片区（大连保税区）产业创新特区建设方案",
                                  "valid_from": "2021-08-18", "valid_until": "2025-12-31"}
    _, canonical, _ = run("text")
    assert canonical.rstrip("\n") == canonicalize(BUNDLED.read_text(encoding="utf-8"))
    assert len(document["provisions"]) == 64
    for provision in document["provisions"]:
        assert provision.keys() >= CONTRACT_KEYS
        start, end = provision["span"]
        assert canonical[start:end] == provision["quote"]


def test_provisions_table_for_people() -> None:
    code, out, _ = run("provisions", "--format", "table")
    assert code == 0
    assert "≤ 1000万元" in out and "研发经费增量" in out and "rd_expense_increment" not in out  # words, not ids
    assert "国家级 national" in out and "500万元" in out


def test_ingest_into_a_data_dir_then_use_it(tmp_path: Path) -> None:
    for path in POLICY_FILES.values():
        code, out, _ = run("ingest", str(path), "--data-dir", str(tmp_path))
        assert code == 0 and "stored in" in out
    code, out, err = run("provisions", "--data-dir", str(tmp_path))
    assert code == 2 and "several policies are loaded" in err
    code, out, _ = run("provisions", "--data-dir", str(tmp_path), "--policy",
                       "liuhe_tourism_2019", "--format", "json")
    assert code == 0 and json.loads(out)["policy"]["valid_until"] == "2021-12-31"
    code, out, _ = run("validate", "--data-dir", str(tmp_path))
    assert code == 0 and out.count("conforms") == 3
    code, out, _ = run("policies", "--data-dir", str(tmp_path))
    assert len(out.strip().splitlines()) == 3


def test_sparql_formats() -> None:
    query = "SELECT ?kind (COUNT(?p) AS ?n) WHERE { ?p pkg:kind ?kind } GROUP BY ?kind"
    code, out, _ = run("sparql", query, "--format", "json")
    assert code == 0
    counts = {row["kind"]: int(row["n"]) for row in json.loads(out)}
    assert counts["fixed"] == 20 and counts["obligation"] == 1
    code, out, _ = run("sparql", query, "--format", "csv")
    assert out.splitlines()[0] == "kind,n"
    code, out, _ = run("sparql", "ASK { ?p pkg:kind 'validity' }")
    assert out.strip() == "true"


def test_sparql_refuses_updates() -> None:
    code, _, err = run("sparql", "DELETE WHERE { ?s ?p ?o }")
    assert code == 2 and "only read-only queries" in err


def test_export_writes_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonld"
    code, _, _ = run("export", "--format", "json-ld", "-o", str(target))
    assert code == 0 and json.loads(target.read_text())["@context"]["pkg"]


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"\x00\x01\x02binary", "not a text document"),
    (b"\xff\xfe\x00\xd8\x00", "not valid UTF-16"),
    ("政策".encode()[:-1] + b"\x81\x30" * 3, "encoding could not be detected|not a text"),
])
def test_bad_files_give_a_clear_error_and_no_traceback(tmp_path: Path, content: bytes,
                                                       message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run("ingest", str(path), "--data-dir", str(tmp_path / "data"))
    assert code == 2
    assert "error:" in err and "Traceback" not in err + out
    assert re.search(message, err), err
    assert not (tmp_path / "data").exists()


def test_a_missing_file_and_an_unknown_policy() -> None:
    code, _, err = run("ingest", "/no/such/policy.txt")
    assert code == 2 and "no such file" in err
    code, _, err = run("provisions", "--policy", "nope")
    assert code == 2 and "no policy 'nope'" in err


def test_a_document_without_provisions_warns(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("关于开会的通知\n\n一、时间\n下周一上午开会。", encoding="utf-8")
    code, out, err = run("ingest", str(path))
    assert code == 0 and "0 provisions" in out
    assert "no amount-bearing provisions" in err


def test_search_cites_clauses_and_says_when_the_query_was_cut() -> None:
    code, out, err = run("search", "孵化器能拿多少补助？", "-k", "2")
    assert code == 0, err
    assert out.startswith("answer") and out.count("〔") == 2 and "孵化器" in out
    assert "warning" not in err
    code, out, err = run("search", "孵化器能拿多少补助？" + "很" * 600, "-k", "1")
    assert code == 0, err
    assert "only the first 500 characters of the query were searched" in err
