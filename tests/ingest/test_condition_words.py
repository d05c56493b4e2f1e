"""Every condition subtype ingest writes has words a person reads (ontology/provision_words.ttl), so the chat
never says only "条件 / condition"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.kind_words import parse_kind_words, subtype_label
from ingest.model import ProvisionKind
from ingest.pipeline import ingest_document
from ingest.read import read_text

INGEST_DIR = Path(__file__).resolve().parents[2] / "ingest"
_WRITTEN = re.compile(r'subtype="(?P<subtype>[a-z_]+)"')
PLACEHOLDERS = {"list_total"}
"""Subtypes the pipeline consumes before a provision is made (a list's total becomes its sums' ceiling)."""


def _written_subtypes() -> set[str]:
    return {m["subtype"] for path in INGEST_DIR.glob("*.py")
            for m in _WRITTEN.finditer(path.read_text(encoding="utf-8"))} - PLACEHOLDERS


def test_ingest_writes_subtypes() -> None:
    assert {"actual_cost_cap", "payment_stage", "stay_or_refund"} <= _written_subtypes()


@pytest.mark.parametrize("subtype", sorted(_written_subtypes()))
def test_every_written_subtype_has_words(subtype: str) -> None:
    words = parse_kind_words().words["condition_subtypes"]
    assert subtype in words, f"{subtype}: no words in provision_words.ttl"
    assert subtype_label(subtype, "zh") != "条件" and subtype_label(subtype, "en") != "condition"


@pytest.mark.parametrize(("body", "subtype"), [
    ("对企业租用办公用房给予补贴，补贴总额不能超过实际发生额。", "actual_cost_cap"),
    ("对新认定的总部企业给予6万元奖励，分三年拨付，第一年3万元、第二年2万元、第三年1万元。", "payment_stage"),
])
def test_the_new_subtypes_are_read_and_worded(body: str, subtype: str) -> None:
    text = (f"某区支持产业发展的若干措施\n一、支持措施\n{body}\n二、附则\n"
            "本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")
    policy = ingest_document(read_text(text.encode("utf-8"), "test.txt"), "test-policy")
    read = [p.subtype for p in policy.provisions if p.kind is ProvisionKind.CONDITION]
    assert subtype in read
    assert subtype_label(subtype, "en") != "condition"
