"""The "why" of a benefit in sentences in the user's language, every number from the result."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pytest
import yaml

from assistant.answer import allowed_numbers, unsupported_numbers
from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import EligibilityResult, evaluate, rules_from_graph
from assistant.eligibility.result import Benefit
from assistant.eligibility.rules import PolicyRules
from assistant.explanation import explain_benefit, money
from assistant.format import percent
from assistant.profile import parse_profile
from kg.store import open_store
from tests.conftest import ROOT
from tests.internals import assert_no_internals, internals

SCENARIOS = ROOT / "tests" / "scenarios"
EXPLAINED = ["017-hte-enterprise-type-unstated", "025-rd-leader-above-cap", "032-rd-leader-and-above-scale-multi-year",
             "034-rd-mixed-years", "007-incubator-national", "078-day-after-expiry", "063-patents-20-invention",
             "066-patents-20-with-prior-funding", "074-workstations-2023", "051-mic-national-share-cap",
             "081-in-zone-unknown", "013-hte-first", "030-rd-residual-above-cap", "092-rd-above-scale-then-leader"]


@pytest.fixture(scope="module")
def rules() -> PolicyRules:
    return rules_from_graph(open_store(None).graph())


def scenario_result(name: str, rules: PolicyRules) -> EligibilityResult:
    scenario = yaml.safe_load((SCENARIOS / f"{name}.yaml").read_text(encoding="utf-8"))
    as_of = scenario["as_of"]
    as_of = as_of if isinstance(as_of, dt.date) else dt.date.fromisoformat(str(as_of))
    return evaluate(parse_profile(scenario["profile"], name), as_of, rules)


def result_numbers(benefit: Benefit, result: EligibilityResult) -> set[str]:
    """The numbers the result holds for this benefit, in any form they are shown in: the
    trace's parameters (rates also as percentages), the clause path, the benefit's amounts, the
    could-add amounts of its clause and the policy's dates — never the quote or the basis text."""
    rates = [percent(Decimal(str(step.parameters["rate"]))) for step in benefit.trace if "rate" in step.parameters]
    could = [[c.amount_min_cny, c.amount_max_cny] for c in result.could_add if c.clause_path == benefit.clause_path]
    years = [list(value) for step in benefit.trace for value in step.parameters.values() if isinstance(value, dict)]
    numbers = allowed_numbers([step.parameters for step in benefit.trace], years, list(benefit.clause_path), rates,
                              [benefit.amount_min_cny, benefit.amount_max_cny], could,
                              [result.policy.get("valid_from"), result.policy.get("valid_until")])
    in_english = [money(int(number), "en") for number in numbers if number.isdigit()]  # CNY 120 million
    return numbers | allowed_numbers(in_english)


def sentences_of(text: str) -> str:
    """The explanation without its headline (the headline carries the clause's quote)."""
    return text.split("\n", 1)[1] if "\n" in text else ""


@pytest.mark.parametrize("name", EXPLAINED)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_step_is_a_sentence_in_the_language_with_the_results_numbers(name: str, lang: str,
                                                                           rules: PolicyRules) -> None:
    result = scenario_result(name, rules)
    assert result.benefits, name
    for benefit in result.benefits:
        explanation = explain_benefit(benefit, result, rules, lang)
        text = explanation.text()
        assert_no_internals(text, lang)
        assert explanation.sentences, (name, benefit.provision_id)
        body = sentences_of(text)
        assert unsupported_numbers(body, result_numbers(benefit, result)) == [], (name, lang, body)
        if lang == "zh":
            assert not re.search(r"[A-Za-z]{3,}", re.sub(r"CNAS|CMA|PCT|MAH|R&D|STAR", "", body)), body


UNTYPED_ABOVE_CAP = {"location": {"in_zone": True},
                     "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-15"}],
                     "rd_expense": [{"year": 2023, "amount_cny": 18000000}, {"year": 2024, "amount_cny": 26500000}]}


@pytest.mark.parametrize("name", ["017-hte-enterprise-type-unstated", "untyped above the cap"])
def test_the_default_cap_is_said_in_words(name: str, rules: PolicyRules) -> None:
    result = scenario_result(name, rules) if name[0].isdigit() else \
        evaluate(parse_profile(UNTYPED_ABOVE_CAP, name), dt.date(2025, 6, 30), rules)
    rate = next(b for b in result.benefits if b.kind == "rate_with_cap")
    zh = explain_benefit(rate, result, rules, "zh").text()
    assert "贵公司未说明企业类型，按其他企业的上限100万元计算" in zh
    assert "高新技术企业" in zh and "high_tech_enterprise" not in zh
    en = explain_benefit(rate, result, rules, "en").text()
    assert "did not state its enterprise type" in en and "other enterprises" in en and "CNY 1 million" in en


def test_a_type_stated_as_not_held_is_said(rules: PolicyRules) -> None:
    result = scenario_result("030-rd-residual-above-cap", rules)
    rate = next(b for b in result.benefits if b.kind == "rate_with_cap")
    said = explain_benefit(rate, result, rules, "zh").text()
    assert "贵公司不属于上限更高的企业类型，按其他企业的上限100万元计算" in said


def test_a_stated_type_names_its_cap(rules: PolicyRules) -> None:
    result = scenario_result("025-rd-leader-above-cap", rules)
    rate = next(b for b in result.benefits if b.kind == "rate_with_cap")
    zh = explain_benefit(rate, result, rules, "zh").text()
    assert "贵公司属于科技型领军企业，按其上限1000万元计算" in zh
    assert "leading technology enterprise" in explain_benefit(rate, result, rules, "en").text()


def test_a_tier_says_the_level_met(rules: PolicyRules) -> None:
    result = scenario_result("007-incubator-national", rules)
    zh = explain_benefit(result.benefits[0], result, rules, "zh").text()
    assert "级别为国家级" in zh and "最高给予100万元" in zh and "不是承诺" in zh
    assert "Its level is national" in explain_benefit(result.benefits[0], result, rules, "en").text()


def test_could_add_lines_name_the_missing_fact(rules: PolicyRules) -> None:
    result = evaluate(parse_profile(UNTYPED_ABOVE_CAP, "untyped"), dt.date(2025, 6, 30), rules)
    assert result.could_add
    rate = next(b for b in result.benefits if b.kind == "rate_with_cap")
    zh = explain_benefit(rate, result, rules, "zh").text()
    assert "若贵公司是科技型领军企业，本条还可多得" in zh and "不计入上述合计" in zh
    en = explain_benefit(rate, result, rules, "en").text()
    assert "If the company is a leading technology enterprise, this clause could add" in en


def test_an_expired_policy_is_said(rules: PolicyRules) -> None:
    result = scenario_result("078-day-after-expiry", rules)
    assert result.policy_status == "expired"
    zh = explain_benefit(result.benefits[0], result, rules, "zh").text()
    assert "本政策已于2025-12-31失效" in zh
    assert "expired on 2025-12-31" in explain_benefit(result.benefits[0], result, rules, "en").text()


def ask(messages: list[str], as_of: dt.date, context: AssistantContext) -> list[Any]:
    state = new_state(as_of)
    replies = []
    for message in messages:
        reply, state = respond(message, state, context)
        replies.append(reply)
    return replies


@pytest.fixture(scope="module")
def context(rules: PolicyRules) -> AssistantContext:
    return AssistantContext(rules)


def test_why_in_a_chinese_chat_is_chinese_sentences(context: AssistantContext) -> None:
    _, why = ask(["我们是片区内的软件企业，2022年11月第一次被认定为高新技术企业，研发投入2023年1800万，"
                      "2024年2650万，能拿多少？", "为什么是100万"], dt.date(2025, 6, 30), context)
    assert why.intent == "explanation" and why.lang == "zh"
    text = why.answer
    assert "30% × (2650万元 − 1800万元) = 255万元" in text
    assert "贵公司未说明企业类型，按其他企业的上限100万元计算" in text
    assert "计算明细" in text
    assert_no_internals(text, "zh")
    assert why.unsupported_numbers() == []


def test_why_in_an_english_chat_is_english_sentences(context: AssistantContext) -> None:
    _, why = ask(["We are in the zone, first recognised as a High and New Technology Enterprise in November 2022; "
                  "R&D spending was 18 million yuan in 2023 and 26.5 million in 2024. What can we get?",
                  "Why 1 million?"], dt.date(2025, 6, 30), context)
    assert why.lang == "en"
    assert "30% × (CNY 26.5 million − CNY 18 million) = CNY 2.55 million" in why.answer
    assert "did not state its enterprise type" in why.answer and "Calculation details" in why.answer
    assert_no_internals(why.answer, "en")
    assert why.unsupported_numbers() == []


@pytest.mark.parametrize(("text", "lang", "finding"), [
    ("met: holds High and New Technology Enterprise (qualifications[0])", "zh", "English trace"),
    ("须遵守 stay_or_refund 义务", "zh", "id 'stay_or_refund'"),
    ('画像 {"id": "high_tech_enterprise", "round": "first"}', "zh", "JSON"),
    ("rate_with_cap sec3/sub2/item7/p1 — span 2197–2277", "en", "clause path"),
    ("rate_with_cap sec3/sub2/item7/p1 — span 2197–2277", "en", "span"),
    ("计算过程 How it was computed", "en", "Chinese internal"),
])
def test_the_internals_check_finds_each_kind(text: str, lang: str, finding: str) -> None:
    assert any(found.startswith(finding) for found in internals(text, lang)), internals(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("贵公司是高新技术企业，〔三（二）7〕按其他企业的上限100万元计算。", "zh"),
    ("科创板上市 STAR Market，CNAS 认可", "zh"),
    ("The company is a High and New Technology Enterprise: 〔三（二）7〕“其他企业最高不超过100万元”", "en"),
])
def test_the_internals_check_passes_plain_words(text: str, lang: str) -> None:
    assert internals(text, lang) == []


@pytest.mark.parametrize(("messages", "lang"), [
    (["我们是片区内的软件企业，2022年11月第一次被认定为高新技术企业，"
      "研发投入2023年1800万，2024年2650万，能拿多少？"], "zh"),
    (["我们在片区内，2023年获得发明专利授权21件，之前没拿过专利资助，"
      "国家级制造业创新中心2023年5月1日认定，投资800万"], "zh"),
    (["We are in the zone, first recognised as a High and New Technology Enterprise in November 2022; R&D spending "
      "was 18 million yuan in 2023 and 26.5 million in 2024. What can we get?"], "en"),
    (["We're in the zone with 21 invention patents granted in 2023 and no patent funding received before."], "en"),
])
def test_the_answer_lines_say_the_arithmetic_in_the_reply_language(messages: list[str], lang: str,
                                                                   context: AssistantContext) -> None:
    reply = ask(messages, dt.date(2024, 6, 30), context)[-1]
    assert reply.lang == lang and reply.eligibility and reply.eligibility["benefits"]
    assert_no_internals(reply.answer, lang)
    assert reply.unsupported_numbers() == []
