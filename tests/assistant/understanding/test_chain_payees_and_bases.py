"""Issues #13/#11, round 9 (the whole chain on other policies): a company is told 0 when it names its kind in its own
words (融资租赁公司 for the policy's 融资租赁企业) or states the base of a rate in the words the policy pays on
(国际物流费用, 国家拨款额, 登记费用…) that no vocabulary base quantity held. Both are data: the interchangeable heads
(``ontology/payee_heads.yaml``) and the vocabulary's base quantities (``ontology/vocabulary.ttl``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import yaml

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from assistant.understanding.base_quantities import quantity_words
from assistant.understanding.facts import understand_facts
from assistant.understanding.payee_heads import PAYEE_HEADS_FILE, same_kind_names
from assistant.understanding.policy_terms import PolicyTerms
from kg.build import build_policy_graph
from tests.assistant.understanding.induced_terms import held_concepts, induced_terms

AS_OF = dt.date(2025, 3, 1)


def _terms(*labels: tuple[str, str | None]) -> PolicyTerms:
    return induced_terms(*labels)


def _concepts(message: str, terms: PolicyTerms) -> list[str]:
    return held_concepts(message, terms, AS_OF)


@pytest.mark.parametrize(("label", "english", "message"), [
    ("融资租赁企业", "financial leasing enterprise", "我司是前年在本区设立的融资租赁公司"),
    ("货代公司", "freight forwarding company", "我们是做海运的货代企业，注册在港区"),
    ("融资租赁企业", "financial leasing enterprise", "We're a financial leasing firm set up here in 2022"),
    ("船公司", "shipping company", "We are a shipping company registered in the port area"),
    ("跨境电子商务企业", None, "我们是前年在保税区注册的跨境电商公司"),  # a shortened word and another head
])
def test_a_company_naming_its_kind_with_another_head_holds_the_policys_concept(label: str, english: str | None,
                                                                              message: str) -> None:
    assert _concepts(message, _terms((label, english))) == [label]


@pytest.mark.parametrize(("label", "message"), [
    ("企业技术中心", "我们是一家技术公司"),  # a head of another kind (中心) is never swapped
    ("外资企业", "我们是内资公司"),  # the words before the head still have to match
])
def test_only_the_company_head_is_interchangeable(label: str, message: str) -> None:
    assert _concepts(message, _terms((label, None))) == []


@pytest.mark.parametrize(("label", "english", "message"), [
    ("总部企业", None, "我司隶属于一家总部公司，是它的全资子公司"),  # its owner's kind, not the company's
    ("总部企业", None, "我们是某总部企业旗下的一家销售公司"),
    ("融资租赁企业", None, "公司去年向本地的融资租赁公司租了两台机床"),  # the lessor is the counterparty
    ("headquarters enterprise", "headquarters enterprise", "We're a branch of a big headquarters firm"),
    ("financial leasing enterprise", "financial leasing enterprise",
     "Last year we rented two machines from a local financial leasing firm"),
    ("跨境电子商务企业", None, "我们跟一家跨境电商公司合作卖货"),
])
def test_a_name_of_another_party_is_not_the_companys_kind(label: str, english: str | None, message: str) -> None:
    # held, the policy's 总部企业 or 融资租赁企业 award would be paid to its subsidiary or its lessee
    assert _concepts(message, _terms((label, english))) == []


def test_the_payee_heads_files_examples_hold() -> None:
    data = yaml.safe_load(PAYEE_HEADS_FILE.read_text(encoding="utf-8"))
    for example in data["examples"]:
        label = example["label"]
        english = label if label.isascii() else None
        assert _concepts(example["said"], _terms((label, english))) == [label], example
    for example in data["no_match"]:
        label = example["label"]
        english = label if label.isascii() else None
        assert _concepts(example["said"], _terms((label, english))) == [], example


def test_the_heads_are_swapped_only_after_other_words() -> None:
    assert same_kind_names("企业") == () and same_kind_names("company") == ()
    assert same_kind_names("总部企业") == ("总部公司",)
    assert same_kind_names("跨境电子商务平台") == ("跨境电商平台",)  # a shortened word, whatever the head
    assert same_kind_names("ship agency enterprise") == ("ship agency company", "ship agency firm")


@pytest.mark.parametrize(("message", "concept"), [
    ("去年付给DHL和联邦快递的国际物流费用是120万", "logistics_fee"),
    ("项目拿到的国家拨款额为900万元", "national_funding"),
    ("登记证书的登记费用花了12万", "registration_fee"),
    ("技术引进支付额一共2000万元", "technology_import_payment"),
    ("全年为园区企业提供融资总额1.5亿元", "financing_total"),
])
def test_a_base_named_in_a_policys_words_is_a_vocabulary_quantity(message: str, concept: str) -> None:
    assert [word.concept for word in quantity_words(message)] == [concept]


@pytest.mark.parametrize("message", [
    "2016年核定的并购金额是1.2亿元",  # 并购海外科技型/非科技型/省外…企业: three rates, told apart by words not read
    "2019年跨境电商交易额800万",  # 交易额 of what? (an O2O store's, a data product's): no one base to pay a rate on
])
def test_a_base_whose_rates_hinge_on_words_not_read_is_no_vocabulary_quantity(message: str) -> None:
    # read as a base, every rate on it would be paid at once (4000万 shown as sure for 2400万): left to be asked
    assert quantity_words(message) == []


@pytest.mark.parametrize("message", [
    "去年公司在国内的物流费用一共花了260万",  # domestic: the policy's base is 国际物流费用 only
    "Our domestic logistics fees last year came to RMB 2.6 million",
    "2024年仓库的物流费大概180万",
    "2024年我们向银行申请到的融资总额8000万",  # financing received, not the lessor's 提供融资总额
    "去年专利和商标的登记费用一共5万",  # not a certificate's 登记费用
])
def test_a_base_said_without_the_policys_qualifying_word_is_not_linked(message: str) -> None:
    # linked, a rate on 国际物流费用 or on 提供融资总额 would be paid on another thing's figure (300,000 shown as sure)
    assert quantity_words(message) == []


def _yearly(message: str) -> dict[str, dict[int, Decimal]]:
    found: dict[str, dict[int, Decimal]] = {}
    for fact in understand_facts(message, AS_OF):
        if fact.field.startswith("quantities."):
            found.setdefault(fact.field, {})[fact.value["year"]] = Decimal(str(fact.value["amount_cny"]))
    return found


@pytest.mark.parametrize(("message", "expected"), [
    # one year said: a sum (一共, in total) is that year's items added up
    ("2023年付的EMS、顺丰这些国际物流费一共260万元", {"quantities.logistics_fee": {2023: Decimal(2_600_000)}}),
    ("In 2023 we paid RMB 2.6 million in total in international shipping fees",
     {"quantities.logistics_fee": {2023: Decimal(2_600_000)}}),
    # no year, or several: a sum or a cumulative figure is no one year's
    ("国际物流费加起来260万元", {}),
    ("2022到2024年累计国际物流费用800万", {}),
    # another party named with the sum: not the company's own figure
    ("2023年我们和两家关联企业的营业收入加起来是9500万", {}),
    ("2023年集团下面三家子公司营收一共9500万", {}),
    ("In 2023 we and our sister company had combined revenue of RMB 95 million", {}),
    ("2023年营业收入9500万", {"quantities.revenue": {2023: Decimal(95_000_000)}}),
])
def test_a_sum_said_of_one_year_is_that_years_figure(message: str, expected: dict[str, Any]) -> None:
    assert _yearly(message) == expected


@pytest.fixture(scope="module")
def pingshan(policies: dict[str, Any]) -> AssistantContext:
    return AssistantContext(rules_from_graph(build_policy_graph(policies["pingshan_digital_economy_2023"])))


@pytest.mark.parametrize("message", [
    "我们是坪山的软件公司，承担了工信部的软件和信息技术服务领域示范项目，2024年验收完成，2024年国家拨款600万元。",
    "我们是坪山的软件公司，工信部软件领域重点项目2024年做完了，2024年项目的国家拨款一共600万元。",
])
def test_pingshan_pays_its_share_of_the_national_grant_said_in_the_companys_words(pingshan: AssistantContext,
                                                                                  message: str) -> None:
    # 第三章第十三条: 按国拨资金的 10%给予配套资助，单个项目最高资助 100 万元 — by hand 10% × 600万 = 60万 (< 100万)
    reply, _ = respond(message, new_state(AS_OF), pingshan)
    assert reply.eligibility is not None
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (600_000, 600_000)


def test_pingshan_pays_nothing_as_sure_on_a_grant_summed_with_a_partners(pingshan: AssistantContext) -> None:
    # the same award, but the 600万 is the company's and its partner's together: its own share is not said
    message = "我们是坪山的软件公司，工信部软件领域重点项目2024年做完了，2024年我们和合作方的国家拨款加起来600万元。"
    reply, _ = respond(message, new_state(AS_OF), pingshan)
    assert reply.eligibility is None or reply.eligibility["total_min_cny"] == 0
