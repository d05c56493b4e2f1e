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
