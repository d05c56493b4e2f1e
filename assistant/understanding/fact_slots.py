"""Where a concept of each vocabulary group goes in a company's profile, read from the vocabulary.

A group concept says it (``pkg:profileField``, ``pkg:profileKey``, ``pkg:factPrefix``,
``pkg:statedAsHeld`` at the end of ``ontology/vocabulary.ttl``), so adding a group — a new kind of
recognition — needs no Python: its members reach the profile through the slot its group names.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.concepts import load_vocabulary


@dataclass(frozen=True)
class FactSlot:
    """Where facts about a group's members go: the fact key's prefix, the profile's list, and the
    list item's field that names the member (``qualification``, ``qualifications``, ``id``)."""

    prefix: str
    field: str
    key: str


def fact_slot(group: str | None) -> FactSlot | None:
    """The slot of ``group``'s members; None for a group whose members are read only with their counts
    or amounts (patents), and for no group."""
    found = load_vocabulary().concepts.get(group or "")
    if found is None or not (found.fact_prefix and found.profile_field and found.profile_key):
        return None
    return FactSlot(found.fact_prefix, found.profile_field, found.profile_key)


def slot_of(concept_id: str) -> FactSlot | None:
    """The slot of a concept's group."""
    concept = load_vocabulary().concepts.get(concept_id)
    return fact_slot(concept.group) if concept is not None else None


def stated_as_held(group: str | None) -> bool:
    """Whether a clause naming a member of ``group`` states that the company holds it (我们是高企)."""
    found = load_vocabulary().concepts.get(group or "")
    return bool(found and found.stated_as_held)


def profile_groups() -> dict[tuple[str, str], tuple[str, ...]]:
    """Which vocabulary groups each concept field of the profile takes: (list, item field) → groups."""
    groups: dict[tuple[str, str], list[str]] = {}
    for concept in load_vocabulary().concepts.values():
        if concept.profile_field and concept.profile_key:
            groups.setdefault((concept.profile_field, concept.profile_key), []).append(concept.id)
    return {slot: tuple(names) for slot, names in groups.items()}
