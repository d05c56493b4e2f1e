"""Marginal bands restated (``patterns.MARGINAL_BAND``): a rate paid on the part of a quantity inside a band
(500万元（含）以下的部分按投资额的4%, 超过500万元不超过1000万元（含）的部分按2%) is printed again in every later
bracket of the same scale (单笔投资额不超过3000万元（含）的，500万元（含）以下的部分按4%…，超过500万元…的部分按2%…).
Each band is one award: a band's rate restated in a later sentence of the clause, with the same payee, base and
ceilings, is the same row, not a new one (docs/provision-model.md, "Marginal bands")."""

from __future__ import annotations

from decimal import Decimal

from ingest import patterns as P
from ingest.draft import Draft
from ingest.model import ProvisionKind

_BandKey = tuple[ProvisionKind, Decimal | None, str | None, str | None, int | None, str | None, int | None,
                 str | None, str | None]


def _band_key(draft: Draft) -> _BandKey:
    payee = draft.beneficiary.label if draft.beneficiary is not None else None
    return (draft.kind, draft.rate, draft.base_quantity, payee, draft.cap_cny, draft.per, draft.cumulative_cap_cny,
            draft.tier, draft.level)


def without_restated_bands(drafts: list[Draft]) -> list[Draft]:
    """The drafts of a clause without the rates that restate an earlier rate of the clause as a marginal band."""
    seen: set[_BandKey] = set()
    kept = []
    for draft in drafts:
        if draft.kind is not ProvisionKind.RATE_WITH_CAP or draft.rate is None:
            kept.append(draft)
            continue
        key = _band_key(draft)
        if key in seen and P.MARGINAL_BAND.search(draft.sentence.text):
            continue
        seen.add(key)
        kept.append(draft)
    return kept
