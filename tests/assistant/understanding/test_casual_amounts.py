"""Casual amounts: every example of ``ontology/cues/money.yaml``, and today's forms still read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.understanding.casual_amounts import all_amounts, money_wording
from assistant.understanding.cues import all_cues
from assistant.understanding.quantities import zh_amounts

CASES = [(pattern.name, kind, example) for pattern in money_wording().patterns
         for kind in ("match", "no_match") for example in pattern.examples.get(kind, [])]


@pytest.mark.parametrize(("pattern", "kind", "example"), CASES, ids=[f"{p}-{k}-{e}" for p, k, e in CASES])
def test_every_example(pattern: str, kind: str, example: str) -> None:
    compiled = next(item for item in money_wording().patterns if item.name == pattern)
    if kind == "match":
        text, expected = (part.strip() for part in example.split("=>"))
        found = all_amounts(text)
        assert [item.value for item in found] == [Decimal(expected)], (text, found)
    else:
        assert compiled.regex.search(example) is None, (pattern, example)


def test_casual_and_usual_forms_together_with_spans() -> None:
    text = "研发投入从2800w涨到5000万，已获得资助300万，RMB 2 million and five million yuan"
    found = all_amounts(text)
    assert [(item.text, item.value) for item in found] == [
        ("2800w", Decimal(28000000)), ("5000万", Decimal(50000000)), ("300万", Decimal(3000000)),
        ("RMB 2 million", Decimal(2000000)), ("five million", Decimal(5000000))]
    assert all(text[item.start:item.end] == item.text for item in found)


def test_no_amount_in_counts_and_durations() -> None:
    assert all_amounts("我们有30件专利，持续经营10年") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("技术合同这900万是前年的", [("900万", 9000000)]),
    ("那两千三百万的合同签在2023年", [("两千三百万", 23000000)]),
    ("哪1500万？我说的是研发", [("1500万", 15000000)]),
    ("这三块地都租出去了", []),
])
def test_an_amount_pointed_at_is_read_whole(text: str, expected: list[tuple[str, int]]) -> None:
    """这/那/哪 before an amount (那600万) point at it: the amount is read whole, never from inside its digits
    (read as 00万, i.e. 0, so a restated year's figure was replaced by 0); 这三块 are still pieces, not yuan."""
    assert [(item.text, item.value) for item in all_amounts(text)] == [(t, Decimal(v)) for t, v in expected]


def test_kuai_as_a_part_is_a_cue_with_examples() -> None:
    examples = list(all_cues()["a_part_not_yuan"].examples())
    assert any(text == "都能申请吗" and should for _, text, should in examples)
    assert zh_amounts("两块都能申请吗") == [] and zh_amounts("有三块地") == []
    assert [f.value for f in zh_amounts("区里给了500块，不多")] == [Decimal(500)]
