"""Round 5 of issue 11: turns that lost their total (a failed answer for the user), tried on fresh wordings:
a plan said alone in a conversation, a correction that names the old number as "the one of X", funding
received said as more than before or as a total, and a correction that changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals

AS_OF = dt.date(2024, 8, 1)



@pytest.mark.parametrize(("messages", "total"), [
    (("我们在片区内，去年首次认定为高新技术企业", "后年准备去创业板上市"), 200_000),
    (("We are in the FTZ, first-time HNTE in 2023", "planning an IPO on the STAR Market next year"), 200_000),
])
def test_a_plan_alone_gets_the_totals_and_a_what_if(messages: tuple[str, ...], total: int) -> None:
    reply, state = talk(AS_OF, *messages)
    assert _totals(reply) == (total, total)
    assert not any(f.field == "listings" for f in state.facts)  # a plan is not a fact
    assert ("计划" if reply.lang == "zh" else "plan") in reply.answer


@pytest.mark.parametrize(("messages", "turnover"), [
    (("我们在片区内，今年签了三份技术合同，分别是100万、200万、50万", "不对，50万的那份是80万"), 3_800_000),
    (("We are in the FTZ; this year we signed two tech contracts, 1.5m and 600k",
      "sorry, the 600k one was actually 1.6m"), 3_100_000),
])
def test_a_part_named_by_its_old_number_is_corrected(messages: tuple[str, ...], turnover: int) -> None:
    reply, state = talk(AS_OF, *messages)
    assert [f.value["amount_cny"] for f in state.facts if f.field.startswith("quantities.")] == [turnover]
    assert _totals(reply) == (turnover // 10, turnover // 10)


@pytest.mark.parametrize(("messages", "received"), [
    (("我们在自贸片区，今年6月获批国家级制造业创新中心，总投资8000万，已经拿过省里的资金3000万", "另外区里还给过500万"),
     35_000_000),
    (("我们在自贸片区，今年6月获批国家级制造业创新中心，总投资8000万，已经拿过省里的资金3000万",
      "哦，还漏了区里给的500万，一共是3500万"), 35_000_000),
    (("We are in the FTZ; a national manufacturing innovation centre approved in June, total investment 80m, "
      "already received 30m from the province", "we forgot another 5m the district gave us"), 35_000_000),
])
def test_more_funding_received_adds_to_what_was_received(messages: tuple[str, ...], received: int) -> None:
    reply, state = talk(AS_OF, *messages)
    assert [f.value for f in state.facts if f.field == "other_funding_cny"] == [received]
    assert _totals(reply) == (0, 5_000_000)  # 50% × 8000万 − 3500万 = 500万 (the national cap)


@pytest.mark.parametrize("messages", [
    ("我们在片区内，去年首次认定为高新技术企业", "不对，我刚才说的不太准确"),
    ("We are in the FTZ, first-time HNTE in 2023", "sorry, that wasn't quite right"),
])
def test_a_correction_that_changes_nothing_keeps_the_totals(messages: tuple[str, ...]) -> None:
    reply, _ = talk(AS_OF, *messages)
    assert reply.intent == "correction" and _totals(reply) == (200_000, 200_000)


@pytest.mark.parametrize("messages", [
    ("我们在片区内，去年首次认定为高新技术企业", "后年准备去创业板上市"),
    ("我们在片区内，高新技术企业是首次认定的", "明年打算申请省级瞪羚"),
])
def test_a_plan_s_date_is_not_the_date_of_a_fact_held(messages: tuple[str, ...]) -> None:
    _, state = talk(AS_OF, *messages)
    dates = [f.value.get("date") for f in state.facts if f.field == "qualifications"]
    assert all(date is None or date < AS_OF.isoformat() for date in dates)


@pytest.mark.parametrize(("messages", "total"), [
    (("我们在自贸片区，是高企", "2021年首次认定，2024年重新认定"), 100_000),  # 再次认定 2024: 10万
    (("We're in the FTZ and we are an HNTE", "first recognised in 2021, renewed in 2024"), 100_000),
    (("我们在自贸片区，2022年首次认定高企，研发投入2022年2000万", "2023年3000万"), 1_200_000),  # 20万 + 100万 (cap)
    (("We're in the FTZ, first-time HNTE in 2022; R&D was 20m in 2022", "and 30m in 2023"), 1_200_000),
])
def test_a_turn_that_goes_on_with_the_last_fact_in_dated_parts(messages: tuple[str, ...], total: int) -> None:
    reply, _ = talk(dt.date(2025, 3, 1), *messages)
    assert _totals(reply) == (total, total)


def test_a_question_about_the_figures_is_not_more_of_them() -> None:
    _, state = talk(dt.date(2025, 3, 1), "我们在自贸片区，去年技术合同成交额1200万", "为什么去年只有100万？")
    assert [f.value["amount_cny"] for f in state.facts if f.field.startswith("quantities.")] == [12_000_000]
