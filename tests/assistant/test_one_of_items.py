"""A rule that pays one of the policy's own items only (第（一）、（二）项…不得兼得，按就高原则执行) makes those items'
awards alternatives: the highest is paid, never their sum; a rule of funding outside the policy's items stays a
caveat (review10 chain10 #3: 20万 + 50万 = 70万 was shown as sure where the text pays 50万)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from assistant.eligibility.one_of_items import ONE_OF_ITEMS_FILE, item_number, item_words
from tests.assistant_contexts import context_of_text, reply_after

EXAMPLES = yaml.safe_load(ONE_OF_ITEMS_FILE.read_text(encoding="utf-8"))["examples"]
AS_OF = dt.date(2025, 3, 1)


@pytest.mark.parametrize(("sentence", "numbers"), EXAMPLES["numbered"])
def test_the_items_a_sentence_numbers_are_read(sentence: str, numbers: list[str]) -> None:
    assert list(item_words().numbers(sentence)) == numbers


@pytest.mark.parametrize("sentence", EXAMPLES["said_before"])
def test_the_awards_printed_before_are_named(sentence: str) -> None:
    words = item_words()
    assert words.names_items_before(sentence) and not words.of_other_funding(sentence)


@pytest.mark.parametrize("sentence", EXAMPLES["not_items"])
def test_a_rule_of_other_funding_names_no_item(sentence: str) -> None:
    words = item_words()
    assert not words.numbers(sentence) and (words.of_other_funding(sentence) or not words.names_items_before(sentence))


@pytest.mark.parametrize(("label", "number"), [("（二）", "2"), ("三", "3"), ("(4)", "4"), ("第十二", "12")])
def test_item_labels_are_read_as_numbers(label: str, number: str) -> None:
    assert item_number(label) == number


def _policy(rule: str) -> str:
    return ("某县促进企业研发平台建设办法\n一、支持内容\n"
            "（一）对新获批的市级企业研发中心，给予30万元奖励。\n"
            "（二）对新获批的市级重点实验室，给予80万元奖励。\n"
            "（三）对新获批的市级技术创新示范企业，给予10万元奖励。\n"
            f"（四）{rule}\n"
            "二、附则\n本办法自2024年1月1日起施行，有效期至2026年12月31日。\n")


COMPANY = ("我们公司在本县，2024年5月新获批市级企业研发中心，2024年8月新获批市级重点实验室，"
           "2024年9月还新获批了市级技术创新示范企业。")


def _total(reply: Any) -> tuple[int, int]:
    return reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]


def test_two_numbered_items_pay_the_higher_and_the_third_item_too() -> None:
    # 研发中心 30万 and 重点实验室 80万 are one of (第（一）、（二）项): 80万; 示范企业 10万 is not named: 90万 by hand
    rule = "同一企业同一年度获得第（一）、（二）项支持的，不重复享受，按就高原则执行。"
    context = context_of_text(_policy(rule), "one_of_two")
    assert _total(reply_after(context, AS_OF, COMPANY)) == (900_000, 900_000)


def test_the_awards_printed_before_pay_the_highest_only() -> None:
    # 上述支持…就高不重复: 30万, 80万, 10万 → 80万 by hand
    context = context_of_text(_policy("同一企业符合上述多项支持的，按就高不重复原则给予支持。"), "one_of_above")
    reply = reply_after(context, AS_OF, COMPANY)
    assert _total(reply) == (800_000, 800_000)
    assert not [c for c in reply.eligibility["caveats"] if c["subtype"] == "no_double_funding"]


def test_a_rule_of_other_funding_keeps_the_sum_with_its_caveat() -> None:
    # other (municipal) funding is not the policy's items: 30万 + 80万 + 10万 = 120万, the rule a caveat
    context = context_of_text(_policy("已获得市级财政资金支持的同一项目，不重复支持。"), "other_funding")
    reply = reply_after(context, AS_OF, COMPANY)
    assert _total(reply) == (1_200_000, 1_200_000)
    assert [c for c in reply.eligibility["caveats"] if c["subtype"] == "no_double_funding"]


@pytest.mark.parametrize("sentence", EXAMPLES["whole_policy"])
def test_a_rule_of_the_whole_document_is_read(sentence: str) -> None:
    words = item_words()
    assert words.names_whole_policy(sentence) and not words.of_other_funding(sentence)


@pytest.mark.parametrize("sentence", EXAMPLES["same_year"])
def test_a_rule_within_one_year_is_read(sentence: str) -> None:
    assert item_words().within_a_year(sentence)


def _whole_policy(rule: str) -> str:
    # the rule sits in the closing chapter, not among the items it names (the 附则 of 甘井子区经济工作奖励暂行办法)
    return ("某区科技创新奖励实施细则\n第一章 奖励内容\n"
            "第一条 对新获批的市级企业研发中心，一次性奖励30万元。\n"
            "第二条 对新获批的市级重点实验室，一次性奖励80万元。\n"
            "第二章 附则\n"
            f"第三条 {rule}\n"
            "第四条 本细则自2024年1月1日起施行，有效期至2026年12月31日。\n")


WHOLE_POLICY_RULE = "同一单位在同一年度内满足本细则两项以上奖励条件的，最多给予一项奖励。"


@pytest.mark.parametrize("company", [
    "我们公司在本区，2024年3月新获批市级企业研发中心，2024年10月又新获批市级重点实验室。",
    "Our company is in this district; in March 2024 we were newly approved as a municipal enterprise R&D centre, "
    "and in October 2024 as a municipal key laboratory.",
])
def test_a_whole_document_rule_pays_one_award_a_year(company: str) -> None:
    # both awards in 2024: 30万 or 80万, one a year → 80万 by hand (not 110万)
    context = context_of_text(_whole_policy(WHOLE_POLICY_RULE), "whole_one_a_year")
    reply = reply_after(context, AS_OF, company)
    assert _total(reply) == (800_000, 800_000)
    assert not [c for c in reply.eligibility["caveats"] if c["subtype"] == "no_double_funding"]


def test_a_whole_document_rule_of_one_year_pays_awards_of_different_years() -> None:
    # 2024 and 2025: one award each year → 30万 + 80万 = 110万 by hand
    context = context_of_text(_whole_policy(WHOLE_POLICY_RULE), "whole_two_years")
    company = "我们公司在本区，2024年3月新获批市级企业研发中心，2025年1月新获批市级重点实验室。"
    assert _total(reply_after(context, AS_OF, company)) == (1_100_000, 1_100_000)


def test_a_whole_document_rule_without_a_year_pays_one_award() -> None:
    # 本细则各项奖励只能享受一项 (no year): 2024 and 2025 still one award → 80万 by hand
    context = context_of_text(_whole_policy("本细则各项奖励不得兼得，同一单位只能享受其中一项。"), "whole_one_only")
    company = "我们公司在本区，2024年3月新获批市级企业研发中心，2025年1月新获批市级重点实验室。"
    assert _total(reply_after(context, AS_OF, company)) == (800_000, 800_000)
