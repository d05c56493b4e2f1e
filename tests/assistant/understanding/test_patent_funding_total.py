"""Patent funding said received with no amount, its total in the next clause (以前市里给我们发过专利补助，|前后一共2万;
"the city paid us patent subsidies before, 20k in total"): that total is the patent funding received (blind-18
m-zh-003 t2: the 累计6万 was read as nothing, and the cumulative cap's room stayed a range)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 10, 1)


@pytest.mark.parametrize("message", ["以前市里给我们发过专利补助，前后一共2万。",
                                     "The city paid us patent subsidies before, 20k in total."], ids=["zh", "en"])
def test_the_total_after_is_the_patent_funding_received(message: str) -> None:
    found = {f.field: f.value for f in understand_facts(message, AS_OF, in_conversation=True)}
    assert found.get("patent_funding_received_cny") == Decimal(20_000)
    assert "other_funding_cny" not in found


def test_another_figure_after_is_not_the_funding() -> None:
    said = understand_facts("市里发过专利补助，今年营收6000万", AS_OF, in_conversation=True)
    found = {f.field: f.value for f in said}
    assert "patent_funding_received_cny" not in found
