"""A second member of a policy's own concept said by its grade and date only (两家酒店：一家…五星级，另一家…三星级)
is never looked up in the shared vocabulary: the turn answers and the first member's award is the sure amount — never
more (set-5's first measurement: a KeyError on an induced concept failed the whole turn). Known open: the second
member's grade is not kept apart yet (both take the first's grade, so the most shown is too high; the least is right).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.assistant_contexts import context_of_policy, reply_after

AS_OF = dt.date(2020, 9, 1)


@pytest.mark.parametrize("message", [
    "公司在柳河县，旗下有两家酒店：一家2020年3月新评定为五星级，另一家2020年5月新评定为三星级。",
    "我们柳河的公司管着两个酒店，一个今年3月刚评上五星级，另一个今年5月评上了三星级。",
])
def test_another_member_of_an_induced_concept_answers_with_the_first_members_award_sure(
        policies: dict[str, Any], message: str) -> None:
    # liuhe_tourism_2019 三8: 对新评定为三星级、四星级、五星级的酒店，一次性分别给予20万元、50万元、100万元奖励 —
    # the five-star hotel newly rated inside 2019-01-01 … 2021-12-31 is 100万 by hand, sure
    context = context_of_policy(policies["liuhe_tourism_2019"])
    reply = reply_after(context, AS_OF, message)
    assert reply.eligibility is not None
    low, high = reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]
    assert low == 1_000_000
    assert high >= low
