"""A clause whose rated party is another one — a neighbour, a supplier, a customer, a rival, a partner university —
gives the company no grade and no raise: neither in the message that states the company's own grade nor in a later
turn, whether the grade is said alone (五级, "level 5") or with the concept's name. The company named after the other
party (和隔壁一样，我们也…, "like a rival of ours, we…") is still the one rated. A rating denied (没有评上四级,
复评四级没通过, "we were not rated level 4", "but it was rejected") is no grade either, and leaves the grade held as
said."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext
from tests.assistant_contexts import context_of_text, reply_after, totals_of

AS_OF = dt.date(2025, 7, 15)
TEXT = """某县智能工厂建设奖励细则
第一条 对智能制造能力成熟度达到五级、四级、三级的企业，分别给予250万元、150万元、60万元一次性奖励。\
已获奖励的企业此后认定为更高等级的，按新等级标准补足差额奖励。
第二条 本细则自2023年3月1日起施行，有效期三年。
"""
ZH = "我司在本县做精密机床，2023年10月智能制造能力成熟度评估拿到了三级"
EN = ("We build precision machine tools in the county; in October 2023 our intelligent manufacturing capability "
      "maturity came out at level 3")


@pytest.fixture(scope="module")
def county() -> AssistantContext:
    return context_of_text(TEXT, "county")


@pytest.mark.parametrize("messages", [
    (f"{ZH}，旁边一家企业去年被评为五级。",),
    (f"{ZH}，我们的一家供应商今年被评为四级。",),
    (f"{ZH}，对面那家公司去年被评为智能制造能力成熟度五级。",),
    (f"{ZH}。", "合作方那家工厂今年初评上了五级"),
    (f"{ZH}。", "我们有个客户去年升级为四级了"),
    (f"{EN}, and one of our suppliers was rated level 5 last year.",),
    (f"{EN}.", "A rival of ours was re-graded to level 4 this spring."),
    (f"{EN}.", "Our partner university's pilot plant was upgraded to level 5 in January."),
])
def test_another_partys_grade_is_not_the_companys(county: AssistantContext, messages: tuple[str, ...]) -> None:
    reply = reply_after(county, AS_OF, *messages)  # a turn about another party alone may be declined: no new total
    assert reply.eligibility is None or totals_of(reply) == (600_000, 600_000)
    if len(messages) == 1:
        assert totals_of(reply) == (600_000, 600_000)


@pytest.mark.parametrize("messages", [
    (f"{ZH}，2024年没有被评为四级。",),
    (f"{ZH}，2024年没有评上四级。",),  # the negation is of 四级: the 三级 held stays
    (f"{ZH}，去年复评四级没通过。",),
    (f"{ZH}。", "去年复评四级，没通过"),
    (f"{EN}, but we were not rated level 4 in 2024.",),
    (f"{EN}.", "We were re-graded to level 4 last year, but it was rejected."),
])
def test_a_denied_grade_adds_nothing(county: AssistantContext, messages: tuple[str, ...]) -> None:
    reply = reply_after(county, AS_OF, *messages)  # a later turn that only denies may be declined: no new total
    assert (reply.eligibility is None and len(messages) > 1) or totals_of(reply) == (600_000, 600_000)


@pytest.mark.parametrize("messages", [
    (f"{ZH}。", "和隔壁一样，我们今年3月也被评为四级了"),
    (f"{EN}.", "Like a rival of ours, we were re-graded to level 4 in March."),
])
def test_the_company_named_after_another_party_is_still_rated(county: AssistantContext,
                                                              messages: tuple[str, ...]) -> None:
    assert totals_of(reply_after(county, AS_OF, *messages))[0] == 1_500_000


LABS = """某市创新平台扶持办法
第一条 对新获批的国家级、省级、市级重点实验室，分别给予300万元、80万元、30万元补助。
第二条 本办法自2023年1月1日起施行，有效期至2027年12月31日。
"""


@pytest.mark.parametrize("messages", [
    ("我们公司2023年获批了市级重点实验室。", "合作高校的实验室去年晋升省级了"),
    ("我们公司2023年获批了市级重点实验室。", "隔壁那家企业的实验室今年升为省级"),
    ("Our company's key lab was approved at municipal level in 2023.",
     "Our partner university's lab was promoted to provincial level last year."),
])
def test_another_partys_raise_is_not_the_companys(messages: tuple[str, ...]) -> None:
    reply = reply_after(context_of_text(LABS, "labs"), AS_OF, *messages)
    assert reply.eligibility is None or totals_of(reply) == (300_000, 300_000)
