"""The company check tab: company A as a form a person fills (dropdowns from the vocabulary,
dates and amounts as people write them; it starts with a labelled example that can be
cleared), an optional what-if variant B, the cited report; the profile as JSON is an export
(read-only, downloadable), and a profile file can be uploaded into the form."""

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
            profile = handlers.read_profile_form(form_a.read(cells[:count]), label("company_a", mode), mode) \
                or CompanyProfile()
            variant = handlers.read_profile_form(form_b.read(cells[count:2 * count]), label("variant_b", mode), mode)
            report, result, comparison = handlers.profile_report(profile, variant, as_of_text, page.assistant)
        except handlers.InputError as error:
            return handlers.error_markdown(error, mode), {}, ""
        return handlers.link_citations(report, page.citations), result, comparison

    def form_into_json(*cells: Any) -> tuple[Any, Any, str]:
        mode = cells[-1]
        try:
            profile = handlers.read_profile_form(form_a.read(cells[:-1]), label("company_a", mode), mode) \
                or CompanyProfile()
        except handlers.InputError as error:
            return gr.skip(), gr.skip(), handlers.error_markdown(error, mode)
        path = handlers.profile_download(profile, page.downloads / "profiles")
        return handlers.profile_json_text(profile), gr.DownloadButton(value=str(path), interactive=True), gr.skip()

    def upload_into_form(path: str | None, mode: str) -> list[Any]:
        unchanged = [gr.skip() for _ in form_a.components]
        if not path:
            return [*unchanged, gr.skip(), "", gr.skip(), gr.skip()]
        try:
            profile = handlers.read_profile_upload(Path(path))
        except handlers.InputError as error:
            return [*unchanged, gr.skip(), handlers.error_markdown(error, mode), gr.skip(), gr.skip()]
        return [*form_a.show(form_values(profile, mode=mode), mode), handlers.profile_json_text(profile), *STALE]

    with gr.Row():
        with gr.Column():
            with gr.Tabs():
                with gr.Tab(label("company_a"), id="form-a") as tab_a:
                    has_example = page.examples.profile != CompanyProfile()
                    example_note = gr.Markdown(label("example_company") if has_example else "",
                                               elem_id="check-example-note")
                    form_a = profile_form_widgets("a", form_values(page.examples.profile), page.language)
                    clear_a = gr.Button(label("clear_form"), size="sm", elem_id="check-clear-a")
                with gr.Tab(label("variant_b"), id="form-b") as tab_b:
                    form_b = profile_form_widgets("b", form_values(CompanyProfile()), page.language)
            with gr.Row():
                run = gr.Button(label("calculate"), variant="primary", elem_id="check-run")
                copy = gr.Button(label("copy"), elem_id="check-copy")
                clear = gr.Button(label("clear_variant"), elem_id="check-clear")
            with gr.Accordion(label("allowed"), open=False) as allowed:
                gr.Markdown(allowed_values_markdown(), elem_id="check-allowed")
            with gr.Accordion(label("export"), open=False) as json_io:
                with gr.Row():
                    form_to_json = gr.Button(label("form_to_json"), elem_id="check-form-to-json")
                    download = gr.DownloadButton(label("download_json"), elem_id="check-download", interactive=False)
                profile_json = gr.Code(handlers.profile_json_text(page.examples.profile), language="json",
                                       label=label("export_json"), elem_id="check-profile", interactive=False)
                profile_file = gr.File(file_types=list(handlers.PROFILE_SUFFIXES), label=label("profile_file"),
                                       elem_id="check-upload")
        with gr.Column():
            comparison = gr.Markdown(elem_id="check-whatif")
            report = gr.Markdown(elem_id="check-report")
            with gr.Accordion(label("result_json"), open=False) as result_box:  # for developers, folded away
                result_json = gr.JSON(label="JSON", elem_id="check-json")
    run.click(check, [*form_a.components, *form_b.components, page.as_of, page.language],
              [report, result_json, comparison], api_visibility="private")
    copy.click(lambda *cells: list(cells), form_a.components, form_b.components, api_visibility="private")
    clear.click(lambda mode: form_b.show(form_values(CompanyProfile()), mode), page.language, form_b.components,
                api_visibility="private")
    results = [report, result_json, comparison]  # a new company A makes the last results stale: they are cleared
    clear_a.click(lambda mode: [*form_a.show(form_values(CompanyProfile()), mode), "", *STALE], page.language,
                  [*form_a.components, example_note, *results], api_visibility="private")
    form_to_json.click(form_into_json, [*form_a.components, page.language], [profile_json, download, report],
                       api_visibility="private")
    profile_file.upload(upload_into_form, [profile_file, page.language], [*form_a.components, profile_json, *results],
                        api_visibility="private")
    worded = [*form_a.worded, *form_b.worded]
    page.language.change(lambda mode, *values: [*form_a.reworded(mode, values[:len(form_a.worded)]),
                                                *form_b.reworded(mode, values[len(form_a.worded):])],
                         [page.language, *worded], [*form_a.reworded_components, *form_b.reworded_components],
                         api_visibility="private", queue=False)
    return form_a, [(tab_a, "company_a", "label"), (tab_b, "variant_b", "label"), (run, "calculate", "value"),
                    (copy, "copy", "value"), (clear, "clear_variant", "value"), (allowed, "allowed", "label"),
                    (json_io, "export", "label"), (profile_file, "profile_file", "label"),
                    (profile_json, "export_json", "label"), (form_to_json, "form_to_json", "value"),
                    (download, "download_json", "label"), (clear_a, "clear_form", "value"),
                    (result_box, "result_json", "label"),
                    *([(example_note, "example_company", "value")] if has_example else []),
                    *form_a.labelled, *form_b.labelled]
