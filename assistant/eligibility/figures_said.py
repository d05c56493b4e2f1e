"""A rate paid on a figure the company gave as a bound or an approximation (profile ``bound``).

A base said as a lower bound (营收超过3000万, 纳税两千多万, "over 30 million") pays a range: what the bound pays is
sure (rate × the bound, capped), the most is the cap. With no cap, the most is counted at the bound too and the
result says it may be more (a most with no figure would undo the ceilings and shares applied after it). A base said
as an approximation (约5000万, "around 50m") pays a range, from the figure less the margin (± ``ABOUT_MARGIN``,
10%) to the figure plus it (capped), and the result says it rests on an approximate figure.
The bounds on a quantity are checked the same way in :func:`assistant.eligibility.quantity_bounds.meets_said`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from assistant.eligibility.quantity_bounds import ABOUT_MARGIN, ABOUT_SAID, AT_LEAST_SAID
from assistant.eligibility.result import Assumption
from assistant.format import cny_zh, percent
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
    def cap(self) -> int | None: ...

    @property
    def most(self) -> int: ...


def said_figure(value: Decimal, said: str | None) -> str:
    """A base as the company said it: 3000万, 至少3000万 (a lower bound), 约5000万 (an approximation)."""
    figure = cny_zh(int(value))
    return f"至少{figure}（≥）" if said == AT_LEAST_SAID else f"约{figure}" if said == ABOUT_SAID else figure


def most_of(lines: Sequence[_Line], once: bool) -> int:
    """The most the lines pay (one of them when paid ``once``)."""
    most = [line.most for line in lines]
    return (max(most) if once else sum(most)) if most else 0


def approximate_bases(provision: Provision, lines: Sequence[_Line]) -> tuple[Assumption, ...]:
    """What the amount rests on that the company said only roughly: an approximate figure (约5000万) taken as the
    year's, and a lower bound (超过5000万) paid at the bound where no cap gives a most, one per rate and quantity."""
    concept = load_vocabulary().concepts.get(provision.base_quantity or "")
    zh, en = (concept.label_zh, concept.label_en) if concept else (provision.base_quantity, provision.base_quantity)
    about = [line for line in lines if line.said == ABOUT_SAID]
    open_ended = [line for line in lines if line.said == AT_LEAST_SAID and line.cap is None]
    found = []
    margin = percent(ABOUT_MARGIN)
    if about:
        found.append(Assumption(
            f"about:{provision.base_quantity}:{','.join(line.label for line in about)}",
            f"{zh}按所述约数上下{margin}计算（"
            f"{'、'.join(f'{line.label}年约{cny_zh(int(line.base))}' for line in about)}），实际以确切数字为准",
            f"{en} counted at the approximate figure said "
            f"({', '.join(f'about {cny_zh(int(line.base))} in {line.label}' for line in about)}, ± {margin}); "
            "the exact figure decides"))
    if open_ended:
        found.append(Assumption(
            f"at_least:{provision.base_quantity}:{','.join(line.label for line in open_ended)}",
            f"{zh}按所述下限计算（{'、'.join(f'{line.label}年至少{cny_zh(int(line.base))}' for line in open_ended)}），"
            "实际更高则可得更多",
            f"{en} counted at the lower bound said "
            f"({', '.join(f'at least {cny_zh(int(line.base))} in {line.label}' for line in open_ended)}); a higher "
            "figure pays more"))
    return tuple(found)
