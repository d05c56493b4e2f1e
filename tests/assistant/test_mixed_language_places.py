"""An English message quoting a Chinese term ("a headquarters enterprise (总部企业) registered in Ganjingzi District")
names its places in English: they are read as English (and Chinese places in it too). Read as Chinese because of
the quoted term, the place was not found and "registered in" put the company outside the policy's area (#13, set-4
ganjingzi_headquarters en-001 and beijing_hpe_fund_guide en-001: every award refused as "not in the policy's area")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts
from assistant.understanding.places import area_of, place_mentions
from assistant.understanding.policy_terms import PolicyTerms
from ingest.model import PolicyArea
from tests.assistant_contexts import context_of_policy, reply_after

GANJINGZI = area_of(PolicyArea("210211", "甘井子区"))
AS_OF = dt.date(2022, 4, 20)


@pytest.mark.parametrize("text", [
    "We're a recognised headquarters enterprise (总部企业) registered in Ganjingzi District, Dalian.",
    "Our company, a 科技型中小企业, is based in Ganjingzi District.",
])
def test_an_english_message_quoting_a_chinese_term_names_its_places_in_english(text: str) -> None:
    assert [mention.name for mention in place_mentions(text, area=GANJINGZI)][:1] == ["甘井子区"]


def test_a_chinese_message_with_an_english_word_is_still_read_as_chinese() -> None:
    assert [m.name for m in place_mentions("我们是一家做AI的公司，注册在甘井子区。", area=GANJINGZI)] == ["甘井子区"]


def test_the_company_quoting_a_chinese_term_is_in_the_area() -> None:
    facts = understand_facts("We're a recognised headquarters enterprise (总部企业) registered in Ganjingzi District, "
                             "Dalian, and have been based there since 2015.", AS_OF,
                             terms=PolicyTerms("ganjingzi_fresh", area=GANJINGZI))
    assert [fact.value for fact in facts if fact.field == "location.in_zone"] == [True]


def test_pingshan_an_english_company_quoting_a_chinese_grade_is_paid(policies: dict[str, Any]) -> None:
    # pingshan_digital_economy_2023 第四条: 四级（优化级） reached in 2024-05 → 3,000,000 by hand; the company is in
    # Pingshan District (said in English beside a Chinese grade name)
    context = context_of_policy(policies["pingshan_digital_economy_2023"])
    reply = reply_after(context, dt.date(2025, 3, 1), "We are an electronics manufacturer registered and operating in "
                        "Pingshan District, Shenzhen. In May 2024 we were rated level 4 (优化级) in the national "
                        "smart manufacturing capability maturity assessment.")
    result = reply.eligibility or {}
    assert (result["total_min_cny"], result["total_max_cny"]) == (3_000_000, 3_000_000)
