"""A figure of the award raised from an old figure to a new one (``patterns.RAISED_FROM`` / ``RAISED_TO``, one list
of adverbs between, ``_RAISE_ADVERB``): only the new figure is paid; a standard of the payee's quantity raised is
what the payee must reach, never the award (fresh wordings)."""

from __future__ import annotations

import pytest

from ingest.model import ProvisionKind
from tests.ingest.sentences import benefits_of


@pytest.mark.parametrize("adverb", ["", "进一步", "再", "统一", "相应"])
def test_only_the_new_figure_of_a_raised_award_is_paid(adverb: str) -> None:
    benefits = benefits_of(f"对认定的市级众创空间，补助标准由6万元{adverb}提高到9万元。")
    assert [(b.kind, b.amount_cny) for b in benefits] == [(ProvisionKind.FIXED, 90_000)]


def test_a_raised_standard_of_the_payees_quantity_is_no_award() -> None:
    benefits = benefits_of("申报技改补助的设备投资额标准统一提高到800万元，达到的企业给予12万元奖励。")
    assert [(b.kind, b.amount_cny) for b in benefits] == [(ProvisionKind.FIXED, 120_000)]
