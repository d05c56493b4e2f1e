"""The Gradio page: chat, company check and the policy text, plus the named REST events
``ask``, ``eligibility`` and ``search``. Layout and wiring only; the work is in ``ui.handlers``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph

from assistant.dialogue import AssistantContext, default_context
from assistant.eligibility.engine import policy_status, status_notice
from assistant.format import markdown_text
from assistant.pitch import pitch_markdown
from assistant.profile import CompanyProfile
from kg.export import ExportFormat
from kg.network import policy_network
from ui import explore, handlers
from ui.form_widgets import ProfileFormWidgets, profile_form_widgets
from ui.labels import MODES, label
from ui.policy_text import citation_targets, policy_html
from ui.profile_form import allowed_values_markdown, form_values
from ui.scratch import SUFFIXES, UploadError, ingest_upload

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 7860
EXAMPLE_PROFILE = {
    "name": "示例软件公司 Example Software Co.",
    "location": {"in_zone": True},
    "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-15"},
                       {"id": "gazelle_enterprise", "level": "municipal", "date": "2023-03-01"}],
    "rd_expense": [{"year": 2023, "amount_cny": 30000000}, {"year": 2024, "amount_cny": 50000000}],
}
EXAMPLE_QUESTIONS = [
    "我们是片区内的软件企业，2022年11月第一次被认定为高新技术企业，去年研发投入从3000万涨到5000万，能拿多少？",
    "We listed on the STAR Market in August 2022 and are based in the Dalian FTZ. What do we get?",
    "院士工作站的补助是每年都有吗？",
    "Is there support for hydrogen projects?",
]
CITATION_SCRIPT = """<script>
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest('a[href^="#span-"]');
  if (!link) return;
  event.preventDefault();
  const id = link.getAttribute("href").slice(1);
  const tab = document.querySelector('[role="tab"][data-tab-id="text"]');
  if (tab) tab.click();
  setTimeout(() => {
    const mark = document.getElementById(id);
    if (!mark) return;
    mark.scrollIntoView({block: "center"});
    document.querySelectorAll("mark.cited").forEach((m) => m.classList.remove("cited"));
    mark.classList.add("cited");
  }, 150);
}, true);
const selectClickedNode = (event) => {
  const point = event.points && event.points[0];
  const box = document.querySelector("#explore-node textarea, #explore-node input");
  if (!point || point.customdata == null || !box) return;
  box.value = point.customdata;
  box.dispatchEvent(new Event("input", {bubbles: true}));
};
new MutationObserver(() => {
  document.querySelectorAll("#explore-plot .js-plotly-plot").forEach((plot) => {
    if (!plot.on || plot._policykgClicks === plot._ev) return;
    plot.on("plotly_click", selectClickedNode);
    plot._policykgClicks = plot._ev;
  });
}).observe(document, {childList: true, subtree: true});
</script>"""
"""Citations link to ``#span-…``: show the policy text tab and scroll to the span. A click on a
node of the explorer's graph writes its key into the "selected node" box, which shows it."""
CSS = """
.policy-text { white-space: pre-wrap; line-height: 1.8; max-height: 70vh; overflow-y: auto; }
.policy-text mark { background: #fff3b0; }
.policy-text mark.cited { background: #ffb347; outline: 2px solid #e67e22; }
"""


def offline_environment(base: Path) -> None:
    """No analytics, no hub look-ups, caches inside the project (set before Gradio is imported)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    os.environ.setdefault("GRADIO_TEMP_DIR", str(base / "gradio-tmp"))
    os.environ.setdefault("MPLCONFIGDIR", str(base / "matplotlib"))


def status_markdown(context: AssistantContext, as_of_text: str | None) -> str:
    """The banner: the policy, the date and whether it is in force then (expired is prominent)."""
    try:
        as_of = handlers.parse_as_of(as_of_text)
    except handlers.InputError as error:
        return f"**{markdown_text(str(error))}**"
    record = context.rules.record
    status = policy_status(context.rules, as_of)
    notice = status_notice(context.rules, status)
    window = f"{record.valid_from} – {record.valid_until}"
    line = f"### {record.title}\n有效期 Valid {window} · 测算日期 As of {as_of}"
    if status == "expired":
        return f"{line}\n\n**已失效 EXPIRED** — {notice}"
    return f"{line}\n\n**{notice}**" if notice else f"{line}\n\n有效 In force"


def build_app(context: AssistantContext, policy_graph: Graph, dataset: Dataset, downloads: Path) -> Any:
    """The page for one policy; ``dataset`` (its graph with the vocabulary) answers SPARQL and
    downloads (of ``policy_graph``) are written to ``downloads``."""
    import gradio as gr

    record = context.rules.record
    network = policy_network(record)
    citations = citation_targets(record)

    def show_network(concept: str | None) -> Any:
        return explore.network_figure(network, concept or None)

    def show_provision(provision_id: str | None) -> str:
        if not provision_id:
            return ""
        return handlers.link_citations(explore.provision_markdown(record, network, provision_id), citations)

    def show_node(node_key: str | None) -> str:
        if not node_key or not node_key.strip():
            return ""
        try:
            return handlers.link_citations(explore.node_markdown(record, network, node_key), citations)
        except KeyError as error:
            return f"*{markdown_text(str(error.args[0]))}*"

    def run_query(query: str) -> tuple[Any, str]:
        columns, rows, status_line = explore.sparql_table(dataset, query)
        return gr.Dataframe(value=rows, headers=columns), status_line

    exports = {form: str(explore.export_file(policy_graph, form, downloads, record.id))
               for form in (ExportFormat.TURTLE, ExportFormat.JSONLD)}

    def chat_turn(message: str, history: list[dict[str, str]], state_json: str, as_of_text: str
                  ) -> tuple[list[dict[str, str]], str, Any, str, Any]:
        try:
            reply, state_json = handlers.ask(message, state_json, as_of_text, context)
        except handlers.InputError as error:
            return [*history, {"role": "user", "content": handlers.answer_markdown(message)},
                    {"role": "assistant", "content": handlers.answer_markdown(str(error))}], state_json, gr.skip(), \
                "", gr.skip()
        answer = handlers.answer_markdown(reply["answer"], citations)
        history = [*history, {"role": "user", "content": handlers.answer_markdown(message)},
                   {"role": "assistant", "content": answer}]
        return history, state_json, handlers.profile_rows(reply), "", reply["lang"]

    def apply_edits(rows: Any, history: list[dict[str, str]], state_json: str, as_of_text: str, lang: str
                    ) -> tuple[list[dict[str, str]], str, Any]:
        table = rows.values.tolist() if hasattr(rows, "values") else list(rows or [])
        try:
            reply, state_json = handlers.apply_profile_edits(table, state_json, as_of_text, lang, context)
        except handlers.InputError as error:
            note = ("修改未生效：" if lang == "zh" else "The edit was not applied: ") + str(error)
            return [*history, {"role": "assistant", "content": handlers.answer_markdown(note)}], state_json, gr.skip()
        question = handlers.EDIT_QUESTION.get(lang, handlers.EDIT_QUESTION["en"])
        answer = handlers.answer_markdown(reply["answer"], citations)
        history = [*history, {"role": "user", "content": question}, {"role": "assistant", "content": answer}]
        return history, state_json, handlers.profile_rows(reply)

    example_profile = handlers.read_profile(json.dumps(EXAMPLE_PROFILE, ensure_ascii=False))
    form_a: ProfileFormWidgets
    form_b: ProfileFormWidgets

    def input_error(error: Exception) -> str:
        return f"**输入有误 Input error:** {handlers.answer_markdown(str(error))}"

    def check_forms(*cells: Any) -> tuple[str, dict[str, Any], str]:
        count = len(form_a.components)
        try:
            profile = handlers.read_profile_form(form_a.read(cells[:count]), label("company_a")) or CompanyProfile()
            variant = handlers.read_profile_form(form_b.read(cells[count:2 * count]), label("variant_b"))
            report, result, comparison = handlers.profile_report(profile, variant, cells[-1], context)
        except handlers.InputError as error:
            return input_error(error), {}, ""
        return handlers.link_citations(report, citations), result, comparison

    def json_into_form(profile_json: str) -> list[Any]:
        try:
            profile = handlers.read_profile(profile_json)
        except handlers.InputError as error:
            return [*(gr.skip() for _ in form_a.components), input_error(error)]
        return [*form_a.show(form_values(profile)), ""]

    def form_into_json(*cells: Any) -> tuple[Any, str]:
        try:
            profile = handlers.read_profile_form(form_a.read(cells), label("company_a")) or CompanyProfile()
        except handlers.InputError as error:
            return gr.skip(), input_error(error)
        return handlers.profile_json_text(profile), ""

    def upload_into_form(path: str | None) -> list[Any]:
        if not path:
            return [*(gr.skip() for _ in form_a.components), gr.skip(), ""]
        try:
            profile = handlers.read_profile_upload(Path(path))
        except handlers.InputError as error:
            return [*(gr.skip() for _ in form_a.components), gr.skip(), input_error(error)]
        return [*form_a.show(form_values(profile)), handlers.profile_json_text(profile), ""]

    def company_from_check(*cells: Any) -> tuple[Any, str]:
        return form_into_json(*cells)

    def pitch_sheet_event(profile_json: str, as_of_text: str) -> tuple[str, Any, Any, Any]:
        try:
            sheet, markdown_path, pdf_path = handlers.pitch(profile_json, as_of_text, context, downloads / "pitch")
        except handlers.InputError as error:
            message = f"**输入有误 Input error:** {handlers.answer_markdown(str(error))}"
            return message, None, gr.DownloadButton(interactive=False), gr.DownloadButton(interactive=False)
        return (handlers.link_citations(pitch_markdown(sheet), citations), handlers.amounts_figure(sheet),
                gr.DownloadButton(value=str(markdown_path), interactive=True),
                gr.DownloadButton(value=str(pdf_path), interactive=True))

    def ingest_scratch(path: str | None) -> tuple[str, Any, Any]:
        if not path:
            return "", [], gr.DownloadButton(interactive=False)
        try:
            scratch = ingest_upload(Path(path), downloads / "scratch")
        except UploadError as error:
            return f"**{markdown_text(str(error))}**", [], gr.DownloadButton(interactive=False)
        return scratch.summary, scratch.rows, gr.DownloadButton(value=str(scratch.turtle), interactive=True)

    def api_ask(message: str, state_json: str, as_of: str) -> tuple[dict[str, Any], str]:
        """One chat turn. State: the JSON returned by the previous call ('' to start)."""
        try:
            return handlers.ask(message, state_json, as_of, context)
        except handlers.InputError as error:
            raise gr.Error(str(error)) from error

    def api_eligibility(profile_json: str, as_of: str) -> dict[str, Any]:
        """The engine's result for a company profile (JSON, see `policykg schema profile`) on a date."""
        try:
            return handlers.check(profile_json, as_of, context).to_json()
        except handlers.InputError as error:
            raise gr.Error(str(error)) from error

    def api_search(query: str, k: float) -> dict[str, Any]:
        """Clauses that answer a question, each with its best sentence."""
        try:
            return handlers.search(query, int(k), context)
        except handlers.InputError as error:
            raise gr.Error(str(error)) from error

    with gr.Blocks(title="policykg") as page:
        with gr.Row():
            status = gr.Markdown(status_markdown(context, dt.date.today().isoformat()), elem_id="status-banner")
            as_of = gr.Textbox(dt.date.today().isoformat(), label=label("as_of"), elem_id="as-of",
                               scale=0, min_width=220)
            language = gr.Radio(MODES, value="both", label=label("language"), elem_id="interface-language",
                                scale=0, min_width=220)
        as_of.change(lambda text: status_markdown(context, text), as_of, status, api_visibility="private")
        with gr.Tabs():
            with gr.Tab(label("tab_chat"), id="chat") as tab_chat:
                state = gr.State("")
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(label=label("chatbot"), elem_id="chatbot", height=520)
                        message = gr.Textbox(label=label("message"),
                                             elem_id="chat-input", lines=2)
                        send = gr.Button(label("send"), variant="primary", elem_id="chat-send")
                        gr.Examples(EXAMPLE_QUESTIONS, inputs=message, label=label("examples"))
                    with gr.Column(scale=2):
                        profile = gr.Dataframe(headers=["字段 field", "值 value (JSON)", "原话 your words"],
                                               label=label("profile"),
                                               elem_id="profile", wrap=True, interactive=True,
                                               column_widths=["22%", "48%", "30%"],
                                               column_count=3, static_columns=[0, 2])
                        apply = gr.Button(label("apply"), elem_id="profile-apply")
                lang = gr.State("zh")
                turn = [message, chatbot, state, as_of]
                send.click(chat_turn, turn, [chatbot, state, profile, message, lang], api_visibility="private")
                message.submit(chat_turn, turn, [chatbot, state, profile, message, lang], api_visibility="private")
                chatbot.clear(lambda: ("", []), None, [state, profile], api_visibility="private")
                apply.click(apply_edits, [profile, chatbot, state, as_of, lang], [chatbot, state, profile],
                            api_visibility="private")
            with gr.Tab(label("tab_check"), id="check") as tab_check:
                with gr.Row():
                    with gr.Column():
                        with gr.Tabs():
                            with gr.Tab(label("company_a"), id="form-a") as tab_a:
                                form_a = profile_form_widgets("a", form_values(example_profile))
                            with gr.Tab(label("variant_b"), id="form-b") as tab_b:
                                form_b = profile_form_widgets("b", form_values(CompanyProfile()))
                        with gr.Row():
                            run = gr.Button(label("calculate"), variant="primary", elem_id="check-run")
                            copy = gr.Button(label("copy"), elem_id="check-copy")
                            clear = gr.Button(label("clear_variant"), elem_id="check-clear")
                        with gr.Accordion(label("allowed"), open=False) as allowed:
                            gr.Markdown(allowed_values_markdown(), elem_id="check-allowed")
                        with gr.Accordion(label("json_io"), open=False) as json_io:
                            profile_file = gr.File(file_types=list(handlers.PROFILE_SUFFIXES),
                                                   label=label("profile_file"), elem_id="check-upload")
                            profile_json = gr.Code(handlers.profile_json_text(example_profile), language="json",
                                                   label=label("check_profile"), elem_id="check-profile")
                            with gr.Row():
                                json_to_form = gr.Button(label("json_to_form"), elem_id="check-json-to-form")
                                form_to_json = gr.Button(label("form_to_json"), elem_id="check-form-to-json")
                    with gr.Column():
                        comparison = gr.Markdown(elem_id="check-whatif")
                        report = gr.Markdown(elem_id="check-report")
                        result_json = gr.JSON(label="JSON", elem_id="check-json")
                forms = [*form_a.components, *form_b.components]
                run.click(check_forms, [*forms, as_of], [report, result_json, comparison],
                          api_visibility="private")
                copy.click(lambda *cells: list(cells), form_a.components, form_b.components,
                           api_visibility="private")
                clear.click(lambda: form_b.show(form_values(CompanyProfile())), None, form_b.components,
                            api_visibility="private")
                json_to_form.click(json_into_form, profile_json, [*form_a.components, report],
                                   api_visibility="private")
                form_to_json.click(form_into_json, form_a.components, [profile_json, report],
                                   api_visibility="private")
                profile_file.upload(upload_into_form, profile_file, [*form_a.components, profile_json, report],
                                    api_visibility="private")
            with gr.Tab(label("tab_pitch"), id="pitch") as tab_pitch:
                with gr.Row():
                    with gr.Column(scale=2):
                        pitch_profile = gr.Code(json.dumps(EXAMPLE_PROFILE, ensure_ascii=False, indent=2),
                                                language="json", label=label("pitch_profile"),
                                                elem_id="pitch-profile")
                        from_check = gr.Button(label("from_check"), elem_id="pitch-from-check")
                        make_pitch = gr.Button(label("generate"), variant="primary", elem_id="pitch-run")
                        with gr.Row():
                            pitch_md = gr.DownloadButton("Markdown", elem_id="pitch-md", interactive=False)
                            pitch_pdf = gr.DownloadButton("PDF", elem_id="pitch-pdf", interactive=False)
                    with gr.Column(scale=3):
                        pitch_view = gr.Markdown(elem_id="pitch-view")
                        pitch_plot = gr.Plot(elem_id="pitch-plot")
                from_check.click(company_from_check, form_a.components, [pitch_profile, pitch_view],
                                 api_visibility="private")
                make_pitch.click(pitch_sheet_event, [pitch_profile, as_of],
                                 [pitch_view, pitch_plot, pitch_md, pitch_pdf], api_visibility="private")
            with gr.Tab(label("tab_explore"), id="explore") as tab_explore:
                with gr.Row():
                    with gr.Column(scale=3):
                        concept = gr.Dropdown(explore.concept_choices(network), value="", label=label("filter"),
                                              elem_id="explore-filter")
                        plot = gr.Plot(show_network(None), elem_id="explore-plot")
                    with gr.Column(scale=2):
                        node = gr.Textbox(label=label("node"), elem_id="explore-node", max_lines=1,
                                          placeholder="provision:… / qualification:…")
                        provision = gr.Dropdown(explore.provision_choices(record), value=None,
                                                label=label("provision"),
                                                elem_id="explore-provision")
                        details = gr.Markdown(elem_id="explore-details")
                        with gr.Row():
                            gr.DownloadButton("Turtle", exports[ExportFormat.TURTLE], elem_id="download-turtle")
                            gr.DownloadButton("JSON-LD", exports[ExportFormat.JSONLD], elem_id="download-jsonld")
                concept.change(show_network, concept, plot, api_visibility="private")
                provision.change(show_provision, provision, details, api_visibility="private")
                node.change(show_node, node, details, api_visibility="private")
                gr.Markdown("**SPARQL** (只读 read-only; "
                            f"{explore.ROW_LIMIT} rows, {explore.TIME_LIMIT_S:g} s)")
                example = gr.Dropdown(list(explore.EXAMPLE_QUERIES), value=None, label=label("examples"),
                                      elem_id="sparql-example")
                query = gr.Code(next(iter(explore.EXAMPLE_QUERIES.values())), language="sql", label="SPARQL",
                                elem_id="sparql-query")
                run_sparql = gr.Button(label("run"), elem_id="sparql-run")
                query_status = gr.Markdown(elem_id="sparql-status")
                table = gr.Dataframe(elem_id="sparql-table", wrap=True)
                example.change(lambda name: explore.EXAMPLE_QUERIES.get(name) or gr.skip(), example, query,
                               api_visibility="private")
                run_sparql.click(run_query, query, [table, query_status], api_name="sparql")
                gr.Markdown("**试读另一政策 Try another policy** (.txt/.md/.html, ≤ 1 MB; "
                            "不写入图谱库 not added to the store)")
                upload = gr.File(file_types=list(SUFFIXES), elem_id="scratch-upload", label="policy")
                scratch_summary = gr.Markdown(elem_id="scratch-summary")
                scratch_table = gr.Dataframe(headers=["clause", "kind", "tier", "amount", "quote"], wrap=True,
                                             elem_id="scratch-table")
                scratch_turtle = gr.DownloadButton("Turtle", elem_id="scratch-turtle", interactive=False)
                upload.upload(ingest_scratch, upload, [scratch_summary, scratch_table, scratch_turtle],
                              api_visibility="private")
            with gr.Tab(label("tab_text"), id="text") as tab_text:
                gr.HTML(policy_html(context.rules.record), elem_id="policy-html")
        labelled: list[tuple[Any, str, str]] = [
            (as_of, "as_of", "label"), (language, "language", "label"), (tab_chat, "tab_chat", "label"),
            (chatbot, "chatbot", "label"), (message, "message", "label"), (send, "send", "value"),
            (profile, "profile", "label"), (apply, "apply", "value"), (tab_check, "tab_check", "label"),
            (profile_json, "check_profile", "label"), (tab_a, "company_a", "label"),
            (tab_b, "variant_b", "label"), (allowed, "allowed", "label"), (json_io, "json_io", "label"),
            (profile_file, "profile_file", "label"), (json_to_form, "json_to_form", "value"),
            (form_to_json, "form_to_json", "value"), (clear, "clear_variant", "value"),
            (from_check, "from_check", "value"), *form_a.labelled, *form_b.labelled,
            (run, "calculate", "value"), (copy, "copy", "value"), (tab_pitch, "tab_pitch", "label"),
            (pitch_profile, "pitch_profile", "label"), (make_pitch, "generate", "value"),
            (tab_explore, "tab_explore", "label"), (concept, "filter", "label"), (node, "node", "label"),
            (provision, "provision", "label"),
            (example, "examples", "label"), (run_sparql, "run", "value"), (tab_text, "tab_text", "label")]

        def switch_language(mode: str) -> list[Any]:
            updates: list[Any] = []
            for _, key, attribute in labelled:
                words = label(key, mode)
                updates.append(gr.update(value=words) if attribute == "value" else gr.update(label=words))
            return updates

        language.change(switch_language, language, [component for component, _, _ in labelled],
                        api_visibility="private")
        gr.api(api_ask, api_name="ask")
        gr.api(api_eligibility, api_name="eligibility")
        gr.api(api_search, api_name="search")
    return page


def serve(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, block: bool = True) -> Any:
    """Start the app on the bundled policy; binds to 127.0.0.1 unless another host is asked for."""
    cache = Path.cwd() / ".cache"
    offline_environment(cache)
    from kg.store import open_store

    store = open_store(None)
    page = build_app(default_context(), store.graph(), store.dataset(), cache / "downloads")
    page.launch(server_name=host, server_port=port, prevent_thread_lock=not block, css=CSS,
                footer_links=["api"], show_error=True, head=CITATION_SCRIPT, max_file_size="1mb",
                allowed_paths=[str(cache / "downloads")])
    return page


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="policykg web app")
    parser.add_argument("--host", default=DEFAULT_HOST, help="interface to bind (default 127.0.0.1 only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    arguments = parser.parse_args(argv)
    serve(arguments.host, arguments.port)
