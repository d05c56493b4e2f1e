"""A provision while it is being read from a sentence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ingest.model import Beneficiary, ProvisionKind
from ingest.structure import Sentence


@dataclass
class Draft:
    """A provision being built; it becomes a :class:`ingest.model.Provision`."""

    kind: ProvisionKind
    sentence: Sentence
    tier: str | None = None
    level: str | None = None
    qualifications: list[str] = field(default_factory=list)
    base_quantity: str | None = None
    amount_cny: int | None = None
    rate: Decimal | None = None
    rate_min: Decimal | None = None
    cap_cny: int | None = None
    unit_amount_cny: int | None = None
    per: str | None = None
    cumulative_cap_cny: int | None = None
    cumulative_per: str | None = None
    """The item the total of a per-unit amount counts per (单个项目…总额不超过 → 项目), kept for an amount below one
    yuan per unit that becomes a rate (``ingest/sub_yuan_units.py``)."""
    years: int | None = None
    discretionary: bool = False
    round: str | None = None
    residual: bool = False
    subtype: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    value: Decimal | None = None
    unit: str | None = None
    year: int | None = None
    beneficiary: Beneficiary | None = None
    written: dict[str, str] = field(default_factory=dict)
    """Numbers as printed, by the field they were read into (amount, cap, rate…)."""
    governed: list[Draft] = field(default_factory=list)
    """For a ceiling on a payee's total kept as a condition: the awards it was read over (the rates it also caps
    singly, or every award of the list it closes); they become the provision's ``governs``."""
