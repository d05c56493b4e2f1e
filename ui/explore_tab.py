"""The explore tab, for policy staff: the network (filter, click a node), a provision and its
cross-references, the read-only SPARQL console, downloads, and another policy in a scratch graph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph

from assistant.format import markdown_text
from kg.export import ExportFormat
from kg.network import policy_network
from ui import explore, handlers
from ui.labels import label
from ui.page_context import Labelled, PageContext
from ui.scratch import SUFFIXES, UploadError, ingest_upload, scratch_table


def build_explore_tab(page: PageContext, policy_graph: Graph, dataset: Dataset, tab: Any) -> Labelled:
    """The tab's components, wired; ``dataset`` (the graph with the vocabulary) answers SPARQL
    and ``policy_graph`` is what the downloads hold. Nothing heavy is done while the page is
    built: the network is drawn and the downloads written when ``tab`` is first opened."""
    import gradio as gr

    record = page.assistant.rules.record
    network = policy_network(record)
    exports: dict[ExportFormat, str] = {}

    def export(form: ExportFormat) -> str:
        if form not in exports:  # written once, when first wanted
            exports[form] = str(explore.export_file(policy_graph, form, page.downloads, record.id))
        return exports[form]

    def show_network(concept: str | None, mode: str = "both") -> Any:
        return explore.network_figure(network, concept or None, mode)

    def show_provision(provision_id: str | None, mode: str) -> str:
        if not provision_id:
            return ""
        return handlers.link_citations(explore.provision_markdown(record, network, provision_id, mode),
                                       page.citations)

    def show_node(node_key: str | None, mode: str) -> str:
        if not node_key or not node_key.strip():
            return ""
        try:
            return handlers.link_citations(explore.node_markdown(record, network, node_key, mode), page.citations)
        except KeyError as error:
            return f"*{markdown_text(str(error.args[0]))}*"

    def run_query(query: str) -> tuple[Any, str]:
        columns, rows, status_line = explore.sparql_table(dataset, query)
        if not rows:  # a sentence says so; no table of empty headers
            return gr.Dataframe(value=None, headers=columns, visible=False), status_line
        return gr.Dataframe(value=rows, headers=columns, visible=True), status_line

    def ingest_scratch(path: str | None, mode: str) -> tuple[str, Any, Any]:
        headers, _ = scratch_table([], mode)
        if not path:
            return "", gr.Dataframe(value=None, headers=headers), gr.DownloadButton(interactive=False)
        try:
            scratch = ingest_upload(Path(path), page.downloads / "scratch")
        except UploadError as error:
            return (f"**{markdown_text(str(error))}**", gr.Dataframe(value=None, headers=headers),
                    gr.DownloadButton(interactive=False))
        headers, rows = scratch.table(mode)
        return (scratch.summary, gr.Dataframe(value=rows, headers=headers),
                gr.DownloadButton(value=str(scratch.turtle), interactive=True))

    with gr.Row():
        with gr.Column(scale=3):
            concept = gr.Dropdown(explore.concept_choices(network), value="", label=label("filter"),
                                  elem_id="explore-filter")
            plot = gr.Plot(elem_id="explore-plot")
        with gr.Column(scale=2):
            node = gr.Textbox(label=label("node"), elem_id="explore-node", max_lines=1,
                              placeholder="provision:… / qualification:…")
            provision = gr.Dropdown(explore.provision_choices(record), value=None, label=label("provision"),
                                    elem_id="explore-provision")
            details = gr.Markdown(elem_id="explore-details")
            with gr.Row():
                turtle = gr.DownloadButton("Turtle", elem_id="download-turtle", interactive=False)
                jsonld = gr.DownloadButton("JSON-LD", elem_id="download-jsonld", interactive=False)

    def open_tab(chosen: str | None, mode: str) -> tuple[Any, Any, Any]:
        return (show_network(chosen, mode), gr.DownloadButton(value=export(ExportFormat.TURTLE), interactive=True),
                gr.DownloadButton(value=export(ExportFormat.JSONLD), interactive=True))

    def filter_by(chosen: str | None, mode: str) -> tuple[Any, str]:
        """The network around the chosen concept, and beside it every provision that names it."""
        return show_network(chosen, mode), show_node(chosen, mode)

    tab.select(open_tab, [concept, page.language], [plot, turtle, jsonld], api_visibility="private")
    concept.change(filter_by, [concept, page.language], [plot, details], api_visibility="private")

    provision.change(show_provision, [provision, page.language], details, api_visibility="private")
    node.change(show_node, [node, page.language], details, api_visibility="private")
    page.language.change(lambda chosen, key, mode: show_node(key, mode) if key and key.strip()
                         else show_provision(chosen, mode), [provision, node, page.language], details,
                         api_visibility="private")
    sparql_heading = gr.Markdown(label("sparql_heading"), elem_id="sparql-heading")
    example = gr.Dropdown(explore.example_choices(), value=None, label=label("examples"),
                          elem_id="sparql-example")
    query = gr.Code(next(iter(explore.EXAMPLE_QUERIES.values())), language="sql", label="SPARQL",
                    elem_id="sparql-query")
    run_sparql = gr.Button(label("run"), elem_id="sparql-run")
    query_status = gr.Markdown(elem_id="sparql-status")
    table = gr.Dataframe(elem_id="sparql-table", wrap=True, visible=False)
    example.change(lambda name: explore.EXAMPLE_QUERIES.get(name) or gr.skip(), example, query,
                   api_visibility="private")
    run_sparql.click(run_query, query, [table, query_status], api_name="sparql")
    scratch_heading = gr.Markdown(label("scratch_heading"), elem_id="scratch-heading")
    upload = gr.File(file_types=list(SUFFIXES), elem_id="scratch-upload", label=label("scratch_upload"))
    scratch_summary = gr.Markdown(elem_id="scratch-summary")
    scratch_rows = gr.Dataframe(headers=scratch_table([])[0], wrap=True, elem_id="scratch-table")
    scratch_turtle = gr.DownloadButton("Turtle", elem_id="scratch-turtle", interactive=False)
    upload.upload(ingest_scratch, [upload, page.language], [scratch_summary, scratch_rows, scratch_turtle],
                  api_visibility="private")
    page.language.change(lambda mode, chosen: (gr.update(choices=explore.concept_choices(network, mode)),
                                               gr.update(choices=explore.example_choices(mode)),
                                               gr.update(choices=explore.provision_choices(record, mode)),
                                               show_network(chosen, mode)),
                         [page.language, concept], [concept, example, provision, plot], api_visibility="private")
    return [(concept, "filter", "label"), (node, "node", "label"), (provision, "provision", "label"),
            (example, "examples", "label"), (run_sparql, "run", "value"), (sparql_heading, "sparql_heading", "value"),
            (scratch_heading, "scratch_heading", "value"), (upload, "scratch_upload", "label")]
