"""A raised rate (``RAISED_RATE``): 国家高新技术企业…补助比例可上调10% after 按不超过项目研发投入的30%比例给予补助，
单项补助最高额度原则上不超过80万元 is no award of 10% of its own — it raises the clause's rate by 10 points for those
it names: 40% of the same base, under the same ceiling, for a payee that is also what the rate before it requires. A
bare % may also be read as relative (30% raised by a tenth: 33%): that lower reading is the raised row's
``rate_min``, what is paid for sure; 上调10个百分点 says points and has none. A raise the text only permits (可上调)
pays nothing of the raise for sure: the raised row's ``rate_min`` is the rate it raises (30%).

The raised row keeps its own payee and qualifications; the engine pays one of the two, the raised one only to a
company that meets what the rate it raises requires too (``assistant/eligibility/rules._split_rows``: the raised
rate's row is a row of a split whose default row is the rate raised). A raise
is read as percentage points at most (上调10% of 30% is up to 40%, as the genre writes it; 上调至40% states the new
rate itself and is left as printed, ``patterns.RAISED_TO``)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ingest.draft import Draft
from ingest.model import ProvisionKind

RAISED_RATE = re.compile(r"(?:比例|标准|补助率|资助率)\s*(?:(?P<may>可|可以|还可|最高可|原则上可)|再)?\s*"
                         r"(?:上调|提高|上浮|增加)\s*"
                         r"(?P<n>[0-9０-９.．]+)\s*(?:%|％|(?P<points>个百分点))")
"""The words of a raise (比例可上调10%, 补助比例提高5个百分点, 资助标准上浮10%); no_match: 比例提高至40% (a new rate),
上调后不超过 (no figure). A raise the text only permits (``may``: 可上调, 可以提高) is a possible raise: nothing of it
is sure — the raised row's ``rate_min`` is the sure floor of the rate it raises (30%), its ``rate`` the most (40%)."""


def is_raise(quote: str) -> bool:
    """Whether a rate's sentence raises the rate before it (``RAISED_RATE``)."""
    return bool(RAISED_RATE.search(quote))


def with_raised_rates(drafts: list[Draft]) -> list[Draft]:
    """The drafts of a clause with each raise (``RAISED_RATE``) made the raised rate: the rate before it in the
    clause plus the raise, on its base, ceiling and period, for the payee of both."""
    kept: list[Draft] = []
    raised: Draft | None = None
    for draft in drafts:
        if draft.kind is not ProvisionKind.RATE_WITH_CAP or draft.rate is None:
            kept.append(draft)
            continue
        match = RAISED_RATE.search(draft.sentence.text)
        if match is None or raised is None or raised.rate is None \
                or Decimal(match["n"].translate(_FULLWIDTH)) / 100 != draft.rate:
            raised = draft
            kept.append(draft)
            continue
        lower = raised.rate_min if raised.rate_min is not None else raised.rate  # 按不超过30%: 0 for sure
        if match["may"] is not None:  # 比例可上调10%: the raise may be granted, never sure
            relative: Decimal | None = lower
        else:
            relative = lower * (1 + draft.rate) if match["points"] is None else raised.rate_min
        kept.append(replace(draft, rate=raised.rate + draft.rate, rate_min=relative,
                            base_quantity=draft.base_quantity or raised.base_quantity,
                            cap_cny=draft.cap_cny if draft.cap_cny is not None else raised.cap_cny,
                            per=draft.per or raised.per, years=draft.years or raised.years,
                            discretionary=draft.discretionary or raised.discretionary))
    return kept


_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
