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


@pytest.mark.parametrize("sentence", [
    "对获得国家立项的重大专项，可由省市两级给予相应的配套资金支持。",
    "将工业软件首版次产品推荐参与本省评定并给予相关政策支持。",
    "对早期硬科技项目给予政策性股权投资。",
    "对降低小微企业担保费率的区政府性融资担保机构进行奖励。",
    "符合条件的纳入市级科技服务券支持范围。",
    "经认定的青年人才，可优先享受区级人才租房补贴政策。",
    "给予入驻平台租金减免、运营补助等支持。",
])
def test_more_words_of_support_with_no_figure(sentence: str) -> None:
    provisions = [p for p in policy_of(sentence).provisions if p.kind is not ProvisionKind.VALIDITY]
    assert [p.kind for p in provisions] == [ProvisionKind.CASE_BY_CASE]


@pytest.mark.parametrize("sentence", [
    "以检测服务为主业的机构原则上不纳入区级补助资金支持范围。",  # an exclusion
    "登录政务服务平台，选择补贴申办，进行补贴申领。",  # how to apply
])
def test_no_support_where_words_of_support_are_an_exclusion_or_a_step(sentence: str) -> None:
    provisions = policy_of(sentence).provisions
    assert not [p for p in provisions if p.kind is ProvisionKind.CASE_BY_CASE]


def test_an_award_announced_before_its_amounts_is_no_case_by_case() -> None:
    provisions = policy_of("对年接待游客5万人次以上的景区进行奖励。按接待人次给予最高30万元奖励。").provisions
    assert [p.kind for p in provisions if p.kind.monetary] == [ProvisionKind.UP_TO]


def test_the_authority_that_pays_is_no_level_of_the_payee() -> None:
    provisions = policy_of("市级财政按规定给予每家新上市企业不超过 200 万元的资金补贴；"
                           "区级财政资金补贴不低于市级标准。").provisions
    assert [(p.kind, p.level) for p in provisions if p.kind.monetary] == [
        (ProvisionKind.UP_TO, None), (ProvisionKind.CASE_BY_CASE, None)]


def test_each_party_with_support_of_its_own_is_a_row() -> None:
    provisions = policy_of("给予孵化平台场地租金减免、运营补助等支持，对迁入本区的瞪羚企业给予一次性奖励。").provisions
    rows = [p for p in provisions if p.kind is ProvisionKind.CASE_BY_CASE]
    assert len(rows) == 2
    # one party named once: one row
    single = policy_of("对新认定的科技企业孵化器给予资金支持。").provisions
    assert len([p for p in single if p.kind is ProvisionKind.CASE_BY_CASE]) == 1


def test_a_later_partys_case_by_case_support_is_its_own_row_and_leaves_the_award_before_sure() -> None:
    """…给予1:1配套资金，对获批省级平台，可“一事一议”…: the matching award is no assessed one; the later party's
    support, with no figure, is a discretionary case_by_case row of its own."""
    from ingest.model import ProvisionKind
    from tests.ingest.sentences import policy_of

    body = ("对新获批的国家级技术创新中心，按照国家支持资金给予1:1配套，"
            "对获批省级重点实验室等创新平台，可“一事一议”给予支持。")
    provisions = [p for p in policy_of(body).provisions if p.kind is not ProvisionKind.VALIDITY]
    assert [(p.kind, p.discretionary) for p in provisions] == [
        (ProvisionKind.RATE_WITH_CAP, False), (ProvisionKind.CASE_BY_CASE, True)]


def test_fund_support_named_with_its_kind_and_a_promise_kept_are_case_by_case() -> None:
    """优先给予财政专项资金扶持 / 给予财政资金支持 / 按协议约定兑现相关优惠政策: support with no figure;
    申报兑现奖励政策 is a step of paying, no support of its own."""
    from ingest.model import ProvisionKind
    from tests.ingest.sentences import policy_of

    for sentence in ("对年度纳税前十的物流企业，优先给予财政专项资金扶持。", "对新落地的总部项目，给予财政资金支持。",
                     "对已签订投资协议的项目，按协议约定兑现相关扶持政策。"):
        provisions = [p for p in policy_of(sentence).provisions if p.kind is not ProvisionKind.VALIDITY]
        assert [p.kind for p in provisions] == [ProvisionKind.CASE_BY_CASE], sentence
    paying = policy_of("经审核后，由主管部门向领导小组申报兑现奖励政策。").provisions
    assert not [p for p in paying if p.kind is ProvisionKind.CASE_BY_CASE]
