"""A date said only to the year or the month (2021年, 2022年11月): kept with its precision, and
judged against the policy's window as the whole year or month it could be."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import new_state, respond
from assistant.eligibility.requirements import Status, _date_check, date_range
from assistant.understanding.relative_dates import found_dates as dates

WINDOW = (dt.date(2021, 8, 18), dt.date(2025, 12, 31))
AS_OF = dt.date(2024, 6, 1)


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("2021年", dt.date(2021, 1, 1), "year"),
    ("2022年11月", dt.date(2022, 11, 1), "month"),
    ("2022年11月15日", dt.date(2022, 11, 15), None),
    ("去年", dt.date(2023, 1, 1), "year"),
    ("August 2022", dt.date(2022, 8, 1), "month"),
    ("August 15, 2022", dt.date(2022, 8, 15), None),
    ("2022-11", dt.date(2022, 11, 1), "month"),
    ("in 2022", dt.date(2022, 1, 1), "year"),
])
def test_dates_say_how_precisely_they_were_given(text: str, value: dt.date, precision: str | None) -> None:
    found = dates(text, AS_OF)
    assert [(f.value, f.precision) for f in found] == [(value, precision)]


def test_a_date_range_is_its_whole_year_or_month() -> None:
    assert date_range(dt.date(2024, 2, 1), "month") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert date_range(dt.date(2021, 1, 1), "year") == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert date_range(dt.date(2021, 9, 3), None) == (dt.date(2021, 9, 3), dt.date(2021, 9, 3))


@pytest.mark.parametrize(("when", "precision", "status"), [
    (dt.date(2021, 1, 1), "year", Status.UNKNOWN),     # 2021: before or after 18 August?
    (dt.date(2021, 8, 1), "month", Status.UNKNOWN),    # August 2021 straddles the start
    (dt.date(2021, 9, 1), "month", Status.MET),
    (dt.date(2020, 1, 1), "year", Status.UNMET),
    (dt.date(2026, 1, 1), "year", Status.UNMET),
    (dt.date(2024, 1, 1), "year", Status.MET),         # 2024, said on 2024-06-01: it has happened
    (dt.date(2021, 1, 1), None, Status.UNMET),         # the day itself, before the start
])
def test_an_imprecise_date_is_judged_by_its_whole_range(when: dt.date, precision: str | None,
                                                         status: Status) -> None:
    check = _date_check("high_tech_enterprise", when, WINDOW, AS_OF, precision)
    assert check.status is status, check.detail
    if status is Status.UNKNOWN:
        assert check.question == "date:high_tech_enterprise"


def test_a_year_only_recognition_is_uncertain_until_the_month_is_said() -> None:
    reply, state = respond("我们在片区内，2021年首次认定为高新技术企业", new_state(AS_OF))
    assert reply.eligibility is not None
    first = next(c for c in reply.eligibility["could_add"] if c["provision_id"] == "sec3/sub2/item6/p3")
    assert first["amount_max_cny"] == 200_000 and "date:high_tech_enterprise" in first["hinges"]
    assert reply.eligibility["total_max_cny"] == 0  # the month decides: not counted until it is said
    assert "date:high_tech_enterprise" in {q["key"] for q in reply.eligibility["questions"]}
    reply, state = respond("是2021年9月首次认定的", state)
    assert reply.eligibility is not None
    first = next(b for b in reply.eligibility["benefits"] if b["provision_id"] == "sec3/sub2/item6/p3")
    assert (first["amount_min_cny"], first["amount_max_cny"]) == (200_000, 200_000)
    fact = next(f for f in state.facts if f.field == "qualifications")
    assert fact.value["date"] == "2021-09-01" and fact.value["date_precision"] == "month"


def test_patents_and_standards_keep_a_year_as_the_whole_year() -> None:
    for message, field in [("我们在片区内，2021年获得5项发明专利授权", "patents"),
                           ("我们在片区内，2021年主导制定了一项国家标准（第一起草人）", "standards")]:
        reply, state = respond(message, new_state(AS_OF))
        fact = next(f.value for f in state.facts if f.field == field)
        assert fact["date_precision"] == "year", message
        assert reply.eligibility is not None and reply.eligibility["total_max_cny"] == 0, "2021 may be outside it"
        assert any(c["hinges"] == [f"date:{c['hinges'][0][5:]}"] for c in reply.eligibility["could_add"]), \
            "2021 may be in the window: could add, once the date is said"
