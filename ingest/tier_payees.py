"""Payee labels that swallowed their clause's tiers (对新创建X星级、Y星级Z的 → the payee printed as 「X星级、Y星级Z」).

A clause paying one amount per tier is read as one provision per tier (``Provision.tier``); when its payee is printed
without a 的 between the tier list and the head, the head reading keeps the list in the label, so every tier's
provision pays the same over-long induced concept and a company that is a Z of tier Y is never matched. The tiers
the clause's own provisions carry are stripped from the front of the label (with the list's joiners), leaving the
head Z; the tier stays on each provision, so the company's tier is still checked (docs/eligibility.md rule 2).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from ingest.model import Provision

LIST_JOINER = re.compile(r"[、，,和及与或]")
"""What joins the tiers of a list (X星级、Y星级 / X级和Y级)."""
MIN_HEAD = 2
"""The fewest characters a head keeps once its tiers are stripped (a lone character is no payee)."""


def without_tiers(label: str, tiers: tuple[str, ...]) -> str | None:
    """``label`` less the ``tiers`` listed at its front (X星级、Y星级Z → Z); None when no tier opens it or too little
    would remain."""
    rest, stripped = label, False
    while True:
        tier = next((t for t in sorted(tiers, key=len, reverse=True) if t and rest.startswith(t)), None)
        if tier is None:
            break
        rest, stripped = rest[len(tier):], True
        joiner = LIST_JOINER.match(rest)
        if joiner:
            rest = rest[joiner.end():]
    rest = rest.removeprefix("的")
    return rest if stripped and len(rest) >= MIN_HEAD else None


def strip_listed_tiers(provisions: tuple[Provision, ...]) -> tuple[Provision, ...]:
    """``provisions`` with each induced payee label that opens with its clause's tiers reduced to its head."""
    tiers: dict[tuple[int, int], list[str]] = defaultdict(list)
    for provision in provisions:
        if provision.tier:
            tiers[provision.span].append(provision.tier.strip())
    result = []
    for provision in provisions:
        payee, listed = provision.beneficiary, tuple(tiers.get(provision.span, ()))
        head = without_tiers(payee.label, listed) if payee is not None and payee.induced and len(listed) > 1 else None
        if payee is not None and head is not None:
            provision = replace(provision, beneficiary=replace(payee, label=head, label_en=None))
        result.append(provision)
    return tuple(result)
