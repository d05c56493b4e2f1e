"""An English description of each clause, generated from the graph (vocabulary labels,
levels, kinds and amounts): what English queries are matched against with BM25."""

from __future__ import annotations

from collections import defaultdict

from assistant.retrieval.corpus import Corpus
from ingest.concepts import SCHEMES, load_vocabulary
from ingest.model import Provision, ProvisionKind

_KIND = {
    ProvisionKind.FIXED: "one-off fixed subsidy award grant",
    ProvisionKind.UP_TO: "subsidy award of up to a maximum ceiling",
    ProvisionKind.RATE_WITH_CAP: "percentage subsidy share capped at a maximum",
    ProvisionKind.PER_UNIT: "subsidy per unit each",
    ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP: "subsidy per item each with a cumulative total cap",
    ProvisionKind.ANNUAL: "annual subsidy every year",
    ProvisionKind.ANNUAL_UP_TO: "annual yearly funding every year up to a maximum",
    ProvisionKind.CASE_BY_CASE: "case-by-case negotiated special support reward",
    ProvisionKind.OBLIGATION: "obligation commitment requirement",
    ProvisionKind.CONDITION: "condition rule requirement",
    ProvisionKind.VALIDITY: "validity period effective date in force expiry expire until",
    ProvisionKind.TARGET: "development target goal by",
}
_SUBTYPE = {
    "stay_or_refund": "must stay operate remain in the zone years relocate move away leave refund repay return "
                      "subsidies tax registration",
    "expert_review": "expert review panel committee evaluation before payment",
    "implementation_rules": "implementation rules application guidelines published separately",
    "funding_share_cap": "total government funding at all levels not exceeding share of total investment",
    "no_double_funding": "no double funding same item",
}


def _yuan(value: int) -> str:
    if value >= 100_000_000 and value % 10_000_000 == 0:
        return f"{value / 100_000_000:g} hundred million yuan ({value:,} CNY)"
    if value >= 1_000_000:
        return f"{value / 1_000_000:g} million yuan ({value:,} CNY)"
    return f"{value:,} yuan CNY"


def describe_provision(provision: Provision) -> str:
    vocabulary = load_vocabulary()
    parts = [_KIND[provision.kind]]
    if provision.level:
        parts.append(f"{provision.level} level")
    for concept in provision.qualifications:
        if concept in vocabulary:
            parts.append(vocabulary[concept].label_en)
    if provision.base_quantity and provision.base_quantity in vocabulary:
        parts.append(f"of {vocabulary[provision.base_quantity].label_en}")
    if provision.rate is not None:
        parts.append(f"{provision.rate * 100:g} percent")
    for label, value in (("amount", provision.amount_cny), ("up to", provision.cap_cny),
                         ("per unit", provision.unit_amount_cny), ("cumulative cap", provision.cumulative_cap_cny)):
        if value is not None:
            parts.append(f"{label} {_yuan(value)}")
    if provision.years:
        parts.append(f"for {provision.years} years")
    if provision.subtype in _SUBTYPE:
        parts.append(_SUBTYPE[provision.subtype])
    if provision.valid_from and provision.valid_until:
        parts.append(f"from {provision.valid_from:%B %Y} until {provision.valid_until:%d %B %Y}")
    if provision.round == "first":
        parts.append("first-time recognition")
    elif provision.round == "renewal":
        parts.append("renewed re-certification")
    return ", ".join(parts)


def describe_clauses(corpus: Corpus) -> list[str]:
    """One English text per clause document of ``corpus``."""
    vocabulary = load_vocabulary()
    by_clause: dict[str, list[Provision]] = defaultdict(list)
    for provision in corpus.record.provisions:
        by_clause[provision.clause_id].append(provision)
    texts = []
    for doc in corpus.clauses:
        labels: list[str] = []
        for scheme in SCHEMES:
            for hit in vocabulary.find(doc.text, scheme):
                concept = hit.concept
                labels.append(concept.label_en)
                labels.extend(label for label in concept.labels if label.isascii() and label != concept.label_en)
        sentences = [describe_provision(p) for p in by_clause.get(doc.clause.id, [])]
        texts.append(". ".join([*sentences, " ".join(dict.fromkeys(labels))]))
    return texts
