"""A second member of a policy's own concept said by its grade and date only (两家酒店：一家…五星级，另一家…三星级)
is never looked up in the shared vocabulary: the turn answers (set-5's first measurement: a KeyError on an induced
concept failed the whole turn), and each member is paid at its own grade (round 12: the second member kept the first's
grade, so the most shown was too high).
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
def test_another_member_of_an_induced_concept_is_paid_at_its_own_grade(
        policies: dict[str, Any], message: str) -> None:
    # liuhe_tourism_2019 三8: 对新评定为三星级、四星级、五星级的酒店，一次性分别给予20万元、50万元、100万元奖励 —
    # the five-star hotel and the three-star one, newly rated inside 2019-01-01 … 2021-12-31: 100万 + 20万 by hand, sure
    context = context_of_policy(policies["liuhe_tourism_2019"])
    reply = reply_after(context, AS_OF, message)
    assert reply.eligibility is not None
    low, high = reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]
    assert (low, high) == (1_200_000, 1_200_000)
