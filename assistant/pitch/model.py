"""The pitch sheet's values: what one printed page says, already in words (zh and en)."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.pitch.issuer import Issuer


@dataclass(frozen=True)
class PitchLine:
    citation: str
    title_zh: str
    title_en: str
    amount_zh: str
    amount_en: str
    discretionary: bool
    quote: str
    amount_min_cny: int
    amount_max_cny: int | None


@dataclass(frozen=True)
class Payment:
    """One payment on the timeline: a year's annual fund, what a rate pays for one year, or a
    one-off in the year of the event it depends on; ``year`` is None only when no date is known
    (then ``when`` says "upon approval" in words)."""

    year: int | None
    title_zh: str
    title_en: str
    amount_zh: str
    amount_en: str
    citation: str
    when_zh: str
    when_en: str
    projected: bool = False
    """A later year of an annual fund: a projection, never in the totals."""


@dataclass(frozen=True)
class CouldAddLine:
    """A benefit that hinges on a fact not yet stated: shown apart, never in the totals."""

    citation: str
    title_zh: str
    title_en: str
    amount_zh: str
    amount_en: str
    hinges_zh: str
    hinges_en: str
    amount_min_cny: int
    amount_max_cny: int | None


@dataclass(frozen=True)
class PolicyValidity:
    status: str
    """in_force, expired, not_yet_in_force or unknown (the engine's word)."""
    status_zh: str
    status_en: str
    valid_from: str | None
    valid_until: str | None


@dataclass(frozen=True)
class PitchSheet:
    company: str
    policy_title: str
    as_of: str
    validity: PolicyValidity
    notice: str | None
    total_zh: tuple[str, str]
    total_en: tuple[str, str]
    lines: tuple[PitchLine, ...]
    timeline: tuple[Payment, ...]
    obligations: tuple[tuple[str, str, str], ...]
    """(citation, Chinese, English)."""
    could_add: tuple[CouldAddLine, ...] = ()
    assumptions: tuple[tuple[str, str], ...] = ()
    """(Chinese, English)."""
    issuer: Issuer = field(default_factory=Issuer)
    valid_until: str = ""
    """The last day the offer holds (the sheet's date plus the issuer's days)."""

    @property
    def status_zh(self) -> str:
        return self.validity.status_zh

    @property
    def status_en(self) -> str:
        return self.validity.status_en

    @property
    def offer_outlives_policy(self) -> bool:
        """The offer's last day falls after the policy's: the sheet says so."""
        return bool(self.validity.valid_until and self.valid_until > self.validity.valid_until)
