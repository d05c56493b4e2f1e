"""The frozen data model of an ingested policy: provisions with their provenance."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from ingest.money import decimal_text
from ingest.structure import DocumentStructure


class ProvisionKind(StrEnum):
    FIXED = "fixed"
    UP_TO = "up_to"
    RATE_WITH_CAP = "rate_with_cap"
    PER_UNIT = "per_unit"
    PER_UNIT_WITH_CUMULATIVE_CAP = "per_unit_with_cumulative_cap"
    ANNUAL = "annual"
    ANNUAL_UP_TO = "annual_up_to"
    CASE_BY_CASE = "case_by_case"
    OBLIGATION = "obligation"
    CONDITION = "condition"
    VALIDITY = "validity"
    TARGET = "target"

    @property
    def monetary(self) -> bool:
        return self in MONETARY_KINDS


MONETARY_KINDS = frozenset({
    ProvisionKind.FIXED, ProvisionKind.UP_TO, ProvisionKind.RATE_WITH_CAP,
    ProvisionKind.PER_UNIT, ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP, ProvisionKind.ANNUAL,
    ProvisionKind.ANNUAL_UP_TO, ProvisionKind.CASE_BY_CASE,
})

LEVELS = ("international", "national", "provincial", "municipal", "district", "industry", "local")


def induced_concept_id(label: str) -> str:
    """A stable policy-local id for an induced concept: ``induced-`` and a hash of its label."""
    return "induced-" + hashlib.sha1(label.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class Beneficiary:
    """Who a benefit pays, as printed: linked to vocabulary concepts when the whole head is their
    label, otherwise a policy-local concept induced from the words (``concepts`` empty)."""

    label: str
    """The head as printed, less leading modifiers of place, time, round and level."""
    concepts: tuple[str, ...] = ()
    """Vocabulary concept ids the whole head names (linked); empty when induced."""
    label_en: str | None = None
    """For an induced concept: an English label composed of the vocabulary's own labels."""
    group: str | None = None
    """For an induced concept: the qualification group it certainly belongs to."""
    serves: tuple[str, ...] = ()
    """Vocabulary concepts the payee attracts or serves (引进高新技术企业的机构): not the payee."""
    holds: str | None = None
    """For a role the company plays (用人单位, 项目单位): the thing its 对-phrase names, which the role must have
    (对获批立项的X级重点项目，给予项目单位… → 重点项目, at the clause's level): induced, asked and level-checked."""
    defined: bool = False
    """An induced payee the policy itself defines (本办法所称K，是指…): a kind the award is restricted to, required of
    the company even when the clause names a recognition too (``ingest/defined_terms.py``)."""
    definition: str | None = None
    """For a payee the policy defines: the definition's own conditions as printed (以P为主要创办人，持股X%以上的企业),
    carried into the induced concept and asked with it."""
    restricted: bool = False
    """An induced payee whose label names a population the award is restricted to (P企业, P创办企业), defined
    or not: required of the company beside a recognition too (``ingest/restricted_payees.py``)."""

    @property
    def restricts(self) -> bool:
        """Whether the payee is a kind the award is restricted to: defined by the policy or naming a population."""
        return self.defined or self.restricted

    @property
    def induced(self) -> bool:
        return not self.concepts

    @property
    def id(self) -> str:
        """The linked concepts' ids, or the policy-local id of the induced concept."""
        return "+".join(self.concepts) if self.concepts else induced_concept_id(self.label)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "induced": self.induced, "concepts": list(self.concepts),
                "label_en": self.label_en, "group": self.group, "serves": list(self.serves),
                **({"defined": True} if self.defined else {}),
                **({"restricted": True} if self.restricted else {}),
                **({"definition": self.definition} if self.definition else {}),
                **({"holds": self.holds} if self.holds else {})}


@dataclass(frozen=True)
class Provision:
    """One benefit, rule or figure read from one sentence; ``quote == text[span]``."""

    id: str
    clause_id: str
    clause_path: tuple[str, ...]
    kind: ProvisionKind
    quote: str
    span: tuple[int, int]
    tier: str | None = None
    level: str | None = None
    qualifications: tuple[str, ...] = ()
    base_quantity: str | None = None
    amount_cny: int | None = None
    rate: Decimal | None = None
    rate_min: Decimal | None = None
    """For a choice of rates (按…的5%或10%): the lower one (``rate`` is the higher): the award is a range."""
    cap_cny: int | None = None
    unit_amount_cny: int | None = None
    per: str | None = None
    cumulative_cap_cny: int | None = None
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
    written: tuple[tuple[str, str], ...] = ()
    """Numbers as printed, by field: ``(("rate", "30%"), ("cap", "1000万元"))``."""
    scope: str | None = None
    """For conditions and obligations: ``sentence``, ``clause`` or ``policy``."""
    governs: tuple[str, ...] = ()
    """For conditions and obligations of sentence or clause scope: the provisions governed."""
    beneficiary: Beneficiary | None = None
    """For a benefit: who it pays, linked or induced (see :mod:`ingest.beneficiaries`)."""

    def to_json(self) -> dict[str, Any]:
        """The provision in the published JSON contract."""
        return {
            "id": self.id,
            "clause_path": list(self.clause_path),
            "kind": self.kind.value,
            "tier": self.tier,
            "level": self.level,
            "qualifications": list(self.qualifications),
            "base_quantity": self.base_quantity,
            "amount_cny": self.amount_cny,
            "rate": decimal_text(self.rate) if self.rate is not None else None,
            "rate_min": decimal_text(self.rate_min) if self.rate_min is not None else None,
            "cap_cny": self.cap_cny,
            "unit_amount_cny": self.unit_amount_cny,
            "per": self.per,
            "cumulative_cap_cny": self.cumulative_cap_cny,
            "years": self.years,
            "discretionary": self.discretionary,
            "round": self.round,
            "residual": self.residual,
            "subtype": self.subtype,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "value": decimal_text(self.value) if self.value is not None else None,
            "unit": self.unit,
            "year": self.year,
            "written": dict(self.written),
            "scope": self.scope,
            "governs": list(self.governs),
            "beneficiary": self.beneficiary.to_json() if self.beneficiary else None,
            "quote": self.quote,
            "span": list(self.span),
        }


@dataclass(frozen=True)
class PolicyArea:
    """Where a policy applies, as read from its words (:mod:`ingest.policy_area`): its administrative
    division (code, name), a zone inside it when the title names one (广州南沙新区, 青岛西海岸新区),
    whether the whole division is the area, and the words it was read from."""

    code: str
    name: str
    zone: str | None = None
    whole_division: bool = True
    evidence: str = ""

    @property
    def label(self) -> str:
        """The area as shown: the zone with its division, or the division."""
        return f"{self.zone}（{self.name}）" if self.zone else self.name

    @property
    def kind(self) -> str:
        """``division``; ``zone`` (inside its division); ``zone-and-division`` (the zone is the whole division)."""
        if self.zone is None:
            return "division"
        return "zone-and-division" if self.whole_division else "zone"


@dataclass(frozen=True)
class IngestedPolicy:
    """A policy read, structured and mined for provisions."""

    id: str
    title: str
    source: str
    encoding: str
    text: str
    sha256: str
    structure: DocumentStructure
    provisions: tuple[Provision, ...]
    valid_from: date | None
    valid_until: date | None
    warnings: tuple[str, ...] = field(default=())
    area: PolicyArea | None = None
    """Where it applies, read from its words; None: not found."""

    def header_json(self) -> dict[str, Any]:
        return policy_header_json(self.id, self.title, self.valid_from, self.valid_until)


def policy_header_json(policy_id: str, title: str, valid_from: date | None, valid_until: date | None
                       ) -> dict[str, Any]:
    """A policy's identity and validity window as JSON (the head of every answer about it)."""
    return {
        "id": policy_id,
        "title": title,
        "valid_from": valid_from.isoformat() if valid_from else None,
        "valid_until": valid_until.isoformat() if valid_until else None,
    }
