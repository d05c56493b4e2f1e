"""A choice of rates (按…的5%或10%给予补助) is a range: the lower rate gives the guaranteed amount, the higher the
most — never a sure figure at the higher rate (review7 forms7 #2)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from assistant.eligibility import evaluate, rules_from_graph
from assistant.profile import parse_profile
from ingest.model import ProvisionKind
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph
from kg.query import load_record

TEXT = ("某区促进研发投入若干措施\n一、对高新技术企业，按其年度研发经费增量的5%或10%给予补助，最高100万元。\n"
        "二、本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")


def test_a_choice_of_rates_pays_a_range_from_the_lower_rate_to_the_higher() -> None:
    policy = ingest_document(read_text(TEXT.encode("utf-8"), "choice.txt"), "choice")
    (rate,) = [p for p in policy.provisions if p.kind is ProvisionKind.RATE_WITH_CAP]
    assert (rate.rate_min, rate.rate, rate.cap_cny) == (Decimal("0.05"), Decimal("0.1"), 1_000_000)
    graph = build_policy_graph(policy)
    (stored,) = [p for p in load_record(graph).provisions if p.kind is ProvisionKind.RATE_WITH_CAP]
    assert (stored.rate_min, stored.rate) == (Decimal("0.05"), Decimal("0.1"))
    profile = parse_profile({"location": {"in_zone": True},
                             "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-05-01"}],
                             "rd_expense": [{"year": 2023, "amount_cny": 10_000_000},
                                            {"year": 2024, "amount_cny": 14_000_000}]})
    result = evaluate(profile, dt.date(2025, 6, 30), rules_from_graph(graph))
    (benefit,) = [b for b in result.benefits if b.kind == "rate_with_cap"]
    assert (benefit.amount_min_cny, benefit.amount_max_cny) == (200_000, 400_000)
