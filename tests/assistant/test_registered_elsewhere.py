"""A clause for companies registered outside the policy's area (对注册地不在本区的物流企业…最高50万元) is refused to a
company in the area, met by one outside it and asked of one that did not say — never added to what a company in the
area could get beside the clause for companies registered in it (round 14, why7 (d): two exclusive up-to clauses
added to the max). A fresh synthetic policy, not the corpus's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility.registered_elsewhere import registered_elsewhere_words
from assistant.understanding.cue_files import read_cue_file
from tests.assistant_contexts import context_of_text, reply_after

EXAMPLES = read_cue_file("policy_area")["registered_elsewhere_examples"]
POLICY = """某区促进冷链物流发展若干措施
第一条 本措施自2023年1月1日起施行，有效期三年。
第二条 对注册地在本区的冷链物流企业，年度冷链业务收入超过1000万元的，给予一次性奖励80万元。
第三条 对注册地不在本区的冷链物流企业，年度冷链业务收入超过1000万元的，给予一次性奖励40万元。
"""
AS_OF = dt.date(2024, 5, 1)


@pytest.mark.parametrize("words", EXAMPLES["match"])
def test_words_of_a_clause_for_companies_elsewhere(words: str) -> None:
    assert registered_elsewhere_words().search(words)


@pytest.mark.parametrize("words", EXAMPLES["no_match"])
def test_words_of_no_such_clause(words: str) -> None:
    assert not registered_elsewhere_words().search(words)


@pytest.fixture(scope="module")
def context():  # type: ignore[no-untyped-def]
    return context_of_text(POLICY, "fresh_cold_chain_registration_policy")


@pytest.mark.parametrize("message", ["我们是注册在本区的冷链物流企业，2023年冷链业务收入1500万。",
                                     "We are a cold-chain logistics company registered in the district; our cold-chain "
                                     "revenue in 2023 was RMB 15 million."], ids=["zh", "en"])
def test_a_company_in_the_area_gets_nothing_of_the_clause_for_others(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # by hand: 第二条's 80万 at most; 第三条's 40万 is for companies registered elsewhere, never added (80 + 40 = 120万)
    result = reply_after(context, AS_OF, message).eligibility
    offered = {tuple(b["clause_path"]): b.get("amount_max_cny") for b in [*result["benefits"], *result["could_add"]]}
    assert ("第三条",) not in offered and all((amount or 0) <= 800_000 for amount in offered.values())


def test_a_company_registered_elsewhere_is_refused_only_the_clause_for_the_area(context) -> None:  # type: ignore[no-untyped-def]
    said = "我们是注册在外省的冷链物流企业，不在本区注册，2023年冷链业务收入1500万。"
    result = reply_after(context, AS_OF, said).eligibility
    refused = {tuple(n["clause_path"]) for n in result["not_eligible"]}
    assert ("第二条",) in refused and ("第三条",) not in refused


def test_a_company_that_did_not_say_where_it_is_registered_is_asked(context) -> None:  # type: ignore[no-untyped-def]
    reply = reply_after(context, AS_OF, "我们是冷链物流企业，2023年冷链业务收入1500万。")
    assert "location.in_zone" in [q["key"] for q in reply.eligibility["questions"]]


MOVING_IN = read_cue_file("policy_area")["moving_in_examples"]
MOVING_POLICY = """某区促进跨境电商企业集聚若干措施
第一条 本措施自2023年1月1日起施行，有效期三年。
第二条 对注册地不在本区的跨境电商企业，将注册地迁入本区且年度进出口额超过5000万元的，给予一次性奖励60万元。
"""


@pytest.mark.parametrize(("words", "kind"), [(w, k) for k in ("match", "no_match") for w in MOVING_IN[k]])
def test_words_of_a_move_into_the_area(words: str, kind: str) -> None:
    from assistant.eligibility.registered_elsewhere import moving_in_words

    assert bool(moving_in_words().search(words)) is (kind == "match")


@pytest.mark.parametrize("message", ["我们是跨境电商企业，原来注册在杭州，2023年把注册地搬到了本区，"
                                     "2023年进出口额8000万元。",
                                     "We are a cross-border e-commerce firm; we moved our registration from Hangzhou "
                                     "to the district in 2023, and our import and export value in 2023 was RMB 80 "
                                     "million."],
                         ids=["zh", "en"])
def test_the_clause_paying_a_move_in_is_not_refused_to_the_moved_in_company(message: str) -> None:
    # review RB5: 注册地不在本区的企业迁入本区的 pays the company that moved in — being in the area now is required
    result = reply_after(context_of_text(MOVING_POLICY, "fresh_moving_in_policy"), AS_OF, message).eligibility
    assert ("第二条",) not in {tuple(n["clause_path"]) for n in result["not_eligible"]}
    offered = [b for b in [*result["benefits"], *result["could_add"]] if b["clause_path"] == ["第二条"]]
    assert offered and all((b.get("amount_max_cny") or 0) <= 600_000 for b in offered)
