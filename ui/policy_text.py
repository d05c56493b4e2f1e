"""The canonical policy text as HTML, every provision's span marked so citations can point at it."""

from __future__ import annotations

import html
from dataclasses import dataclass

from kg.query import PolicyRecord


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of text: the first provision's span, and every provision inside it."""

    element_id: str
    start: int
    end: int
    provision_ids: tuple[str, ...]


def anchor(provision_id: str) -> str:
    """An element id made from a provision id (safe in HTML and CSS selectors)."""
    return "span-" + "".join(ch if ch.isalnum() else "-" for ch in provision_id)


def marks(record: PolicyRecord) -> list[Mark]:
    """Non-overlapping marks in text order; a provision whose span lies in (or overlaps) an
    earlier mark belongs to that mark, so each provision is found under exactly one."""
    found: list[Mark] = []
    for provision in sorted(record.provisions, key=lambda p: (p.span[0], -p.span[1])):
        start, end = provision.span
        if found and start < found[-1].end:
            last = found[-1]
            found[-1] = Mark(last.element_id, last.start, last.end, (*last.provision_ids, provision.id))
        else:
            found.append(Mark(anchor(provision.id), start, end, (provision.id,)))
    return found


def mark_of(record: PolicyRecord) -> dict[str, str]:
    """Provision id → the element id that shows it."""
    return {provision_id: mark.element_id for mark in marks(record) for provision_id in mark.provision_ids}


def policy_html(record: PolicyRecord) -> str:
    """The whole text, escaped, with each mark in a ``<mark id=…>``."""
    text = record.text
    parts: list[str] = []
    position = 0
    for mark in marks(record):
        title = html.escape(", ".join(mark.provision_ids), quote=True)
        parts.append(html.escape(text[position:mark.start]))
        parts.append(f'<mark id="{mark.element_id}" title="{title}">{html.escape(text[mark.start:mark.end])}</mark>')
        position = mark.end
    parts.append(html.escape(text[position:]))
    return f'<div id="policy-text" class="policy-text">{"".join(parts)}</div>'


def citation_targets(record: PolicyRecord) -> dict[str, list[tuple[str, str]]]:
    """Citation as printed (三（二）6) → (quote, element id) of each provision in that clause,
    in text order, so a citation followed by a quote can point at the very sentence."""
    where = mark_of(record)
    targets: dict[str, list[tuple[str, str]]] = {}
    for provision in sorted(record.provisions, key=lambda p: p.span):
        targets.setdefault("".join(provision.clause_path), []).append((provision.quote, where[provision.id]))
    return targets
