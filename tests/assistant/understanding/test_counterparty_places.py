"""A place belongs to the company only when it is said of the company: a seller or partner's place (从|北京一家公司买了
两项技术, "bought a licence from a Shanghai| company") does not move the company out of the policy's area (why7 e:
ganjingzi_sci_tech-zh t2 erased a correct award)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 6, 1)


def _in_zone(message: str) -> list[Any]:
    return [fact.value for fact in understand_facts(message, AS_OF) if fact.field == "location.in_zone"]


@pytest.mark.parametrize("message", [
    "去年我们从上海一家公司买了一项专利技术，在片区里转化。",
    "今年我们和沈阳的一家公司合资开发了一条生产线。",
    "Last year we bought a patent licence from a Shanghai company.",
    "This year we purchased two technologies from a firm based in Hangzhou.",
], ids=["zh-bought", "zh-partner", "en-bought", "en-purchased"])
def test_a_counterpartys_place_does_not_move_the_company_out(message: str) -> None:
    assert False not in _in_zone(message)


@pytest.mark.parametrize("message", ["我们是上海的一家软件公司。", "We are a Shanghai software company."],
                         ids=["zh", "en"])
def test_the_companys_own_place_still_counts(message: str) -> None:
    assert _in_zone(message) == [False]
