"""Support named with no figure is a case-by-case provision (``patterns.CASE_BY_CASE``, ``NAMED_AWARD``): 给予相应奖励,
给予资金支持, 给予一定的财政扶持, 给予一次性奖励 (not 仅给予一次奖励, a rule of count) — fresh wordings."""

from __future__ import annotations

import pytest

from ingest.model import ProvisionKind
from tests.ingest.sentences import policy_of


@pytest.mark.parametrize("sentence", [
    "对通过复评的示范基地给予一次性奖励。",
    "对各街道按招商引资任务完成情况给予相应奖励。",
    "对符合条件的社区托育机构，按照国家、省有关规定，给予相应扶持。",
    "对区属公办托育机构建设给予资金支持。",
    "对认定为区级众创空间的运营机构，给予一定的财政扶持。",
])
def test_support_with_no_figure_is_case_by_case(sentence: str) -> None:
    provisions = [p for p in policy_of(sentence).provisions if p.kind is not ProvisionKind.VALIDITY]
    assert [p.kind for p in provisions] == [ProvisionKind.CASE_BY_CASE]


def test_one_award_only_is_no_support_of_its_own() -> None:
    provisions = policy_of("同一项目获得多项认定的，仅给予一次奖励。").provisions
    assert not [p for p in provisions if p.kind is ProvisionKind.CASE_BY_CASE]


def test_a_new_company_in_the_standard_of_an_award_is_no_newly_established_payee() -> None:
    provisions = policy_of("对增资扩股的企业按新设企业落户奖励标准给予相应奖励。").provisions
    assert [p.kind for p in provisions if p.kind is not ProvisionKind.VALIDITY] == [ProvisionKind.CASE_BY_CASE]
