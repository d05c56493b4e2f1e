"""A recognition the company says is still valid (证书还在有效期, "our certificate is still valid") is held on the
day asked about, which settles a clause paying holders within the RECOGNITION's validity (并在有效期内, 资格有效期内) —
never a clause paying what was got within the policy's window (在有效期内认定的, 新认定), nor a question
(证书还在有效期吗？). Fresh wordings, not the bench's."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest
import yaml

from assistant.eligibility.facts import ConceptFact
from assistant.eligibility.held_while_valid import pays_holders_while_valid, valid_holder_check
from assistant.eligibility.kind_at_the_event import UNREAD_CONDITIONS_FILE
from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 3, 1)


def _valid_on(message: str) -> list[Any]:
    return [fact.value.get("valid_on") for fact in understand_facts(message, AS_OF) if fact.field == "qualifications"]


@pytest.mark.parametrize("message", [
    "我们是高新技术企业，资格仍在有效期内。",
    "公司是国家高新技术企业（认定证书还在有效期）",
    "We are a high-tech enterprise and our certificate is still valid.",
])
def test_a_recognition_said_still_valid_is_held_on_the_day_asked(message: str) -> None:
    assert _valid_on(message) == [AS_OF]


@pytest.mark.parametrize("message", ["我们是高新技术企业，证书去年已经过期了", "We are a high-tech enterprise."])
def test_a_recognition_not_said_valid_has_no_valid_day(message: str) -> None:
    assert _valid_on(message) in ([None], [])


def _provision(quote: str) -> Any:
    return SimpleNamespace(quote=quote)


def test_a_clause_paying_holders_within_validity_is_met_by_a_valid_recognition() -> None:
    clause = _provision("取得高新技术企业认定并处于有效期内的企业，每年补贴不超过30万元")
    fact = ConceptFact("high_tech_enterprise", True, "qualifications[0]", valid_on=AS_OF)
    check = valid_holder_check(clause, fact, AS_OF, "high-tech enterprise", "高新技术企业")
    assert check is not None and check.status.value == "met"


@pytest.mark.parametrize("quote", [
    "对新认定的高新技术企业，一次性奖励30万元",  # the event's date decides: still asked
    "Newly recognised high-tech enterprises receive a one-off RMB 300,000",
])
def test_an_award_for_a_new_recognition_still_asks_its_date(quote: str) -> None:
    fact = ConceptFact("high_tech_enterprise", True, "qualifications[0]", valid_on=AS_OF)
    assert not pays_holders_while_valid(_provision(quote))
    assert valid_holder_check(_provision(quote), fact, AS_OF, "high-tech enterprise", "高新技术企业") is None


def test_a_validity_said_before_the_day_asked_settles_nothing() -> None:
    clause = _provision("recognised enterprises within their validity may use up to RMB 300,000 a year")
    fact = ConceptFact("high_tech_enterprise", True, "qualifications[0]", valid_on=dt.date(2024, 1, 1))
    assert valid_holder_check(clause, fact, AS_OF, "high-tech enterprise", "高新技术企业") is None


HELD_WHILE_VALID = yaml.safe_load(UNREAD_CONDITIONS_FILE.read_text(encoding="utf-8"))["examples"]["held_while_valid"]


@pytest.mark.parametrize("words", HELD_WHILE_VALID["match"])
def test_words_paying_holders_within_the_recognitions_validity(words: str) -> None:
    assert pays_holders_while_valid(_provision(words))


@pytest.mark.parametrize("words", HELD_WHILE_VALID["no_match"])
def test_words_of_the_policys_window_pay_no_holder_while_valid(words: str) -> None:
    assert not pays_holders_while_valid(_provision(words))


@pytest.mark.parametrize("quote", [
    "对在有效期内认定的专精特新中小企业，给予10万元奖励",  # 在有效期内 is the policy's: the recognition's date decides
    "本办法有效期内获得技术先进型服务企业认定的，奖励15万元",
    "Firms recognised as technology-advanced service enterprises within the validity of these rules get RMB 150,000",
])
def test_a_recognition_got_within_the_policys_validity_still_asks_its_date(quote: str) -> None:
    fact = ConceptFact("high_tech_enterprise", True, "qualifications[0]", valid_on=AS_OF)
    assert valid_holder_check(_provision(quote), fact, AS_OF, "high-tech enterprise", "高新技术企业") is None


@pytest.mark.parametrize("message", [
    "我们是高新技术企业，认定证书还在有效期内吗？",
    "资格仍然有效么，我们是高新技术企业",
    "We are a high-tech enterprise. Is our certificate still valid?",
])
def test_a_question_about_the_validity_says_no_validity(message: str) -> None:
    assert _valid_on(message) in ([None], [])
