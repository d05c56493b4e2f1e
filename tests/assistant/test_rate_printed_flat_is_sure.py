"""Round 15 ruling (docs/eligibility.md §3, `rate_with_cap`): a rate printed flat with a ceiling on the amount
(按合同金额X%给予支持，支持额度最高Y万元) pays its computed amount for sure; only a rate printed as a ceiling
(按不超过…X%) or a word of discretion (经综合评估) makes it 0 up to that amount. The application's review (经评审,
经专家评审后) and 原则上 ("as a rule") are no words of discretion (the corpus tables' convention): a flat rate with
them stays sure; 原则上 beside a rate printed as a ceiling leaves it 0 up to. Fresh wording, not the bench sets'
messages."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import evaluate, rules_from_graph
from assistant.profile import parse_profile
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph
from tests.assistant.talking import talk, totals
from tests.assistant_contexts import totals_of

CLAUSES = {
    "flat": "按合同金额15%给予支持，支持额度最高300万元",
    "rate_as_ceiling": "按不超过合同金额15%给予支持，支持额度最高300万元",
    "assessed": "经综合评估，按合同金额15%给予支持，支持额度最高300万元",
    "reviewed": "经评审，按合同金额15%给予支持，支持额度最高300万元",
    "reviewed_by_experts": "经专家评审后按合同金额15%给予支持，最高300万元",
    "as_a_rule": "原则上按合同金额15%给予支持，支持额度最高300万元",
    "ceiling_as_a_rule": "按合同金额15%给予支持，单个项目支持额度原则上不超过300万元",
    "rate_as_ceiling_as_a_rule": "原则上按不超过合同金额15%给予支持，支持额度最高300万元",
    "review_sets_the_amount": "结合专家评审结果，按合同金额15%给予支持，支持额度最高300万元",
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


@pytest.mark.parametrize("form", ["reviewed", "reviewed_by_experts", "as_a_rule", "ceiling_as_a_rule"])
@pytest.mark.parametrize(("contract_cny", "paid"), [(12_000_000, 1_800_000), (30_000_000, 3_000_000)])
def test_the_applications_review_and_as_a_rule_leave_a_flat_rate_sure(form: str, contract_cny: int, paid: int) -> None:
    assert _amount(CLAUSES[form], contract_cny) == (paid, paid)


@pytest.mark.parametrize("form", ["rate_as_ceiling", "assessed", "rate_as_ceiling_as_a_rule", "review_sets_the_amount"])
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


GRINDER = ("我们公司在本市，做数控磨床的，今年4月一台磨床被评为国内首台（套）装备，订货合同金额1600万元。",
           "Our firm is in the city and builds CNC grinders; in April this year one grinder was recognised as a "
           "domestic first (set) of major equipment, with an order contract of RMB 16 million.")


def _said(clause: str, message: str) -> tuple[int, int]:
    text = (f"某市推动重大装备应用若干措施\n一、对首台（套）装备被认定为国内首台（套）的，{clause}。\n"
            "二、本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")
    policy = ingest_document(read_text(text.encode("utf-8"), "said.txt"), "said")
    reply, _ = respond(message, new_state(dt.date(2025, 9, 1)),
                       AssistantContext(rules_from_graph(build_policy_graph(policy))))
    return totals_of(reply)


@pytest.mark.parametrize("message", GRINDER)
@pytest.mark.parametrize(("form", "sure"), [("reviewed", 2_400_000), ("as_a_rule", 2_400_000),
                                            ("assessed", 0), ("rate_as_ceiling_as_a_rule", 0)])
def test_a_reply_reads_the_review_and_as_a_rule_as_the_ruling_does(form: str, sure: int, message: str) -> None:
    assert _said(CLAUSES[form], message) == (sure, 2_400_000)
