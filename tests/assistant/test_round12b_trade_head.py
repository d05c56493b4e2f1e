"""Round 12b of issue 11: a company describing itself by its trade, with no 我们 / "we" (工业机器人企业，…, "Robotics
company in the Dalian FTZ, …"), holds the recognitions it says after it; a head that is a recognition itself, or a
question about a kind of company, states nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 5, 1)


@pytest.mark.parametrize("message", [
    "做冷链物流的公司，大连自贸片区，还是高新技术企业",
    "片区里的一家阀门厂，也是高企",
    "Cold-chain logistics firm in the Dalian FTZ, also a high-tech enterprise.",
    "A valve maker based in the Dalian FTZ; we hold HNTE status too.",
])
def test_a_trade_head_holds_what_follows(message: str) -> None:
    keys = [fact.key for fact in understand_facts(message, AS_OF)]
    assert "qualification:high_tech_enterprise" in keys


@pytest.mark.parametrize("message", [
    "高新技术企业，研发补助怎么算？",
    "High-tech enterprise, how is the R&D grant worked out?",
    "科技型领军企业，研发后补助上限是多少？",
])
def test_a_question_about_a_kind_of_company_holds_nothing(message: str) -> None:
    assert not [fact for fact in understand_facts(message, AS_OF) if fact.field == "qualifications"]


@pytest.mark.parametrize("message", [
    "我们在大连自贸片区，创始人是高层次人才，2022年创办了公司",
    "我们是片区里一家由高层次人才创办的新材料公司",
    "We're in the Dalian FTZ; our founder is a high-level talent and set up the firm in 2022.",
    "We are a Dalian FTZ battery firm founded by a high-level talent.",
])
def test_a_company_founded_by_high_level_talent_is_a_talent_startup(message: str) -> None:
    """The start-up of high-level talent said by its founder (创始人是高层次人才, "founded by a high-level talent"), not
    only by the policy's own name (高层次人才创业)."""
    keys = [fact.key for fact in understand_facts(message, AS_OF)]
    assert "holding:high_level_talent_startup" in keys
