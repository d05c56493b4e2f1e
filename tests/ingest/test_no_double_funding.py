"""How awards combine (``patterns.NO_DOUBLE``): one award of several a payee qualifies for is a ``no_double_funding``
condition, and a sentence saying so grants nothing of its own (fresh wordings)."""

from __future__ import annotations

import pytest

from ingest.model import ProvisionKind
from tests.ingest.sentences import policy_of


@pytest.mark.parametrize("sentence", [
    "同一单位同一年度符合本措施多项奖励的，不得兼得。",
    "同一企业至多只能获得一项认定奖励。",
    "同一单位在同一年度内满足本细则两项以上奖励条件的，最多给予一项奖励。",
    "同时符合本政策多项扶持条件的，只能享受其中一项。",
    "每家机构只能申请一类专项资金支持。",
    "同一园区同一年度只享受一次最高额度补贴。",
    "与国家、省其他政策重叠的，按照“从高不重复”原则执行。",
    "本措施与其他政策有重叠的，按照从优、就高、不重复的原则予以支持。",
    "同一项目不能重复享受市、区两级财政资金扶持。",
    "同一企业当年满足3项以上补助条件的，补助金额按最高标准执行。",
    "绿色工厂与智能工厂为同一企业的，按较高一项给付，不重复补助。",
    "同一园区符合本方案多项扶持条件的，按就高原则给予扶持。",
])
def test_a_rule_of_one_award_is_a_no_double_funding_condition(sentence: str) -> None:
    provisions = [p for p in policy_of(sentence).provisions if p.kind is not ProvisionKind.VALIDITY]
    assert [(p.kind, p.subtype) for p in provisions] == [(ProvisionKind.CONDITION, "no_double_funding")]


def test_the_same_award_once_is_no_choice_between_awards() -> None:
    provisions = policy_of("对首次就业的毕业生给予一次性补贴3000元，每人只能享受一次。").provisions
    assert not [p for p in provisions if p.subtype == "no_double_funding"]
