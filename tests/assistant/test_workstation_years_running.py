"""The years a workstation ran: "ran it until the end of 2022" (一直运行到2022年底) counts the years it ran,
and held since a date and still running counts each year to today."""

from __future__ import annotations

import datetime as dt

from assistant.dialogue import new_state, respond

AS_OF = dt.date(2024, 10, 1)


def _totals(message: str, as_of: dt.date = AS_OF) -> tuple[int, int]:
    reply, _ = respond(message, new_state(as_of))
    assert reply.eligibility is not None, reply.answer
    return int(reply.eligibility["total_min_cny"]), int(reply.eligibility["total_max_cny"])


def test_ran_it_until_a_year_counts_the_years_it_ran_en() -> None:
    said = ("Our Dalian FTZ firm opened a postdoctoral research workstation in November 2021; we ran it until the end "
            "of 2022 and then shut it.")
    assert _totals(said, dt.date(2025, 3, 1)) == (0, 200_000)  # 2021 and 2022, up to 100,000 a year


def test_ran_it_until_a_year_counts_the_years_it_ran_zh() -> None:
    said = "我们在自贸片区，2021年11月设立了博士后工作站，一直运行到2022年底，之后撤站了。"
    assert _totals(said, dt.date(2025, 3, 1)) == (0, 200_000)


def test_a_workstation_held_since_a_date_and_still_running_en() -> None:
    said = "Dalian FTZ company here. We've had a post-doctoral workstation since May 2022, still operating."
    assert _totals(said, dt.date(2024, 6, 30)) == (0, 300_000)  # 2022, 2023, 2024: up to 100,000 a year


def test_a_workstation_held_since_a_date_and_still_running_zh() -> None:
    said = "我们在自贸片区，2022年5月设立了博士后科研工作站，至今一直在运行。"
    assert _totals(said, dt.date(2024, 6, 30)) == (0, 300_000)
