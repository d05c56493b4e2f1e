"""Amounts that are no amount: magnitude words doubled (1亿万) read none, and a power (1e9万) is not believable."""

from __future__ import annotations

import pytest

from assistant.understanding.quantities import ImplausibleNumber, amounts


@pytest.mark.parametrize("said", ["中心总投资1亿万元", "总投资5000万亿", "投资了两亿万"])
def test_magnitude_words_doubled_read_no_amount(said: str) -> None:
    assert amounts(said) == []


@pytest.mark.parametrize("said", ["中心总投资1e9万元", "total investment RMB 2.5e3 million", "投资1E+9元"])
def test_an_amount_written_as_a_power_is_not_believable(said: str) -> None:
    with pytest.raises(ImplausibleNumber):
        amounts(said)
