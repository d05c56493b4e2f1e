"""Where the company is: its seat outweighs a plant, a branch or a neighbour named beside it, and a place
asked about is not where it is."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 6, 30)


def _read(message: str) -> dict[str, Any]:
    return {fact.key: fact.value for fact in understand_facts(message, AS_OF)}


@pytest.mark.parametrize(("message", "in_zone"), [
    ("We are a Harbin-based firm with a provincial gazelle award from 2023", False),
    ("我们是杭州的一家软件公司，去年认定为高新技术企业", False),
    ("我们在苏州有分公司，公司注册在大连自贸片区", True),
    ("想了解一下保税区的政策，我们去年认定为高新技术企业", None),
    ("Is there anything in the FTZ plan for a provincial gazelle like us?", None),
    ("我们公司注册在金普新区，就在保税区旁边", False),
])
def test_where_the_company_is(message: str, in_zone: bool | None) -> None:
    assert _read(message).get("location.in_zone") == in_zone


@pytest.mark.parametrize(("message", "in_zone"), [
    ("Registered in Jinzhou, but our plant is in the bonded zone.", False),
    ("我们注册地在沈阳浑南，工厂在大连保税区", False),
    ("我们是沈阳的企业，在大连自贸片区设了分公司", False),
    ("We're opening a branch office in the Dalian FTZ", None),
    ("We are in the zone and listed on ChiNext in March 2023.", True),
])
def test_the_seat_outweighs_a_plant_or_a_branch(message: str, in_zone: bool | None) -> None:
    assert _read(message).get("location.in_zone") == in_zone
