"""A later grade of a grade held (又升至X级, "moved up to level X") is the company's later grade; another party's
move is none. Fresh wordings, not the bench's."""

from __future__ import annotations

import pytest

from assistant.understanding.grade_changes import later_grade


@pytest.mark.parametrize("message", ["今年3月我们又升至二级了", "去年底提升到二级", "in March we moved up to level 2"])
def test_moving_up_to_another_grade_is_a_later_grade(message: str) -> None:
    assert later_grade(message, "三级") == "2级"


@pytest.mark.parametrize("message", ["隔壁企业今年升到二级了", "our competitor moved up to level 2",
                                     "我们的一家供应商去年升到了二级", "our supplier moved up to level 2"])
def test_another_party_moving_up_is_no_grade_of_ours(message: str) -> None:
    assert later_grade(message, "三级") is None
