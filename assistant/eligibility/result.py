"""The engine's output: frozen values with a JSON form (keys as published)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from assistant.eligibility.induced import InducedLabels


@dataclass(frozen=True)
class TraceStep:
    """One rule applied to reach a number, with the parameters it read and their clause."""

    rule: str
    detail: str
    provision_id: str
    clause_path: tuple[str, ...]
    parameters: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "detail": self.detail, "provision_id": self.provision_id,
                "clause_path": list(self.clause_path), "parameters": self.parameters}


@dataclass(frozen=True)
class MatchedFact:
    """A fact of the company's that a benefit is paid for: which concept it holds (its own
    platform type among the six a clause names), at what level, and when it was recognised."""

    concept: str
    level: str | None = None
    date: dt.date | None = None
    count: int | None = None
    """How many units the fact stands for (patents granted), when stated."""

    def to_json(self) -> dict[str, Any]:
        return {"concept": self.concept, "level": self.level,
                "date": self.date.isoformat() if self.date else None}


@dataclass(frozen=True)
class Benefit:
    provision_id: str
    clause_path: tuple[str, ...]
    title: str
    kind: str
    amount_min_cny: int
    amount_max_cny: int | None
    discretionary: bool
    basis: str
    quote: str
    span: tuple[int, int]
    trace: tuple[TraceStep, ...]
    unknown: tuple[str, ...] = ()
    ambiguity: str | None = None
    title_en: str = ""
    reading_range_cny: tuple[int, int] | None = None
    """When the text admits two readings: what each gives (the engine's is in min/max)."""
    qualifications: tuple[str, ...] = ()
    matched: tuple[MatchedFact, ...] = ()
    """The company's facts it is paid for (the established ones, not those still pending)."""

    def to_json(self) -> dict[str, Any]:
        return {"reading_range_cny": list(self.reading_range_cny) if self.reading_range_cny else None,
                "qualifications": list(self.qualifications),
                "matched": [fact.to_json() for fact in self.matched],
                "title_en": self.title_en, "provision_id": self.provision_id,
                "clause_path": list(self.clause_path), "title": self.title,
                "kind": self.kind, "amount_min_cny": self.amount_min_cny, "amount_max_cny": self.amount_max_cny,
                "discretionary": self.discretionary, "basis": self.basis, "quote": self.quote,
                "span": list(self.span), "trace": [step.to_json() for step in self.trace],
                "unknown": list(self.unknown), "ambiguity": self.ambiguity}


@dataclass(frozen=True)
class NotEligible:
    provision_id: str
    clause_path: tuple[str, ...]
    title: str
    reasons: tuple[str, ...]
    quote: str
    span: tuple[int, int]
    reasons_zh: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    """Which requirements are unmet (area, level, round, date, holds …, listing)."""
    qualifications: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"provision_id": self.provision_id, "clause_path": list(self.clause_path), "title": self.title,
                "reasons": list(self.reasons), "reasons_zh": list(self.reasons_zh),
                "requirements": list(self.requirements), "qualifications": list(self.qualifications),
                "quote": self.quote, "span": list(self.span)}


@dataclass(frozen=True)
class PathToMore:
    """What would make a near miss eligible, and what it is worth."""

    provision_id: str
    clause_path: tuple[str, ...]
    change: str
    change_zh: str
    value_max_cny: int | None
    value_min_cny: int

    def to_json(self) -> dict[str, Any]:
        return {"provision_id": self.provision_id, "clause_path": list(self.clause_path), "change": self.change,
                "change_zh": self.change_zh, "value_min_cny": self.value_min_cny,
                "value_max_cny": self.value_max_cny}


@dataclass(frozen=True)
class Question:
    """A missing fact, and how much it could change the total."""

    key: str
    question_zh: str
    question_en: str
    value_cny: int
    provision_ids: tuple[str, ...]
    refines: bool = False
    """True when the answer would refine a benefit already listed rather than open a new one."""

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "question_zh": self.question_zh, "question_en": self.question_en,
                "value_cny": self.value_cny, "provision_ids": list(self.provision_ids), "refines": self.refines}


@dataclass(frozen=True)
class Obligation:
    provision_id: str
    clause_path: tuple[str, ...]
    kind: str
    subtype: str | None
    quote: str
    span: tuple[int, int]
    applies_to: tuple[str, ...] | None
    """The benefits it governs; None for every benefit of the policy."""
    years: int | None = None
    refund_exposure_max_cny: int | None = None
    planned_departure: dt.date | None = None
    departure_within_period: bool | None = None
    counted_from_year: int | None = None
    """The latest year support is enjoyed in, from which the promised years are counted."""

    def to_json(self) -> dict[str, Any]:
        return {"provision_id": self.provision_id, "clause_path": list(self.clause_path), "kind": self.kind,
                "subtype": self.subtype, "quote": self.quote, "span": list(self.span),
                "applies_to": "all" if self.applies_to is None else list(self.applies_to),
                "years": self.years, "refund_exposure_max_cny": self.refund_exposure_max_cny,
                "planned_departure": self.planned_departure.isoformat() if self.planned_departure else None,
                "departure_within_period": self.departure_within_period,
                "counted_from_year": self.counted_from_year}


@dataclass(frozen=True)
class CouldAdd:
    """A benefit that hinges on a fact nobody has stated yet (a level, a round, a date, a base
    quantity, an enterprise type): never part of a total, shown as "若…还可得 / could add, if…"."""

    provision_id: str
    clause_path: tuple[str, ...]
    title: str
    title_en: str
    kind: str
    amount_min_cny: int
    """What it pays at least once the facts it hinges on turn out well."""
    amount_max_cny: int | None
    hinges: tuple[str, ...]
    """The question keys that settle it (``round:high_tech_enterprise``, ``holds:tech_leader_enterprise``…)."""
    questions_zh: tuple[str, ...]
    questions_en: tuple[str, ...]
    basis: str
    quote: str
    span: tuple[int, int]
    discretionary: bool = False
    qualifications: tuple[str, ...] = ()
    """The concepts the clause names (a sheet shows only the company's own among them)."""
    level: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"provision_id": self.provision_id, "clause_path": list(self.clause_path), "title": self.title,
                "qualifications": list(self.qualifications), "level": self.level,
                "title_en": self.title_en, "kind": self.kind, "amount_min_cny": self.amount_min_cny,
                "amount_max_cny": self.amount_max_cny, "hinges": list(self.hinges),
                "questions_zh": list(self.questions_zh), "questions_en": list(self.questions_en),
                "basis": self.basis, "quote": self.quote, "span": list(self.span),
                "discretionary": self.discretionary}


@dataclass(frozen=True)
class Assumption:
    """A reading the totals rest on that the user did not state in so many words."""

    key: str
    zh: str
    en: str

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "zh": self.zh, "en": self.en}


@dataclass(frozen=True)
class Caveat:
    """A rule of the policy that can lower what the company gets but that the engine did not apply (同一事项不重复
    享受, a ceiling tied to the company's tax contribution): said beside the totals, naming its sentence."""

    provision_id: str
    clause_path: tuple[str, ...]
    subtype: str
    quote: str
    span: tuple[int, int]
    zh: str
    en: str

    def to_json(self) -> dict[str, Any]:
        return {"provision_id": self.provision_id, "clause_path": list(self.clause_path), "subtype": self.subtype,
                "quote": self.quote, "span": list(self.span), "zh": self.zh, "en": self.en}


@dataclass(frozen=True)
class EligibilityResult:
    policy: dict[str, Any]
    as_of: dt.date
    policy_status: str
    notice: str | None
    benefits: tuple[Benefit, ...]
    total_min_cny: int
    total_max_cny: int
    total_max_unbounded: bool
    obligations: tuple[Obligation, ...]
    not_eligible: tuple[NotEligible, ...]
    path_to_more: tuple[PathToMore, ...]
    questions: tuple[Question, ...]
    ambiguities: tuple[str, ...]
    could_add: tuple[CouldAdd, ...] = ()
    """Benefits that hinge on unstated facts: listed, never counted in the totals."""
    assumptions: tuple[Assumption, ...] = ()
    concept_labels: InducedLabels = field(default_factory=InducedLabels)
    """The printed labels of the concepts the policy induced, to name them in words (not in the JSON)."""
    caveats: tuple[Caveat, ...] = ()
    """Rules that could lower the totals but were not applied (each names its sentence)."""

    def benefit(self, provision_id: str) -> Benefit:
        for benefit in self.benefits:
            if benefit.provision_id == provision_id:
                return benefit
        raise KeyError(provision_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "policy": self.policy, "as_of": self.as_of.isoformat(), "policy_status": self.policy_status,
            "notice": self.notice, "benefits": [b.to_json() for b in self.benefits],
            "total_min_cny": self.total_min_cny, "total_max_cny": self.total_max_cny,
            "total_max_unbounded": self.total_max_unbounded,
            "obligations": [o.to_json() for o in self.obligations],
            "not_eligible": [n.to_json() for n in self.not_eligible],
            "path_to_more": [p.to_json() for p in self.path_to_more],
            "questions": [q.to_json() for q in self.questions], "ambiguities": list(self.ambiguities),
            "could_add": [c.to_json() for c in self.could_add],
            "assumptions": [a.to_json() for a in self.assumptions],
            "caveats": [c.to_json() for c in self.caveats],
        }
