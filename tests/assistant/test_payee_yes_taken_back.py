"""A yes to 贵公司是否属于「…」？ is taken back by the correction right after it (review15a U2): 是的 → 不对，创始人是
外地人，不是X / "Actually no, our founder is from elsewhere" leaves the payee phrase unmet, and nothing else changed by
the place named. Fresh wordings on a small policy written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext
from tests.assistant_contexts import context_of_text, reply_after, totals_of

RETURNEES = """某区归国人才创业扶持办法
第一条 对由留学归国人员创办的国家高新技术企业，给予20万元一次性奖励。
第二条 本办法自2023年1月1日起施行，有效期至2026年12月31日。
"""
FIRST_ZH = "我们是区里的国家高新技术企业，2023年5月认定的，能拿多少？"
FIRST_EN = "We are a national high-tech enterprise in the district, recognised in May 2023. How much can we get?"


@pytest.fixture(scope="module")
def policy() -> AssistantContext:
    return context_of_text(RETURNEES, "returnees")


@pytest.mark.parametrize(("first", "yes", "correction"), [
    (FIRST_ZH, "是的", "不对，创始人是杭州人，不是留学归国人员"),
    (FIRST_ZH, "对的", "其实不是，创始人一直在国内读书"),
    (FIRST_ZH, "没错", "说错了，我们的创始人没有出国留学过"),
    (FIRST_EN, "Yes", "Actually no, our founder is from Hangzhou"),
    (FIRST_EN, "That's right", "Sorry, wrong: our founder never studied abroad"),
])
def test_a_correction_takes_back_the_payee_yes(policy: AssistantContext, first: str, yes: str,
                                               correction: str) -> None:
    date = dt.date(2024, 6, 3)
    assert totals_of(reply_after(policy, date, first, yes))[0] == 200_000
    assert totals_of(reply_after(policy, date, first, yes, correction)) == (0, 0)


HOTELS = """某县旅游饭店奖励办法
第一条 对新评定为四星级、三星级的旅游饭店，分别给予50万元、20万元一次性奖励。
第二条 本办法自2020年1月1日起施行，有效期至2023年12月31日。
"""


def test_a_correction_of_a_grade_the_company_named_is_no_payee_yes_taken_back() -> None:
    hotels = context_of_text(HOTELS, "hotels")
    first = "我们是县里的一家酒店，去年5月新评上了四星级旅游饭店，有奖励吗？"
    assert totals_of(reply_after(hotels, dt.date(2021, 4, 1), first))[0] == 500_000
    corrected = reply_after(hotels, dt.date(2021, 4, 1), first, "抱歉说错了，去年评的是三星级，不是四星级。")
    assert totals_of(corrected) == (200_000, 200_000)
