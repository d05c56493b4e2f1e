"""A holding of another entity of the company's group — a mother or holding company, a controlling shareholder, the
head company or the HQ in another city, the group level — named by a relation word, is that entity's, never the
company's: no listing, platform or recognition of the company is read from it, in Chinese or English (cue
``another_party_subject``). A relative clause on such an entity ("a subsidiary of a conglomerate which listed on …")
gives the event to that entity (cue ``another_party_relative_before``). The company's own holding, said beside its
group's, is still read."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals

AS_OF = dt.date(2024, 5, 20)


@pytest.mark.parametrize("message", [
    "Our company is registered in the Dalian FTZ. Our holding firm was listed on the STAR Market in 2022.",
    "We're registered in the Dalian FTZ and are a subsidary of a conglomerate which listed on the STAR Market in 2022.",
    "We're in the Dalian FTZ. The mother company got listed on ChiNext in 2023.",
    "We sit in the Dalian FTZ; we are part of a group that had a national key laboratory approved in 2023.",
    "公司注册在大连自贸片区。我们的控股方2022年在科创板上市。",
    "公司在大连自贸片区注册，上海总部2023年获批国家重点实验室。",
    "公司在大连自贸片区注册，上级单位去年获批了国家重点实验室。",
])
def test_a_group_entitys_holding_is_not_the_companys(message: str) -> None:
    reply, _ = talk(AS_OF, message)
    assert reply.eligibility is None or totals(reply) == (0, 0)


@pytest.mark.parametrize("message", [
    "公司注册在大连自贸片区，2022年在科创板上市。",
    "公司注册在大连自贸片区，上级公司在北京，我们自己2022年在科创板上市。",
    "We are registered in the Dalian FTZ and listed on the STAR Market in 2022.",
    "We are registered in the Dalian FTZ; like our holding company, we listed on the STAR Market in 2022.",
])
def test_the_companys_own_holding_is_still_read(message: str) -> None:
    reply, _ = talk(AS_OF, message)
    assert totals(reply) == (5_000_000, 5_000_000)


@pytest.mark.parametrize("message", [
    "我们总部一直注册在大连自贸片区，2023年首次认定为高新技术企业。",
    "Our HQ is registered in the Dalian FTZ, and we were first recognised as a high-tech enterprise in 2023.",
])
def test_the_companys_own_head_office_is_the_company(message: str) -> None:
    reply, _ = talk(AS_OF, message)
    assert totals(reply) == (200_000, 200_000)


@pytest.mark.parametrize(("message", "total"), [
    ("我们在大连自贸片区，2022年首次认定高企。大股东2023年研发费用6000万，2022年4000万。", 200_000),
    ("我们在大连自贸片区。上级公司去年技术合同成交额900万。", 0),
    ("我们在大连自贸片区。隔壁公司去年有台设备评上了国内首台套，合同金额1200万。", 0),
    ("We're in the Dalian FTZ, first recognised as HNTE in 2022. Our mother company spent 60 million on R&D in 2023 "
     "and 40 million in 2022.", 200_000),
    ("We're in the Dalian FTZ. Our controlling shareholder signed RMB 9 million of technology contracts last year.", 0),
    ("We're in the Dalian FTZ. A neighbouring firm had a machine rated a domestic first-of-its-kind set last year, "
     "contract RMB 12 million.", 0),
])
def test_another_partys_figures_and_equipment_are_not_the_companys(message: str, total: int) -> None:
    """A figure or a piece of equipment said with another party as its subject (facts._without_another_partys_figures,
    cue ``another_party_subject``) is that party's, and so are the figures of the series said on after it."""
    assert totals(talk(AS_OF, message)[0]) == (total, total)


def test_the_companys_own_equipment_beside_stays() -> None:
    message = "我们在大连自贸片区。去年我们有台设备评上了国内首台套，合同金额1200万。"
    assert totals(talk(AS_OF, message)[0]) == (2_400_000, 2_400_000)


@pytest.mark.parametrize("message", [
    "公司在大连自贸片区注册。我们的实际控制人名下的公司去年在创业板上市了。",
    "公司在大连自贸片区注册，实控人控制的另一家企业2022年首次认定为高新技术企业。",
    "公司在大连自贸片区注册，大股东前年在北交所上市了。",
    "Our firm sits in the Dalian FTZ. The ultimate controller got listed on ChiNext last year.",
    "Our firm sits in the Dalian FTZ. Our majority shareholder, a Beijing holding group, was first recognised as a "
    "high-tech enterprise in 2022.",
    "Our firm sits in the Dalian FTZ. The owner, an investment group from Hangzhou, listed on the STAR Market in 2023.",
])
def test_the_owners_holding_is_not_the_companys(message: str) -> None:
    """The company's owner or controller (实际控制人, 实控人, 大股东, "ultimate controller", "majority shareholder",
    "owner") is another entity: its holdings are its own; a clause going on such a subject after an apposition
    ("Our owner, a … group, was …": cue ``predicate_without_subject``) is that entity's too."""
    reply, _ = talk(AS_OF, message)
    assert reply.eligibility is None or totals(reply) == (0, 0)


@pytest.mark.parametrize("message", [
    "Our owner founded the company in the Dalian FTZ in 2018, and we listed on the STAR Market in 2022.",
    "公司注册在大连自贸片区，实际控制人是创始人张总，我们2022年在科创板上市了。",
])
def test_the_company_named_after_its_owner_keeps_its_holding(message: str) -> None:
    assert totals(talk(AS_OF, message)[0]) == (5_000_000, 5_000_000)


def test_a_client_spoken_for_keeps_the_verb_after_its_apposition() -> None:
    """Only an entity owning or heading the company takes the verb after an apposition (cue ``group_entity_subject``):
    a client the user speaks for is the company asked about."""
    message = ("I handle business attraction for the zone. A customer of mine, a robotics maker in the Dalian FTZ, "
               "was first recognised as a high-tech enterprise in 2023.")
    assert totals(talk(AS_OF, message)[0]) == (200_000, 200_000)
