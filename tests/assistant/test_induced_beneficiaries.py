"""The engine pays a concept the policy induced from its words (酒店, 旅游景区) to a company that holds
it by its printed label: by tier, dated in the window, cited — and asks for it by its label."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.induced import generic_payees, induced_requirement, names_a_party_only, same_tier
from assistant.eligibility.rules import PolicyRules
from assistant.profile import ProfileError, parse_profile
from ingest.model import induced_concept_id
from kg.build import build_policy_graph

AS_OF = dt.date(2020, 6, 1)
HOTEL, SCENIC = induced_concept_id("酒店"), induced_concept_id("旅游景区")


@pytest.fixture(scope="module")
def liuhe(policies: dict[str, Any]) -> PolicyRules:
    return rules_from_graph(build_policy_graph(policies["liuhe_tourism_2019"]))


def _hotel(**fields: Any) -> dict[str, Any]:
    return {"location": {"in_zone": True}, "policy_concepts": [{"id": HOTEL, "label": "酒店", **fields}]}


def test_a_four_star_hotel_rated_in_the_window_gets_the_four_star_tier(liuhe: PolicyRules) -> None:
    result = evaluate(parse_profile(_hotel(tier="四星级", date="2020-05-01")), AS_OF, liuhe)
    assert [(b.clause_path, b.amount_min_cny, b.amount_max_cny) for b in result.benefits] == [(("三", "8"), 500_000,
                                                                                              500_000)]
    assert "四星级" in result.benefits[0].quote and (result.total_min_cny, result.total_max_cny) == (500_000, 500_000)


def test_a_tier_written_with_digits_is_the_printed_tier(liuhe: PolicyRules) -> None:
    result = evaluate(parse_profile(_hotel(tier="5星", date="2020-05-01")), AS_OF, liuhe)
    assert [b.amount_max_cny for b in result.benefits] == [1_000_000]
    assert same_tier("4星", "四星级") and not same_tier("3星级", "四星级")


def test_a_hotel_of_unstated_tier_and_date_is_could_add_over_the_tiers(liuhe: PolicyRules) -> None:
    result = evaluate(parse_profile(_hotel()), AS_OF, liuhe)
    assert result.benefits == () and result.total_max_cny == 0
    hotel = [entry for entry in result.could_add if entry.clause_path == ("三", "8")]
    assert [(entry.amount_min_cny, entry.amount_max_cny) for entry in hotel] == [(200_000, 1_000_000)]
    assert {f"tier:{HOTEL}", f"date:{HOTEL}"} <= set(hotel[0].hinges)
    asked = {q.key: q.question_zh for q in result.questions}
    assert "「酒店」" in asked[f"tier:{HOTEL}"] and HOTEL not in asked[f"tier:{HOTEL}"]


def test_a_hotel_rated_before_the_policy_is_not_eligible(liuhe: PolicyRules) -> None:
    result = evaluate(parse_profile(_hotel(tier="四星级", date="2018-05-01")), AS_OF, liuhe)
    assert result.benefits == () and any(entry.clause_path == ("三", "8") for entry in result.not_eligible)


def test_a_company_that_says_nothing_of_it_is_asked_by_the_label(liuhe: PolicyRules) -> None:
    result = evaluate(parse_profile({"location": {"in_zone": True}}), AS_OF, liuhe)
    asked = {q.key: q.question_zh for q in result.questions}
    assert asked[f"holds:{SCENIC}"] == "贵公司是否具备「旅游景区」？"
    assert not any(entry.clause_path == ("三", "9") for entry in result.could_add)


def test_a_hotel_is_not_paid_as_a_scenic_spot(liuhe: PolicyRules) -> None:
    result = evaluate(parse_profile(_hotel(tier="五星级", date="2020-05-01")), AS_OF, liuhe)
    assert all(b.clause_path == ("三", "8") for b in result.benefits)


def test_a_generic_payee_requires_nothing(policies: dict[str, Any]) -> None:
    assert names_a_party_only("企业") and names_a_party_only("实验室等机构") and not names_a_party_only("酒店")
    assert "单位" in generic_payees()
    rules = rules_from_graph(build_policy_graph(policies["dalian-ftz-innovation-zone-plan-2021"]))
    assert [p.id for p in rules.benefits if induced_requirement(p)] == []  # the bundled policy is paid as before


def test_a_policy_concept_must_carry_the_id_of_its_label() -> None:
    with pytest.raises(ProfileError, match="not the id of the label"):
        parse_profile({"policy_concepts": [{"id": HOTEL, "label": "旅游景区"}]})
    with pytest.raises(ProfileError, match=r"policy_concepts\.0\.id"):
        parse_profile({"policy_concepts": [{"id": "high_tech_enterprise", "label": "酒店"}]})


def test_labels_are_known_to_rules_read_from_a_start_up_cache(liuhe: PolicyRules) -> None:
    import pickle

    cached = pickle.loads(pickle.dumps(liuhe))  # as ui/policy_cache.py loads them: rules_from_record never ran
    # the engine reads the labels from the policy (no module state remembers what was read before)
    result = evaluate(parse_profile({"location": {"in_zone": True}}), AS_OF, cached)
    assert {q.key: q.question_zh for q in result.questions}[f"holds:{SCENIC}"] == "贵公司是否具备「旅游景区」？"
