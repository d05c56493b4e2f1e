"""Years a workstation ran (issue 12: a yearly grant counts the years it is said to operate): what is projected
after the day asked about depends on whether it still operates on that day, not in that year."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.rules import PolicyRules
from assistant.profile import parse_profile
from kg.store import open_store

AS_OF = dt.date(2024, 6, 30)
ROW = "sec3/sub5/item15/p1"  # 院士工作站: 每年最高20万元, no number of years


@pytest.fixture(scope="module")
def rules() -> PolicyRules:
    return rules_from_graph(open_store(None).graph())


def _years(rules: PolicyRules, operating_until: str) -> tuple[list[int], list[int]]:
    profile = {"location": {"in_zone": True}, "platforms": [
        {"type": "academician_workstation", "date": "2022-03-01", "operating_until": operating_until}]}
    result = evaluate(parse_profile(profile), AS_OF, rules)
    step = next(s for s in result.benefit(ROW).trace if s.rule == "amount.annual_up_to")
    return step.parameters["years"], step.parameters["years_projected"]


def test_a_station_that_stopped_earlier_in_the_year_asked_projects_nothing(rules: PolicyRules) -> None:
    assert _years(rules, "2024-01-15") == ([2022, 2023, 2024], [])


def test_a_station_operating_on_the_day_asked_projects_the_rest_of_the_window(rules: PolicyRules) -> None:
    assert _years(rules, "2024-06-30") == ([2022, 2023, 2024], [2025])
