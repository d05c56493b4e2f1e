"""Shared fixtures: the bundled policy and the two external policies, ingested once."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import IngestedPolicy
from ingest.pipeline import ingest_file
from kg.build import build_policy_graph

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "policies" / "dalian-ftz-innovation-zone-plan-2021.txt"
EXTERNAL = ROOT / "tests" / "data" / "policies"
EXPECTED = ROOT / "tests" / "data" / "expected"
POLICY_FILES = {
    "dalian-ftz-innovation-zone-plan-2021": BUNDLED,
    "liuhe_tourism_2019": EXTERNAL / "liuhe_tourism_2019.txt",
    "pingshan_digital_economy_2023": EXTERNAL / "pingshan_digital_economy_2023.txt",
}


@pytest.fixture(scope="session")
def policies() -> dict[str, IngestedPolicy]:
    return {name: ingest_file(path) for name, path in POLICY_FILES.items()}


@pytest.fixture(scope="session")
def dalian(policies: dict[str, IngestedPolicy]) -> IngestedPolicy:
    return policies["dalian-ftz-innovation-zone-plan-2021"]


@pytest.fixture(scope="session")
def graphs(policies):  # type: ignore[no-untyped-def]
    return {name: build_policy_graph(policy) for name, policy in policies.items()}
