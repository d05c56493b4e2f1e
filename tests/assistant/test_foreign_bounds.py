"""Thresholds printed in another currency (实缴注册资本达到1000万美元以上, 实现融资1000万美元以上) are checked in that
currency on the company's figure in it, and asked otherwise: never converted at an invented rate, never paid as sure
unread (why7 b1 / a4: a USD capital was judged as yuan; an overseas listing paid 200万 without its financing)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility.foreign_bounds import foreign_bounds
from tests.assistant_contexts import context_of_text, reply_after

POLICY = """某区鼓励外资企业落户办法
第一条 本办法自2023年1月1日起施行，有效期三年。
第二条 对新落户本区的外资企业，实缴注册资本达到500万美元以上、2000万美元以上、5000万美元以上的，\
分别给予100万元、300万元、600万元的一次性奖励。
第三条 对在境外主板上市且实现融资800万美元以上的企业，一次性给予150万元奖励。
"""
AS_OF = dt.date(2024, 5, 1)


def _paid(message: str) -> dict[str, object]:
    return reply_after(context_of_text(POLICY, "fresh_foreign_capital_policy"), AS_OF, message).eligibility


def test_thresholds_in_dollars_are_read_with_their_quantity() -> None:
    bounds = foreign_bounds("实缴注册资本达到500万美元以上、2000万美元以上的")
    assert [(b.concept, int(b.value), b.currency, b.lower) for b in bounds] == [
        ("registered_capital", 5_000_000, "USD", True), ("registered_capital", 20_000_000, "USD", True)]


@pytest.mark.parametrize("message", ["我们是2023年新落户本区的外资企业，实缴注册资本2600万美元。",
                                     "We are a foreign-invested company that newly settled in the district in 2023; "
                                     "our paid-in registered capital is USD 26 million."], ids=["zh", "en"])
def test_a_dollar_capital_is_compared_in_dollars(message: str) -> None:
    # 26M USD ≥ 20M, < 50M: the 300万 tier only (by hand: 3,000,000), never the 100万 tier beside it, and never a
    # rejection as "CNY 26 million"; in English the payee 外资企业 may still be asked (then nothing is sure)
    result = _paid(message)
    paid = [(b["title"], b["amount_min_cny"], b["amount_max_cny"]) for b in result["benefits"]]
    assert paid in ([("第二条（2000万美元以上）", 3_000_000, 3_000_000)], [])
    assert result["total_max_cny"] <= 3_000_000
    refused = sorted(n["title"] for n in result["not_eligible"] if n["clause_path"] == ["第二条"])
    assert refused == ["第二条（5000万美元以上）", "第二条（500万美元以上）"]
    if message.startswith("我们"):
        assert (result["total_min_cny"], result["total_max_cny"]) == (3_000_000, 3_000_000)


@pytest.mark.parametrize("message", ["我们是本区企业，今年在香港联交所主板上市了。",
                                     "We are a company of the district and listed on the main board of the Hong Kong "
                                     "stock exchange this year."], ids=["zh", "en"])
def test_an_overseas_listing_without_its_financing_is_asked(message: str) -> None:
    result = _paid(message)
    assert all(b["clause_path"] != ["第三条"] for b in result["benefits"] if b["amount_min_cny"])
    assert result["total_min_cny"] == 0


@pytest.mark.parametrize("message", ["我们实缴注册资本是3000万元人民币，新落户本区的外资企业。",
                                     "We newly settled in the district as a foreign-invested firm with paid-in "
                                     "capital of RMB 30 million."], ids=["zh", "en"])
def test_a_yuan_capital_against_a_dollar_bound_is_asked_not_converted(message: str) -> None:
    result = _paid(message)
    assert all(b["clause_path"] != ["第二条"] for b in result["benefits"] if b["amount_min_cny"])
    assert not [n for n in result["not_eligible"] if n["clause_path"] == ["第二条"]]


@pytest.mark.parametrize("message", ["我们是本区企业，2023年6月在香港联交所主板上市并实现融资1500万美元。",
                                     "We are a company of the district; in June 2023 we listed on the main board of "
                                     "the Hong Kong stock exchange and raised US$15 million."], ids=["zh", "en"])
def test_an_overseas_listing_with_its_financing_stated_in_dollars_is_paid(message: str) -> None:
    # 15M USD ≥ 8M USD: 第三条's 150万 (by hand: 1,500,000), compared in dollars; never from a yuan figure
    result = _paid(message)
    paid = [(b["clause_path"], b["amount_min_cny"]) for b in result["benefits"]]
    assert paid in ([(["第三条"], 1_500_000)], [])  # paid, or still hinging on what is not the financing
    assert not any(q["key"].startswith("condition:") for q in result["questions"])  # the financing is settled
    assert result["total_max_cny"] <= 1_500_000
