"""A purchase's seller is part of the quantity a clause pays on (采购本区企业产品的，按当年购买总额…): only a
purchase whose seller is said to be in the policy's area (区里, 本区, 园区其他企业, "local manufacturers") fills
it; a seller said elsewhere (从外省的供应商, 进口, "from a supplier in Suzhou", "imported") or not said at all names
no figure, and the engine asks the amount — it never pays a purchase from anyone. The words are data (``seller``
of ``purchase_amount`` in ontology/cues/amount_inside_labels.yaml). Fresh wordings, not the bench's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from assistant.understanding.amount_inside import amounts_inside
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph

POLICY = """某开发区促进产业配套若干措施
第一条 本措施自2023年1月1日起施行，有效期至2026年12月31日。
第二条 企业采购本区企业产品的，按当年购买总额的2%给予补贴，最高100万元。
"""
AS_OF = dt.date(2025, 4, 1)


def _sure_total(message: str) -> int:
    policy = ingest_document(read_text(POLICY.encode(), "p.txt"), "p")
    reply, _ = respond(message, new_state(AS_OF), AssistantContext(rules_from_graph(build_policy_graph(policy))))
    return int((reply.eligibility or {}).get("total_min_cny") or 0)


@pytest.mark.parametrize("message", [
    "我们是本区企业，2024年从区内几家配套厂采购模具一共1500万。",
    "We are a company in the district; in 2024 we bought RMB 15 million of components from local suppliers.",
])
def test_a_purchase_from_firms_of_the_area_is_paid_on(message: str) -> None:
    assert _sure_total(message) == 300_000


@pytest.mark.parametrize("message", [
    "我们是本区企业，2024年从浙江的供应商采购模具一共1500万。",  # a seller elsewhere
    "我们是本区企业，2024年采购进口数控机床一共1500万。",  # imported
    "我们是本区企业，2024年采购模具一共1500万。",  # the seller not said: asked
    "We are a company in the district; in 2024 we bought RMB 15 million of components from suppliers in Ningbo.",
    "We are a company in the district; in 2024 we bought RMB 15 million of components.",
])
def test_a_purchase_from_elsewhere_or_from_anyone_is_never_paid(message: str) -> None:
    assert _sure_total(message) == 0


@pytest.mark.parametrize("text", [
    "2024年从外地一家工厂购进钢材共800万",
    "2024年我们从区里采购了一批进口设备共800万",  # bought in the district, but imported goods
    "in 2024 we purchased RMB 8 million of equipment from a vendor in Hangzhou",
])
def test_the_seller_said_elsewhere_names_no_purchase(text: str) -> None:
    assert amounts_inside(text) == []
