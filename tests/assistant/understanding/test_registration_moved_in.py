"""A registration moved into the area with the plant (把注册地和工厂都搬进了大连自贸片区) is in the area."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _in_zone(message: str) -> Any:
    return {fact.field: fact.value for fact in understand_facts(message, AS_OF)}.get("location.in_zone")


def test_a_registration_moved_in_with_the_plant_is_in_the_zone_en() -> None:
    assert _in_zone("We were in Yingkou before, then moved our registration and plant into the Dalian FTZ in 2023.")


def test_a_registration_moved_in_with_the_plant_is_in_the_zone_zh() -> None:
    assert _in_zone("我们原来在营口，2023年把注册地和工厂都搬进了大连自贸片区")
