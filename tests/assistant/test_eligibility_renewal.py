"""A renewal (再次认定) dated D says the status was held before D: a rate counts the years described before
D too — said as an assumption — unless an earlier recognition of it is stated, from which it counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.result import EligibilityResult
from assistant.eligibility.rules import PolicyRules
from assistant.profile import parse_profile
from kg.store import open_store

AS_OF = dt.date(2025, 12, 31)
RD = [{"year": year, "amount_cny": amount} for year, amount in
      [(2020, 1_000_000), (2021, 1_500_000), (2022, 2_000_000), (2023, 2_500_000), (2024, 3_000_000)]]
RATE_ROW = "sec3/sub2/item7/p3"  # 其他企业: 30% of the increment, at most 1,000,000 a year


@pytest.fixture(scope="module")
def rules() -> PolicyRules:
    return rules_from_graph(open_store(None).graph())


def _evaluate(rules: PolicyRules, *recognitions: dict[str, Any]) -> EligibilityResult:
    profile = {"location": {"in_zone": True}, "rd_expense": RD,
               "qualifications": [*({"id": "high_tech_enterprise", **r} for r in recognitions),
                                  {"id": "tech_leader_enterprise", "held": False},
                                  {"id": "above_scale_industrial", "held": False}]}
    return evaluate(parse_profile(profile), AS_OF, rules)


def _years_paid(result: EligibilityResult) -> dict[str, int]:
    step = next(s for s in result.benefit(RATE_ROW).trace if s.rule == "amount.rate_with_cap")
    paid: dict[str, int] = step.parameters["paid"]
    return paid


def test_a_renewal_alone_counts_every_year_described_before_it_as_an_assumption(rules: PolicyRules) -> None:
    result = _evaluate(rules, {"round": "renewal", "date": "2024-11-20"})
    assert _years_paid(result) == {"2021": 150_000, "2022": 150_000, "2023": 150_000, "2024": 150_000}
    assumed = {a.key: a for a in result.assumptions}
    assert "held:high_tech_enterprise:2021–2023" in assumed  # 2024 is the renewal's own year: held
    assert "2024-11-20" in assumed["held:high_tech_enterprise:2021–2023"].zh


def test_an_earlier_recognition_stated_beside_the_renewal_bounds_the_years(rules: PolicyRules) -> None:
    for first in ({"round": "first", "date": "2022-03-01"}, {"date": "2022-03-01"}):  # 首次, or round unstated
        result = _evaluate(rules, first, {"round": "renewal", "date": "2025-03-01"})
        assert list(_years_paid(result)) == ["2022", "2023", "2024"], first
        assert not any(a.key.startswith("held:") for a in result.assumptions)


def test_a_later_fact_of_unstated_round_does_not_undo_what_the_renewal_says(rules: PolicyRules) -> None:
    result = _evaluate(rules, {"round": "renewal", "date": "2022-06-01"}, {"date": "2025-06-01"})
    assert list(_years_paid(result)) == ["2021", "2022", "2023", "2024"]
    assert "held:high_tech_enterprise:2021" in {a.key for a in result.assumptions}


def test_a_renewal_after_the_as_of_date_is_not_yet_held(rules: PolicyRules) -> None:
    result = evaluate(parse_profile({"location": {"in_zone": True}, "rd_expense": RD, "qualifications": [
        {"id": "high_tech_enterprise", "round": "renewal", "date": "2024-11-20"}]}), dt.date(2024, 6, 30), rules)
    assert RATE_ROW not in {b.provision_id for b in result.benefits}
