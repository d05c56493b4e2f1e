"""A rate's base read from the policy (round 14, why7 a1) meets the company's own figure of it, said in Chinese or
English: the price of premises bought (按购房价的X%) and the rent a platform waived for the firms it hosts (对其场租减免
部分…给予X%) — never the rent it paid itself. A rate said for another article's list (如为第X条(Y)的项目) is asked,
never paid as sure. A fresh synthetic policy, not the corpus's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant_contexts import context_of_text, reply_after, totals_of

POLICY = """某区促进楼宇经济和双创载体发展若干措施
第一条 本措施自2023年1月1日起施行，有效期三年。
第二条 企业购买自用办公用房的，按购房价的4%给予补助，最高不超过150万元。
第三条 鼓励众创空间为入驻团队提供低成本场地，对其场租减免部分，经认定，每年给予众创空间40%的补贴，每年最高12万元。
第四条 对引荐项目落户本区的机构，按项目注册资本实缴额的2‰给予奖励，如为第五条（一）的项目，\
按项目注册资本实缴额的2.5‰给予奖励。
第五条 重点项目包括：（一）世界500强企业投资的项目；（二）其他重大项目。
"""
AS_OF = dt.date(2024, 3, 1)


@pytest.fixture(scope="module")
def context():  # type: ignore[no-untyped-def]
    return context_of_text(POLICY, "fresh_building_economy_policy")


@pytest.mark.parametrize("message", ["我们是本区的企业，2023年在区里买了一层办公楼自用，购房价3000万。",
                                     "We are a company in the district; in 2023 we bought an office floor for our own "
                                     "use, and the office purchase price was RMB 30 million."], ids=["zh", "en"])
def test_the_price_of_premises_bought_is_the_base(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # by hand: 3000万 × 4% = 120万, under the 150万 ceiling
    assert totals_of(reply_after(context, AS_OF, message))[0] == 1_200_000


@pytest.mark.parametrize("message", ["我们是本区一家众创空间，2023年为入驻团队减免了25万元场租。",
                                     "We run a maker space in the district. In 2023 we waived 250,000 yuan of rent for "
                                     "the teams we host."], ids=["zh", "en"])
def test_the_rent_waived_is_the_base_and_not_rent_paid(context, message: str) -> None:  # type: ignore[no-untyped-def]
    reply = reply_after(context, AS_OF, message)
    assert not any(f.field == "quantities.rent_paid" for f in reply.profile)  # the rent waived was never paid by it
    assert any(f.field == "quantities.rent_relief" and f.value["amount_cny"] == 250_000 for f in reply.profile)
    assert totals_of(reply)[1] <= 100_000 + 1_200_000  # by hand: 25万 × 40% = 10万 at most from 第三条


def test_a_rate_for_another_articles_list_is_never_sure(context) -> None:  # type: ignore[no-untyped-def]
    # 第四条 pays the introducer on the introduced project's paid-in capital: that base is the project's, not the
    # company's registered capital (review RB1), so neither the 2‰ nor the 2.5‰ of a 第五条（一） project is sure
    reply = reply_after(context, AS_OF, "我们是引荐机构，引荐的项目去年落户本区，项目注册资本实缴了1亿。")
    assert totals_of(reply)[0] == 0
    assert not any(f.field == "quantities.registered_capital" for f in reply.profile)
