"""A base quantity said with the amount inside its words (提供了8000万元融资, "we provided RMB 500 million of
financing") is that quantity's figure of the year said — never when the clause makes the company the receiver
(银行给我们提供了…, "the bank provided us …"). The words are data (``ontology/cues/amount_inside_labels.yaml``);
every example is a test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.understanding.amount_inside import amounts_inside, examples
from assistant.understanding.facts import understand_facts

MATCH, NO_MATCH = examples()


@pytest.mark.parametrize("example", MATCH, ids=[str(e["text"]) for e in MATCH])
def test_each_example_names_its_quantity(example: dict[str, object]) -> None:
    assert [found.concept for found in amounts_inside(str(example["text"]))] == [example["concept"]]


@pytest.mark.parametrize("text", NO_MATCH)
def test_each_counter_example_names_none(text: str) -> None:
    assert amounts_inside(text) == []


@pytest.mark.parametrize(("message", "year", "amount"), [
    ("我们是融资租赁公司，2023年给区内中小企业总共提供了6500万元的融资。", 2023, 65_000_000),
    ("We are a leasing company; in 2023 we provided RMB 65 million of financing to small firms in the district.",
     2023, 65_000_000),
])
def test_the_figure_is_the_years_financing_provided(message: str, year: int, amount: int) -> None:
    facts = understand_facts(message, dt.date(2024, 5, 1))
    found = [f.value for f in facts if f.field == "quantities.financing_total"]
    assert found == [{"year": year, "amount_cny": Decimal(amount)}]


@pytest.mark.parametrize("message", [
    "2023年银行给我们提供了6500万元的融资。",
    "In 2023 the bank provided us RMB 65 million of financing.",
])
def test_financing_the_company_received_is_no_figure_of_what_it_provided(message: str) -> None:
    facts = understand_facts(message, dt.date(2024, 5, 1))
    assert not [f for f in facts if f.field == "quantities.financing_total"]


@pytest.mark.parametrize("message", [
    "我们是融资租赁公司，2023年合作的商业银行为区内企业提供了6500万元融资。",  # another party is the subject
    "我们是融资租赁公司，2023年我们并未向区内企业提供6500万元融资。",  # negated
    "我们是融资租赁公司，2023年为区内企业提供了6500万元融资担保。",  # a guarantee, not financing
    "We are a leasing company; in 2023 we were provided RMB 65 million of financing by a state fund.",  # passive
    "We are a leasing company; in 2023 we provided RMB 65 million in financing guarantees to small firms.",
    "We are a leasing company; in 2023 a partner bank provided RMB 65 million of financing to small firms.",
])
def test_financing_not_provided_by_the_company_itself_is_no_figure(message: str) -> None:
    facts = understand_facts(message, dt.date(2024, 5, 1))
    assert not [f for f in facts if f.field == "quantities.financing_total"]


@pytest.mark.parametrize(("message", "year", "amount"), [
    ("我们是一家物流公司，2023年在本区交税四百五十万。", 2023, 4_500_000),
    ("We run a logistics firm; in 2023 we paid RMB 4.5 million in taxes in the district.", 2023, 4_500_000),
])
def test_tax_said_with_its_verb_is_the_years_tax_paid(message: str, year: int, amount: int) -> None:
    facts = understand_facts(message, dt.date(2024, 5, 1))
    found = [f.value for f in facts if f.field == "quantities.tax_paid"]
    assert found == [{"year": year, "amount_cny": Decimal(amount)}]


@pytest.mark.parametrize("message", [
    "2023年我们集团在本区纳税四百五十万。",
    "2023年我们在本区的子公司交税四百五十万。",
    "In 2023 our parent group paid RMB 4.5 million in taxes in the district.",
    "In 2023 we paid RMB 4.5 million in tax refunds.",
])
def test_tax_of_another_entity_or_a_refund_is_no_tax_paid(message: str) -> None:
    facts = understand_facts(message, dt.date(2024, 5, 1))
    assert not [f for f in facts if f.field == "quantities.tax_paid"]


@pytest.mark.parametrize(("message", "amount"), [
    ("我们是做检测服务的，2023年营收六千万，在高新区纳税五百万。", 5_000_000),
    ("2023年营业收入六千万，纳税总额五百万。", 5_000_000),
    ("Our 2023 revenue was RMB 60 million, and we paid RMB 5 million in taxes in the zone.", 5_000_000),
])
def test_a_quantity_said_right_after_a_dated_one_is_of_that_year(message: str, amount: int) -> None:
    facts = understand_facts(message, dt.date(2024, 5, 1))
    found = [f.value for f in facts if f.field == "quantities.tax_paid"]
    assert found == [{"year": 2023, "amount_cny": Decimal(amount)}]


@pytest.mark.parametrize("message", [
    "我们公司营收六千万，在高新区纳税五百万。",  # no year said at all
    "2023年研发投入八百万，纳税五百万。",  # R&D spending is not a base quantity's dated figure
])
def test_no_year_is_carried_without_a_dated_base_quantity_before(message: str) -> None:
    facts = understand_facts(message, dt.date(2024, 5, 1))
    assert not [f for f in facts if f.field == "quantities.tax_paid"]
