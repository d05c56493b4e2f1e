"""A rate paid on a figure the company gave as a bound or an approximation (profile ``bound``).

A base said as a lower bound (营收超过3000万, 纳税两千多万, "over 30 million") pays a range: what the bound pays is
sure (rate × the bound, capped), the most is the cap — or no known most when the rate has none. A base said as an
approximation (约5000万, "around 50m") is paid on the figure, and the result says it rests on an approximate figure.
The bounds on a quantity are checked the same way in :func:`assistant.eligibility.quantity_bounds.meets_said`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from assistant.eligibility.quantity_bounds import ABOUT_SAID, AT_LEAST_SAID
from assistant.eligibility.result import Assumption
from assistant.format import cny_zh
from ingest.concepts import load_vocabulary
from ingest.model import Provision


class _Line(Protocol):
    """One year of a rate (:class:`assistant.eligibility.amounts.RateLine`)."""

    @property
    def label(self) -> str: ...

    @property
    def base(self) -> Decimal: ...

    @property
    def said(self) -> str | None: ...

    @property
    def most(self) -> int | None: ...


def said_figure(value: Decimal, said: str | None) -> str:
    """A base as the company said it: 3000万, 至少3000万 (a lower bound), 约5000万 (an approximation)."""
    figure = cny_zh(int(value))
    return f"至少{figure}（≥）" if said == AT_LEAST_SAID else f"约{figure}" if said == ABOUT_SAID else figure


def most_of(lines: Sequence[_Line], once: bool) -> int | None:
    """The most the lines pay (one of them when paid ``once``); None when a base said as a lower bound has no cap."""
    most = [line.most for line in lines]
    if any(value is None for value in most):
        return None
    values = [value for value in most if value is not None]
    return (max(values) if once else sum(values)) if values else 0


def approximate_bases(provision: Provision, lines: Sequence[_Line]) -> tuple[Assumption, ...]:
    """The assumption that an approximate figure (约5000万) is the year's figure, one per rate and quantity."""
    years = [line.label for line in lines if line.said == ABOUT_SAID]
    if not years:
        return ()
    concept = load_vocabulary().concepts.get(provision.base_quantity or "")
    zh, en = (concept.label_zh, concept.label_en) if concept else (provision.base_quantity, provision.base_quantity)
    figures_zh = "、".join(f"{line.label}年约{cny_zh(int(line.base))}" for line in lines if line.said == ABOUT_SAID)
    figures_en = ", ".join(f"about {cny_zh(int(line.base))} in {line.label}" for line in lines
                           if line.said == ABOUT_SAID)
    return (Assumption(f"about:{provision.base_quantity}:{','.join(years)}",
                       f"{zh}按所述约数计算（{figures_zh}），实际以确切数字为准",
                       f"{en} counted at the approximate figure said ({figures_en}); the exact figure decides"),)
