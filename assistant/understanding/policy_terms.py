"""What the understanding needs from the loaded policy: the concepts it induced from its own words
(酒店, 企业技术中心, 总部企业 — by their printed labels, with their tiers and group) and its area.

Built once per policy from its graph (the engine's :class:`~assistant.eligibility.rules.PolicyRules`,
read by SPARQL) and cached with the conversation's context; never re-read per turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from assistant.eligibility.induced import induced_requirement, tier_variants
from assistant.eligibility.tiers import arabic_numerals
from assistant.understanding.places import Area, area_of, load_area
from ingest.model import Beneficiary, PolicyArea, Provision

_LIST_JOINER = re.compile(r"[、和或及与/]")
MIN_LABEL_CHARS = 2
"""A label of one character (村) is part of too many words to name a concept in a message."""
MIN_PART_CHARS = 3
"""A part of a listed label (旅行社、户外团队 → 旅行社) is a name of its own only from this length on:
shorter parts are modifiers (中级、高级导游证人员 → 中级)."""


@dataclass(frozen=True)
class PolicyConcept:
    """A concept the policy induced: its id, the label as printed, and what its provisions say."""

    id: str
    label: str
    label_en: str | None
    group: str | None
    tiers: tuple[str, ...]
    """The tiers its provisions print (三星级, 四星级, 五星级): a company's fact names one of them."""
    provisions: tuple[str, ...]

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The words that name it: the label, and each part of a listed label long enough to be a name."""
        label = self.label.strip()
        parts = [part.strip() for part in _LIST_JOINER.split(label)] if _LIST_JOINER.search(label) else []
        whole = [label] if len(re.sub(r"\s+", "", label)) >= MIN_LABEL_CHARS else []  # 村 alone is in 乡村
        return tuple(dict.fromkeys([*whole, *(p for p in parts if len(p) >= MIN_PART_CHARS)]))


@dataclass(frozen=True)
class PolicyConceptHit:
    concept: PolicyConcept
    start: int
    end: int
    text: str


_TIER_EDGE = r"(?<![0-9A-Za-z]){}(?![0-9A-Za-z])"
"""A tier's writing standing on its own: no digit or Latin letter runs on from either side."""


def _spaced(name: str) -> str:
    """A pattern of ``name`` in which its spaces may be absent or several (5G 全连接示范产线)."""
    return r"\s*".join(re.escape(part) for part in name.split())


@dataclass(frozen=True)
class PolicyTerms:
    """The loaded policy's own concepts and its area (None: where the policy applies is not known)."""

    policy_id: str
    concepts: tuple[PolicyConcept, ...] = ()
    area: Area | None = None
    _by_id: dict[str, PolicyConcept] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({concept.id: concept for concept in self.concepts})

    def concept(self, concept_id: str) -> PolicyConcept | None:
        return self._by_id.get(concept_id)

    @cached_property
    def _pattern(self) -> tuple[re.Pattern[str], dict[str, PolicyConcept]] | None:
        by_name = {re.sub(r"\s+", "", name): concept for concept in self.concepts for name in concept.names}
        if not by_name:
            return None
        names = sorted((name for concept in self.concepts for name in concept.names), key=len, reverse=True)
        return re.compile("|".join(_spaced(name) for name in names)), by_name

    def find(self, text: str, taken: Iterable[tuple[int, int]] = ()) -> list[PolicyConceptHit]:
        """The policy's concepts ``text`` names by their printed words, longest first, outside the
        ``taken`` spans (where the vocabulary already named a concept)."""
        if self._pattern is None:
            return []
        pattern, by_name = self._pattern
        spans = list(taken)
        hits = []
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in spans):
                continue
            hits.append(PolicyConceptHit(by_name[re.sub(r"\s+", "", match[0])], match.start(), match.end(), match[0]))
        return hits

    def tier_named(self, concept: PolicyConcept, text: str) -> str | None:
        """The tier of ``concept`` that ``text`` names (四星级, 4星, 5A), as its provisions print it: a
        way of writing it that is not part of a longer number or code (the 2 of 2023 is no 二级), and
        not a bare number (二级 written without its 级 is 2, which names nothing)."""
        digits = arabic_numerals(text)
        found = [(len(tier), tier) for tier in concept.tiers
                 if any(re.search(_TIER_EDGE.format(re.escape(variant)), digits)
                        for variant in tier_variants(tier) if not variant.isdigit())]
        return max(found)[1] if found else None


def induced_concepts(provisions: Iterable[Provision]) -> tuple[PolicyConcept, ...]:
    """Every concept the policy's benefits pay that was induced from its words, in order."""
    found: dict[str, dict[str, list[str]]] = {}
    payees: dict[str, Beneficiary] = {}
    for provision in provisions:
        payee = provision.beneficiary
        if payee is None or induced_requirement(provision) is None:
            continue
        payees.setdefault(payee.id, payee)
        entry = found.setdefault(payee.id, {"tiers": [], "provisions": []})
        entry["provisions"].append(provision.id)
        if provision.tier:
            entry["tiers"].append(provision.tier)
    return tuple(PolicyConcept(concept_id, payees[concept_id].label, payees[concept_id].label_en,
                               payees[concept_id].group, tuple(dict.fromkeys(entry["tiers"])),
                               tuple(entry["provisions"]))
                 for concept_id, entry in found.items())


def area_file(policy_id: str, data_dir: Path | None = None) -> Path | None:
    """The policy's ``<id>.area.yaml``: beside its graph in the data folder, or beside the bundled
    policy's text; None when neither has one."""
    from kg.store import BUNDLED_POLICIES

    folders = [data_dir / "graphs", data_dir] if data_dir is not None else []
    for folder in [*folders, BUNDLED_POLICIES]:
        candidate = folder / f"{policy_id}.area.yaml"
        if candidate.is_file():
            return candidate
    return None


def policy_area(policy_id: str, data_dir: Path | None = None, read: PolicyArea | None = None) -> Area | None:
    """The policy's area: from its ``<id>.area.yaml`` (a hand-written file wins), else the area ``read`` from
    its words (the graph's dcterms:spatial); None when neither gives it. A file that cannot be used raises
    :class:`~assistant.understanding.cue_files.CueFileError` naming it and what is wrong: a broken area is no
    "area not known"."""
    where = area_file(policy_id, data_dir)
    if where is not None:
        return load_area(where)
    return area_of(read) if read is not None else None


def policy_terms(policy_id: str, provisions: Iterable[Provision], data_dir: Path | None = None,
                 read_area: PolicyArea | None = None) -> PolicyTerms:
    """The terms of one policy: its induced concepts, and its area when a file gives it or its words do (a
    broken area file raises :class:`~assistant.understanding.cue_files.CueFileError`)."""
    return PolicyTerms(policy_id, induced_concepts(provisions), policy_area(policy_id, data_dir, read_area))
