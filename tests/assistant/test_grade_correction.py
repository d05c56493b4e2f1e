"""A grade of a policy's own scale corrected in the next turn (说错了…是X，不是Y; "sorry, it was three-star, not
four-star") replaces the grade held for that concept: never both, never the old one — even when another concept
of the policy prints the same grade in its own scale (柳河: 三星级 hotels and 3星级 乡村旅游示范单位). Before, a
grade said alone was read only after 评为/评定 and only when one concept's scale printed it, so the old grade's
50万 stayed shown as sure."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from assistant.dialogue import AssistantContext
from ingest.pipeline import ingest_document
from ingest.read import read_document
from tests.assistant_contexts import context_of_policy, context_of_text, reply_after

LIUHE = Path(__file__).resolve().parents[1] / "data" / "policies" / "liuhe_tourism_2019.txt"
AS_OF = dt.date(2020, 3, 1)


@cache
def _liuhe() -> AssistantContext:
    return context_of_policy(ingest_document(read_document(LIUHE), "liuhe_tourism_2019"))


def _hotel_tiers(reply: Any) -> list[tuple[str, int]]:
    return [(b["title"], b["amount_min_cny"]) for b in reply.eligibility["benefits"]]


@pytest.mark.parametrize(("first", "correction"), [
    ("我们酒店在柳河县，去年新评定为四星级酒店。", "抱歉记错了，是三星级，不是四星级。"),
    ("我们酒店在柳河县，去年新评定为四星级酒店。", "刚才说错了，我们是三星级的。"),
    ("We run a hotel in 柳河县, newly rated four-star in 2019.", "Sorry, it was three-star, not four-star."),
    ("We run a hotel in 柳河县, newly rated four-star in 2019.", "My mistake: three-star, not four-star."),
])
def test_a_corrected_star_rating_replaces_the_one_held(first: str, correction: str) -> None:
    # 〔三8〕 三星级、四星级、五星级…分别给予20万元、50万元、100万元: 四星级 50万 said, corrected to 三星级 → 20万 only
    context = _liuhe()
    assert reply_after(context, AS_OF, first).eligibility["total_min_cny"] == 500_000
    reply = reply_after(context, AS_OF, first, correction)
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (200_000, 200_000)
    assert len(_hotel_tiers(reply)) == 1


def test_a_corrected_grade_of_a_scale_two_concepts_print_is_the_held_concept_s() -> None:
    # 二级 is printed by both scales; the company holds a 服务站 only: 二级 corrects it → 15万 (not 40万, not both)
    text = ("某县养老服务发展扶持办法\n一、支持内容\n"
            "（一）对新评定为一级、二级、三级的社区养老服务站，一次性分别给予5万元、15万元、40万元奖励。\n"
            "（二）对新评定为一级、二级、三级的养老机构，一次性分别给予10万元、30万元、60万元奖励。\n"
            "二、附则\n本办法自2024年1月1日起施行，有效期至2026年12月31日。\n")
    context = context_of_text(text, "graded_two_scales")
    first = "我们在本县运营社区养老服务站，2024年6月新评定为三级。"
    assert reply_after(context, dt.date(2025, 3, 1), first).eligibility["total_min_cny"] == 400_000
    reply = reply_after(context, dt.date(2025, 3, 1), first, "不好意思，是二级，不是三级。")
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (150_000, 150_000)
