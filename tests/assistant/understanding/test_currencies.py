"""An amount a company states in another currency (USD 35 million, 3500万美元) keeps its currency: it is never
read as yuan nor converted (why7 b1: "paid-in registered capital is USD 35 million" was captured as CNY 35 million,
a wrong fact that rejected an award)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.profile import parse_profile
from assistant.understanding.cue_files import read_cue_file
from assistant.understanding.facts import profile_data, understand_facts
from assistant.understanding.quantities import amounts, foreign_amounts

EXAMPLES = read_cue_file("money")["currency_examples"]
AS_OF = dt.date(2024, 6, 1)


@pytest.mark.parametrize("example", EXAMPLES)
def test_the_currency_of_each_example(example: str) -> None:
    words, expected = example.split(" => ")
    currency, value = expected.split()
    if currency == "CNY":
        assert [item.value for item in amounts(words)] == [Decimal(value)] and not foreign_amounts(words)
    else:
        assert [(item.value, item.currency) for item in foreign_amounts(words)] == [(Decimal(value), currency)]
        assert amounts(words) == []


@pytest.mark.parametrize("message", ["我们的实缴注册资本是1200万美元，已经全部到位。",
                                     "Paid-in registered capital: 12 million US dollars, fully paid."],
                         ids=["zh", "en"])
def test_a_figure_in_dollars_is_kept_in_dollars(message: str) -> None:
    facts = understand_facts(message, AS_OF)
    profile = parse_profile(profile_data(list(getattr(facts, "facts", facts))))
    [figure] = profile.quantities["registered_capital"]
    assert (figure.amount_cny, figure.currency) == (Decimal(12_000_000), "USD")


def test_a_yuan_figure_beside_a_dollar_figure_keeps_its_own_quantity() -> None:
    facts = understand_facts("2023年营业收入8000万元、实缴注册资本600万美元", AS_OF)
    profile = parse_profile(profile_data(list(getattr(facts, "facts", facts))))
    assert [(v.year, v.amount_cny, v.currency) for v in profile.quantities["revenue"]] == \
        [(2023, Decimal(80_000_000), "CNY")]
    assert [(v.amount_cny, v.currency) for v in profile.quantities["registered_capital"]] == \
        [(Decimal(6_000_000), "USD")]


@pytest.mark.parametrize("message", ["2022年5月我们在纳斯达克上市了，募资2500万美元，主要用于研发。",
                                     "We listed on Nasdaq in May 2022, raised US$25 million, mostly for R&D."],
                         ids=["zh", "en"])
def test_a_dollar_figure_after_the_dated_event_of_its_sentence_is_of_that_year(message: str) -> None:
    facts = understand_facts(message, AS_OF)
    profile = parse_profile(profile_data(list(getattr(facts, "facts", facts))))
    assert [(v.year, v.amount_cny, v.currency) for v in profile.quantities["financing_amount"]] == \
        [(2022, Decimal(25_000_000), "USD")]
