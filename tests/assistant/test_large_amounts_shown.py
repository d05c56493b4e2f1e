"""A large amount is shown with every digit (10亿元, not 1亿元; "CNY 1000 million") in the reply's words and in the
profile form, which reads back what it shows and refuses a number that is no amount (nan, inf)."""

from __future__ import annotations

import pytest

from assistant.format import cny_en
from ui.profile_form import _amount_words, _money


@pytest.mark.parametrize(("value", "zh", "en"), [
    (1_000_000_000, "10亿元", "CNY 1000 million"),
    (2_000_000_000, "20亿元", "CNY 2000 million"),
    (350_000_000, "3.5亿元", "CNY 350 million"),
    (12_345_670_000, "1234567万元", "CNY 12345.67 million"),
])
def test_a_large_amount_is_shown_with_every_digit(value: int, zh: str, en: str) -> None:
    assert _amount_words(value) == zh and cny_en(value) == en
    assert _money(_amount_words(value)) == value  # the form reads back what it shows


@pytest.mark.parametrize("typed", ["nan", "inf", "-Infinity"])
def test_the_form_refuses_a_number_that_is_no_amount(typed: str) -> None:
    with pytest.raises(ValueError):
        _money(typed)
