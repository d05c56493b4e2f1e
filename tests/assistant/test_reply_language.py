"""The reply's language: a company name in Latin letters inside a Chinese message does not make it English."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import DialogueState, Reply
from tests.assistant.talking import talk as talk_on

AS_OF = dt.date(2025, 6, 30)


def talk(*messages: str) -> tuple[Reply, DialogueState]:
    return talk_on(AS_OF, *messages)


@pytest.mark.parametrize(("message", "lang"), [
    ("我们公司叫Dalian Northern Precision Instruments Group Co., Ltd.，在片区内，去年首次认定为高新技术企业", "zh"),
    ("Liaoning Ocean Bright Biotech Co Ltd 是我们的名字，去年在科创板上市", "zh"),
    ("We are Dalian Northern Precision Instruments Group Co., Ltd., first recognised as an HNTE last year", "en"),
])
def test_a_company_name_in_latin_letters_does_not_choose_the_language(message: str, lang: str) -> None:
    reply, _ = talk(message)
    assert reply.lang == lang
