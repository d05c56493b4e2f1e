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
    # by hand: 第三条 20000 × 40 = 80万 at most; the clause's own condition on the ship (登记为本区船籍港的) is asked —
    # the tonnage does not say which ship meets it (review RB6) — so nothing sure; 第四条 (3元/总吨 of ships managed
    # for others) is never paid on it
    reply = reply_after(context, AS_OF, message)
    third = [b for b in reply.eligibility["could_add"] if b["clause_path"] == ["第三条"]]
    assert totals_of(reply)[0] == 0 and [b["amount_max_cny"] for b in third] == [800_000]
    assert any("船籍港" in q["key"] for q in reply.eligibility["questions"])
    assert all(b["clause_path"] != ["第四条"] for b in reply.eligibility["benefits"] if b["amount_min_cny"])


@pytest.mark.parametrize("message", ["我们是在本区注册的航运企业，去年购入一艘散货船，3万总吨，挂的是利比里亚船籍。",
                                     "We are a shipping firm registered in the district. Last year we bought a bulk "
                                     "carrier of 30,000 gross tonnes, flagged in Liberia."], ids=["zh", "en"])
def test_a_ship_registered_elsewhere_is_never_paid_per_tonne(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # review RB6: 第三条 pays ships registered at the district's port; a ship flagged elsewhere is not paid as sure
    assert totals_of(reply_after(context, AS_OF, message))[0] == 0


@pytest.mark.parametrize("message", ["我们是在本区注册的航运企业，公司船队总运力45万总吨，"
                                     "今年有一艘新船在本区登记船籍港。",
                                     "We are a shipping firm registered in the district; our fleet totals 450,000 "
                                     "gross tonnes, and this year one new ship was registered at the district's port."],
                         ids=["zh", "en"])
def test_the_fleets_tonnage_is_not_the_new_ships(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # review RB7: 45万 × 40 = 1800万 would pay the whole fleet for one ship; the new ship's tonnage is asked
    reply = reply_after(context, AS_OF, message)
    assert not any(f.field == "quantities.gross_tonnage" for f in reply.profile)
    assert totals_of(reply)[0] == 0
    assert all((b.get("amount_max_cny") or 0) < 18_000_000 for b in reply.eligibility["could_add"])


@pytest.mark.parametrize("message", ["我们是注册在本区的船公司，我们挂靠的港区全年外贸集装箱吞吐量300万TEU。",
                                     "我们是注册在本区的船公司，2024年外贸集装箱吞吐量3万TEU，其中一半是为其他船公司代理的。",
                                     "We are a shipping company registered in the district. The port's foreign-trade "
                                     "container throughput was 3 million TEU last year."],
                         ids=["zh-port", "zh-half-for-others", "en-port"])
def test_the_ports_throughput_is_not_the_companys(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # review RB8: another party's figure (the port's) or one partly handled for others is not read as the company's
    reply = reply_after(context, AS_OF, message)
    assert not any(f.field == "quantities.foreign_trade_container_throughput" for f in reply.profile)


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
