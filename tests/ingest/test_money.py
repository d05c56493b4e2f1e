"""Amounts, numerals and rates as printed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.money import NumberFormatError, find_money, find_rates, numeral_value, parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("3000", 3000), ("3,000", 3000), ("20,000,000", 20_000_000), ("1.3亿", 130_000_000),
    ("1亿3千万", 130_000_000), ("两千万", 20_000_000), ("三千万", 30_000_000), ("五百", 500),
    ("一万", 10_000), ("十", 10), ("5000万", 50_000_000), ("０.５万", 5000), ("3千", 3000),
])
def test_numbers_in_every_printed_form(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "3,00", "万万"])
def test_bad_numbers_raise(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number(text)


def test_money_mentions_keep_their_spans() -> None:
    text = "分别给予500万元、100万元、50万元补助，单项最高 100 万元，每满一万人奖励一万元"
    found = find_money(text, offset=7)
    assert [m.value for m in found] == [5_000_000, 1_000_000, 500_000, 1_000_000, 10_000]
    for mention in found:
        assert text[mention.start - 7:mention.end - 7] == mention.written


def test_a_chinese_number_not_followed_by_yuan_is_not_money() -> None:
    assert find_money("一次性给予，每满一万人") == []


def test_rates() -> None:
    rates = find_rates("按合同金额30%给予支持，不超过投资总额的50％，百分之二十")
    assert [r.value for r in rates] == [Decimal("0.3"), Decimal("0.5"), Decimal("0.2")]


@pytest.mark.parametrize(("label", "value"), [("十五", 15), ("三", 3), ("12", 12), ("二十一", 21)])
def test_clause_label_numerals(label: str, value: int) -> None:
    assert numeral_value(label) == value


@given(st.integers(min_value=1, max_value=99_999))
def test_wan_amounts_round_trip(value: int) -> None:
    (mention,) = find_money(f"给予{value}万元补助")
    assert mention.value == value * 10_000


@given(st.integers(min_value=1, max_value=10**12))
def test_grouped_yuan_amounts_round_trip(value: int) -> None:
    (mention,) = find_money(f"给予{value:,}元")
    assert mention.value == value


def test_a_list_after_fenbie_of_amounts_without_yuan() -> None:
    found = find_money("主营业务收入首次超过1.5亿元、3亿元的，分别一次性给予企业10万、20万。")
    assert [(m.written, m.value) for m in found] == [
        ("1.5亿元", Decimal("150000000")), ("3亿元", Decimal("300000000")),
        ("10万", Decimal("100000")), ("20万", Decimal("200000"))]


def test_amounts_in_wan_without_yuan_and_without_fenbie_are_not_money() -> None:
    assert find_money("企业数量达到10万、20万家") == []


def test_numerals_below_a_hundred_are_read_as_cn2an_reads_them() -> None:
    import cn2an

    for n in range(100):
        written = str(cn2an.an2cn(n, "low"))
        assert numeral_value(written) == n, written
        assert parse_number(written) == n, written
    assert [numeral_value(written) for written in ("十五", "两", "〇", "一百零五")] == [15, 2, 0, 105]
