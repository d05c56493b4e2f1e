"""Counts said in turn with their years after the first one counted (发明专利2021年授权3项、2022年授权7项;
"granted: 4 in 2021, 2 in 2022") are each a fact of their own year — not the first year's count alone (blind-18
en-005, zh-009, zh-017: only the first year's patents were paid)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2023, 10, 1)


def _granted(message: str) -> list[tuple[int, int]]:
    return sorted((f.value["date"].year, f.value["granted"]) for f in understand_facts(message, AS_OF)
                  if f.field == "patents" and f.value["type"] == "invention_patent")


@pytest.mark.parametrize("message", [
    "我们做激光雷达，发明专利2021年授权3项、2022年授权7项、今年1项。",
    "发明专利2021年拿了3项、2022年7项、今年1项",
    "Our invention patents: 3 granted in 2021, 7 in 2022 and 1 this year.",
    "We were granted invention patents: 3 in 2021, 7 in 2022, 1 in 2023.",
], ids=["zh", "zh-short", "en", "en-dash"])
def test_each_year_of_a_list_is_its_own_count(message: str) -> None:
    assert _granted(message) == [(2021, 3), (2022, 7), (2023, 1)]


def test_a_count_of_another_kind_after_the_list_is_not_added() -> None:
    assert _granted("Invention patents: 4 in 2021, 2 in 2022. Also 5 utility model patents.") == [(2021, 4), (2022, 2)]


@pytest.mark.parametrize("message", [
    "发明专利2021年授权3项、2022年又申请了5项。",
    "发明专利2021年授权3项、2022年被驳回5项",
    "发明专利2021年授权3项，2022年受理5项",
    "Invention patents granted: 3 in 2021, and we filed 5 in 2022.",
    "Invention patents granted: 3 in 2021; 5 were rejected in 2022.",
], ids=["zh-filed", "zh-rejected", "zh-accepted", "en-filed", "en-rejected"])
def test_a_list_item_with_its_own_verb_is_not_the_first_items_grant(message: str) -> None:
    # review14 RS9: 2023年授权2项、2024年申请4项 counted 6 granted; the item's own verb (申请/驳回/受理, filed,
    # rejected) ends the grant carried from the first item
    assert _granted(message) == [(2021, 3)]
