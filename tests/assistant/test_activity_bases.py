"""Bases of a rate printed as an activity's or project's money (why8 a1): 实际发生费用, 项目总预算, 活动实际总经费,
设备投资, 官方规定费用 are vocabulary base quantities (``ontology/vocabulary.ttl``: incurred_cost, project_budget,
event_cost, equipment_investment, official_fees), linked when a policy prints them as a rate's base and read from the
company's words in either language, so a rate on them is paid on the figure said or asked by its name. Fresh
synthetic policies and messages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.understanding.facts import understand_facts
from ingest.model import ProvisionKind
from tests.assistant_contexts import context_of_text, reply_after, totals_of
from tests.ingest.sentences import benefits_of

AS_OF = dt.date(2025, 5, 10)


@pytest.mark.parametrize(("body", "concept"), [
    ("对组织国际学术交流活动的企业，按照活动实际总经费的40%给予支持，最高不超过80万元。", "event_cost"),
    ("对承担成果转化项目的机构，按照项目总预算20%的比例给予支持，最高不超过150万元。", "project_budget"),
    ("对开展标准化活动的企业，按照实际发生费用的50%给予支持，每项不超过20万元。", "incurred_cost"),
    ("对举办创业沙龙的服务机构，对实际发生费用给予40%补贴，最高不超过30万元。", "incurred_cost"),
    ("对实施技术改造的企业，按设备投资的6%给予奖补，最高不超过200万元。", "equipment_investment"),
    ("对新获得授权的发明专利，给予专利权人其缴纳的官方规定费用的60%资助。", "official_fees"),
])
def test_a_rate_on_an_activitys_or_projects_money_links_its_base(body: str, concept: str) -> None:
    rates = [b for b in benefits_of(body) if b.kind is ProvisionKind.RATE_WITH_CAP]
    assert [r.base_quantity for r in rates] == [concept]


def _stated(message: str) -> dict[str, Decimal]:
    return {fact.field.removeprefix("quantities."): Decimal(str(fact.value["amount_cny"]))
            for fact in understand_facts(message, AS_OF) if fact.field.startswith("quantities.")}


@pytest.mark.parametrize(("message", "concept", "amount"), [
    ("2024年我们主办的产业峰会活动实际总经费180万元", "event_cost", 1_800_000),
    ("In 2024 the total cost of the event we hosted was RMB 1.8 million; event costs were 1.8m", "event_cost",
     1_800_000),
    ("2024年这个转化项目的项目总预算是700万", "project_budget", 7_000_000),
    ("our total project budget for 2024 was RMB 7 million", "project_budget", 7_000_000),
    ("2024年实际发生费用36万元", "incurred_cost", 360_000),
    ("costs actually incurred in 2024 were RMB 360,000", "incurred_cost", 360_000),
    ("2024年设备投资4500万元", "equipment_investment", 45_000_000),
    ("in 2024 our equipment investment was RMB 45 million", "equipment_investment", 45_000_000),
    ("in 2024 our investment in equipment was RMB 45 million", "equipment_investment", 45_000_000),
    ("2024年缴纳的官方规定费用3600元", "official_fees", 3_600),
    ("in 2024 we paid official fees of 3,600 yuan", "official_fees", 3_600),
])
def test_the_company_states_the_base_in_its_words(message: str, concept: str, amount: int) -> None:
    assert _stated(message).get(concept) == amount


def test_an_investment_not_in_equipment_stays_the_total_investment() -> None:
    facts = {fact.field: fact.value for fact in understand_facts("we invested RMB 30 million in total in 2024", AS_OF)}
    assert "quantities.equipment_investment" not in facts


_EVENT_POLICY = ("某区支持国际交流活动的若干措施\n一、支持措施\n"
                 "鼓励开展国际学术交流。对企业，按照活动实际总经费的40%给予支持，最高不超过80万元。\n"
                 "二、附则\n本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")


def test_a_rate_on_the_events_cost_is_paid_on_the_figure_said_and_asked_without_it() -> None:
    context = context_of_text(_EVENT_POLICY, "event_cost_policy")
    said = reply_after(context, AS_OF, "我们是本区企业，组织了一场国际学术交流活动，2024年活动实际总经费150万元。")
    assert totals_of(said) == (600_000, 600_000)  # 40% × 150万 = 60万, under the 80万 ceiling
    said_en = reply_after(context, AS_OF, "We are a company in the district and organised an international academic "
                                          "exchange event; in 2024 the event's total cost was RMB 1.5 million.")
    assert totals_of(said_en) == (600_000, 600_000)
    unsaid = reply_after(context, AS_OF, "我们是本区企业，2024年组织了一场国际学术交流活动。")
    sure, most = totals_of(unsaid)
    assert sure == 0 and most <= 800_000  # the base not said: nothing sure, the ceiling at most
