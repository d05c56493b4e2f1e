"""A rate whose cap differs by enterprise type, year by year: the trace names the row that
capped each year, and two types in one year leave the lower reading in sight."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.result import Benefit
from assistant.eligibility.rules import PolicyRules
from assistant.profile import parse_profile
from kg.store import open_store
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def rules() -> PolicyRules:
    return rules_from_graph(open_store(None).graph())


def rd_benefit(rules: PolicyRules, scenario: str) -> tuple[Benefit, tuple[str, ...]]:
    data = yaml.safe_load((ROOT / "tests" / "scenarios" / scenario).read_text(encoding="utf-8"))
    result = evaluate(parse_profile(data["profile"]), dt.date.fromisoformat(str(data["as_of"])), rules)
    return next(b for b in result.benefits if b.provision_id == "sec3/sub2/item7/p1"), result.ambiguities


def test_years_before_a_recognition_are_capped_as_other_enterprises(rules: PolicyRules) -> None:
    benefit, ambiguities = rd_benefit(rules, "091-rd-leader-recognised-mid-window.yaml")
    assert "2022: 30% × (5000万元 − 1000万元) = 1200万元 > cap 100万元 → 100万元（封顶 capped）（其他企业" in \
        benefit.basis
    assert "2024: 30% × (12000万元 − 8000万元) = 1200万元 > cap 1000万元 → 1000万元（封顶 capped）（科技型领军企业" in \
        benefit.basis
    residual_steps = [step for step in benefit.trace if step.rule == "amount.rate_with_cap.years"]
    assert [(s.provision_id, s.parameters) for s in residual_steps] == [
        ("sec3/sub2/item7/p3", {"cap_cny": 1_000_000, "years": ["2022"]})]
    amount_step = next(step for step in benefit.trace if step.rule == "amount.rate_with_cap")
    assert amount_step.parameters["cap_by_year"] == {"2022": 1_000_000, "2023": 10_000_000, "2024": 10_000_000}
    assert benefit.reading_range_cny is None and ambiguities == ()


def test_two_types_in_one_year_take_the_higher_cap_and_name_the_lower(rules: PolicyRules) -> None:
    benefit, ambiguities = rd_benefit(rules, "092-rd-above-scale-then-leader.yaml")
    assert benefit.reading_range_cny == (6_000_000, 21_000_000)
    assert len(ambiguities) == 1 and "按较低上限为 600万元" in ambiguities[0] and "2100万元" in ambiguities[0]
    assert [(s.provision_id, s.parameters["years"]) for s in benefit.trace
            if s.rule == "amount.rate_with_cap.years"] == [("sec3/sub2/item7/p2", ["2022"])]


def test_a_type_recognised_after_the_data_asks_nothing_and_notes_nothing(rules: PolicyRules) -> None:
    data = yaml.safe_load((ROOT / "tests" / "scenarios" / "093-rd-leader-after-the-last-year-stated.yaml")
                          .read_text(encoding="utf-8"))
    result = evaluate(parse_profile(data["profile"]), dt.date(2024, 12, 31), rules)
    assert "base:rd_expense_increment" not in {q.key for q in result.questions}
    assert result.ambiguities == ()


def test_two_types_whose_caps_pay_the_same_leave_no_ambiguity(rules: PolicyRules) -> None:
    profile = {"location": {"in_zone": True},
               "qualifications": [{"id": "high_tech_enterprise", "round": "renewal", "date": "2021-12-10"},
                                  {"id": "above_scale_industrial", "date": "2021-09-01"},
                                  {"id": "tech_leader_enterprise", "date": "2021-10-01"}],
               "rd_expense": [{"year": 2022, "amount_cny": 10_000_000}, {"year": 2023, "amount_cny": 12_000_000}]}
    result = evaluate(parse_profile(profile), dt.date(2024, 12, 31), rules)
    rd = next(b for b in result.benefits if b.clause_path == ("三", "（二）", "7"))
    assert (rd.amount_min_cny, rd.amount_max_cny) == (600_000, 600_000)  # 30% × 200万, under every cap
    assert rd.reading_range_cny is None and result.ambiguities == ()
