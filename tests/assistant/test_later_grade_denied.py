"""A later grade denied is no grade held (review15a U4): after 三级 in 2023, 复评没有达到四级 / 复评也没能升到四级 /
"re-assessed in January 2025 but did not reach level 4" leave the award at 三级's; 复评达到了四级 still tops it up.
Fresh wordings on a small policy written for the test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.dialogue import AssistantContext
from tests.assistant.test_company_words_set8_classes import GRADED
from tests.assistant_contexts import context_of_text, reply_after

FIRST_ZH = "我们是区里注册的企业，2023年5月智能制造能力成熟度被评为三级。"
FIRST_EN = ("We are registered in the district. In May 2023 our intelligent manufacturing capability maturity "
            "was rated level 3.")


@pytest.fixture(scope="module")
def policy() -> AssistantContext:
    return context_of_text(GRADED, "graded_denied")


def _sure(reply: Any) -> int | None:
    return reply.eligibility["total_min_cny"] if reply.eligibility is not None else None


@pytest.mark.parametrize(("first", "later"), [
    (FIRST_ZH, "2024年12月复评没有达到四级。"),
    (FIRST_ZH, "去年复评也没能升到四级。"),
    (FIRST_ZH, "2024年底复核，结果未达到四级。"),
    (FIRST_EN, "We were re-assessed in December 2024 but did not reach level 4."),
    (FIRST_EN, "In December 2024 we were not rated level 4 at the review."),
])
def test_a_later_grade_denied_leaves_the_grade_held(policy: AssistantContext, first: str, later: str) -> None:
    date = dt.date(2025, 3, 3)
    assert _sure(reply_after(policy, date, first)) == 800_000
    assert _sure(reply_after(policy, date, first, later)) in (800_000, None)  # never 2m: unread leaves 800k


@pytest.mark.parametrize("later", ["2024年12月复评达到了四级。", "2024年12月复评升到了四级。"])
def test_a_later_grade_reached_still_tops_up(policy: AssistantContext, later: str) -> None:
    assert _sure(reply_after(policy, dt.date(2025, 3, 3), FIRST_ZH, later)) == 2_000_000
