"""An amount in a 对-phrase that closes 的 and the party it describes bounds a quantity of the payee
(``patterns.BOUNDS_THE_PARTY``): a threshold, never a ceiling of the award, whatever the bound word."""

from __future__ import annotations

import pytest

from tests.ingest.sentences import benefits_of


@pytest.mark.parametrize(("sentence", "paid"), [
    ("对年营业收入不超过2000万元的小微企业，给予10万元补贴。", [("fixed", 100_000, None)]),
    ("对上年度纳税额不高于500万元的科技型企业，给予最高20万元奖励。", [("up_to", None, 200_000)]),
])
def test_a_bound_of_the_party_is_no_award(sentence: str, paid: list[tuple[str, int | None, int | None]]) -> None:
    assert [(b.kind.value, b.amount_cny, b.cap_cny) for b in benefits_of(sentence)] == paid


@pytest.mark.parametrize("sentence", ["对企业给予不超过50万元的补贴。", "对新认定的企业，给予不超过50万元的补贴。"])
def test_a_ceiling_granted_before_its_party_stays_a_ceiling(sentence: str) -> None:
    assert [(b.kind.value, b.cap_cny) for b in benefits_of(sentence)] == [("up_to", 500_000)]
