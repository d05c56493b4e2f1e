"""The bench's "facts stated" score: an expected fact is found when a found fact says at least what it says
(a date the writer left out is not compared); a wrong value, or a fact not found, is a miss."""

from __future__ import annotations

from assistant.understanding.evaluation import canonical, covers, stated_facts_found


def test_a_date_left_out_of_the_expected_fact_is_not_compared() -> None:
    expected = canonical({"qualifications": [{"id": "high_tech_enterprise", "round": "renewal"}]})
    found = canonical({"qualifications": [{"id": "high_tech_enterprise", "round": "renewal", "date": "2022-12-01"}]})
    assert stated_facts_found(expected, found) == 1.0


def test_a_stated_field_that_differs_is_a_miss() -> None:
    expected = canonical({"location": {"in_zone": False},
                          "qualifications": [{"id": "high_tech_enterprise", "round": "renewal"}]})
    found = canonical({"location": {"in_zone": False},
                       "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-12-01"}]})
    assert stated_facts_found(expected, found) == 0.5


def test_yearly_figures_are_covered_year_by_year() -> None:
    expected = canonical({"quantities": {"technology_transaction_amount": [{"year": 2024, "amount_cny": 900000}]}})
    found = canonical({"quantities": {"technology_transaction_amount": [{"year": 2023, "amount_cny": 5500000},
                                                                        {"year": 2024, "amount_cny": 900000}]}})
    assert stated_facts_found(expected, found) == 1.0
    assert not covers([{"year": 2024, "amount_cny": 800000}], [{"year": 2024, "amount_cny": 900000}])


def test_nothing_expected_and_nothing_found_is_right() -> None:
    assert stated_facts_found({}, {}) == 1.0
    assert stated_facts_found({}, canonical({"location": {"in_zone": True}})) == 0.0
