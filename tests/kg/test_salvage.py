"""Never all-or-nothing (issue #13): a provision that fails the shapes is left out with a
warning naming its clause, quote and fault, and the rest of the policy is stored and usable;
``--strict`` keeps the refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from kg.query import load_record
from kg.store import PolicyStore, ValidationFailed, ingest_into

POLICY = ("某区促进科技创新若干措施\n一、对首次认定的高新技术企业，一次性给予20万元补助。\n"
          "二、对企业上年度技术交易额，按0%给予奖励，最高不超过100万元。\n"
          "三、本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")
"""Item 二 reads as a rate of 0%, which the shapes refuse (a rate is above 0)."""


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "zero-rate.txt"
    path.write_text(POLICY, encoding="utf-8")
    return path


def test_the_failing_provision_is_left_out_and_the_rest_is_stored(policy_file: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    policy_id, graph = ingest_into(PolicyStore(), policy_file, data_dir=data_dir)
    record = load_record(graph)
    assert [p.clause_path for p in record.provisions if p.kind.value == "fixed"] == [("一",)]
    assert not any(p.clause_path == ("二",) for p in record.provisions)
    assert any("left out" in w and "〔二〕" in w and "按0%给予奖励" in w for w in record.warnings), record.warnings
    assert PolicyStore.graph_file(data_dir, policy_id).is_file()
    assert [p.id for p in load_record(PolicyStore.load(data_dir).graph(policy_id)).provisions] == \
        [p.id for p in record.provisions]


def test_strict_refuses_the_whole_policy(policy_file: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with pytest.raises(ValidationFailed, match="pkg:rate"):
        ingest_into(PolicyStore(), policy_file, data_dir=data_dir, strict=True)
    assert not (data_dir / "graphs").exists() or not any((data_dir / "graphs").iterdir())


def test_the_cli_warns_and_strict_fails(policy_file: Path) -> None:
    runner = CliRunner()
    kept = runner.invoke(app, ["ingest", str(policy_file)])
    assert kept.exit_code == 0 and "left out" in kept.output and "2 provisions" in kept.output
    refused = runner.invoke(app, ["ingest", str(policy_file), "--strict"])
    assert refused.exit_code != 0 and "does not conform" in refused.output
