"""A count of intellectual property the policy does not pay (实用新型, 软著, "utility models") said after the
patents is not more patents."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk

AS_OF = dt.date(2025, 2, 15)


@pytest.mark.parametrize("message", [
    "公司在自贸片区，去年有三件发明专利授权，另外还有两件实用新型",
    "We're in the FTZ; 3 invention patents granted last year, and 2 more utility models",
    "公司在自贸片区，去年授权了三件发明专利，还有4项软著",
])
def test_a_count_of_intellectual_property_the_policy_does_not_pay_is_not_more_patents(message: str) -> None:
    _, state = talk(AS_OF, message)
    assert [f.value["granted"] for f in state.facts if f.field == "patents"] == [3]  # type: ignore[index]
