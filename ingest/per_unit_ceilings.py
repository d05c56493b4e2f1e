"""A sentence of one ceiling only, right after amounts per unit with no total: the total each of them pays.

用能单位…可按照X元/吨标准煤或Y元/吨二氧化碳给予奖励。单个项目奖励最高不超过Z万元。 pays X or Y per tonne, at most
Z for the project: both per-unit amounts become ``per_unit_with_cumulative_cap`` with Z, and the ceiling is no
award of its own (it was read as one, an ``up_to`` of Z). The same ceiling printed in the per-unit sentence is read
there already (``provisions._benefit_drafts``). See docs/provision-model.md (``per_unit_with_cumulative_cap``).
"""

from __future__ import annotations

import re

from ingest.draft import Draft
from ingest.model import ProvisionKind

GRANTS = re.compile(r"给予|予以|(?:^|[，,；;：:])\s*对(?!应)")
"""A sentence that grants something itself (给予, 予以, an 对-phrase): its ceiling is its own award's, not a total of
the amounts before it (no_match: 单个项目奖励最高不超过X万元，且不超过投资额的Y%)."""


def _is_total(ceiling: Draft) -> bool:
    """A ceiling per item or per payee (单个项目…最高, 每家企业…不超过), no tier or residual part of its own."""
    return ceiling.kind is ProvisionKind.UP_TO and ceiling.per is not None and not ceiling.tier \
        and not ceiling.residual and ceiling.cap_cny is not None


def ceilings_of_per_units(sentence: str, drafts: list[Draft], open_per_units: list[Draft]) -> list[Draft]:
    """The sentence's drafts less a ceiling it gives as the total of the open per-unit amounts of its clause (those,
    changed in place, become ``per_unit_with_cumulative_cap``); ``open_per_units`` is emptied when it does."""
    monetary = [d for d in drafts if d.kind.monetary]
    if not open_per_units or len(monetary) != 1 or not _is_total(monetary[0]) or GRANTS.search(sentence):
        return drafts
    ceiling = monetary[0]
    for draft in open_per_units:
        draft.kind = ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP
        draft.cumulative_cap_cny = ceiling.cap_cny
        draft.cumulative_per = ceiling.per
        draft.written["cumulative"] = ceiling.written.get("cap", "")
    open_per_units.clear()
    return [d for d in drafts if d is not ceiling]


def still_open(drafts: list[Draft], open_per_units: list[Draft]) -> list[Draft]:
    """The per-unit amounts with no total open after a sentence: its own when it pays only such amounts (added to
    those before), none when it pays anything else, the same when it pays nothing."""
    monetary = [d for d in drafts if d.kind.monetary]
    if not monetary:
        return open_per_units
    if all(d.kind is ProvisionKind.PER_UNIT for d in monetary):
        return [*open_per_units, *monetary]
    return []
