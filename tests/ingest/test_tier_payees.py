"""A payee label that swallowed its clause's tiers (对新创建X星级、Y星级Z的 → 「X星级、Y星级Z」) is read as its head Z
with the tier kept on each provision, and the round word before it (新创建) as the recognition whose date is checked —
not a condition asked of every company (why8 class a2, labels that swallow the clause's tier or round). Fresh policy,
the company's side in zh and en."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from ingest.model import IngestedPolicy
from ingest.pipeline import ingest_document
from ingest.read import read_text
from ingest.tier_payees import without_tiers
from kg.build import build_policy_graph

_POLICY = """某县促进乡村旅游发展若干措施
第一条 对新创建三星级、二星级乡村酒店的，由县政府分别一次性给予10万元、5万元奖励。
第二条 本措施自2024年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.mark.parametrize(("label", "tiers", "head"), [
    ("三星级、二星级乡村酒店", ("三星级", "二星级"), "乡村酒店"),
    ("甲级和乙级农家乐", ("甲级", "乙级"), "农家乐"),
    ("中级、高级的导游", ("中级", "高级"), "导游"),
    ("乡村酒店", ("三星级", "二星级"), None),
    ("三星级、二星级店", ("三星级", "二星级"), None),  # too little would remain
])
def test_the_tiers_opening_a_label_are_stripped(label: str, tiers: tuple[str, ...], head: str | None) -> None:
    assert without_tiers(label, tiers) == head


def _policy() -> IngestedPolicy:
    return ingest_document(read_text(_POLICY.encode("utf-8"), "test.txt"), "test-tier-payees")


def test_each_tier_pays_the_head_with_its_tier() -> None:
    read = [(p.beneficiary.label, p.tier) for p in _policy().provisions if p.beneficiary is not None]
    assert read == [("乡村酒店", "三星级"), ("乡村酒店", "二星级")]


def _total(message: str) -> tuple[int, int]:
    context = AssistantContext(rules_from_graph(build_policy_graph(_policy())))
    reply, _ = respond(message, new_state(dt.date(2025, 6, 30)), context)
    eligibility = reply.eligibility or {}
    return int(eligibility.get("total_min_cny") or 0), int(eligibility.get("total_max_cny") or 0)


@pytest.mark.parametrize(("message", "total"), [
    ("我们是本县的一家乡村酒店，2024年6月新评为三星级。", (100000, 100000)),
    ("我们是本县的一家乡村酒店，2024年6月新评为二星级。", (50000, 50000)),
    ("我们是本县的一家乡村酒店，2022年评为三星级。", (0, 0)),  # rated before the policy: not newly created
    ("In June 2024 we were newly rated as a 三星级乡村酒店 in the county.", (100000, 100000)),
    ("Our county business became a two-star (二星级) 乡村酒店 in June 2024.", (50000, 50000)),
])
def test_a_company_of_a_tier_is_paid_that_tier(message: str, total: tuple[int, int]) -> None:
    assert _total(message) == total
