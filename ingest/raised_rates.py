"""A share raised by some points for some payees: 国家高新技术企业…补助比例可上调10% after 按…的30%给予补助，
单项补助最高不超过200万元 is a second row at 0.3 + 0.1 = 0.4 with the same base and ceiling, not an uncapped
share of 10%.

The words are ``patterns.RATE_RAISED_BY``; the share raised is the last share of the clause read before the sentence
(docs/provision-model.md, ``rate_with_cap``).
"""

from __future__ import annotations

from ingest import patterns as P
from ingest.draft import Draft
from ingest.model import ProvisionKind


def raise_rates_by_points(sentence: str, drafts: list[Draft], clause_drafts: list[Draft]) -> None:
    """The one share of a sentence that raises the clause's share by its points becomes the raised share (rate added,
    base, ceiling and its unit taken from the share it raises); left as read when the clause holds no share before."""
    rates = [d for d in drafts if d.kind is ProvisionKind.RATE_WITH_CAP and d.rate is not None]
    if len(rates) != 1 or not P.RATE_RAISED_BY.search(sentence):
        return
    before = [d for d in clause_drafts if d.kind is ProvisionKind.RATE_WITH_CAP and d.rate is not None]
    if not before:
        return
    raised, base = rates[0], before[-1]
    if raised.rate is None or base.rate is None:
        return
    raised.rate = base.rate + raised.rate
    raised.base_quantity = raised.base_quantity or base.base_quantity
    if raised.cap_cny is None:
        raised.cap_cny, raised.per, raised.cumulative_cap_cny = base.cap_cny, base.per, base.cumulative_cap_cny
