"""Round 14 (why7 b2, b3, c, b1): what the company says it is or does reaches the policy's
payee label (做X的 is an X企业, a coordinated label 外资A和B企业 pays an 外资A企业, 制造业 said 制造); a turn
that adds to the total or describes the company keeps the eligibility total; a recognition
said "still valid" settles a clause paying holders within their validity; financing "做了" and
a purchase said with its verb are figures. Fresh wordings, not the bench's."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.dialogue import new_state, respond
from assistant.eligibility.facts import ConceptFact
from assistant.eligibility.held_while_valid import pays_holders_while_valid, valid_holder_check
from assistant.understanding.amount_inside import amounts_inside
from assistant.understanding.facts import qualification_hits, understand_facts
from assistant.understanding.grade_changes import later_grade
from assistant.understanding.intent import Intent, classify
from assistant.understanding.policy_terms import PolicyConcept, PolicyTerms
from assistant.understanding.self_description import described_kinds, stem
from ingest.model import induced_concept_id

AS_OF = dt.date(2025, 3, 1)


def _terms(*labels: tuple[str, str | None]) -> PolicyTerms:
    return PolicyTerms("a_policy", tuple(PolicyConcept(induced_concept_id(label), label, english, None, (), ("p1",))
                                         for label, english in labels))


def _concepts(message: str, terms: PolicyTerms) -> list[str]:
    return [fact.value["label"] for fact in understand_facts(message, AS_OF, terms=terms)
            if fact.field == "policy_concepts" and fact.value.get("held", True)]


# ---------------------------------------------------------------- b2: what the company says it does
@pytest.mark.parametrize(("label", "english", "message"), [
    ("商业保理企业", "commercial factoring enterprise", "我司主要从事商业保理业务，注册在本区。"),
    ("商业保理企业", "commercial factoring enterprise", "我们公司就是做商业保理的，去年搬进了园区"),
    ("商业保理企业", "commercial factoring enterprise",
     "We're in the commercial factoring business, based in the zone."),
    ("商业保理企业", "commercial factoring enterprise", "Our company is engaged in commercial factoring."),
])
def test_what_the_company_says_it_does_names_the_policys_kind(label: str, english: str, message: str) -> None:
    assert _concepts(message, _terms((label, english))) == [label]


@pytest.mark.parametrize(("label", "english", "message"), [
    ("商业保理企业", "commercial factoring enterprise", "我们的客户是做商业保理的"),  # another party's trade
    ("商业保理企业", "commercial factoring enterprise", "我们给做商业保理的公司做软件"),
    ("商业保理企业", "commercial factoring enterprise", "我们是做保理的"),  # a part of the stem only: asked
    ("商业保理企业", "commercial factoring enterprise", "Our client does commercial factoring."),
    ("商业保理企业", "commercial factoring enterprise", "We are in factoring."),
])
def test_another_partys_trade_or_a_part_of_the_stem_names_nothing(label: str, english: str, message: str) -> None:
    # held, the policy's 商业保理企业 award would be paid to a software vendor, or to any kind of factoring firm
    assert _concepts(message, _terms((label, english))) == []


def test_the_stem_is_the_label_without_its_company_head() -> None:
    assert stem("商业保理企业") == "商业保理" and stem("commercial factoring firm") == "commercial factoring"
    assert stem("企业技术中心") is None and stem("企业") is None and stem("enterprise") is None
    assert [d.what for d in described_kinds("我们是做商业保理的，在区里")] == ["商业保理"]


@pytest.mark.parametrize("message", ["我们是一家外资软件企业，2019年设立", "我们是外资软件公司"])
def test_a_coordinated_label_pays_each_kind_it_lists(message: str) -> None:
    # 外资软件和信息服务企业 pays a foreign-funded software firm as well as an information-service one
    assert _concepts(message, _terms(("外资软件和信息服务企业", None))) == ["外资软件和信息服务企业"]


def test_a_coordinated_label_is_not_named_by_a_kind_it_does_not_list() -> None:
    assert _concepts("我们是一家外资物流企业", _terms(("外资软件和信息服务企业", None))) == []


@pytest.mark.parametrize("message", ["我们是开发区的一家汽车零部件制造企业", "我们是一家先进制造公司"])
def test_a_manufacturing_firm_said_short_is_the_policys_manufacturer(message: str) -> None:
    induced = _terms(("先进制造业企业", None))
    hits = qualification_hits("我们是开发区的一家汽车零部件制造企业")
    assert "industrial_enterprise" in [hit.concept.id for hit in hits]
    if "先进" in message:
        assert _concepts(message, induced) == ["先进制造业企业"]


def test_manufacturing_in_english_stays_the_vocabularys() -> None:
    hits = qualification_hits("We are an auto parts manufacturing enterprise in the zone")
    assert "industrial_enterprise" in [hit.concept.id for hit in hits]


# ---------------------------------------------------------------- b3: the turn keeps the total
@pytest.mark.parametrize("message", [
    "听说研发那块也有补贴，这笔也一起算上吧",
    "场地租金补贴也能一起拿吧？",
    "Could we also claim the rent subsidy under this policy?",
    "Can we get the new-route award under these measures?",
])
def test_asking_that_an_award_be_counted_asks_for_the_total(message: str) -> None:
    assert classify(message, has_facts=False, has_result=True) is Intent.ELIGIBILITY


@pytest.mark.parametrize("message", [
    "我们是宁波的一家模具工厂，独立核算，财务都在本地。",
    "We are a small mould maker in Ningbo, with our own accounts.",
])
def test_a_description_of_the_company_is_never_out_of_scope(message: str) -> None:
    reply, _ = respond(message, new_state(AS_OF))
    assert reply.intent == Intent.ELIGIBILITY.value


@pytest.mark.parametrize("message", ["帮我们写一份年终总结", "Can you recommend a good accountant for us?"])
def test_a_request_outside_the_policy_stays_out_of_scope(message: str) -> None:
    reply, _ = respond(message, new_state(AS_OF))
    assert reply.intent == Intent.OUT_OF_SCOPE.value


# ---------------------------------------------------------------- c: "still valid"
def _valid_on(message: str) -> list[Any]:
    return [fact.value.get("valid_on") for fact in understand_facts(message, AS_OF) if fact.field == "qualifications"]


@pytest.mark.parametrize("message", [
    "我们是高新技术企业，资格仍在有效期内。",
    "公司是国家高新技术企业（认定证书还在有效期）",
    "We are a high-tech enterprise and our certificate is still valid.",
])
def test_a_recognition_said_still_valid_is_held_on_the_day_asked(message: str) -> None:
    assert _valid_on(message) == [AS_OF]


@pytest.mark.parametrize("message", ["我们是高新技术企业，证书去年已经过期了", "We are a high-tech enterprise."])
def test_a_recognition_not_said_valid_has_no_valid_day(message: str) -> None:
    assert _valid_on(message) in ([None], [])


def _provision(quote: str) -> Any:
    return SimpleNamespace(quote=quote)


def test_a_clause_paying_holders_within_validity_is_met_by_a_valid_recognition() -> None:
    clause = _provision("取得高新技术企业认定并处于有效期内的企业，每年补贴不超过30万元")
    fact = ConceptFact("high_tech_enterprise", True, "qualifications[0]", valid_on=AS_OF)
    check = valid_holder_check(clause, fact, AS_OF, "high-tech enterprise", "高新技术企业")
    assert check is not None and check.status.value == "met"


@pytest.mark.parametrize("quote", [
    "对新认定的高新技术企业，一次性奖励30万元",  # the event's date decides: still asked
    "Newly recognised high-tech enterprises receive a one-off RMB 300,000",
])
def test_an_award_for_a_new_recognition_still_asks_its_date(quote: str) -> None:
    fact = ConceptFact("high_tech_enterprise", True, "qualifications[0]", valid_on=AS_OF)
    assert not pays_holders_while_valid(_provision(quote))
    assert valid_holder_check(_provision(quote), fact, AS_OF, "high-tech enterprise", "高新技术企业") is None


def test_a_validity_said_before_the_day_asked_settles_nothing() -> None:
    clause = _provision("recognised enterprises within their validity may use up to RMB 300,000 a year")
    fact = ConceptFact("high_tech_enterprise", True, "qualifications[0]", valid_on=dt.date(2024, 1, 1))
    assert valid_holder_check(clause, fact, AS_OF, "high-tech enterprise", "高新技术企业") is None


# ---------------------------------------------------------------- b1: figures said with their verb
@pytest.mark.parametrize(("message", "concept"), [
    ("2023年我们为园区企业一共做了9000万的融资", "financing_total"),
    ("去年我们从本地供应商采购原材料共计3200万", "purchase_amount"),
    ("in 2023 we bought RMB 32 million of components from local suppliers", "purchase_amount"),
])
def test_a_figure_said_with_its_verb_is_its_quantity(message: str, concept: str) -> None:
    assert [found.concept for found in amounts_inside(message)] == [concept]


@pytest.mark.parametrize("message", ["去年客户从我们这采购了3200万", "我们拿到了采购补贴80万",
                                     "集团从本地供应商采购原材料3200万"])
def test_a_purchase_by_another_or_a_subsidy_is_no_purchase_amount(message: str) -> None:
    assert amounts_inside(message) == []


# ---------------------------------------------------------------- b2: a later grade of a held grade
@pytest.mark.parametrize("message", ["今年3月我们又升至二级了", "去年底提升到二级", "in March we moved up to level 2"])
def test_moving_up_to_another_grade_is_a_later_grade(message: str) -> None:
    assert later_grade(message, "三级") == "2级"


@pytest.mark.parametrize("message", ["隔壁企业今年升到二级了", "our competitor moved up to level 2"])
def test_another_party_moving_up_is_no_grade_of_ours(message: str) -> None:
    assert later_grade(message, "三级") is None


# ---------------------------------------------------------------- a vocabulary label said short inside a policy's name
def test_a_policys_name_said_short_around_a_vocabulary_label_names_both() -> None:
    label = "外资汽车零部件制造业企业"
    found = understand_facts("我们是一家外资汽车零部件制造企业", AS_OF, terms=_terms((label, None)))
    assert {fact.value.get("id") for fact in found} >= {"industrial_enterprise", induced_concept_id(label)}


def test_a_vocabulary_label_said_in_full_inside_a_policys_name_keeps_it_from_being_read() -> None:
    # as before round 14: the policy's longer name is not taken over the vocabulary's own label (an award of the
    # longer name would be paid again in each direction of a guide that repeats it)
    label = "外资汽车零部件制造业企业"
    found = understand_facts("我们是一家外资汽车零部件制造业企业", AS_OF, terms=_terms((label, None)))
    assert induced_concept_id(label) not in {fact.value.get("id") for fact in found}


# ---------------------------------------------------------------- b1: a figure "for the whole year"
@pytest.mark.parametrize("message", ["去年入统，全年营业收入5200万左右。",
                                     "We joined the statistics in 2024; full-year revenue was RMB 52 million."])
def test_a_whole_years_figure_is_of_the_year_said_before(message: str) -> None:
    found = [fact.value for fact in understand_facts(message, AS_OF) if fact.field == "quantities.revenue"]
    assert [value["year"] for value in found] == [2024]


@pytest.mark.parametrize("message", ["全年营业收入5200万左右", "2022年和2023年都入统了，全年营业收入5200万",
                                     "Full-year revenue was RMB 52 million."])
def test_a_whole_years_figure_without_one_year_before_is_not_kept(message: str) -> None:
    assert [fact for fact in understand_facts(message, AS_OF) if fact.field == "quantities.revenue"] == []


@pytest.mark.parametrize("message", ["2021年我们从园区里其他制造企业采购了一批配件", "我们向一家制造企业供货"])
def test_a_label_said_short_of_another_party_names_nothing(message: str) -> None:
    # held with the other party's level (区里), a manufacturer's award by level would be refused or paid wrongly
    assert "industrial_enterprise" not in [hit.concept.id for hit in qualification_hits(message)]
