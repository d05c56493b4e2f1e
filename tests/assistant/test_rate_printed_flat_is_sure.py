"""Round 15 ruling (docs/eligibility.md §3, `rate_with_cap`): a rate printed flat with a ceiling on the amount
(按合同金额X%给予支持，支持额度最高Y万元) pays its computed amount for sure; only a rate printed as a ceiling
(按不超过…X%) or a word of discretion (经综合评估) makes it 0 up to that amount. Fresh wording, not the bench sets'
messages."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility import evaluate, rules_from_graph
from assistant.profile import parse_profile
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph
from tests.assistant.talking import talk, totals

CLAUSES = {
    "flat": "按合同金额15%给予支持，支持额度最高300万元",
    "rate_as_ceiling": "按不超过合同金额15%给予支持，支持额度最高300万元",
    "assessed": "经综合评估，按合同金额15%给予支持，支持额度最高300万元",
}


def _amount(clause: str, contract_cny: int) -> tuple[int, int | None]:
    text = (f"某市推动重大装备应用若干措施\n一、对被评为国内首台（套）装备的项目，{clause}。\n"
            "二、本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")
    policy = ingest_document(read_text(text.encode("utf-8"), "flat.txt"), "flat")
    profile = parse_profile({"location": {"in_zone": True},
                             "equipment": [{"level": "national", "contract_amount_cny": contract_cny,
                                            "date": "2024-05-01"}]})
    result = evaluate(profile, dt.date(2025, 6, 30), rules_from_graph(build_policy_graph(policy)))
    amounts = [(b.amount_min_cny, b.amount_max_cny) for b in result.benefits if b.kind == "rate_with_cap"]
    amounts += [(c.amount_min_cny, c.amount_max_cny) for c in result.could_add if c.kind == "rate_with_cap"]
    (amount,) = amounts
    return amount


@pytest.mark.parametrize(("contract_cny", "paid"), [(12_000_000, 1_800_000), (30_000_000, 3_000_000)])
def test_a_rate_printed_flat_with_a_ceiling_on_the_amount_is_sure(contract_cny: int, paid: int) -> None:
    assert _amount(CLAUSES["flat"], contract_cny) == (paid, paid)


@pytest.mark.parametrize("form", ["rate_as_ceiling", "assessed"])
def test_a_rate_printed_as_a_ceiling_or_assessed_is_a_range_from_nothing(form: str) -> None:
    assert _amount(CLAUSES[form], 12_000_000) == (0, 1_800_000)


@pytest.mark.parametrize("message", [
    "我们在大连自贸片区，一台注塑机去年9月被评为国内首台套，合同金额1000万",
    "We're based in the Dalian FTZ; our injection moulder was rated a domestic first-of-its-kind set (国内首台套) "
    "last September, contract value RMB 10 million.",
])
def test_the_bundled_first_set_clause_is_shown_as_sure(message: str) -> None:
    reply, _ = talk(dt.date(2025, 3, 1), message)
    assert totals(reply) == (2_000_000, 2_000_000)
