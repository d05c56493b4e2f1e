"""Where in its sentence a provision's own figure stands: the offset of its printed amount, counted among the
provisions read from the same sentence (按每人10万元给予企业…，给予个人10万元…: the second 10万元 is the second
provision's, not the first's), and the clause that holds it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.model import Provision

_FIGURE_FIELDS = frozenset({"amount", "cap", "unit"})
_CLAUSE_BREAK = re.compile(r"[，,；;。]")


def printed_figure(provision: Provision) -> str | None:
    """The award's figure as printed (10万元), or None when none was written."""
    return next((text for field, text in provision.written if field in _FIGURE_FIELDS), None)


def figure_offset(provision: Provision, siblings: Iterable[Provision]) -> int:
    """The offset of ``provision``'s own figure in its quote (-1 when not found): the n-th time the figure is printed
    for the n-th provision of the same sentence printing the same figure."""
    printed = printed_figure(provision)
    if not printed:
        return -1
    found = [match.start() for match in re.finditer(re.escape(printed), provision.quote)]
    if not found:
        return -1
    same = [p.id for p in siblings if p.kind.monetary and p.quote == provision.quote and printed_figure(p) == printed]
    index = same.index(provision.id) if provision.id in same else 0
    return found[min(index, len(found) - 1)]


def figure_clause(provision: Provision, siblings: Iterable[Provision]) -> str | None:
    """The clause of the quote that ends with the provision's own figure; None when the figure is not found."""
    at = figure_offset(provision, siblings)
    printed = printed_figure(provision)
    if at < 0 or printed is None:
        return None
    return _CLAUSE_BREAK.split(provision.quote[:at + len(printed)])[-1]
