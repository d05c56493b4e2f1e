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
from ingest.concepts import load_vocabulary
from ingest.model import Provision
from kg.export import ExportFormat, serialize
from kg.network import SHARED_KINDS, Node, cross_references
from kg.query import PolicyRecord, QueryError
from kg.time_limit import run_sparql_limited
from ui.labels import ALL_CONCEPTS, NODE_KINDS, in_mode, label

ROW_LIMIT, TIME_LIMIT_S = 200, 5.0
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


def provision_choices(record: PolicyRecord) -> list[tuple[str, str]]:
    return [(f"〔{''.join(p.clause_path)}〕 {p.tier or p.kind.value} · {p.quote[:24]}… · {p.id}", p.id)
            for p in record.provisions]


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


def network_figure(network: nx.MultiDiGraph, concept: str | None = None) -> Any:
    """A plotly figure of the (filtered) network: hover a node for its label and clause; each
    point's ``customdata`` is its node key ``type:id`` (what a click on it selects)."""
    import plotly.graph_objects as go

    shown = _focus(network, concept)
    positions = nx.spring_layout(nx.Graph(shown), seed=7, k=1.5 / math.sqrt(max(len(shown), 1)))
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    for source, target in nx.Graph(shown).edges:
        edge_x += [positions[source][0], positions[target][0], None]
        edge_y += [positions[source][1], positions[target][1], None]
    figure = go.Figure([go.Scatter(x=edge_x, y=edge_y, mode="lines", line={"width": 0.6, "color": "#bbb"},
                                   hoverinfo="skip", showlegend=False)])
    for kind, colour in COLOURS.items():
        nodes = [node for node in shown.nodes if node[0] == kind]
        if not nodes:
            continue
        labels = [html.escape(f"{kind}: {shown.nodes[n].get('clause_path', '')} {shown.nodes[n]['label']}")
                  for n in nodes]
        figure.add_trace(go.Scatter(x=[positions[n][0] for n in nodes], y=[positions[n][1] for n in nodes],
                                    mode="markers", name=kind, text=labels, hoverinfo="text",
                                    customdata=[f"{n[0]}:{n[1]}" for n in nodes],
                                    marker={"size": 9 if kind == "provision" else 14, "color": colour}))
    figure.update_layout(height=560, margin={"l": 10, "r": 10, "t": 10, "b": 10}, xaxis={"visible": False},
                         yaxis={"visible": False}, legend={"orientation": "h"})
    return figure


def provision_markdown(record: PolicyRecord, network: nx.MultiDiGraph, provision_id: str, mode: str = "both") -> str:
    """One provision: its clause, quote and figures, and the provisions it shares concepts with
    (headings in the interface language ``mode``)."""
    by_id = {p.id: p for p in record.provisions}
    if provision_id not in by_id:
        raise KeyError(f"no provision {provision_id!r} in {record.id}")
    provision = by_id[provision_id]
    lines = [f"**〔{''.join(provision.clause_path)}〕 {html.escape(provision.kind.value)}** "
             f"`{html.escape(provision.id)}` — span {provision.span[0]}–{provision.span[1]}",
             f"> {html.escape(provision.quote)}"]
    references = cross_references(network, provision_id)
    if references:
        lines.append(f"\n**{label('cross_references', mode)}**")
        for reference in references:
            other = by_id[reference.other_id]
            via = f"{reference.via[0]} `{html.escape(reference.via[1])}`"
            lines.append(f"- via {via}: 〔{''.join(other.clause_path)}〕 **{html.escape(_figures(other))}** — "
                         f"{html.escape(other.quote[:60])}")
    return "\n".join(lines)


def _figures(provision: Provision) -> str:
    """A provision's tier and its amounts as printed (国家级 100万元), to tell tiers of one sentence apart."""
    return " ".join(filter(None, [provision.tier, *(written for _, written in provision.written)])) or \
        provision.kind.value


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
    lines = [f"**{html.escape(kind_words)} · {html.escape(title)}** `{html.escape(name)}` — "
             f"{len(naming)} {label('provisions_count', mode)}"]
    for provision in naming:
        lines.append(f"- 〔{''.join(provision.clause_path)}〕 {html.escape(provision.kind.value)} "
                     f"**{html.escape(_figures(provision))}** — {html.escape(provision.quote[:60])}…")
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
