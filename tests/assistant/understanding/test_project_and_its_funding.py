"""A science and technology major project (国家科技重大专项, "a national S&T major project") is one of the major
projects a policy lists (争取国家科技支撑计划、科技重大专项…等重大项目), and the state funding said right after the
dated project (2022年接了一项国家科技重大专项，|中央财政拨款四百五十万元) is that year's funding of the project."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2023, 9, 1)


@pytest.mark.parametrize("message", [
    "我们做车规级芯片测试，2022年接了一项国家科技重大专项，中央财政拨款四百五十万元，成果现已在本市落地。",
    "We package advanced chips; in 2022 we took on a national S&T major project, now commercialised here.",
    "2022年我们牵头了一个重大科技专项。",
])
def test_a_science_and_technology_major_project_is_a_major_project(message: str) -> None:
    facts = understand_facts(message, AS_OF)
    assert [f.value["type"] for f in facts if f.field == "holdings"] == ["major_project"]


def test_the_funding_said_after_the_dated_project_is_of_its_year() -> None:
    message = "我们做车规级芯片测试，2022年接了一项国家科技重大专项，中央财政拨款四百五十万元，成果现已在本市落地。"
    facts = understand_facts(message, AS_OF)
    found = [f.value for f in facts if f.field == "quantities.national_funding"]
    assert found == [{"year": 2022, "amount_cny": Decimal(4_500_000)}]


@pytest.mark.parametrize("message", [
    "我们接了一项国家科技重大专项，中央财政拨款四百五十万元。",  # no year said: the reply asks for it
    "2022年我们的营收是六千万，中央财政拨款四百五十万元。",  # a year of revenue, not of a project
])
def test_no_year_is_given_to_the_funding_without_a_dated_project_before(message: str) -> None:
    facts = understand_facts(message, AS_OF)
    assert not [f for f in facts if f.field == "quantities.national_funding"]
