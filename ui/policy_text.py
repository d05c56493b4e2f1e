"""The canonical policy text as HTML, every provision's span marked so citations can point at it."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ingest.model import Provision
from kg.query import ClauseRecord, PolicyRecord
from ui.clause_words import clause_description, none_in_graph
from ui.labels import in_mode


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


def clause_anchor(clause_id: str) -> str:
    """The element id at the start of a clause (the table of contents and the search link to it)."""
    return "clause-" + "".join(ch if ch.isalnum() else "-" for ch in clause_id)


def _mark_title(record: PolicyRecord, mark: Mark) -> str:
    """A mark's tooltip: its provisions in words (按比例补助，设上限 — 〔三（二）7〕), never their ids."""
    from ui.explore import provision_name

    return "；".join(dict.fromkeys(provision_name(record.provision(i), "zh") for i in mark.provision_ids))


def highlighted(text: str, found: re.Pattern[str] | None) -> str:
    """``text`` escaped, each stretch ``found`` matches in a ``<mark class="found">``."""
    if found is None:
        return html.escape(text)
    parts, position = [], 0
    for match in found.finditer(text):
        if match.end() == match.start():
            continue
        parts += [html.escape(text[position:match.start()]),
                  f'<mark class="found">{html.escape(match[0])}</mark>']
        position = match.end()
    return "".join(parts) + html.escape(text[position:])


def _render(record: PolicyRecord, start: int, end: int, found: re.Pattern[str] | None) -> str:
    """``text[start:end]`` with the provisions' marks and an anchor at each clause's start."""
    text = record.text
    anchors: dict[int, list[str]] = {}
    spans = marks(record)
    for clause in record.clauses:
        at = next((m.start for m in spans if m.start < clause.start < m.end), clause.start)  # never inside a mark
        if start <= at < end or (at == end == len(text)):
            anchors.setdefault(at, []).append(clause_anchor(clause.id))
    events = sorted({start, end, *anchors, *(m.start for m in spans if start <= m.start < end)})
    parts: list[str] = []
    by_start = {m.start: m for m in spans}
    position = start
    for point in events:
        if point < position or point > end:
            continue
        parts.append(highlighted(text[position:point], found))
        position = point
        parts += [f'<span id="{element}" class="clause-anchor"></span>' for element in anchors.get(point, [])]
        mark = by_start.get(point)
        if mark is not None and point < end:
            stop = min(mark.end, end)
            title = html.escape(_mark_title(record, mark), quote=True)
            parts.append(f'<mark id="{mark.element_id}" title="{title}">{highlighted(text[point:stop], found)}</mark>')
            position = stop
    parts.append(highlighted(text[position:end], found))
    return "".join(parts)


def leaf_clauses(record: PolicyRecord) -> list[ClauseRecord]:
    """The clauses with no sub-clauses, in text order (each piece of text is in at most one)."""
    parents = {clause.parent_id for clause in record.clauses if clause.parent_id}
    return sorted((c for c in record.clauses if c.id not in parents and c.end > c.start), key=lambda c: c.start)


def provision_descriptions(record: PolicyRecord) -> dict[str, str | None]:
    """Clause id → its English description from the graph (None where the graph has none)."""
    by_clause: dict[str, list[Provision]] = {}
    for provision in record.provisions:
        by_clause.setdefault(provision.clause_id, []).append(provision)
    return {clause.id: clause_description(by_clause.get(clause.id, [])) for clause in record.clauses}


def policy_html(record: PolicyRecord, mode: str = "zh", found: re.Pattern[str] | None = None) -> str:
    """The whole text, escaped, each provision's span in a ``<mark id=…>`` (its tooltip says it in
    words), an anchor at each clause; with English shown (``mode`` en or both), each clause's
    English description beside it; ``found`` stretches highlighted."""
    if mode == "zh":
        return f'<div id="policy-text" class="policy-text">{_render(record, 0, len(record.text), found)}</div>'
    described = provision_descriptions(record)
    rows, position = [], 0
    for leaf in [*leaf_clauses(record), None]:
        stop = leaf.start if leaf is not None else len(record.text)
        between = record.text[position:stop]
        if stop > position and not between.strip() and not any(position <= c.start < stop for c in record.clauses):
            position = stop  # only blank lines between two clauses: the rows are apart already
        if stop > position:  # headings and the text between clauses, without their blank lines
            between = record.text[position:stop]
            first = position + len(between) - len(between.lstrip())
            last = stop - (len(between) - len(between.rstrip()))
            if any(position <= c.start < first or last <= c.start < stop for c in record.clauses):
                first, last = position, stop  # an anchor sits in the blank: keep it all
            rows.append(f'<div class="clause-row"><div class="clause-zh">{_render(record, first, last, found)}'
                        '</div><div class="clause-en"></div></div>')
            position = stop
        if leaf is None or leaf.start < position:
            continue
        said = described.get(leaf.id)
        english = html.escape(said) if said else f'<span class="no-english">{html.escape(none_in_graph("en"))}</span>'
        rows.append(f'<div class="clause-row"><div class="clause-zh">{_render(record, leaf.start, leaf.end, found)}'
                    f'</div><div class="clause-en" lang="en">{english}</div></div>')
        position = leaf.end
    return f'<div id="policy-text" class="policy-text policy-text-en">{"".join(rows)}</div>'


def contents_html(record: PolicyRecord, mode: str = "both") -> str:
    """The table of contents: each clause with a heading (or its first words) linking to its anchor."""
    items = []
    for clause in record.clauses:
        if clause.kind not in ("section", "subsection", "item"):
            continue
        words = clause.heading or record.text[clause.start:clause.end].split("\n", 1)[0]
        depth = len(clause.path) - 1
        items.append(f'<li class="toc-{depth}"><a href="#{clause_anchor(clause.id)}">'
                     f'〔{html.escape("".join(clause.path))}〕 {html.escape(_cut(words, 30))}</a></li>')
    title = html.escape(in_mode("目录", "Contents", mode))
    return f'<nav id="policy-contents" class="policy-contents"><b>{title}</b><ul>{"".join(items)}</ul></nav>'


def _cut(text: str, length: int) -> str:
    text = text.strip()
    return text if len(text) <= length else text[:length] + "…"


def citation_targets(record: PolicyRecord) -> dict[str, list[tuple[str, str]]]:
    """Citation as printed (三（二）6) → (quote, element id) of each provision in that clause,
    in text order, so a citation followed by a quote can point at the very sentence."""
    where = mark_of(record)
    targets: dict[str, list[tuple[str, str]]] = {}
    for provision in sorted(record.provisions, key=lambda p: p.span):
        targets.setdefault("".join(provision.clause_path), []).append((provision.quote, where[provision.id]))
    return targets


POLICY_TEXT_STYLE = """<style>
.policy-text mark.found { background: #9be7ff; outline: 1px solid #0277bd; }
.policy-text-en .clause-row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.2em;
  border-bottom: 1px solid #eee; padding: 0.3em 0; }
.policy-text-en .clause-en { white-space: normal; color: #234; font-size: 0.92em; }
.policy-text-en .no-english { color: #888; font-style: italic; }
.policy-contents ul, .policy-found ul { list-style: none !important; padding-left: 0 !important; margin: 0.3em 0; }
.policy-contents li, .policy-found li { list-style: none !important; }
.policy-contents li.toc-1 { padding-left: 0.8em; } .policy-contents li.toc-2 { padding-left: 1.6em; font-size: 0.92em; }
.policy-contents { max-height: 60vh; overflow-y: auto; }
.policy-found mark.found { background: #9be7ff; }
</style>"""
"""The policy text tab's own style (sent with its HTML: a side column for the English, the found words)."""
