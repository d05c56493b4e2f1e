"""Funding already received: every example of ``ontology/cues/received_funding.yaml``, spans, kinds, and the funding
a message says was received (市里之前给过我们50万, "we never applied for patent funding")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts
from assistant.understanding.received_funding import funding_wording, received_funding

CASES = [(lang, kind, example) for lang in ("zh", "en")
         for kind in ("match", "no_match") for example in funding_wording(lang).examples.get(kind, [])]
AS_OF = dt.date(2025, 6, 30)


@pytest.mark.parametrize(("lang", "kind", "example"), CASES, ids=[f"{lang}-{k}-{e}" for lang, k, e in CASES])
def test_every_example(lang: str, kind: str, example: str) -> None:
    if kind == "no_match":
        assert received_funding(example, lang) == []
        return
    text, expected = (part.strip() for part in example.split("=>"))
    found = received_funding(text, lang)
    assert len(found) == 1, (text, found)
    assert found[0].amount_cny == (None if expected == "?" else Decimal(expected))


def test_spans_point_at_the_clause_and_the_amounts() -> None:
    text = "我们投资了5000万，已获得市级资助300万，还没拿过专利资助"
    found = received_funding(text)
    assert [(item.text, item.amount_cny, item.kind) for item in found] == [
        ("已获得市级资助300万", Decimal(3000000), "other"), ("还没拿过专利资助", Decimal(0), "patent")]
    assert all(text[item.start:item.end] == item.text for item in found)
    amount = found[0].amounts[0]
    assert text[amount.start:amount.end] == "300万"
    assert found[1].explicit_zero and not found[0].explicit_zero


def test_an_explicit_none_is_zero_not_a_negated_platform() -> None:
    found = received_funding("We haven't received any other government funding, and we have no key lab")
    assert [(item.amount_cny, item.kind) for item in found] == [(Decimal(0), "other")]


def _read(message: str) -> dict[str, Any]:
    return {fact.key: fact.value for fact in understand_facts(message, AS_OF)}


@pytest.mark.parametrize(("message", "field", "amount"), [
    ("市里之前给过我们50万", "other_funding_cny", 500_000),
    ("we never applied for patent funding", "patent_funding_received_cny", 0),
    ("省里已经拨了200万的资助", "other_funding_cny", 2_000_000),
])
def test_funding_received(message: str, field: str, amount: int) -> None:
    assert _read(message)[field] == amount


@pytest.mark.parametrize(("message", "field", "amount"), [
    ("The province gave us RMB 2m for the centre already.", "other_funding_cny", 2_000_000),
    ("我们之前没有拿过政府的钱", "other_funding_cny", 0),
])
def test_more_ways_to_say_funding_received(message: str, field: str, amount: int) -> None:
    assert _read(message)[field] == amount
