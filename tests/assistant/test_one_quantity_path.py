"""A figure said in another currency is one quantity value with its currency, read by the same path as a yuan
figure (review14 RS1–RS5, RS8): negation, plans, wishes, questions about a kind of company and corrections act on
it as on yuan; a currency the data does not name (S$, 澳元, "Australian dollars") is never yuan nor US dollars; a
policy bound is read by the project's one amount reader (一千二百万美元, 1,200万美元), and a currency word whose
figure it cannot read is a condition asked, never paid."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility.foreign_bounds import foreign_bounds
from assistant.understanding.currencies import UNKNOWN
from tests.assistant_contexts import context_of_text, reply_after, totals_of

POLICY = """某区促进外商投资企业落地若干措施
第一条 本措施自2024年1月1日起施行，有效期至2026年12月31日。
第二条 对新落户本区的外资企业，实缴注册资本达到800万美元以上、3000万美元以上的，\
分别给予80万元、250万元的一次性奖励。
第三条 对新落户本区的外资制造企业，实缴注册资本达到一千二百万美元以上的，给予60万元一次性奖励。
第四条 对新落户本区的外资服务企业，实缴注册资本达到1,200万美元以上的，给予40万元一次性奖励。
"""
AS_OF = dt.date(2025, 3, 1)
ZH_WHO = "我们是2024年新落户本区的外资企业，"
EN_WHO = "We are a foreign-invested company that newly settled in the district in 2024. "
MIXED_WHO = "我们是2024年新落户本区的外资企业。"  # the payee's words in Chinese, the figures in English
"""(English has no words for the payee 外资企业 yet, so a sure amount needs it said in Chinese.)"""


def _reply(*messages: str):  # type: ignore[no-untyped-def]
    return reply_after(context_of_text(POLICY, "fresh_inward_investment_measures"), AS_OF, *messages)


def _sure(*messages: str) -> int:
    return totals_of(_reply(*messages))[0] if _reply(*messages).eligibility else 0


@pytest.mark.parametrize("message", [
    ZH_WHO + "实缴注册资本不是3500万美元，而是3500万元人民币。",
    EN_WHO + "Our paid-in capital isn't USD 35 million; it is RMB 35 million.",
], ids=["zh", "en"])
def test_a_denied_dollar_figure_is_no_figure(message: str) -> None:
    assert _sure(message) == 0


@pytest.mark.parametrize("message", [
    ZH_WHO + "打算今年把实缴注册资本提高到4000万美元。",
    ZH_WHO + "希望实缴注册资本今年能到4000万美元。",
    MIXED_WHO + "We intend to lift our paid-in registered capital to USD 40 million this year.",
], ids=["zh-plan", "zh-wish", "en-plan"])
def test_a_planned_dollar_figure_is_no_figure(message: str) -> None:
    assert _sure(message) == 0


@pytest.mark.parametrize("message", [
    ZH_WHO + "实缴注册资本4000万美元的外资企业能拿到多少奖励？",
    MIXED_WHO + "What would firms with paid-in capital of USD 40 million receive?",
], ids=["zh", "en"])
def test_a_figure_naming_a_kind_of_company_asked_about_is_not_ours(message: str) -> None:
    assert _sure(message) == 0


@pytest.mark.parametrize("first,correction", [
    (ZH_WHO + "实缴注册资本3500万美元。", "不对，实缴注册资本是3500万元人民币。"),
    (MIXED_WHO + "Our paid-in registered capital is USD 35 million.",
     "Sorry, our paid-in capital is RMB 35 million."),
], ids=["zh", "en"])
def test_a_correction_to_yuan_replaces_the_dollar_figure(first: str, correction: str) -> None:
    assert _sure(first) == 2_500_000  # 35m USD ≥ 30m USD: 250万 (by hand)
    assert _sure(first, correction) == 0  # a yuan figure meets no dollar bound: asked, no rate invented


@pytest.mark.parametrize("first,correction", [
    (ZH_WHO + "实缴注册资本4000万美元。", "不对，是900万美元。"),
    (MIXED_WHO + "Our paid-in registered capital is USD 40 million.", "Sorry, wrong figure: it is USD 9 million."),
], ids=["zh", "en"])
def test_a_correction_in_dollars_replaces_the_dollar_figure(first: str, correction: str) -> None:
    assert _sure(first, correction) == 800_000  # 9m USD: ≥ 8m, < 30m → 80万 (by hand)


def test_a_correction_to_dollars_withdraws_the_yuan_figure() -> None:
    policy = ("某区企业扶持办法\n第一条 本办法自2024年1月1日起施行。\n"
              "第二条 对实缴注册资本达到5000万元以上的企业，给予50万元奖励。\n")
    context = context_of_text(policy, "fresh_yuan_capital_award")
    before = reply_after(context, AS_OF, "我们是本区企业，实缴注册资本6000万元。")
    after = reply_after(context, AS_OF, "我们是本区企业，实缴注册资本6000万元。", "不对，是6000万美元。")
    assert totals_of(before)[0] == 500_000
    assert totals_of(after)[0] == 0  # dollars meet no yuan bound without a stated conversion: asked


BOTH = """某区企业增资扶持办法
第一条 本办法自2024年1月1日起施行。
第二条 对实缴注册资本达到3000万元以上的企业，给予30万元奖励。
第三条 对新落户本区的外资企业，实缴注册资本达到3000万美元以上的，给予90万元奖励。
"""


@pytest.mark.parametrize("message", [
    ZH_WHO + "实缴注册资本S$4000万。",
    ZH_WHO + "实缴注册资本4000万澳元。",
    ZH_WHO + "实缴注册资本4000万新加坡元。",
    MIXED_WHO + "Our paid-in registered capital is A$40 million.",
    MIXED_WHO + "Our paid-in registered capital is 40 million Canadian dollars.",
    MIXED_WHO + "Our paid-in registered capital is 20 million Swiss francs.",
], ids=["zh-S$", "zh-aud", "zh-sgd", "en-A$", "en-cad", "en-chf"])
def test_a_currency_not_named_is_neither_yuan_nor_dollars(message: str) -> None:
    # S$ is no US$ and 澳元 no 元: neither the yuan bound (30万) nor the dollar bound (90万) is met or refused on it
    reply = reply_after(context_of_text(BOTH, "fresh_capital_increase_measures"), AS_OF, message)
    assert totals_of(reply)[0] == 0
    refused = [n["clause_path"] for n in reply.eligibility["not_eligible"]]
    assert ["第二条"] not in refused and ["第三条"] not in refused


@pytest.mark.parametrize("message", [
    "我们是2024年新落户本区的外资制造企业，实缴注册资本300万美元。",
    "We are a foreign-invested manufacturer that newly settled in the district in 2024; paid-in capital USD 3 million.",
], ids=["zh", "en"])
def test_bounds_written_in_words_or_with_a_thousands_comma_are_read(message: str) -> None:
    # 一千二百万美元 / 1,200万美元 are 12m USD; 3m USD is below both: 第三条 and 第四条 are never sure
    reply = _reply(message)
    paid = [b["clause_path"] for b in reply.eligibility["benefits"] if b["amount_min_cny"]]
    assert ["第三条"] not in paid and ["第四条"] not in paid


def test_the_bounds_are_read_by_the_one_amount_reader() -> None:
    assert [(int(b.value), b.currency) for b in foreign_bounds("实缴注册资本达到一千二百万美元以上的")] == \
        [(12_000_000, "USD")]
    assert [(int(b.value), b.currency) for b in foreign_bounds("实缴注册资本达到1,200万美元以上的")] == \
        [(12_000_000, "USD")]
    assert [(int(b.value), b.currency) for b in foreign_bounds("financing of no less than US$12 million")] == \
        [(12_000_000, "USD")]


def test_a_currency_word_whose_figure_is_not_read_is_an_unread_bound() -> None:
    [bound] = foreign_bounds("实缴注册资本达到若干万美元以上的")
    assert (bound.currency, bound.concept, bound.lower) == (UNKNOWN, None, False)
    assert foreign_bounds("以美元计价的合同") == ()
