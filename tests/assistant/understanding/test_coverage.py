"""Every clause is used or shown back: clause breaks, spans, greetings, the notice in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.coverage import (
    clauses_of,
    coverage,
    ignorable_examples,
    is_ignorable,
    not_understood_notice,
    unused_clauses,
)
from assistant.understanding.received_funding import received_funding
from assistant.understanding.relative_dates import resolve_dates

CASES = [(lang, kind, text) for lang in ("zh", "en") for kind, text in ignorable_examples(lang)]


@pytest.mark.parametrize(("lang", "kind", "text"), CASES, ids=[f"{lang}-{k}-{t}" for lang, k, t in CASES])
def test_every_greeting_example(lang: str, kind: str, text: str) -> None:
    assert is_ignorable(text, lang) == (kind == "match")


def test_clauses_break_at_punctuation_but_not_inside_brackets_or_numbers() -> None:
    message = "你好，我们是独角兽（2023年省级认定，首次），投资20,000,000元；研发投入2.5亿。Thanks. We moved"
    assert [clause.text for clause in clauses_of(message)] == [
        "你好", "我们是独角兽（2023年省级认定，首次）", "投资20,000,000元", "研发投入2.5亿", "Thanks", "We moved"]
    assert all(message[c.start:c.end] == c.text for c in clauses_of(message))


def test_clauses_that_gave_nothing_are_returned_and_greetings_are_not() -> None:
    message = "你好，已获得市级资助300万，我们老板很有情怀，去年12月被认定为高企"
    spans = [(item.start, item.end) for item in received_funding(message)]
    spans += [(item.start, item.end) for item in resolve_dates(message, "zh", dt.date(2025, 6, 30))]
    result = coverage(message, spans)
    assert [clause.text for clause in result.unused] == ["我们老板很有情怀"]
    assert [clause.text for clause in result.used] == ["已获得市级资助300万", "去年12月被认定为高企"]


def test_the_notice_quotes_the_unused_clauses_in_the_users_language() -> None:
    zh = unused_clauses("我们老板很有情怀，你好", [])
    assert not_understood_notice(zh, "zh") == (
        "以下内容未能理解或未被使用：「我们老板很有情怀」。请换个说法，或在「企业测算」表单中填写。")
    en = unused_clauses("Hi, our CEO loves jazz, we have a cat", [])
    assert not_understood_notice(en, "en") == (
        'Not understood or not used: "our CEO loves jazz", "we have a cat". '
        "Please rephrase, or fill in the Company check form.")
    assert not_understood_notice([], "en") is None
