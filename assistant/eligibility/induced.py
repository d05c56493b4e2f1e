"""Concepts a policy induced from its own words (酒店, 企业技术中心) as requirements of its benefits.

A benefit whose payee the vocabulary does not name, and that names no vocabulary qualification — or whose payee
is a term the policy itself defines (本办法所称K，是指…: a kind of party the award is restricted to, even beside a
recognition) — is paid to that payee: the company must hold the induced concept (a fact of ``policy_concepts``, by
its printed label). A payee that names any party (企业, 单位: ``ontology/generic_payees.yaml``)
requires nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from assistant.eligibility.item_tiers import payee_of
from assistant.eligibility.tiers import arabic_numerals, grade_of
from ingest.model import Provision, induced_concept_id
from ontology.generic_payees import GENERIC_PAYEES_FILE as GENERIC_PAYEES_FILE
from ontology.generic_payees import GenericPayeesError as GenericPayeesError
from ontology.generic_payees import company_roles, generic_payees

INDUCED_PREFIX = "induced-"


def is_induced(concept: str) -> bool:
    return concept.startswith(INDUCED_PREFIX)


def names_a_party_only(label: str) -> bool:
    """企业, 单位, 机构: a payee every company is, not a concept it may hold; so is a role the company itself plays
    (用人单位, 项目单位: ``roles`` of ``ontology/generic_payees.yaml``)."""
    label = label.strip()
    # 实验室等机构: a list of kinds, not one
    return label in generic_payees() or label in company_roles() or "等" in label


def induced_requirement(provision: Provision) -> str | None:
    """The induced concept a company must hold for ``provision`` to pay it; None when the provision's
    vocabulary concepts or base quantity tie it to a company instead, or its payee is any party."""
    payee = payee_of(provision)  # the printed payee, or the item a list of items names (中级雪道)
    if payee is None:
        return None
    if payee.holds and not provision.qualifications:  # 对X级重点项目，给予项目单位: the role must have 重点项目
        return induced_concept_id(payee.holds)
    if not payee.induced:
        return None
    if provision.qualifications and not payee.restricts:  # 对通过R认定的K: K restates R unless K is defined or
        # names a population (P企业: ingest/restricted_payees.py)
        return None
    return None if names_a_party_only(payee.label) else payee.id


@cache
def composed_english(label: str) -> str | None:
    """The English label the vocabulary's and label words compose for a printed label (P企业 → "P-invested
    enterprise": ``ingest.concepts.english_label``), as the understanding names the concept; None when they do not
    cover it. Shown for a kind the award is restricted to (asked in English as what the company is); other induced
    concepts keep their printed label in English questions."""
    from ingest.concepts import english_label

    return english_label(label.strip())


def requirements_of(provision: Provision) -> tuple[str, ...]:
    """The concepts a company must hold: the vocabulary's qualifications, or the induced payee."""
    induced = induced_requirement(provision)
    return (*provision.qualifications, induced) if induced else provision.qualifications


@dataclass(frozen=True)
class InducedLabels:
    """The printed labels (Chinese, English) of the concepts one policy induced, by id: they travel
    with the policy (:attr:`PolicyRules.induced_labels`) and its results, never through module state."""

    by_id: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    definitions: Mapping[str, str] = field(default_factory=dict)
    """The policy's own definition of an induced concept it defines (本办法所称K，是指C → C), by id: asked with it."""
    kinds: frozenset[str] = frozenset()
    """The induced concepts that are kinds of company an award is restricted to (defined by the policy, or naming a
    population: :attr:`Beneficiary.restricts`): the company is one, it does not hold one (「贵公司是否属于「K」？」)."""

    @classmethod
    def of(cls, provisions: Iterable[Provision]) -> InducedLabels:
        """The labels of the induced concepts ``provisions`` pay, as the policy prints them."""
        by_id: dict[str, tuple[str, str]] = {}
        definitions: dict[str, str] = {}
        kinds: set[str] = set()
        for provision in provisions:
            payee = payee_of(provision)
            if payee is not None and payee.induced:
                english = payee.label_en or (composed_english(payee.label) if payee.restricts else None)
                by_id.setdefault(payee.id, (payee.label.strip(), (english or payee.label).strip()))
                if payee.definition:
                    definitions.setdefault(payee.id, payee.definition)
                if payee.restricts:
                    kinds.add(payee.id)
            if payee is not None and payee.holds:  # what a role paid must have (项目单位 of a 重点项目)
                by_id.setdefault(induced_concept_id(payee.holds), (payee.holds, payee.holds))
        return cls(by_id, definitions, frozenset(kinds))

    def is_a_kind(self, concept: str) -> bool:
        """Whether ``concept`` is a kind of company the policy restricts an award to (asked as one the company is)."""
        return concept in self.kinds

    def definition(self, concept: str) -> str | None:
        """The policy's own definition of ``concept`` (its conditions as printed); None when it defines none."""
        return self.definitions.get(concept)

    def label(self, concept: str, language: str) -> str | None:
        """The concept's printed label in ``language`` (zh or en); None when this policy does not pay it."""
        found = self.by_id.get(concept)
        if found is None:
            return None
        return found[0] if language == "zh" else found[1]


def concept_label(concept: str, language: str, labels: InducedLabels | None = None) -> str:
    """A concept's label in ``language`` (zh or en): the vocabulary's, or the printed label the
    policy's ``labels`` give an induced concept; the id when neither knows it (no module state: a
    policy read before never names another's concepts)."""
    from ingest.concepts import load_vocabulary

    vocabulary = load_vocabulary()
    if concept in vocabulary:
        return vocabulary.label(concept, language)
    return (labels.label(concept, language) if labels is not None else None) or concept


def tier_variants(tier: str) -> tuple[str, ...]:
    """How a tier may be written: with Arabic digits, with or without its final 级 (五星级 → 5星级, 5星)."""
    core = arabic_numerals(tier.strip())
    return tuple(dict.fromkeys([core, core.removesuffix("级")]))


def same_tier(stated: str, printed: str) -> bool:
    """Whether a company's tier (4星, 四星级, 引领级) is the tier a provision prints (四星级, 五级（引领级）):
    the same grade of a scale (``ontology/tier_scales.yaml``); a tier of no scale only by the same words.
    A grade is never matched by a word that names none (a bare 5 is no 五级), nor a bare number by a
    bare number."""
    said, paid = grade_of(stated), grade_of(printed)
    if said is not None or paid is not None:
        return said is not None and paid is not None and (said.scale, said.rank) == (paid.scale, paid.rank)
    words = {variant for variant in tier_variants(stated) if not variant.isdigit()}
    return bool(words & set(tier_variants(printed)))
