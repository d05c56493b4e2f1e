"""Questions about what something gets (孵化器有什么支持？) and about the policy's window
(还能申请吗？) are answered from the graph, for any policy of the genre."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.concept_support import concept_support, concept_support_text
from assistant.dialogue import default_context, new_state, respond
from assistant.eligibility import rules_from_graph
from assistant.validity import status_line, validity_text
from kg.build import build_policy_graph


def test_every_benefit_naming_the_concept_is_listed_with_its_tier() -> None:
    rules = default_context().rules
    support = concept_support(rules, "高新技术企业有什么奖励？")
    assert support is not None
    assert [p.clause_path for p in support.provisions] == [("三", "（二）", "6")] * 2 + [("三", "（二）", "7")] * 3
    text = concept_support_text(support, rules, "zh")
    assert "首次认定：20万元" in text and "再次认定：10万元" in text
    assert "其他企业：30% × 研发经费增量, ≤ 100万元" in text
    assert text.count("〔三（二）7〕") == 1, "a sentence shared by tiers is quoted once"


def test_a_named_level_keeps_only_its_tier() -> None:
    rules = default_context().rules
    support = concept_support(rules, "国家级孵化器有什么支持？")
    assert support is not None and [p.tier for p in support.provisions] == ["国家级"]


@pytest.mark.parametrize("question", ["我们是高企吗？", "孵化器迁走要退钱吗？", "健身房有什么支持？"])
def test_other_questions_are_not_support_questions(question: str) -> None:
    assert concept_support(default_context().rules, question) is None


def test_another_policy_answers_from_its_own_graph(policies) -> None:  # type: ignore[no-untyped-def]
    rules = rules_from_graph(build_policy_graph(policies["pingshan_digital_economy_2023"]))
    support = concept_support(rules, "规上工业企业有什么支持？")
    assert support is not None
    assert all("above_scale_industrial" in p.qualifications for p in support.provisions)
    assert concept_support(rules, "孵化器有什么支持？") is None  # this policy pays incubators nothing
    text = validity_text(rules, dt.date(2024, 1, 1), "en")
    assert "takes effect on 2023-07-03 and is in force until 2025-12-31" in text and "it is in force" in text


def test_the_window_is_judged_on_the_date_asked() -> None:
    rules = default_context().rules
    assert "本政策尚未生效" in validity_text(rules, dt.date(2021, 1, 1), "zh")
    assert "本政策在有效期内" in validity_text(rules, dt.date(2025, 12, 31), "zh")
    assert "本政策已失效" in validity_text(rules, dt.date(2026, 1, 1), "zh")
    assert status_line(rules, dt.date(2024, 1, 1), "zh") is None
    assert status_line(rules, dt.date(2026, 1, 1), "en") == "Note: this policy expired on 2025-12-31."


def test_a_retrieved_clause_says_the_policy_has_expired() -> None:
    reply, _ = respond("迁走了要退钱吗？", new_state(dt.date(2026, 11, 26)))
    assert "〔五2〕" in reply.answer and reply.answer.endswith("注意：本政策已于2025-12-31到期失效。")
    reply, _ = respond("迁走了要退钱吗？", new_state(dt.date(2024, 11, 26)))
    assert "失效" not in reply.answer


@pytest.mark.parametrize(("question", "words"), [
    ("这个政策2026年还有效吗？", "2026年本政策已失效（有效期至2025-12-31）"),
    ("Will the policy still be valid in 2026?", "2026: it has expired"),
    ("Can we still apply next year?", "Next year: it is in force."),
    ("2022年认定的高企现在还能申请吗？", "按测算日期2024-06-01，本政策在有效期内"),
    ("2021年7月能申请吗？", "2021年7月本政策尚未生效"),
    ("2020年这个政策有效吗", "2020年本政策尚未生效"),
    ("Is it valid in 2024?", "2024: it is in force."),
    ("Is it valid in 2021?", "2021: only 2021-08-18 – 2021-12-31 is inside the window."),
])
def test_a_validity_question_about_a_period_is_judged_on_that_period(question: str, words: str) -> None:
    reply, _ = respond(question, new_state(dt.date(2024, 6, 1)))
    assert reply.intent == "validity" and words in reply.answer and reply.unsupported_numbers() == []


@pytest.mark.parametrize("question", ["高企资格的有效期是几年？", "申报截止时间是什么时候？"])
def test_other_questions_with_validity_words_are_not_about_the_window(question: str) -> None:
    reply, _ = respond(question, new_state(dt.date(2024, 6, 1)))
    assert reply.intent != "validity"


def test_a_level_the_policy_does_not_pay_is_said_so() -> None:
    rules = default_context().rules
    support = concept_support(rules, "市级瞪羚有什么支持")
    assert support is not None and support.level_not_paid
    assert concept_support_text(support, rules, "zh").startswith("本政策没有给市级「瞪羚企业」的支持，只有以下级别")
    provincial = concept_support(rules, "省级瞪羚有什么支持")
    assert provincial is not None and not provincial.level_not_paid


@pytest.mark.parametrize(("question", "lines"), [
    ("专利有什么补助", ["5000元/项, 累计 ≤ 10万元", "国外专利：≤ 4万元/项"]),
    ("上市有什么奖励", ["科创板：500万元", "创业板、主板、中小企业板：300万元"]),
    ("标准制定有什么奖励", ["国际标准：100万元", "地方标准：5万元"]),
])
def test_a_whole_group_gets_every_benefit_of_its_members(question: str, lines: list[str]) -> None:
    rules = default_context().rules
    support = concept_support(rules, question)
    assert support is not None
    text = concept_support_text(support, rules, "zh")
    assert all(line in text for line in lines), text


def test_a_member_named_keeps_the_answer_to_the_member() -> None:
    support = concept_support(default_context().rules, "国外专利有什么补助")
    assert support is not None and [c.id for c in support.concepts] == ["foreign_patent"]
    assert len(support.provisions) == 1


def test_a_group_word_means_only_the_members_it_is_part_of(policies) -> None:  # type: ignore[no-untyped-def]
    pingshan = rules_from_graph(build_policy_graph(policies["pingshan_digital_economy_2023"]))
    assert concept_support(pingshan, "专利有什么补助") is None  # its first-version software is no patent
    assert concept_support(default_context().rules, "补助标准是什么？") is None  # 标准 alone is no standard-setting


def test_a_question_about_incubators_includes_the_offshore_incubator() -> None:
    support = concept_support(default_context().rules, "孵化器有什么支持？")
    assert support is not None
    assert [p.clause_path[-1] for p in support.provisions] == ["3", "3", "3", "5"]


def test_english_lines_are_named_in_english() -> None:
    rules = default_context().rules
    for question in ("What support is there for top talent teams?", "What is there for incubators?"):
        support = concept_support(rules, question)
        assert support is not None, question
        text = concept_support_text(support, rules, "en")
        rows = [line for line in text.splitlines() if line.startswith("- ")]
        assert rows and not any(re.search(r"[\u4e00-\u9fff]", row.split(":")[0]) for row in rows), text


@pytest.mark.parametrize("question", ["中小企业有什么支持？", "工业企业有什么支持？"])
def test_a_concept_that_is_not_paid_is_not_widened_to_a_longer_one(question: str) -> None:
    assert concept_support(default_context().rules, question) is None


def test_an_english_plural_group_word_means_the_same_members() -> None:
    rules = default_context().rules
    plural, singular = concept_support(rules, "What support is there for patents?"), \
        concept_support(rules, "What support is there for patent?")
    assert plural is not None and singular is not None and plural.provisions == singular.provisions
    assert len(plural.provisions) == 2


@pytest.mark.parametrize("question", ["2021年以前成立的企业还能申请吗", "我们的高企认定2025年还有效吗？"])
def test_validity_words_about_something_else_are_not_the_period_asked(question: str) -> None:
    reply, _ = respond(question, new_state(dt.date(2024, 6, 1)))
    assert "2021年本政策" not in reply.answer and "2025年本政策" not in reply.answer
