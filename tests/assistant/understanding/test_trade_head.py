"""A company describing itself by its trade, with no 我们 / "we" (工业机器人企业，…, "Robotics company in the Dalian
FTZ, …"), holds the recognitions it says after it; a head that is a recognition itself, or a question about a kind
of company, states nothing."""

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
