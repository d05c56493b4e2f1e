"""An amount correction changes the fact it points at (why8o Class 2): the fact holding the old figure — written
without its unit when the new figure carries it (是3500万，不是3000; "35 million, not 30") — else the one dated in
the year it names (2023年那份合同, "the 2023 contract"); a year naming no held fact changes nothing; two facts that fit
are a tie, never the latest by default: each keeps the lower figure, so no reading is over-stated.

Bundled Dalian plan, 三（四）12: international first set 30% × contract (cap 1000万), domestic 20% (cap 500万)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import new_state, respond

AS_OF = dt.date(2025, 6, 30)
ZH = ["我们在大连自贸片区。2023年我们的一台盾构机被评为国际首台套，合同金额3000万。",
      "2024年另有一台装备被评为国内首台套，合同1200万。"]
EN = ["We are in the Dalian FTZ. In 2023 our tunnel boring machine was rated international first set, contract 30 "
      "million.", "In 2024 another unit was rated domestic first set, contract 12 million."]


def _sure(*messages: str) -> int:
    state = new_state(AS_OF)
    reply = None
    for message in messages:
        reply, state = respond(message, state)
    assert reply is not None and reply.eligibility is not None, reply
    return int(reply.eligibility["total_min_cny"])


@pytest.mark.parametrize("setup", [ZH, EN], ids=["zh", "en"])
def test_the_setup(setup: list[str]) -> None:
    assert _sure(*setup) == 11_400_000  # 30% × 3000万 = 900万 + 20% × 1200万 = 240万 (by hand)


@pytest.mark.parametrize("setup,correction", [
    (ZH, "更正一下，2023年那份合同是3500万，不是3000。"),
    (EN, "Correction: the 2023 contract was 35 million, not 30."),
    (EN, "Correction: the 2023 contract was 35 million, not 30 million."),
], ids=["zh", "en", "en-both-units"])
def test_the_old_figure_without_its_unit_points_at_its_fact(setup: list[str], correction: str) -> None:
    # the international contract → 3500万: 30% = 1050万, capped at 1000万, + 240万 (the domestic one is not touched:
    # never 900万 + 20% × 3500万 capped at 500万)
    assert _sure(*setup, correction) == 12_400_000


@pytest.mark.parametrize("setup,correction", [
    (ZH, "更正：2023年那份合同其实只有800万。"),
    (EN, "Actually the 2023 contract was only 8 million."),
], ids=["zh", "en"])
def test_the_year_named_points_at_its_fact(setup: list[str], correction: str) -> None:
    assert _sure(*setup, correction) == 4_800_000  # 30% × 800万 = 240万 + 240万 (never 900万 + 160万)


@pytest.mark.parametrize("setup,correction", [
    (ZH, "更正：2021年那份合同是500万。"),
    (EN, "Correction: the 2021 contract was 5 million."),
], ids=["zh", "en"])
def test_a_year_naming_no_held_fact_changes_nothing(setup: list[str], correction: str) -> None:
    assert _sure(*setup, correction) == 11_400_000


@pytest.mark.parametrize("messages", [
    ["我们在大连自贸片区。2023年4月一台盾构机被评为国际首台套，合同3000万；2023年10月另一台装备被评为国内首台套，合同1200万。",
     "更正：2023年那份合同其实是800万。"],
    ["We are in the Dalian FTZ. In April 2023 a tunnel boring machine was rated international first set, contract 30 "
     "million; in October 2023 another unit was rated domestic first set, contract 12 million.",
     "Correction: the 2023 contract was actually 8 million."],
], ids=["zh", "en"])
def test_two_facts_of_the_year_are_a_tie_never_the_latest(messages: list[str]) -> None:
    # readings: the international one 800万 → 240万 + 240万 = 480万; the domestic one → 900万 + 160万 = 1060万.
    # Sure is at most the lower reading (the latest-by-default reading, 1060万, is over-stated if the first was meant)
    assert _sure(*messages) <= 4_800_000
