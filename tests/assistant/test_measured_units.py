"""An amount paid per a unit that is not yuan (每TEU给予20元, 40元/总吨) counts the company's figure of the quantity its
sentence names (round 14, why7 a3: the engine asked "how many <payee>"): the new part only when the sentence says so
(对其新增部分: this year's less last year's), never others' things the company handles (以实际管理的船舶总吨), and a
threshold in that unit no bound reads (超过5000TEU) is asked, never paid as sure. A fresh synthetic policy."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant_contexts import context_of_text, reply_after, totals_of

POLICY = """某区促进港航物流发展若干措施
第一条 本措施自2023年1月1日起施行，有效期三年。
第二条 对注册在本区的船公司，年度实现外贸集装箱吞吐量超过5000TEU的，对其新增部分按每TEU给予20元的补贴，\
每家企业年度最高不超过100万元。
第三条 对登记为本区船籍港的国际船舶，一次性给予40元/总吨的补贴。
第四条 对开展国际船舶管理的机构，以实际管理的船舶总吨，按3元/总吨标准予以奖励。
"""
AS_OF = dt.date(2024, 5, 1)


@pytest.fixture(scope="module")
def context():  # type: ignore[no-untyped-def]
    return context_of_text(POLICY, "fresh_port_shipping_policy")


@pytest.mark.parametrize("message", ["我们是注册在本区的船公司。今年登记了一艘新船，船籍港在本区，2万总吨。",
                                     "We are a shipping company registered in the district. This year we registered a "
                                     "new vessel with the district as its port of registry, 20,000 gross tonnes."],
                         ids=["zh", "en"])
def test_a_ships_tonnage_counts_the_award_per_tonne(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # by hand: 第三条 20000 × 40 = 80万 sure; 第四条 (3元/总吨 of ships managed for others) is never paid on it
    reply = reply_after(context, AS_OF, message)
    assert totals_of(reply)[0] == 800_000
    assert all(b["clause_path"] != ["第四条"] for b in reply.eligibility["benefits"] if b["amount_min_cny"])


@pytest.mark.parametrize("message", ["我们是注册在本区的船公司，2023年外贸集装箱吞吐量1.2万TEU，2022年是9000TEU。",
                                     "We are a shipping company registered in the district; our foreign-trade "
                                     "container throughput was 12,000 TEU in 2023, up from 9,000 TEU in 2022."],
                         ids=["zh", "en"])
def test_the_new_part_only_and_the_threshold_asked(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # by hand: new part 12000 − 9000 = 3000 × 20 = 6万 (not 12000 × 20 = 24万); 超过5000TEU is not read as a bound,
    # so it is asked: 6万 is a could-add, never more than that, and nothing of it sure
    result = reply_after(context, AS_OF, message).eligibility
    second = [b for b in [*result["benefits"], *result["could_add"]] if b.get("clause_path") == ["第二条"]]
    assert result["total_min_cny"] == 0
    assert second and all((b.get("amount_max_cny") or 0) == 60_000 for b in second)
