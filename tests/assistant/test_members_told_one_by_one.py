"""Members of a policy's own concept told one by one after their count, however many (三个民宿：一个…五星级，
一个…四星级，还有一个…三星级; "three guesthouses: one…, another…, and the last one…"): each member is its own
item paid at its own grade — never one concept × the count at the first member's grade (the most was shown too
high). A member not rated yet (另一个正在申报 / "the other is still being assessed") is no member held: the count
said does not pay it. A synthetic policy text written for this test (no corpus needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant_contexts import context_of_text, reply_after

POLICY = """松岭镇民宿提质办法
本办法自2023年1月1日起施行，有效期至2026年12月31日。
第一条 对新评定为三星级、四星级、五星级的民宿，一次性分别给予8万元、20万元、40万元奖励。
第二条 本办法由镇农业农村办公室负责解释。
"""
AS_OF = dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def context():  # type: ignore[no-untyped-def]
    return context_of_text(POLICY, "songling_guesthouses")


def _totals(reply) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    assert reply.eligibility is not None, reply.answer
    return reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]


@pytest.mark.parametrize("message", [
    "镇上我们经营着三个民宿：一个2023年3月新评上五星级，一个2023年8月新评上四星级，还有一个2024年1月新评上三星级。",
    "我们有三个民宿，一个2023年3月新评为五星级，另一个2023年8月新评为四星级，第三个2024年1月新评为三星级。",
    "We operate three guesthouses in the town: one was newly rated five-star in March 2023, another four-star in "
    "August 2023, and the last one three-star in January 2024.",
])
def test_three_members_are_each_paid_at_their_own_grade(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # by hand: 五星级 40万 + 四星级 20万 + 三星级 8万 = 68万, all sure; never 40万 × 3
    assert _totals(reply_after(context, AS_OF, message)) == (680_000, 680_000)


@pytest.mark.parametrize("message", [
    "我们有两个民宿，一个去年6月新评上了四星级，另一个正在申报五星级。",
    "我们有两个民宿：一个2024年6月新评上了四星级，另一个还没评，今年下半年才申报。",
    "我们有两个民宿：一个2024年6月新评上了四星级，另一个也报了五星级，还没评下来。",
    "We run two guesthouses in the town: one was newly rated four-star in June 2024, the other is still being "
    "assessed for five-star.",
    "We run two guesthouses in the town: one was newly rated four-star in June 2024, but the other one has not been "
    "rated yet.",
])
def test_a_member_not_rated_yet_is_not_held(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # by hand: 四星级 20万 for the one rated; the other is paid nothing (not 20万 × 2, nor 五星级)
    assert _totals(reply_after(context, AS_OF, message)) == (200_000, 200_000)


def test_each_member_is_one_item_with_its_own_grade(context) -> None:  # type: ignore[no-untyped-def]
    reply = reply_after(context, AS_OF, "镇上我们经营着三个民宿：一个2023年3月新评上五星级，一个2023年8月新评上四星级，"
                                        "还有一个2024年1月新评上三星级。")
    members = sorted((f.value["tier"], f.value.get("date"), f.value.get("count"))
                     for f in reply.profile if f.field == "policy_concepts")
    assert members == [("三星级", "2024-01-01", 1), ("五星级", "2023-03-01", 1), ("四星级", "2023-08-01", 1)]
