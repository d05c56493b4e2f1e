"""Tax said over a span — since the company started (开业以来, 落户至今, "since we opened", "to date") — is a total of
several years, never the year said in the clause before it: a policy measuring last year's tax asks for that year's
figure instead of paying on the total. The same tax said for one year is still that year's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext
from tests.assistant_contexts import context_of_text, reply_after, totals_of

AS_OF = dt.date(2025, 7, 15)
TEXT = """某县税源企业激励办法
第一条 对上年度在本县纳税总额达到800万元的企业，奖励30万元。
第二条 本办法自2024年1月1日起施行，有效期三年。
"""


@pytest.fixture(scope="module")
def county() -> AssistantContext:
    return context_of_text(TEXT, "county_tax")


@pytest.mark.parametrize("message", [
    "我司在本县经营，去年营收6000万，公司开业以来交税九百万。",
    "我司在本县经营，去年营收6000万，落户至今缴税九百万。",
    "Our firm operates in the county; turnover was RMB 60m last year, and we have paid RMB 9m in taxes since we "
    "opened.",
    "Our firm operates in the county; turnover was RMB 60m last year, and we have paid RMB 9 million in taxes to date.",
    "Our firm operates in the county; turnover was RMB 60m last year, and we have paid RMB 9m of tax since 2019.",
])
def test_tax_over_a_span_is_not_last_years(county: AssistantContext, message: str) -> None:
    assert totals_of(reply_after(county, AS_OF, message))[0] == 0


@pytest.mark.parametrize("message", [
    "我司在本县经营，去年营收6000万，交税九百万。",
    "Our firm operates in the county; turnover was RMB 60m last year, and we paid RMB 9m in taxes.",
])
def test_tax_of_the_year_said_is_that_years(county: AssistantContext, message: str) -> None:
    assert totals_of(reply_after(county, AS_OF, message)) == (300_000, 300_000)
