"""The company check tab: company A as a form, an optional what-if variant B, the cited
report and the engine's JSON; JSON import and export and a profile upload."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.profile import CompanyProfile
from ui import handlers
from ui.form_widgets import ProfileFormWidgets, profile_form_widgets
from ui.labels import label
from ui.page_context import Labelled, PageContext
from ui.profile_form import allowed_values_markdown, form_values

STALE: tuple[str, dict[str, Any], str] = ("", {}, "")
"""The report, the engine's JSON and the comparison, cleared."""


def build_check_tab(page: PageContext) -> tuple[ProfileFormWidgets, Labelled]:
    """The tab's components, wired; returns company A's form (the pitch sheet can take it)."""
    import gradio as gr

    def check(*cells: Any) -> tuple[str, dict[str, Any], str]:
        count = len(form_a.components)
        as_of_text, mode = cells[-2], cells[-1]
        try:
            profile = handlers.read_profile_form(form_a.read(cells[:count]), label("company_a", mode)) \
                or CompanyProfile()
            variant = handlers.read_profile_form(form_b.read(cells[count:2 * count]), label("variant_b", mode))
            report, result, comparison = handlers.profile_report(profile, variant, as_of_text, page.assistant)
        except handlers.InputError as error:
            return handlers.error_markdown(error, mode), {}, ""
        return handlers.link_citations(report, page.citations), result, comparison

    def json_into_form(profile_json: str, mode: str) -> list[Any]:
        try:
            profile = handlers.read_profile(profile_json, lenient=True)
        except handlers.InputError as error:
            return [*(gr.skip() for _ in form_a.components), handlers.error_markdown(error, mode), gr.skip(), gr.skip()]
        return [*form_a.show(form_values(profile), mode), *STALE]

    def form_into_json(*cells: Any) -> tuple[Any, str]:
        try:
            profile = handlers.read_profile_form(form_a.read(cells[:-1]), label("company_a", cells[-1])) \
                or CompanyProfile()
        except handlers.InputError as error:
            return gr.skip(), handlers.error_markdown(error, cells[-1])
        return handlers.profile_json_text(profile), gr.skip()

    def upload_into_form(path: str | None, mode: str) -> list[Any]:
        unchanged = [gr.skip() for _ in form_a.components]
        if not path:
            return [*unchanged, gr.skip(), "", gr.skip(), gr.skip()]
        try:
            profile = handlers.read_profile_upload(Path(path))
        except handlers.InputError as error:
            return [*unchanged, gr.skip(), handlers.error_markdown(error, mode), gr.skip(), gr.skip()]
        return [*form_a.show(form_values(profile), mode), handlers.profile_json_text(profile), *STALE]

    with gr.Row():
        with gr.Column():
            with gr.Tabs():
                with gr.Tab(label("company_a"), id="form-a") as tab_a:
                    form_a = profile_form_widgets("a", form_values(page.examples.profile))
                with gr.Tab(label("variant_b"), id="form-b") as tab_b:
                    form_b = profile_form_widgets("b", form_values(CompanyProfile()))
            with gr.Row():
                run = gr.Button(label("calculate"), variant="primary", elem_id="check-run")
                copy = gr.Button(label("copy"), elem_id="check-copy")
                clear = gr.Button(label("clear_variant"), elem_id="check-clear")
            with gr.Accordion(label("allowed"), open=False) as allowed:
                gr.Markdown(allowed_values_markdown(), elem_id="check-allowed")
            with gr.Accordion(label("json_io"), open=False) as json_io:
                profile_file = gr.File(file_types=list(handlers.PROFILE_SUFFIXES), label=label("profile_file"),
                                       elem_id="check-upload")
                profile_json = gr.Code(handlers.profile_json_text(page.examples.profile), language="json",
                                       label=label("check_profile"), elem_id="check-profile")
                with gr.Row():
                    json_to_form = gr.Button(label("json_to_form"), elem_id="check-json-to-form")
                    form_to_json = gr.Button(label("form_to_json"), elem_id="check-form-to-json")
        with gr.Column():
            comparison = gr.Markdown(elem_id="check-whatif")
            report = gr.Markdown(elem_id="check-report")
            result_json = gr.JSON(label="JSON", elem_id="check-json")
    run.click(check, [*form_a.components, *form_b.components, page.as_of, page.language],
              [report, result_json, comparison], api_visibility="private")
    copy.click(lambda *cells: list(cells), form_a.components, form_b.components, api_visibility="private")
    clear.click(lambda mode: form_b.show(form_values(CompanyProfile()), mode), page.language, form_b.components,
                api_visibility="private")
    results = [report, result_json, comparison]  # a new company A makes the last results stale: they are cleared
    json_to_form.click(json_into_form, [profile_json, page.language], [*form_a.components, *results],
                       api_visibility="private")
    form_to_json.click(form_into_json, [*form_a.components, page.language], [profile_json, report],
                       api_visibility="private")
    profile_file.upload(upload_into_form, [profile_file, page.language], [*form_a.components, profile_json, *results],
                        api_visibility="private")
    tables = [*form_a.tables.values(), *form_b.tables.values()]
    page.language.change(lambda mode, *frames: [*form_a.relabel(mode, frames[:len(form_a.tables)]),
                                                *form_b.relabel(mode, frames[len(form_a.tables):])],
                         [page.language, *tables], tables, api_visibility="private")
    return form_a, [(tab_a, "company_a", "label"), (tab_b, "variant_b", "label"), (run, "calculate", "value"),
                    (copy, "copy", "value"), (clear, "clear_variant", "value"), (allowed, "allowed", "label"),
                    (json_io, "json_io", "label"), (profile_file, "profile_file", "label"),
                    (profile_json, "check_profile", "label"), (json_to_form, "json_to_form", "value"),
                    (form_to_json, "form_to_json", "value"), *form_a.labelled, *form_b.labelled]
