"""The review table of who a policy's benefits pay: one row per concept, linked or induced.

Staff read it to link an induced concept to the vocabulary — in data (an altLabel in
``ontology/vocabulary.ttl`` that is the whole printed head), never in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ingest.concepts import english_label
from ingest.model import Provision

NOT_FOUND = "not_found"
"""The status of benefits whose payee the reader did not find and no vocabulary concept names."""


@dataclass(frozen=True)
class ConceptRow:
    concept: str
    """The linked vocabulary ids, the induced concept's policy-local id, or ``not_found``."""
    label: str
    label_en: str | None
    status: str
    """``linked``, ``induced`` or ``not_found``."""
    group: str | None
    serves: tuple[str, ...]
    provisions: tuple[str, ...]
    clauses: tuple[str, ...]
    quote: str

    def to_json(self) -> dict[str, Any]:
        return {"concept": self.concept, "label": self.label, "label_en": self.label_en, "status": self.status,
                "group": self.group, "serves": list(self.serves), "provisions": list(self.provisions),
                "clauses": list(self.clauses), "quote": self.quote}


def concept_review(provisions: tuple[Provision, ...]) -> list[ConceptRow]:
    """Rows in the order the concepts first appear: induced first, then not found, then linked."""
    rows: dict[str, dict[str, Any]] = {}
    for provision in provisions:
        if not provision.kind.monetary:
            continue
        payee = provision.beneficiary
        if payee is None and provision.qualifications:
            continue  # named by the vocabulary, with no phrase to review
        key = payee.id if payee else NOT_FOUND
        row = rows.setdefault(key, {
            "concept": key, "label": payee.label if payee else "",
            "label_en": (payee.label_en or (english_label(payee.label) if payee.induced else None)) if payee else None,
            "status": ("induced" if payee.induced else "linked") if payee else NOT_FOUND,
            "group": payee.group if payee else None, "serves": [], "provisions": [], "clauses": [],
            "quote": provision.quote})
        row["provisions"].append(provision.id)
        row["clauses"].append("".join(provision.clause_path))
        row["serves"] += list(payee.serves if payee else ())
    order = {"induced": 0, NOT_FOUND: 1, "linked": 2}
    built = [ConceptRow(r["concept"], r["label"], r["label_en"], r["status"], r["group"],
                        tuple(dict.fromkeys(r["serves"])), tuple(r["provisions"]),
                        tuple(dict.fromkeys(r["clauses"])), r["quote"]) for r in rows.values()]
    return sorted(built, key=lambda row: order[row.status])
