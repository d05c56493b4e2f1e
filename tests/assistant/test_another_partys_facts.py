"""A clause whose subject is another party — a supplier, a customer, a neighbour, the parent company — says what that
party holds, not the company: no recognition, no platform, no certification of the company's is read from it, in
Chinese or English. The company's own group (我们集团) is the company, and the company named after the other party
(像我们的一家供应商一样，我们也…, "like one of our suppliers, we…") still holds what it says."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext
from tests.assistant_contexts import context_of_text, reply_after, totals_of

AS_OF = dt.date(2025, 8, 20)
TEXT = """某区科技创新扶持细则
第一条 对新获批的省级重点实验室，给予80万元补助。
第二条 对首次通过企业知识产权管理规范认证的企业，给予6万元奖励。
第三条 本细则自2024年1月1日起施行，有效期至2027年12月31日。
"""


@pytest.fixture(scope="module")
def district() -> AssistantContext:
    return context_of_text(TEXT, "district_innovation")


@pytest.mark.parametrize("message", [
    "我司在本区做压力传感器，有家供应商去年获批了省级重点实验室。",
    "我司在本区做压力传感器，我们的一个客户今年首次通过了贯标认证。",
    "我司在本区做压力传感器，隔壁那家企业去年获批了省级重点实验室。",
    "We make pressure sensors in the district; one of our clients had a provincial key laboratory approved last year.",
    "We make pressure sensors in the district, and our parent company got a provincial key laboratory approved last "
    "year.",
])
def test_what_another_party_holds_is_not_the_companys(district: AssistantContext, message: str) -> None:
    reply = reply_after(district, AS_OF, message)
    assert reply.eligibility is None or totals_of(reply) == (0, 0)


@pytest.mark.parametrize("message", [
    "我们集团在本区做压力传感器，去年获批了省级重点实验室。",
    "我司在本区做压力传感器，像我们的一家供应商一样，我们去年也获批了省级重点实验室。",
    "We make pressure sensors in the district; like one of our suppliers, we had a provincial key laboratory approved "
    "last year.",
])
def test_what_the_company_holds_is_still_read(district: AssistantContext, message: str) -> None:
    assert totals_of(reply_after(district, AS_OF, message))[0] == 800_000
