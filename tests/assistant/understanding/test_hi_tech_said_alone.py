""""Hi-tech" said alone ("got hi-tech for the first time") names the HNTE recognition."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals

AS_OF = dt.date(2025, 2, 15)


@pytest.mark.parametrize("message", [
    "We're in the Dalian FTZ and got hi-tech for the first time in November 2024",
    "We're in the Dalian FTZ, recognised as hi-tech for the first time in November 2024",
])
def test_hi_tech_alone_names_the_recognition(message: str) -> None:
    reply, _ = talk(AS_OF, message)
    assert _totals(reply) == (200_000, 200_000)
