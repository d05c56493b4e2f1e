"""A recognition held since a year then renewed is two facts, and a renewal beside another dated event takes its own
date only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF, in_conversation=True) if isinstance(fact.value, dict)]


def test_held_since_a_year_then_renewed_is_two_facts() -> None:
    expected = [("qualifications", {"id": "high_tech_enterprise", "date": dt.date(2020, 1, 1)}),
                ("qualifications", {"id": "high_tech_enterprise", "round": "renewal", "date": dt.date(2023, 1, 1)})]
    assert _facts("We've held high-tech enterprise status since 2020, renewed in 2023 too.") == expected
    assert _facts("我们从2020年开始就是高新技术企业，2023年又重新认定了") == expected


def test_a_renewal_beside_another_dated_event_takes_its_own_date_only() -> None:
    assert _facts("Our hi-tech status was renewed in 2023 and we opened a postdoctoral workstation in 2022.") == [
        ("qualifications", {"id": "high_tech_enterprise", "round": "renewal", "date": dt.date(2023, 1, 1)}),
        ("platforms", {"type": "postdoctoral_workstation", "date": dt.date(2022, 1, 1)})]
