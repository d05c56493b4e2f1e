"""What the company says it is or does reaches the policy's payee label: 做X的 / 从事X业务 / "we are in the X
business" is an X企业 (the whole stem of the label, never a part of it), a coordinated label 外资A和B企业 pays an
外资A企业, a manufacturer said short (装备制造企业) is the vocabulary's; another party's trade or kind names nothing.
Fresh wordings, not the bench's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.facts import qualification_hits, understand_facts
from assistant.understanding.policy_terms import PolicyTerms
from assistant.understanding.self_description import described_kinds, stem
from ingest.model import induced_concept_id
from tests.assistant.understanding.induced_terms import held_concepts, induced_terms

AS_OF = dt.date(2025, 3, 1)


def _terms(*labels: tuple[str, str | None]) -> PolicyTerms:
    return induced_terms(*labels)


def _concepts(message: str, terms: PolicyTerms) -> list[str]:
    return held_concepts(message, terms, AS_OF)


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

@pytest.mark.parametrize("message", ["2021年我们从园区里其他制造企业采购了一批配件", "我们向一家制造企业供货"])
def test_a_label_said_short_of_another_party_names_nothing(message: str) -> None:
    # held with the other party's level (区里), a manufacturer's award by level would be refused or paid wrongly
    assert "industrial_enterprise" not in [hit.concept.id for hit in qualification_hits(message)]


@pytest.mark.parametrize("message", [
    "我们是开发区企业，是做商业保理的，去年营收3000万",
    "我司注册在园区，主要从事商业保理业务。",
])
def test_what_the_company_does_said_as_a_second_clause_names_the_policys_kind(message: str) -> None:
    assert _concepts(message, _terms(("商业保理企业", "commercial factoring enterprise"))) == ["商业保理企业"]


@pytest.mark.parametrize("message", [
    "我们的客户是开发区企业，是做商业保理的",  # the first clause's subject is another party
    "我们给一家园区企业供货，是做商业保理的",
])
def test_a_second_clause_after_another_partys_is_not_the_companys_trade(message: str) -> None:
    assert _concepts(message, _terms(("商业保理企业", "commercial factoring enterprise"))) == []


@pytest.mark.parametrize("message", [
    "We are a foreign-invested manufacturer based in the zone.",
    "Our company is a foreign-funded manufacturing enterprise.",
])
def test_an_english_kind_names_a_part_of_a_coordinated_label(message: str) -> None:
    assert _concepts(message, _terms(("外资制造业和现代服务业企业", None))) == ["外资制造业和现代服务业企业"]


@pytest.mark.parametrize("message", [
    "Our main supplier is a foreign-invested manufacturer.",  # another party's kind
    "We are a foreign-invested trading company in the zone.",  # a kind the label does not list
    "We are a domestic manufacturer in the zone.",
])
def test_an_english_kind_not_ours_or_not_listed_names_nothing(message: str) -> None:
    assert _concepts(message, _terms(("外资制造业和现代服务业企业", None))) == []
