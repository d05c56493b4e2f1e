"""The phase-2 readers hooked into the understanding: what a message says is read into facts
(relative dates, casual amounts, places, issuing bodies, received funding, plans)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 6, 1)


def _facts(message: str) -> dict[str, Any]:
    return {fact.key: fact.value for fact in understand_facts(message, AS_OF)}


@pytest.mark.parametrize(("message", "date", "precision"), [
    ("我们去年12月首次认定为高新技术企业", dt.date(2023, 12, 1), "month"),
    ("We were first recognised as a high-tech enterprise last December.", dt.date(2023, 12, 1), "month"),
    ("我们今年3月首次认定为高新技术企业", dt.date(2024, 3, 1), "month"),
])
def test_a_relative_date_dates_the_fact_of_its_clause(message: str, date: dt.date, precision: str) -> None:
    fact = _facts(message)["qualification:high_tech_enterprise:first"]
    assert (fact["date"], fact["date_precision"]) == (date, precision)


def test_the_same_month_points_back_to_the_date_said_before() -> None:
    facts = _facts("2022年3月首次认定为高新技术企业，同月获评省级瞪羚企业")
    assert facts["qualification:gazelle_enterprise"]["date"] == dt.date(2022, 3, 1)


@pytest.mark.parametrize("message", [
    "2023年研发费2800w", "2023年研发投入2,800w", "Our R&D spending in 2023 was 2,800w.",
    "R&D expense was RMB 28m in 2023", "In 2023 we spent twenty-eight... no, 28 mil on R&D",
])
def test_casual_amounts_are_read_as_the_amount_of_their_clause(message: str) -> None:
    assert _facts(message)["rd_expense:2023"]["amount_cny"] == 28_000_000


@pytest.mark.parametrize(("message", "in_zone"), [
    ("我们在沈阳", False),
    ("we are based in Shenyang", False),
    ("Our office is in Ganjingzi District, Dalian", False),
    ("我们注册在大连保税区", True),
    ("We are in the Dalian FTZ", True),
])
def test_a_place_after_words_of_location_says_inside_or_outside_the_area(message: str, in_zone: bool) -> None:
    assert _facts(message)["location.in_zone"] is in_zone


@pytest.mark.parametrize("message", ["我们在大连金州", "我们在辽宁省"])
def test_a_place_containing_the_area_and_more_gives_no_fact(message: str) -> None:
    assert "location.in_zone" not in _facts(message)


@pytest.mark.parametrize("message", [
    "we plan to move into the Dalian FTZ in May", "我们计划5月搬到自贸片区", "打算迁入片区",
])
def test_a_planned_move_into_the_area_is_not_where_the_company_is(message: str) -> None:
    assert _facts(message)["location.in_zone"] is False  # outside until it has moved


def test_a_planned_departure_is_dated_forward() -> None:
    facts = _facts("We are in the zone and plan to relocate to Shanghai in May")
    assert facts["location.in_zone"] is True
    assert facts["location.planned_departure"] == dt.date(2025, 5, 1)


@pytest.mark.parametrize(("message", "level"), [
    ("我们被辽宁省科技厅认定为瞪羚企业", "provincial"),
    ("我们是大连市科技局认定的瞪羚企业", "municipal"),
    ("我们获评辽宁省瞪羚企业", "provincial"),
    ("We were recognised as a gazelle enterprise by Liaoning in 2023", "provincial"),
    ("我们是省级瞪羚企业", "provincial"),
])
def test_the_body_that_granted_a_recognition_gives_its_level(message: str, level: str) -> None:
    assert _facts(message)["qualification:gazelle_enterprise"]["level"] == level


@pytest.mark.parametrize(("message", "field", "amount"), [
    ("我们已获得市级资助300万", "other_funding_cny", 3_000_000),
    ("我们没拿过其他财政资金", "other_funding_cny", 0),
    ("We already received 3 million in grants", "other_funding_cny", 3_000_000),
    ("我们总投资5000万，已拿到补贴200w", "other_funding_cny", 2_000_000),
    ("专利资助已经拿了2万", "patent_funding_received_cny", 20_000),
])
def test_funding_received_is_read_with_its_amount_or_as_none(message: str, field: str, amount: int) -> None:
    assert _facts(message)[field] == amount


def test_funding_received_with_no_amount_is_no_fact() -> None:
    assert not {"other_funding_cny", "patent_funding_received_cny"} & set(_facts("我们已经获得过市级资助"))


@pytest.mark.parametrize("message", [
    "我们有省级重点实验室，没有其他财政资助",
    "We have a provincial engineering technology research center and have not received any other government funding",
])
def test_no_funding_received_does_not_negate_a_platform(message: str) -> None:
    facts = _facts(message)
    platform = next(value for key, value in facts.items() if key.startswith("platform:"))
    assert platform.get("held", True) is True
    assert facts["other_funding_cny"] == 0


@pytest.mark.parametrize(("message", "planned_key"), [
    ("我们是高新技术企业，预计2026年科创板上市", "listing:star_market"),
    ("我们明年打算申请省级瞪羚企业", "qualification:gazelle_enterprise"),
    ("We are a high-tech enterprise and plan to list on the STAR Market next year", "listing:star_market"),
])
def test_what_is_planned_or_expected_is_a_supposition_not_a_fact(message: str, planned_key: str) -> None:
    from assistant.understanding.facts import planned_facts

    assert planned_key not in _facts(message)
    assert planned_key in {fact.key for fact in planned_facts(message, AS_OF)}
