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
