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
from tests.assistant_contexts import context_of_text, reply_after

POLICY = """青石县乡村旅游扶持办法
本办法自2022年1月1日起施行，有效期至2025年12月31日。
第一条 对新评定为三星级、四星级、五星级的民宿，一次性分别给予10万元、30万元、60万元奖励。
第二条 本办法由县文化旅游局负责解释。
"""
AS_OF = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def context():  # type: ignore[no-untyped-def]
    return context_of_text(POLICY, "qingshi_guesthouses")


def _totals(reply) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    assert reply.eligibility is not None
    return reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]


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
    assert _totals(reply_after(context, AS_OF, message)) == (700_000, 700_000)


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
    low, high = _totals(reply_after(context, AS_OF, message))
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
    assert _totals(reply_after(context, AS_OF, message)) == (600_000, 600_000)  # the five-star one only
