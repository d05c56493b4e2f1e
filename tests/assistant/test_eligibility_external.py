"""The engine on policies other than the bundled one: nothing is paid that the profile
does not tie to the company, and tiers of one list are alternatives."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility import evaluate, rules_from_graph
from assistant.profile import parse_profile
from kg.build import build_policy_graph
from tests.conftest import POLICY_FILES

EXTERNAL = ["liuhe_tourism_2019", "pingshan_digital_economy_2023"]


@pytest.mark.parametrize("name", EXTERNAL)
def test_a_company_that_only_says_where_it_is_gets_nothing_guaranteed(policies, name: str) -> None:  # type: ignore[no-untyped-def]
    rules = rules_from_graph(build_policy_graph(policies[name]))
    for profile in ({}, {"location": {"in_zone": True}}):
        result = evaluate(parse_profile(profile), dt.date(2024, 6, 30), rules)
        assert result.benefits == ()
        assert (result.total_min_cny, result.total_max_cny) == (0, 0)
        assert any(q.key.startswith("applies:") for q in result.questions)


def test_a_stated_base_quantity_ties_a_rate_to_the_company(policies) -> None:  # type: ignore[no-untyped-def]
    rules = rules_from_graph(build_policy_graph(policies["pingshan_digital_economy_2023"]))
    # 第十条（一） is for companies newly set up or moved in (review 8, item 1): settled in 2024, in the window
    profile = parse_profile({"location": {"in_zone": True, "settled_year": 2024},
                             "qualifications": [{"id": "above_scale_industrial", "date": "2023-01-01"}],
                             "quantities": {"revenue": [{"year": 2024, "amount_cny": 50_000_000}]}})
    result = evaluate(profile, dt.date(2024, 12, 31), rules)
    revenue = [b for b in result.benefits if "营业收入" in b.quote]
    assert [(b.amount_min_cny, b.amount_max_cny) for b in revenue] == [(500_000, 500_000)]  # 1% of 5000万
    settled_before = parse_profile({"location": {"in_zone": True, "settled_year": 2016},
                                    "quantities": {"revenue": [{"year": 2024, "amount_cny": 50_000_000}]}})
    assert not [b for b in evaluate(settled_before, dt.date(2024, 12, 31), rules).benefits if "营业收入" in b.quote]


def test_policy_files_are_there() -> None:
    assert all(path.is_file() for path in POLICY_FILES.values())
