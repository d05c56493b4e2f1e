"""An amount printed as a decrease (2026年起补贴标准每年下降X元/千瓦, 逐年降低X元/千瓦时): how much an award falls,
not an award. Each such draft is dropped, whatever its size (a whole-yuan X元/千瓦 as well as a sub-yuan X元/瓦).
See docs/provision-model.md (amounts per unit)."""

from __future__ import annotations

from ingest import patterns as P
from ingest.draft import Draft

_PRINTED = ("unit", "amount")


def is_a_decrease(draft: Draft) -> bool:
    """Whether every place the draft's printed amount stands in its sentence follows decrease words
    (``patterns.DECREASE_BEFORE``)."""
    printed = next((draft.written[key] for key in _PRINTED if draft.written.get(key)), "")
    text = draft.sentence.text
    places = [at for at in range(len(text)) if printed and text.startswith(printed, at)]
    return bool(places) and all(P.DECREASE_BEFORE.search(text[max(0, at - 12):at]) for at in places)


def without_decreases(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less the amounts that are a decrease of another."""
    return [draft for draft in drafts if not (draft.kind.monetary and is_a_decrease(draft))]
