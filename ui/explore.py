"""The explorer tab's work: the policy network as a plotly figure, one provision with its
cross-references, a read-only SPARQL console with limits, and graph downloads."""

from __future__ import annotations

import html
import math
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from assistant.format import markdown_text
from assistant.kind_words import kind_label, subtype_label
from ingest.concepts import load_vocabulary
from ingest.model import Provision, ProvisionKind
from kg.export import ExportFormat, serialize
from kg.network import SHARED_KINDS, Node, cross_references
from kg.query import PolicyRecord, QueryError
from kg.time_limit import run_sparql_limited
from ui.labels import ALL_CONCEPTS, NODE_KINDS, in_mode, label, legend_name

ROW_LIMIT, TIME_LIMIT_S = 200, 5.0
NO_RESULTS = "没有结果 No results"
"""What an empty answer says (instead of an empty table)."""
EXAMPLE_QUERIES = {
    "孵化器各级补助 Incubator tiers": """SELECT ?clause ?tier ?yuan WHERE {
  ?p pkg:qualification pkv:incubator ; pkg:clause/pkg:clausePath ?clause ;
     pkg:tier ?tier ; pkg:cap/schema:value ?yuan .
} ORDER BY DESC(?yuan)""",
    "最大金额 Largest amounts": """SELECT ?kind ?yuan ?written ?quote WHERE {
  ?p pkg:kind ?kind ; (pkg:amount|pkg:cap|pkg:unitAmount) ?money ;
     pkg:selector/oa:hasSelector/oa:exact ?quote .
  ?money schema:value ?yuan ; pkg:writtenAs ?written .
} ORDER BY DESC(?yuan) LIMIT 5""",
    "资质出现次数 Qualifications by provisions": """SELECT ?label (COUNT(?p) AS ?provisions) WHERE {
  ?p pkg:qualification ?q .
  ?q skos:prefLabel ?label . FILTER (lang(?label) = "en")
} GROUP BY ?label ORDER BY DESC(?provisions)""",
    "条件与义务 Conditions and what they govern": """SELECT ?subtype ?governed WHERE {
  ?c pkg:kind ?kind ; pkg:subtype ?subtype ; pkg:governs ?b .
  FILTER (?kind IN ("condition", "obligation"))
  ?b pkg:provisionId ?governed .
}""",
}
COLOURS = {"provision": "#e67e22", "qualification": "#2980b9", "level": "#27ae60", "base_quantity": "#8e44ad",
           "clause": "#7f8c8d"}
SYMBOLS = {"provision": "circle", "qualification": "diamond", "level": "square", "base_quantity": "triangle-up"}
"""Each kind also has its own shape, so the legend reads in black and white."""


def concept_choices(network: nx.MultiDiGraph, mode: str = "both") -> list[tuple[str, str]]:
    """(label, "type:id") for every qualification, level and base quantity, to filter by
    (labelled in the interface language ``mode``: both, zh or en), after "all" (the empty value)."""
    vocabulary = load_vocabulary()
    nodes = [node for node in network.nodes if node[0] in SHARED_KINDS]

    def shown(kind: str, name: str) -> str:
        concept = vocabulary.concepts.get(name)
        words = in_mode(concept.label_zh, concept.label_en, mode) if concept else name
        return f"{in_mode(*NODE_KINDS.get(kind, (kind, kind)), mode)} · {words}"

    return [(in_mode(*ALL_CONCEPTS, mode), ""), *sorted((shown(kind, name), f"{kind}:{name}") for kind, name in nodes)]


def example_choices(mode: str = "both") -> list[tuple[str, str]]:
    """The SPARQL examples to pick, named in the interface language (their keys say both)."""
    named = [(name, *name.split(" ", 1)) for name in EXAMPLE_QUERIES]
    return [(in_mode(zh, en, mode), name) for name, zh, en in named]


def cut(text: str, length: int) -> str:
    """``text`` up to ``length`` characters, with "…" where it was cut."""
    return text if len(text) <= length else text[:length].rstrip() + "…"


def provision_name(provision: Provision, mode: str = "both") -> str:
    """A provision in words: what it pays and its clause (按比例补助，设上限 — 〔三（二）7〕)."""
    what = in_mode(_kind_words(provision, "zh"), _kind_words(provision, "en"), mode)
    return f"{what} — 〔{''.join(provision.clause_path)}〕"


def _kind_words(provision: Provision, lang: str) -> str:
    if provision.kind in (ProvisionKind.CONDITION, ProvisionKind.OBLIGATION) and provision.subtype:
        return subtype_label(provision.subtype, lang)
    return kind_label(provision.kind.value, lang)


def provision_choices(record: PolicyRecord, mode: str = "both") -> list[tuple[str, str]]:
    """(words, provision id) for the chooser: clause, tier and figures, the quote's start (each
    shown once: a repeated name gets a number)."""
    seen: dict[str, int] = {}
    choices = []
    for p in record.provisions:
        name = f"〔{''.join(p.clause_path)}〕 {_figures(p, mode)} · {cut(p.quote, 24)}"
        seen[name] = seen.get(name, 0) + 1
        choices.append((name if seen[name] == 1 else f"{name} ({seen[name]})", p.id))
    return choices


def _focus(network: nx.MultiDiGraph, concept: str | None) -> nx.MultiDiGraph:
    """Provisions and the concepts they name; with a concept, only the provisions naming it."""
    keep = {node for node in network.nodes if node[0] != "clause"}
    if concept:
        kind, _, name = concept.partition(":")
        target: Node = (kind, name)
        if target not in network:
            raise KeyError(f"no concept {concept!r} in this policy")
        provisions = {source for source, _ in network.in_edges(target) if source[0] == "provision"}
        keep = provisions | {concept_node for p in provisions for _, concept_node in network.out_edges(p)
                             if concept_node[0] != "clause"}
    return network.subgraph(keep).copy()


LABELLED_PROVISIONS = 30
"""Provisions are labelled on the graph (by clause) when at most this many are shown; concepts always."""


def node_words(network: nx.MultiDiGraph, node: Node, mode: str = "both") -> str:
    """A node in words: a concept by its label, a provision by its clause and what it pays."""
    kind, name = node
    if kind == "provision":
        data = network.nodes[node]
        words = in_mode(kind_label(data.get("kind", ""), "zh"), kind_label(data.get("kind", ""), "en"), mode)
        tier = data.get("label") if data.get("label") != data.get("kind") else None
        return f"〔{data.get('clause_path', '')}〕 {tier + ' · ' if tier else ''}{words}"
    concept = load_vocabulary().concepts.get(name)
    return in_mode(concept.label_zh, concept.label_en, mode) if concept else str(network.nodes[node].get("label", ""))


def network_figure(network: nx.MultiDiGraph, concept: str | None = None, mode: str = "both") -> Any:
    """A plotly figure of the (filtered) network, node kinds in the legend, concepts labelled on
    the graph (and provisions, by clause, when few are shown); hover a node for its words; each
    point's ``customdata`` is its node key ``type:id`` (what a click on it selects)."""
    import plotly.graph_objects as go

    shown = _focus(network, concept)
    positions = nx.spring_layout(nx.Graph(shown), seed=7, k=2.2 / math.sqrt(max(len(shown), 1)))
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    for source, target in nx.Graph(shown).edges:
        edge_x += [positions[source][0], positions[target][0], None]
        edge_y += [positions[source][1], positions[target][1], None]
    figure = go.Figure([go.Scatter(x=edge_x, y=edge_y, mode="lines", line={"width": 0.6, "color": "#bbb"},
                                   hoverinfo="skip", showlegend=False)])
    few = sum(1 for node in shown.nodes if node[0] == "provision") <= LABELLED_PROVISIONS
    for kind, colour in COLOURS.items():
        nodes = [node for node in shown.nodes if node[0] == kind]
        if not nodes:
            continue
        kind_name = legend_name(kind, mode)
        hover = [html.escape(f"{kind_name}: {node_words(shown, n, mode)}") for n in nodes]
        drawn = kind != "provision" or few
        text = [html.escape(_short(shown, n, mode)) for n in nodes] if drawn else None
        figure.add_trace(go.Scatter(x=[positions[n][0] for n in nodes], y=[positions[n][1] for n in nodes],
                                    mode="markers+text" if drawn else "markers", name=kind_name, text=text,
                                    hovertext=hover, hoverinfo="text", textposition="top center",
                                    textfont={"size": 10 if kind == "provision" else 11, "color": "#333"},
                                    customdata=[f"{n[0]}:{n[1]}" for n in nodes],
                                    marker={"size": 9 if kind == "provision" else 14, "color": colour,
                                            "symbol": SYMBOLS.get(kind, "circle")}))
    xs, ys = [x for x, _ in positions.values()] or [0.0], [y for _, y in positions.values()] or [0.0]
    pad_x, pad_y = (max(xs) - min(xs)) * 0.12 + 0.1, (max(ys) - min(ys)) * 0.06 + 0.1  # room for the words
    figure.update_layout(height=640, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                         xaxis={"visible": False, "range": [min(xs) - pad_x, max(xs) + pad_x]},
                         yaxis={"visible": False, "range": [min(ys) - pad_y, max(ys) + pad_y]},
                         legend={"orientation": "h", "y": -0.01, "yanchor": "top", "x": 0,
                                 "title": {"text": label("legend", mode)}})
    return figure


def _short(network: nx.MultiDiGraph, node: Node, mode: str) -> str:
    """The words drawn beside a node: a concept's label (Chinese unless English only), a
    provision's clause."""
    if node[0] == "provision":
        return f"〔{network.nodes[node].get('clause_path', '')}〕"
    return node_words(network, node, "en" if mode == "en" else "zh")


def provision_markdown(record: PolicyRecord, network: nx.MultiDiGraph, provision_id: str, mode: str = "both") -> str:
    """One provision: its clause, quote and figures, and the provisions it shares concepts with
    (headings in the interface language ``mode``)."""
    by_id = {p.id: p for p in record.provisions}
    if provision_id not in by_id:
        raise KeyError(f"no provision {provision_id!r} in {record.id}")
    provision = by_id[provision_id]
    figures = " ".join(filter(None, [provision.tier, *(written for _, written in provision.written)]))
    lines = [f"**{html.escape(provision_name(provision, mode))}**" + (f" · {html.escape(figures)}" if figures else ""),
             f"> {html.escape(provision.quote)}"]
    references = cross_references(network, provision_id)
    if references:
        lines.append(f"\n**{label('cross_references', mode)}**")
        for reference in references:
            other = by_id[reference.other_id]
            via = html.escape(_via(network, reference.via, by_id, mode)) + (": " if mode == "en" else "：")
            lines.append(f"- {via}〔{''.join(other.clause_path)}〕 **{html.escape(_figures(other, mode))}** — "
                         f"{html.escape(cut(other.quote, 60))}")
    return "\n".join(lines)


def _via(network: nx.MultiDiGraph, via: Node, by_id: dict[str, Provision], mode: str) -> str:
    """What two provisions share, in words: 同以「研发经费增量」为基数 / same base: R&D expenditure increment."""
    kind, name = via
    if kind == "provision":
        governing = by_id.get(name)
        zh = f"受此约束（{_kind_words(governing, 'zh') if governing else '条件'}）"
        en = f"governed by: {_kind_words(governing, 'en') if governing else 'a condition'}"
    else:
        zh_words, en_words = node_words(network, via, "zh"), node_words(network, via, "en")
        zh = {"qualification": f"同样面向「{zh_words}」", "level": f"同为{zh_words}",
              "base_quantity": f"同以「{zh_words}」为基数"}.get(kind, zh_words)
        en = {"qualification": f"also for: {en_words}", "level": f"same level: {en_words}",
              "base_quantity": f"same base: {en_words}"}.get(kind, en_words)
    return in_mode(zh, en, mode) if mode != "both" else f"{zh} / {en}"


def _figures(provision: Provision, mode: str = "both") -> str:
    """A provision's tier and its amounts as printed (国家级 100万元), to tell tiers of one sentence
    apart; with none, what kind of provision it is, in words."""
    return " ".join(filter(None, [provision.tier, *(written for _, written in provision.written)])) or \
        in_mode(_kind_words(provision, "zh"), _kind_words(provision, "en"), mode)


def node_markdown(record: PolicyRecord, network: nx.MultiDiGraph, node_key: str, mode: str = "both") -> str:
    """A clicked node (``type:id``): a provision with its quote and cross-references, or a
    concept with every provision that names it."""
    kind, _, name = node_key.strip().partition(":")
    if kind == "provision":
        return provision_markdown(record, network, name, mode)
    node: Node = (kind, name)
    if kind not in SHARED_KINDS or node not in network:
        raise KeyError(f"no node {node_key.strip()!r} in {record.id}")
    by_id = {p.id: p for p in record.provisions}
    naming = sorted((by_id[source[1]] for source, _ in network.in_edges(node) if source[0] == "provision"),
                    key=lambda p: p.span)
    concept = load_vocabulary().concepts.get(name)
    title = in_mode(concept.label_zh, concept.label_en, mode) if concept else name
    kind_words = in_mode(*NODE_KINDS.get(kind, (kind, kind)), mode)
    lines = [f"**{html.escape(kind_words)} · {html.escape(title)}** — "
             f"{len(naming)} {label('provisions_count', mode)}"]
    for provision in naming:
        lines.append(f"- {html.escape(provision_name(provision, mode))} "
                     f"**{html.escape(_figures(provision, mode))}** — {html.escape(cut(provision.quote, 60))}")
    return "\n".join(lines)


def sparql_table(graph: Graph, query: str) -> tuple[list[str], list[list[str]], str]:
    """Columns, rows and a status line; errors and limits are said in the status line."""
    try:
        result = run_sparql_limited(graph, query, row_limit=ROW_LIMIT, seconds=TIME_LIMIT_S)
    except QueryError as error:
        return ["error"], [], f"**{markdown_text(str(error))}**"
    if result.form == "ask":
        return ["answer"], [[str(result.answer).lower()]], "ASK"
    if result.graph is not None:
        triples = [[str(s), str(p), str(o)] for s, p, o in list(result.graph)[:ROW_LIMIT]]
        cut = f" (first {ROW_LIMIT} shown; more were cut)" if len(result.graph) > ROW_LIMIT else ""
        return ["subject", "predicate", "object"], triples, f"{len(result.graph)} triples{cut}"
    if not result.rows:
        return list(result.variables), [], f"{NO_RESULTS} · limit {ROW_LIMIT} rows, {TIME_LIMIT_S:g} s"
    note = f" (first {ROW_LIMIT} rows; more were cut)" if result.truncated else ""
    return list(result.variables), [[value or "" for value in row] for row in result.rows], \
        f"{len(result.rows)} rows{note} · limit {ROW_LIMIT} rows, {TIME_LIMIT_S:g} s"


def export_file(graph: Graph, form: ExportFormat, folder: Path, stem: str) -> Path:
    """The policy graph written to ``folder/stem.<ext>``, atomically."""
    from kg.store import write_atomically

    suffix = {ExportFormat.TURTLE: "ttl", ExportFormat.JSONLD: "jsonld"}.get(form, form.value)
    path = folder / f"{stem}.{suffix}"
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(path, serialize(graph, form).encode("utf-8"))
    return path
