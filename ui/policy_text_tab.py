"""The policy text tab: a table of contents, a search box that finds clauses by words (Chinese
or English) and highlights them, and the text with every provision marked — in English mode
with each clause's English description from the graph beside it."""

from __future__ import annotations

from typing import Any

from kg.query import PolicyRecord
from ui.clause_search import find_clauses, results_html
from ui.labels import label
from ui.page_context import Labelled, PageContext
from ui.policy_text import POLICY_TEXT_STYLE, contents_html, policy_html


def policy_text_view(record: PolicyRecord, query: str, mode: str) -> tuple[str, str]:
    """(the clauses found, the text with the found words highlighted) for ``query`` in ``mode``."""
    search = find_clauses(record, query or "")
    return results_html(record, search, mode), POLICY_TEXT_STYLE + policy_html(record, mode, search.pattern)


def build_policy_text_tab(page: PageContext, record: PolicyRecord) -> Labelled:
    import gradio as gr

    with gr.Row():
        with gr.Column(scale=1, min_width=240):
            query = gr.Textbox(label=label("find_clause"), placeholder="孵化器 / incubator", max_lines=1,
                               elem_id="policy-search")
            find = gr.Button(label("find"), elem_id="policy-find", size="sm")
            found = gr.HTML(elem_id="policy-found-box")
            contents = gr.HTML(contents_html(record), elem_id="policy-contents-box")
        with gr.Column(scale=4):
            text = gr.HTML(POLICY_TEXT_STYLE + policy_html(record, "both"), elem_id="policy-html")

    def show(query_text: str, mode: str) -> tuple[str, str]:
        return policy_text_view(record, query_text, mode)

    def relabel(query_text: str, mode: str) -> tuple[Any, ...]:
        return (contents_html(record, mode), *policy_text_view(record, query_text, mode))

    query.submit(show, [query, page.language], [found, text], api_visibility="private")
    find.click(show, [query, page.language], [found, text], api_visibility="private")
    page.language.change(relabel, [query, page.language], [contents, found, text], api_visibility="private")
    return [(query, "find_clause", "label"), (find, "find", "value")]
