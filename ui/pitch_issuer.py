"""The pitch tab's issuer fields (organisation, contact, phone, e-mail, days the offer holds,
logo), remembered between sheets in the officer's own browser.

Why ``gr.BrowserState`` and not a JSON file in the data dir: the fields are one officer's
(their name, phone, e-mail); one app serves a whole promotion team, and a server-side file
would print officer A's contact on officer B's sheet. The browser copy is per officer, needs no
server write, and survives an app restart (a fixed storage key and key). What the browser
hands back is checked like typed input (:func:`assistant.pitch.read_issuer`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.pitch import Issuer, IssuerError, read_issuer, read_logo
from assistant.pitch.issuer import DEFAULT_VALID_DAYS, MAX_LOGO_BYTES

STORAGE_KEY = "policykg-pitch-issuer"
STATE_KEY = "policykg-pitch-issuer-v1"
"""Not a secret: every field is printed on the sheet. BrowserState encrypts with it; a fixed
value lets the browser's copy be read after the app restarts (a random one would forget it)."""
FIELD_NAMES = ("organisation", "person", "phone", "email", "valid_days")


def issuer_from_page(values: list[Any], logo_path: str | None, remove_logo: bool, remembered: Any) -> Issuer:
    """The issuer from the fields as typed, the logo just uploaded (else the remembered one,
    unless ``remove_logo``); raises :class:`IssuerError` naming the field that is wrong."""
    data: dict[str, Any] = dict(zip(FIELD_NAMES, values, strict=True))
    issuer = read_issuer(data)
    if remove_logo:
        return issuer
    if logo_path:
        path = Path(logo_path)
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise IssuerError(f"徽标 logo ({path.name}): {size:,} bytes, at most {MAX_LOGO_BYTES:,} (文件过大)")
        return Issuer(**{**_fields(issuer), "logo": read_logo(path.read_bytes(), path.name)})
    if isinstance(remembered, dict) and remembered.get("logo"):
        try:
            logo = read_issuer({"logo": remembered["logo"]}).logo
        except IssuerError:
            logo = None  # a remembered logo that no longer reads is dropped, not printed
        return Issuer(**{**_fields(issuer), "logo": logo})
    return issuer


def _fields(issuer: Issuer) -> dict[str, Any]:
    return {name: getattr(issuer, name) for name in FIELD_NAMES}


def remembered_fields(remembered: Any) -> list[Any]:
    """The fields' values from what the browser remembered (defaults when nothing or nonsense)."""
    try:
        issuer = read_issuer({k: v for k, v in remembered.items() if k != "logo"}) \
            if isinstance(remembered, dict) else Issuer()
    except IssuerError:
        issuer = Issuer()
    return [issuer.organisation, issuer.person, issuer.phone, issuer.email, issuer.valid_days]


def recalled(remembered: Any, current: list[Any]) -> list[Any]:
    """What the browser's memory puts in each field, then the logo preview: a remembered value
    where the field is still empty (or at its default), None (leave it) where something is typed;
    the preview always shows the remembered logo."""
    if not remembered:
        return [None] * (len(current) + 1)
    empty = ("", None, DEFAULT_VALID_DAYS)
    fields = [value if now in empty else None
              for value, now in zip(remembered_fields(remembered), current, strict=True)]
    return [*fields, logo_preview(remembered)]


def logo_preview(remembered: Any) -> str:
    """The remembered logo as a small image, or nothing."""
    if not isinstance(remembered, dict) or not remembered.get("logo"):
        return ""
    try:
        logo = read_issuer({"logo": remembered["logo"]}).logo
    except IssuerError:
        return ""
    return f'<img src="{logo.data_uri}" alt="logo" style="max-height:48px">' if logo else ""


@dataclass(frozen=True)
class IssuerWidgets:
    fields: list[Any]
    logo: Any
    remove_logo: Any
    preview: Any
    state: Any

    @property
    def inputs(self) -> list[Any]:
        return [*self.fields, self.logo, self.remove_logo, self.state]

    def read(self, cells: tuple[Any, ...] | list[Any]) -> Issuer:
        """The issuer from the values of :attr:`inputs`, in order."""
        *values, logo, remove, remembered = cells
        return issuer_from_page(list(values), logo, bool(remove), remembered)


def build_issuer_fields() -> tuple[IssuerWidgets, list[tuple[Any, str, str]]]:
    """The fields in an accordion, filled from the browser's memory on load; the words to relabel."""
    import gradio as gr

    from ui.labels import label

    state = gr.BrowserState({}, storage_key=STORAGE_KEY, secret=STATE_KEY)
    with gr.Accordion(label("pitch_issuer"), open=True, elem_id="pitch-issuer") as accordion:
        with gr.Row():
            organisation = gr.Textbox(label=label("issuer_organisation"), max_lines=1, elem_id="pitch-issuer-org")
            person = gr.Textbox(label=label("issuer_person"), max_lines=1, elem_id="pitch-issuer-person")
        with gr.Row():
            phone = gr.Textbox(label=label("issuer_phone"), max_lines=1, elem_id="pitch-issuer-phone")
            email = gr.Textbox(label=label("issuer_email"), max_lines=1, elem_id="pitch-issuer-email")
            days = gr.Number(DEFAULT_VALID_DAYS, label=label("issuer_valid_days"), precision=0, minimum=1,
                             maximum=365, elem_id="pitch-issuer-days")
        with gr.Row():
            logo = gr.File(label=label("issuer_logo"), file_types=[".png", ".jpg", ".jpeg"], type="filepath",
                           elem_id="pitch-issuer-logo")
            with gr.Column():
                preview = gr.HTML(elem_id="pitch-issuer-logo-preview")
                remove_logo = gr.Checkbox(False, label=label("issuer_no_logo"), elem_id="pitch-issuer-no-logo")
    fields = [organisation, person, phone, email, days]

    def recall(remembered: Any, *current: Any) -> list[Any]:
        return [value if value is not None else gr.skip() for value in recalled(remembered, list(current))]

    # the browser's copy arrives as a change of the state once the page has read it (at load time
    # the state still holds its default); it fills only fields still empty, never what is typed
    state.change(recall, [state, *fields], [*fields, preview], api_visibility="private")
    labelled = [(accordion, "pitch_issuer", "label"), (organisation, "issuer_organisation", "label"),
                (person, "issuer_person", "label"), (phone, "issuer_phone", "label"), (email, "issuer_email", "label"),
                (days, "issuer_valid_days", "label"), (logo, "issuer_logo", "label"),
                (remove_logo, "issuer_no_logo", "label")]
    return IssuerWidgets(fields, logo, remove_logo, preview, state), labelled
