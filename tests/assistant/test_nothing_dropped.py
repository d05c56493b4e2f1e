"""Issue 11 item 4: every clause of a description is used (it gave a fact, asks, or names the sector)
or shown back as not understood, in the user's language; the echo quotes only clauses that gave a fact."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import new_state, respond
from assistant.understanding.accounted import not_used_notice

AS_OF = dt.date(2025, 6, 1)


@pytest.mark.parametrize(("message", "dropped", "notice"), [
    ("你好，我们是2022年首次认定的高新技术企业，公司有120名员工，能拿多少？", "公司有120名员工", "未能理解或未被使用"),
    ("We are a high-tech enterprise first recognised in 2022, we have 120 staff. How much can we get?",
     "we have 120 staff", "Not understood or not used"),
])
def test_a_clause_that_gave_nothing_is_shown_back_not_echoed(message: str, dropped: str, notice: str) -> None:
    reply, _ = respond(message, new_state(AS_OF))
    echo = reply.answer.splitlines()[0]
    shown = next(line for line in reply.answer.splitlines() if notice in line)
    assert dropped in shown
    assert dropped not in echo
    assert "2022" in echo


@pytest.mark.parametrize("message", [
    "我们是2022年首次认定的高新技术企业，能拿多少？",
    "我们是一家生物医药企业，2022年首次认定为高新技术企业",
    "Hi, we were first recognised as a high-tech enterprise in 2022.",
])
def test_every_clause_used_gives_no_notice(message: str) -> None:
    reply, _ = respond(message, new_state(AS_OF))
    assert "未能理解" not in reply.answer and "Not understood" not in reply.answer


def test_the_notice_names_every_unused_clause_once() -> None:
    message = "我们是高新技术企业，员工120人，成立于2015年"
    notice = not_used_notice(message, ["我们是高新技术企业"], "zh")
    assert notice is not None
    assert notice.count("「员工120人」") == 1 and notice.count("「成立于2015年」") == 1
    assert "我们是高新技术企业" not in notice


@pytest.mark.parametrize(("message", "plan_line", "planned_total"), [
    ("我们是2022年首次认定的高新技术企业，计划明年在科创板上市", "是计划，未计入现有情况", "520万元"),
    ("We are a high-tech enterprise first recognised in 2022 and plan to list on the STAR Market next year",
     "Treated as a plan", "CNY 5.2 million"),
])
def test_a_plan_is_answered_as_a_what_if_with_its_date_and_not_stored(message: str, plan_line: str,
                                                                       planned_total: str) -> None:
    reply, state = respond(message, new_state(dt.date(2024, 6, 1)))
    assert [fact.field for fact in state.facts] == ["qualifications"]  # the listing is not a fact of the profile
    assert reply.eligibility is not None and reply.eligibility["total_min_cny"] == 200_000
    lines = reply.answer.splitlines()
    plan = next(index for index, line in enumerate(lines) if plan_line in line)
    assert planned_total in lines[plan + 1]  # 20万 now + 500万 for a STAR Market listing in 2025, within the window
    assert "科创板" not in lines[0] and "STAR" not in lines[0]  # the echo quotes only what gave a fact


def test_a_plan_after_the_policy_ends_says_it_would_not_apply() -> None:
    reply, _ = respond("我们是2022年首次认定的高新技术企业，计划明年在科创板上市", new_state(AS_OF))
    assert "之后，不再适用" in reply.answer


def _says_something(words: str) -> bool:
    from assistant.understanding.facts import names_anything

    return names_anything(words, AS_OF)


def test_the_accounting_finds_a_clause_neither_used_nor_shown_back() -> None:
    from assistant.understanding.accounted import account

    message = "我们是高新技术企业，员工120人"
    silent = account(message, "我理解到：「我们是高新技术企业」\n确定可得 0元", "zh", _says_something)
    assert silent.unaccounted == ("员工120人",) and not silent.complete
    notice = "以下内容未能理解或未被使用：「员工120人」。请换个说法，或在「企业测算」表单中填写。"
    shown = account(message, f"我理解到：「我们是高新技术企业」\n{notice}", "zh", _says_something)
    assert shown.complete


def test_the_accounting_finds_an_echo_that_quotes_words_that_gave_nothing() -> None:
    from assistant.understanding.accounted import account

    message = "hey, our lab is a national key laboratory, pls compute"
    echoed = account(message, f"I understood: 「{message}」", "en", _says_something)
    assert echoed.echoed_without_fact == ("pls compute",)


@pytest.mark.parametrize(("turns", "said", "notice"), [
    (["我们在大连自贸片区，去年技术合同成交额650万", "招商局的人说我们这个项目特别重大，可以一事一议"], "可以一事一议",
     "未能理解或未被使用"),
    (["We are in the Dalian FTZ, first certified as a high-tech enterprise in March 2023",
      "our CEO likes sailing"], "our CEO likes sailing", "Not understood or not used"),
])
def test_a_later_message_that_gives_nothing_keeps_the_totals_and_is_shown_back(turns: list[str], said: str,
                                                                                notice: str) -> None:
    state = new_state(AS_OF)
    first, state = respond(turns[0], state)
    reply, _ = respond(turns[1], state)
    assert reply.eligibility is not None and first.eligibility is not None
    assert reply.eligibility["total_min_cny"] == first.eligibility["total_min_cny"] > 0
    assert said in next(line for line in reply.answer.splitlines() if notice in line)


def test_a_correction_reply_also_shows_back_what_it_did_not_use() -> None:
    state = new_state(AS_OF)
    _, state = respond("我们在大连自贸片区，2022年首次认定为高新技术企业", state)
    reply, _ = respond("不对，是再次认定，我们老板喜欢钓鱼", state)
    assert reply.intent == "correction"
    assert "我们老板喜欢钓鱼" in next(line for line in reply.answer.splitlines() if "未能理解或未被使用" in line)


@pytest.mark.parametrize(("message", "in_zone"), [
    ("我们在沈阳有客户，公司注册在大连自贸片区，2022年首次认定为高新技术企业", True),
    ("我们在沈阳有客户，2022年首次认定为高新技术企业", None),
    ("We're a Shenyang company, first certified as a high-tech enterprise in 2022. Does the Dalian FTZ plan cover us?",
     False),
    ("公司注册在大连自贸片区，2022年我们在上海张江建了一个离岸孵化器", True),
])
def test_customers_elsewhere_or_a_place_of_something_else_are_not_the_company_seat(message: str,
                                                                                  in_zone: bool | None) -> None:
    from assistant.dialogue import _profile

    _, state = respond(message, new_state(AS_OF))
    assert _profile(state.facts).location.in_zone == in_zone


@pytest.mark.parametrize(("turns", "plan_words", "judged_on"), [
    (["我们公司在沈阳，去年首次认定为高新技术企业", "我们计划明年3月把注册地迁到大连自贸片区"], "是计划", "2025-03-01"),
    (["We're a Shenyang company, first certified as a high-tech enterprise last October.",
      "We plan to move our registration into the Dalian FTZ in May."], "Treated as a plan", "2025-05-01"),
])
def test_a_planned_move_into_the_area_is_a_what_if_with_its_date_not_a_fact(turns: list[str], plan_words: str,
                                                                            judged_on: str) -> None:
    state = new_state(dt.date(2024, 10, 15))
    for message in turns:
        reply, state = respond(message, state)
    assert reply.eligibility is not None and reply.eligibility["total_min_cny"] == 0  # still outside
    assert all(fact.value is not True for fact in state.facts if fact.field == "location.in_zone")
    assert plan_words in reply.answer and judged_on in reply.answer
    assert reply.unsupported_numbers() == []


def test_an_english_message_quoting_chinese_terms_is_answered_in_english() -> None:
    reply, _ = respond("We're in the Dalian FTZ and our team was selected as a leading talent team (领军人才团队) in "
                       "2024. What funding comes with it?", new_state(AS_OF))
    assert reply.lang == "en" and reply.answer.startswith("I understood")
    assert reply.unsupported_numbers() == []


@pytest.mark.parametrize(("turns", "field", "number"), [
    (["公司在片区，有一台设备被评为国际首台套，合同5000万，今年1月评的", "合同金额记错了，是4000万"], "equipment",
     40_000_000),
    (["我们在片区，今年发明专利授权了9件", "不对，是19件，之前拿过专利资助2万"], "patents", 19),
    (["We're a Dalian FTZ company; our tech contract turnover last year was RMB 5m", "oops, it was 7m, not 5m"],
     "quantities.technology_transaction_amount", 7_000_000),
])
def test_a_corrected_number_goes_to_the_fact_that_held_it(turns: list[str], field: str, number: int) -> None:
    state = new_state(dt.date(2024, 6, 1))
    for message in turns:
        reply, state = respond(message, state)
    assert reply.intent == "correction"
    value = next(fact.value for fact in state.facts if fact.field == field)
    assert number in value.values()


@pytest.mark.parametrize(("message", "lang"), [
    ("We are a leading talent team (领军人才团队)", "en"),  # what is in brackets is only quoted
    ("Our company was recognised as a 「瞪羚企业」", "en"),
    ("我们是高企，官网 https://www.example-company-website.com/about/us", "zh"),  # an address is no English
    ("我们是高企", "zh"),
    ("（领军人才团队）", "zh"),  # all of it in brackets: it still counts
])
def test_the_reply_language_is_that_of_what_the_message_says(message: str, lang: str) -> None:
    from assistant.dialogue import _lang

    assert _lang(message) == lang


def test_a_seat_abroad_is_something_the_echo_may_quote() -> None:
    from assistant.understanding.facts import names_anything

    assert names_anything("Our company is registered in Toronto", dt.date(2024, 6, 1))
