"""Several members of a policy's own concept, each told apart by its grade (两家民宿：一家…五星级，另一家…三星级 / "two
guesthouses: one five-star…, the other three-star"): each member is its own fact with its own grade and date, and each
is paid at its own grade — never the first member's grade for both (which showed the most too high), never only the
highest (which paid one guesthouse of two). One thing said at two grades (评上三星级，后来升为四星级) stays one
thing: the highest grade only. A synthetic policy text written for this test (no corpus needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility import evaluate
from assistant.profile import parse_profile
from ingest.model import induced_concept_id
from tests.assistant_contexts import context_of_text, reply_after, totals_of

POLICY = """青石县乡村旅游扶持办法
本办法自2022年1月1日起施行，有效期至2025年12月31日。
第一条 对新评定为三星级、四星级、五星级的民宿，一次性分别给予10万元、30万元、60万元奖励。
第二条 本办法由县文化旅游局负责解释。
"""
AS_OF = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def context():  # type: ignore[no-untyped-def]
    return context_of_text(POLICY, "qingshi_guesthouses")



@pytest.mark.parametrize("message", [
    "我们在县里开了两家民宿：一家2023年4月新评上了五星级，另一家2024年2月新评上了三星级。",
    "公司旗下有两个民宿，一个去年5月评为五星级，另一个今年3月评了三星级。",
    "We run two guesthouses in the county: one was newly rated five-star in April 2023, the other three-star in "
    "February 2024.",
    "我们有一家民宿2023年4月新评上五星级，今年2月又新评上了一家三星级民宿。",  # the concept named again: one more
    "We run a guesthouse that was newly rated five-star in April 2023, and we run another guesthouse that was newly "
    "rated three-star in February 2024.",
])
def test_each_member_is_paid_at_its_own_grade(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # 五星级 60万 + 三星级 10万 = 70万, both sure; the most is not 60万 × 2
    assert totals_of(reply_after(context, AS_OF, message)) == (700_000, 700_000)


def test_each_member_keeps_its_own_grade_and_date(context) -> None:  # type: ignore[no-untyped-def]
    reply = reply_after(context, AS_OF, "我们在县里开了两家民宿：一家2023年4月新评上了五星级，"
                                        "另一家2024年2月新评上了三星级。")
    members = sorted((f.value["tier"], f.value.get("date")) for f in reply.profile if f.field == "policy_concepts")
    assert members == [("三星级", "2024-02-01"), ("五星级", "2023-04-01")]
    assert all(f.value["count"] == 1 for f in reply.profile if f.field == "policy_concepts")  # each one item


@pytest.mark.parametrize("message", [
    "我们的民宿2023年4月新评上了三星级，今年2月升为五星级。",
    "We run a guesthouse that was newly rated three-star in April 2023 and five-star in February 2024.",
])
def test_one_thing_at_two_grades_is_paid_its_highest_grade_only(context, message: str) -> None:  # type: ignore[no-untyped-def]
    low, high = totals_of(reply_after(context, AS_OF, message))
    assert high <= 600_000
    assert low <= high


def _profile(*facts: dict) -> dict:  # type: ignore[type-arg]
    concept = induced_concept_id("民宿")
    return {"location": {"in_zone": True}, "policy_concepts": [{"id": concept, "label": "民宿", **f} for f in facts]}


def test_the_engine_pays_members_with_a_count_each_at_its_grade(context) -> None:  # type: ignore[no-untyped-def]
    two = _profile({"tier": "五星级", "date": "2023-04-01", "count": 1},
                   {"tier": "三星级", "date": "2024-02-01", "count": 1})
    assert evaluate(parse_profile(two), AS_OF, context.rules).total_min_cny == 700_000
    one_upgraded = _profile({"tier": "三星级", "date": "2023-04-01"}, {"tier": "五星级", "date": "2024-02-01"})
    result = evaluate(parse_profile(one_upgraded), AS_OF, context.rules)
    assert (result.total_min_cny, result.total_max_cny) == (600_000, 600_000)


@pytest.mark.parametrize("message", [
    "我们有一家民宿2023年4月新评上五星级，今年2月又新评上了一家三星级民宿，不过那家是合作伙伴的。",
    "We run a guesthouse that was newly rated five-star in April 2023, and we run another guesthouse that was newly "
    "rated three-star in February 2024, but that one belongs to a friend.",
])
def test_one_more_said_to_be_someone_elses_is_not_paid(context, message: str) -> None:  # type: ignore[no-untyped-def]
    assert totals_of(reply_after(context, AS_OF, message)) == (600_000, 600_000)  # the five-star one only

# Members told one by one after their count, however many (三个民宿：一个…，一个…，还有一个…): each its own item at
# its own grade; a member not rated yet is no member held. A second synthetic policy.
COUNTED_POLICY = """松岭镇民宿提质办法
本办法自2023年1月1日起施行，有效期至2026年12月31日。
第一条 对新评定为三星级、四星级、五星级的民宿，一次性分别给予8万元、20万元、40万元奖励。
第二条 本办法由镇农业农村办公室负责解释。
"""
COUNTED_AS_OF = dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def counted_context():  # type: ignore[no-untyped-def]
    return context_of_text(COUNTED_POLICY, "songling_guesthouses")



@pytest.mark.parametrize("message", [
    "镇上我们经营着三个民宿：一个2023年3月新评上五星级，一个2023年8月新评上四星级，还有一个2024年1月新评上三星级。",
    "我们有三个民宿，一个2023年3月新评为五星级，另一个2023年8月新评为四星级，第三个2024年1月新评为三星级。",
    "We operate three guesthouses in the town: one was newly rated five-star in March 2023, another four-star in "
    "August 2023, and the last one three-star in January 2024.",
])
def test_three_members_are_each_paid_at_their_own_grade(counted_context, message: str) -> None:  # type: ignore[no-untyped-def]
    # by hand: 五星级 40万 + 四星级 20万 + 三星级 8万 = 68万, all sure; never 40万 × 3
    assert totals_of(reply_after(counted_context, COUNTED_AS_OF, message)) == (680_000, 680_000)


@pytest.mark.parametrize("message", [
    "我们有两个民宿，一个去年6月新评上了四星级，另一个正在申报五星级。",
    "我们有两个民宿：一个2024年6月新评上了四星级，另一个还没评，今年下半年才申报。",
    "我们有两个民宿：一个2024年6月新评上了四星级，另一个也报了五星级，还没评下来。",
    "We run two guesthouses in the town: one was newly rated four-star in June 2024, the other is still being "
    "assessed for five-star.",
    "We run two guesthouses in the town: one was newly rated four-star in June 2024, but the other one has not been "
    "rated yet.",
])
def test_a_member_not_rated_yet_is_not_held(counted_context, message: str) -> None:  # type: ignore[no-untyped-def]
    # by hand: 四星级 20万 for the one rated; the other is paid nothing (not 20万 × 2, nor 五星级)
    assert totals_of(reply_after(counted_context, COUNTED_AS_OF, message)) == (200_000, 200_000)


def test_each_member_is_one_item_with_its_own_grade(counted_context) -> None:  # type: ignore[no-untyped-def]
    message = ("镇上我们经营着三个民宿：一个2023年3月新评上五星级，一个2023年8月新评上四星级，"
               "还有一个2024年1月新评上三星级。")
    reply = reply_after(counted_context, COUNTED_AS_OF, message)
    members = sorted((f.value["tier"], f.value.get("date"), f.value.get("count"))
                     for f in reply.profile if f.field == "policy_concepts")
    assert members == [("三星级", "2024-01-01", 1), ("五星级", "2023-03-01", 1), ("四星级", "2023-08-01", 1)]
