"""A 对-part printed with no figure after an award (review13 R1): it leaves the award before it sure only when it
grants support of its own to a later party (一事一议, 择优支持, 给予一次性奖励); when it speaks of that award's own
payment or amount (分期拨付 after a review, 对其… 确定金额), the award stays assessed — fresh wordings."""

from __future__ import annotations

import pytest

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of, policy_of


@pytest.mark.parametrize("sentence", [
    # the payment of the same award, after a review
    "对新获批的省级工程研究中心，给予80万元资助，对通过中期检查的，根据绩效评价结果分期拨付。",
    "对新认定的市级工业设计中心，给予30万元奖励，对验收通过的，经综合评估合格后分两年兑付。",
    # the rest of the same award, or support with no word making it one of its own
    "对新获批的市级工程研究中心，给予60万元补助，对三年建设期满的，经综合评估合格后给予后续补助。",
    "对新认定的市级工业设计中心，给予30万元奖励，对验收合格的，经综合评估后给予资金支持。",
    # the amount of the same award, named again (对其 / 对该)
    "对新建成的省级中试基地，一次性支持60万元，对其年度运营绩效，经综合评估后核定支持额度。",
    "对认定的市级技术创新示范企业，给予20万元奖励，对该企业的后续投入，综合评定后确定奖励金额。",
])
def test_a_later_part_about_the_same_awards_payment_keeps_it_assessed(sentence: str) -> None:
    benefits = benefits_of(sentence)
    assert benefits and all(p.discretionary for p in benefits), [(p.kind, p.discretionary) for p in benefits]


def test_a_later_partys_merit_based_support_is_its_own_row_and_leaves_the_award_before_sure() -> None:
    body = "对新认定的省级技术转移示范机构，给予45万元奖励，对服务成效显著的，经综合评估后择优支持。"
    provisions = [p for p in policy_of(body).provisions if p.kind is not ProvisionKind.VALIDITY]
    assert [(p.kind, p.discretionary) for p in provisions] == [
        (ProvisionKind.FIXED, False), (ProvisionKind.CASE_BY_CASE, True)]


def test_a_later_award_said_to_come_on_top_leaves_the_award_before_sure() -> None:
    benefits = benefits_of("对新认定的市级企业技术中心，给予20万元奖励，对运行良好的，经综合评估后再给予一次性奖励。")
    assert [(p.amount_cny, p.discretionary) for p in benefits] == [(200_000, False)]


def test_a_later_part_of_support_with_no_word_of_its_own_is_no_row_of_its_own() -> None:
    body = "对新认定的市级工业设计中心，给予30万元奖励，对验收合格的，经综合评估后给予资金支持。"
    assert not [p for p in policy_of(body).provisions if p.kind is ProvisionKind.CASE_BY_CASE]


def test_merit_based_support_inside_a_task_is_no_support_row() -> None:
    provisions = policy_of("引导企业建设中试平台，择优支持一批示范项目建设。").provisions
    assert not [p for p in provisions if p.kind is ProvisionKind.CASE_BY_CASE]
