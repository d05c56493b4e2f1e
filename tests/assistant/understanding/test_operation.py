"""How long a platform is said to operate: through the day asked about, a number of years from its set-up,
or nothing said (None) — and a negated "still running" is nothing said."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.operation import operating_until

AS_OF = dt.date(2024, 6, 1)


@pytest.mark.parametrize(("text", "lang", "since", "expected"), [
    ("院士工作站至今仍在运行", "zh", None, AS_OF),
    ("博士后工作站运转至今", "zh", dt.date(2022, 5, 1), AS_OF),
    ("运营了两年", "zh", dt.date(2021, 9, 1), dt.date(2022, 12, 31)),
    ("运营了两年", "zh", None, None),  # no set-up date: the years are not placed
    ("the workstation is still in operation", "en", None, AS_OF),
    ("it has been operating since 2022", "en", dt.date(2022, 1, 1), AS_OF),
    ("it operated for 3 years", "en", dt.date(2021, 1, 1), dt.date(2023, 12, 31)),
    ("工作站后来停了，没有一直运行", "zh", dt.date(2022, 1, 1), None),
    ("it is not still running", "en", dt.date(2022, 1, 1), None),
    ("2022年建了院士工作站", "zh", dt.date(2022, 1, 1), None),
])
def test_operating_until(text: str, lang: str, since: dt.date | None, expected: dt.date | None) -> None:
    assert operating_until(text, lang, AS_OF, since) == expected


@pytest.mark.parametrize(("text", "expected"), [("2021年建了院士工作站，一直运行到2023年", dt.date(2023, 12, 31)),
                                              ("一直运行到去年才关", None)])
def test_an_end_said_after_running_is_not_still_running(text: str, expected: dt.date | None) -> None:
    """Review of round 6: 一直运行到2023年 counted every year to the day asked about (a wrong amount); since round 7
    it runs to the end of the year said (operated_through), never to the day asked about."""
    assert operating_until(text, "zh", dt.date(2024, 6, 30), dt.date(2021, 3, 1)) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("工作站2022、2023、2024这三年每年都通过了考核，一直在运行", "zh", dt.date(2024, 12, 31)),
    ("2022到2024年每年都通过了考核", "zh", dt.date(2024, 12, 31)),
    ("it operated through 2024 and 2025", "en", dt.date(2025, 12, 31)),
    ("the station ran until 2023", "en", dt.date(2023, 12, 31)),
])
def test_the_years_said_end_the_operation(text: str, lang: str, expected: dt.date) -> None:
    """Round 7: the last year listed or reached is the end, even beside 一直在运行 (the writer counts the years
    said)."""
    assert operating_until(text, lang, dt.date(2026, 3, 1), dt.date(2022, 1, 1)) == expected


def test_a_number_of_years_wins_over_still() -> None:
    assert operating_until("持续运营了两年", "zh", dt.date(2024, 6, 30), dt.date(2021, 3, 1)) == dt.date(2022, 12, 31)
    # "still running until it closed" is no "still": it ran to the year it closed in (round 9: closed_down)
    assert operating_until("it was still running until it closed in 2023", "en", dt.date(2024, 6, 30),
                           dt.date(2021, 3, 1)) == dt.date(2023, 12, 31)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("后来在2023年撤站了", "zh", dt.date(2023, 12, 31)),
    ("去年关停了", "zh", dt.date(2025, 12, 31)),
    ("运行到24年底就撤了", "zh", dt.date(2024, 12, 31)),
    ("it shut down this summer", "en", dt.date(2026, 3, 1)),
    ("the station was closed in March 2024", "en", dt.date(2024, 12, 31)),
    ("it closed down", "en", None),                      # no date said: not known
    ("it was closed in 2020", "en", None),               # before its set-up: not this platform's end
])
def test_a_platform_closed_runs_to_the_year_it_stopped(text: str, lang: str, expected: dt.date | None) -> None:
    """Round 9: 撤站 / 关停 / "shut down", with the date said with them, end the years a yearly grant counts."""
    assert operating_until(text, lang, dt.date(2026, 3, 1), dt.date(2022, 1, 1)) == expected
