"""The pitch sheet tab: one bilingual page for a prospective company, who hands it out (see
:mod:`ui.pitch_issuer`), its chart, and the Markdown and PDF downloads."""

from __future__ import annotations

from typing import Any

from assistant.pitch import IssuerError, pitch_markdown
from assistant.profile import CompanyProfile
from ui import handlers
from ui.form_widgets import ProfileFormWidgets, profile_form_widgets
from ui.labels import label
from ui.page_context import Labelled, PageContext
from ui.pitch_issuer import build_issuer_fields
from ui.profile_form import form_values


def build_pitch_tab(page: PageContext, company_a: ProfileFormWidgets) -> Labelled:
    """The tab's components, wired; ``company_a`` is the company check's form it can start from."""
    import gradio as gr

    def no_files() -> tuple[Any, Any]:
        return gr.DownloadButton(interactive=False), gr.DownloadButton(interactive=False)

    def make(*cells: Any) -> tuple[Any, ...]:
        count = len(company.components)
        form_cells, as_of_text, mode, issuer_cells = cells[:count], cells[count], cells[count + 1], cells[count + 2:]
        try:
            profile = handlers.read_profile_form(company.read(form_cells), label("tab_pitch", mode), mode) \
                or CompanyProfile()
            profile_json = handlers.profile_json_text(profile)  # the company typed into the form
            issuer = issuer_widgets.read(issuer_cells)
            sheet, markdown_path, pdf_path = handlers.pitch(profile_json, as_of_text, page.assistant,
                                                            page.downloads / "pitch", issuer)
        except (handlers.InputError, IssuerError) as error:
            return (handlers.error_markdown(error, mode), None, *no_files(), gr.skip())
        return (handlers.link_citations(pitch_markdown(sheet, keep_whole=True), page.citations),
                handlers.amounts_figure(sheet), gr.DownloadButton(value=str(markdown_path), interactive=True),
                gr.DownloadButton(value=str(pdf_path), interactive=True), issuer.to_json())

    def from_company_a(*cells: Any) -> list[Any]:
        return [*cells, "", None, *no_files()]  # the same company in this form; the old sheet is stale

    with gr.Row():
        with gr.Column(scale=2):
            with gr.Column(elem_id="pitch-profile"):
                company = profile_form_widgets("pitch", form_values(page.examples.profile), page.language)
            with gr.Row():
                from_check = gr.Button(label("from_check"), elem_id="pitch-from-check")
                clear = gr.Button(label("clear_form"), size="sm", elem_id="pitch-clear")
            issuer_widgets, issuer_labelled = build_issuer_fields()
            generate = gr.Button(label("generate"), variant="primary", elem_id="pitch-run")
            with gr.Row():
                markdown_file = gr.DownloadButton("Markdown", elem_id="pitch-md", interactive=False)
                pdf_file = gr.DownloadButton("PDF", elem_id="pitch-pdf", interactive=False)
        with gr.Column(scale=3):
            view = gr.Markdown(elem_id="pitch-view")
            chart = gr.Plot(elem_id="pitch-plot")
    from_check.click(from_company_a, company_a.components,
                     [*company.components, view, chart, markdown_file, pdf_file], api_visibility="private")
    clear.click(lambda mode: [*company.show(form_values(CompanyProfile()), mode), "", None, *no_files()],
                page.language, [*company.components, view, chart, markdown_file, pdf_file], api_visibility="private")
    generate.click(make, [*company.components, page.as_of, page.language, *issuer_widgets.inputs],
                   [view, chart, markdown_file, pdf_file, issuer_widgets.state], api_visibility="private")
    page.language.change(lambda mode, *values: company.reworded(mode, values), [page.language, *company.worded],
                         company.reworded_components, api_visibility="private", queue=False)
    return [(from_check, "from_check", "value"), (clear, "clear_form", "value"), (generate, "generate", "value"),
            *company.labelled, *issuer_labelled]
