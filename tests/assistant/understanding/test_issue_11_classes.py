"""The misreadings listed in issue 11 that these readers cover, each read right by them together
(phase 2 hooks them into the understanding; these tests say what they give it)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.understanding.casual_amounts import all_amounts
from assistant.understanding.coverage import coverage
from assistant.understanding.places import issuing_level, load_area, most_specific, place_mentions, relation_to_area
from assistant.understanding.received_funding import received_funding
from assistant.understanding.relative_dates import resolve_dates
from assistant.understanding.tense import event_dates

AS_OF = dt.date(2025, 6, 30)


@pytest.mark.parametrize(("text", "lang", "previous", "expected"), [
    ("We were recognised last December", "en", None, "2024-12"),
    ("In December we got HNTE status", "en", None, "2024-12"),
    ("and listed on the STAR Market the same month", "en", dt.date(2024, 12, 1), "2024-12"),
    ("去年12月首次认定为高新技术企业", "zh", None, "2024-12"),
    ("同月在科创板上市", "zh", dt.date(2024, 12, 1), "2024-12"),
    ("今年3月获得省级瞪羚认定", "zh", None, "2025-03"),
    ("We became a provincial gazelle this March", "en", None, "2025-03"),
])
def test_relative_and_partial_dates_are_dated(text: str, lang: str, previous: dt.date | None, expected: str) -> None:
    assert [m.reading() for m in resolve_dates(text, lang, AS_OF, previous)] == [expected]


def test_a_provincial_body_a_company_outside_and_a_planned_move() -> None:
    assert issuing_level("辽宁省科技厅认定的瞪羚企业") == "provincial"
    shenyang = most_specific(place_mentions("我们在沈阳"))
    assert shenyang is not None and relation_to_area(shenyang, load_area()) == "outside"
    clause = "we plan to move into the Dalian FTZ in May"
    zone = most_specific(place_mentions(clause))
    assert zone is not None and relation_to_area(zone, load_area()) == "inside"
    tense, dates = event_dates(clause, "en", dt.date(2025, 6, 10))
    assert (tense, [m.reading() for m in dates]) == ("planned", ["2026-05"])  # a what-if dated the coming May
    done, dates = event_dates("we moved into the Dalian FTZ in May", "en", dt.date(2025, 6, 10))
    assert (done, [m.reading() for m in dates]) == ("past", ["2025-05"])


def test_funding_received_or_none_is_not_a_negated_platform() -> None:
    assert [f.amount_cny for f in received_funding("We already received 3 million in grants")] == [Decimal(3000000)]
    none = received_funding("我们没拿过其他财政资金")
    assert [(f.amount_cny, f.explicit_zero) for f in none] == [(Decimal(0), True)]


def test_casual_amounts() -> None:
    assert [a.value for a in all_amounts("研发费去年2800w，今年3,200w")] == [Decimal(28000000), Decimal(32000000)]


def test_words_that_gave_no_fact_are_shown_back_not_echoed() -> None:
    message = "老板说今年形势不错，我们已获得市级资助300万"
    used = [(f.start, f.end) for f in received_funding(message)]
    assert [c.text for c in coverage(message, used).unused] == ["老板说今年形势不错"]
