"""What the app's events do, as plain functions of JSON-able values (testable without a browser).

Every number shown comes from :func:`assistant.dialogue.respond` or the eligibility engine;
nothing here computes an amount."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

from assistant.data_input import DataInputError, read_data, read_json
from assistant.dialogue import AssistantContext, DialogueState, FactRecord, new_state, respond
from assistant.eligibility.engine import evaluate
from assistant.eligibility.questions import QuickReply
from assistant.eligibility.questions import quick_replies as answer_buttons
from assistant.eligibility.result import EligibilityResult
from assistant.eligibility.whatif import compare
from assistant.explanation import DETAIL_HEADING
from assistant.format import markdown_text
from assistant.pitch import Issuer, PitchSheet, pitch_sheet
from assistant.profile import MAX_PROFILE_CHARS, PROFILE_LIMITS, CompanyProfile, ProfileError, parse_profile
from assistant.report import eligibility_markdown, whatif_markdown, with_relevant_questions
from assistant.session_state import StateError, read_state
from ui.labels import label
from ui.pitch_files import write_pitch_files
from ui.profile_facts import conversation_profile, facts_from_form
from ui.profile_form import FormError, FormValues, form_values, read_form, values_from_data


class InputError(ValueError):
    """Input from the page that cannot be used; the message says what and where."""


def parse_as_of(text: str | None) -> dt.date:
    """``YYYY-MM-DD`` from the date box; empty means today."""
    if not text or not text.strip():
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as error:
        raise InputError(f"as-of date {text.strip()!r}: expected YYYY-MM-DD, e.g. 2024-06-30") from error


def load_state(state_json: str | None, as_of: dt.date) -> DialogueState:
    """The conversation so far from its JSON (empty: a new one). A changed date keeps the facts."""
    if not state_json or not state_json.strip():
        return new_state(as_of)
    try:
        state = read_state(state_json)
    except StateError as error:
        raise InputError(str(error)) from error
    return state if state.as_of == as_of else state.model_copy(update={"as_of": as_of})


def ask(message: str, state_json: str | None, as_of_text: str | None, context: AssistantContext
        ) -> tuple[dict[str, Any], str]:
    """One chat turn: the reply as JSON (``intent``, ``lang``, ``answer``, ``profile``, …) and the new state."""
    as_of = parse_as_of(as_of_text)
    state = load_state(state_json, as_of)
    reply, state = respond(message, state, context)
    return reply.to_json(), state.model_dump_json()


DETAIL_HEADING_LINE = re.compile(f"({'|'.join(map(re.escape, DETAIL_HEADING.values()))})[：:]")
DETAIL_LINE = "  · "
"""The lines under a detail heading (see :class:`assistant.explanation.Explanation`)."""
CITATION = re.compile(r"〔([^〔〕\n]{1,40})〕")


def answer_markdown(answer: str, citations: dict[str, list[tuple[str, str]]] | None = None) -> str:
    """The reply as Markdown: its lines kept apart, a paragraph break after the benefit list,
    any Markdown or HTML the user typed (echoed back) shown as text, and each citation
    〔三（二）6〕 a link to its span in the policy text (``citations``: clause path → the quotes
    and element ids of its provisions; the quote that follows the citation picks the span)."""
    lines = [re.sub(r"([\\`*_{}\[\]#|])", r"\\\1", html.escape(line, quote=False)) for line in answer.splitlines()]
    out: list[str] = []
    details_open = False
    for index, line in enumerate(lines):
        if details_open and not line.startswith(DETAIL_LINE):
            out += ["", "</details>", ""]
            details_open = False
        heading = DETAIL_HEADING_LINE.fullmatch(line)
        if heading:  # the arithmetic of a "why" answer: folded, opened by a click
            out += ["", f"<details><summary>{heading[1]}</summary>", ""]
            details_open = True
            continue
        bullet = line.startswith("- ")
        if index and not bullet and lines[index - 1].startswith("- "):
            out.append("")
        out.append(line if bullet else line + "  ")
    if details_open:
        out += ["", "</details>"]
    text = "\n".join(out)
    return link_citations(text, citations) if citations else text


def link_citations(markdown: str, citations: dict[str, list[tuple[str, str]]]) -> str:
    """Each citation 〔三（二）6〕 in ``markdown`` made a link to its span in the policy text: the
    span whose quote follows the citation (“…”), else the one whose quote appears later on the
    same line (a table row) or on the next (a quoted block), else the clause's first provision."""

    def plain(text: str) -> str:
        return html.unescape(text).replace("\\", "")

    def link(match: re.Match[str]) -> str:
        candidates = citations.get(match[1].replace("\\", ""))
        if not candidates:
            return match[0]
        rest = markdown[match.end():]
        quoted = re.match(r"\s*“([^”]{1,400})", rest)
        words = plain(quoted[1]).rstrip("…") if quoted else ""
        target = next((element for quote, element in candidates if words and words in quote), None)
        if target is None:
            nearby = plain("\n".join(rest.split("\n", 2)[:2]))
            target = next((element for quote, element in candidates if quote[:QUOTE_PREFIX] in nearby),
                          candidates[0][1])
        return f"[{match[0]}](#{target})"

    return CITATION.sub(link, markdown)


QUOTE_PREFIX = 16
"""How much of a provision's quote must appear near a citation to point the link at it."""


def error_markdown(error: Exception, mode: str = "both") -> str:
    """Input the page cannot use, said as text under a bold heading in the interface language."""
    return f"**{label('input_error', mode)}:** {answer_markdown(str(error))}"


EDIT_QUESTION = {"zh": "按修改后的情况，能拿多少？", "en": "With the edited profile, what can we get?"}


def apply_profile_form(values: FormValues, state_json: str | None, as_of_text: str | None, lang: str,
                       context: AssistantContext, mode: str = "both") -> tuple[dict[str, Any], str]:
    """Take the fact panel's form, edited (a value changed, a row added, emptied or deleted),
    as the conversation's facts, then ask for the total again; nothing changes if a cell is wrong."""
    state = load_state(state_json, parse_as_of(as_of_text))
    profile = read_profile_form(values, label("profile", mode), mode) or CompanyProfile()
    try:
        facts = facts_from_form(profile, state.facts)
    except ProfileError as error:
        raise InputError(str(error)) from error
    state = state.model_copy(update={"facts": facts, "last_benefits": (), "last_reasons": ()})
    reply, state = respond(EDIT_QUESTION.get(lang, EDIT_QUESTION["en"]), state, context)
    return reply.to_json(), state.model_dump_json()


def chat_form_values(reply: dict[str, Any], mode: str = "both") -> FormValues:
    """The fact panel's form filled with what the conversation understood, in words."""
    facts = [FactRecord(**fact) for fact in reply.get("profile", [])]
    return form_values(conversation_profile(facts), mode=mode)


def chat_words_markdown(reply: dict[str, Any], mode: str = "both") -> str:
    """Under the fact panel: the user's words each fact was read from, and the assumptions the
    totals rest on (an unstated location, an undated status…), in the interface language."""
    said = list(dict.fromkeys(fact["source"] for fact in reply.get("profile", [])))
    lines = [f"**{label('your_words', mode)}：** " + "；".join(f"「{markdown_text(words)}」" for words in said)] \
        if said else []
    for assumption in (reply.get("eligibility") or {}).get("assumptions", []):
        words = assumption["en"] if mode == "en" else assumption["zh"] if mode == "zh" else \
            f"{assumption['zh']} / {assumption['en']}"
        lines.append(f"- {markdown_text(words)}")
    return "\n".join(lines)


def read_profile(profile_json: str, *, lenient: bool = False) -> CompanyProfile:
    """A company profile typed or uploaded as JSON; errors name the line, column or field.
    ``lenient`` (the page's editors) also takes what the form takes: labels, 是/否, 3000万,
    a year or month as a date."""
    try:
        data = read_json(profile_json.lstrip("\ufeff") or "{}", "profile", PROFILE_LIMITS)
    except DataInputError as error:
        raise InputError(str(error)) from error
    return profile_from_data(data, "profile", lenient=lenient)


def profile_from_data(data: Any, source: str, *, lenient: bool) -> CompanyProfile:
    """Validate parsed profile data; when strict reading fails and ``lenient``, read it as the form would."""
    try:
        return parse_profile(data, source)
    except ProfileError as error:
        if not lenient:
            raise InputError(str(error)) from error
    try:
        return read_form(values_from_data(data))
    except FormError as error:
        raise InputError(f"{source}:\n{error}") from error


PROFILE_SUFFIXES = (".json", ".yaml", ".yml")


def read_profile_upload(path: Path) -> CompanyProfile:
    """An uploaded profile file (JSON or YAML, at most :data:`MAX_PROFILE_CHARS` bytes)."""
    if path.suffix.lower() not in PROFILE_SUFFIXES:
        raise InputError(f"{path.name}: a profile is a {', '.join(PROFILE_SUFFIXES)} file")
    size = path.stat().st_size
    if size > MAX_PROFILE_CHARS:
        raise InputError(f"{path.name}: {size} bytes; a profile file may have at most {MAX_PROFILE_CHARS}")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise InputError(f"{path.name}: cannot read the profile ({error.strerror or 'unreadable'})") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path.name}: cannot read the profile (not UTF-8 text)") from error
    try:
        data = read_data(text, path.name, PROFILE_LIMITS, syntax="json" if path.suffix.lower() == ".json" else "yaml")
    except DataInputError as error:
        raise InputError(str(error)) from error
    return profile_from_data(data if data is not None else {}, path.name, lenient=True)


def read_profile_form(values: FormValues, which: str, mode: str = "both") -> CompanyProfile | None:
    """The profile a form describes (``which`` names the form in errors, each wrong cell by its
    table, row and column in the interface's words); None when it is empty."""
    from ui.form_widgets import form_error_words

    try:
        profile = read_form(values)
    except FormError as error:
        raise InputError(f"{which}:\n{form_error_words(str(error), mode)}") from error
    return None if profile == CompanyProfile() else profile


def profile_download(profile: CompanyProfile, folder: Path) -> Path:
    """The profile written as a JSON file to download (a folder of its own per export)."""
    import tempfile

    folder.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix="profile-", dir=folder)) / "company-profile.json"
    path.write_text(profile_json_text(profile) + "\n", encoding="utf-8")
    return path


def profile_json_text(profile: CompanyProfile) -> str:
    """A profile as the JSON people edit: only what is known, indented, amounts as numbers."""

    def plain(value: Any) -> Any:
        if isinstance(value, Decimal):
            return int(value) if value == value.to_integral_value() else float(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        raise TypeError(f"cannot write {type(value).__name__} as JSON")

    return json.dumps(profile.model_dump(exclude_defaults=True), ensure_ascii=False, indent=2, default=plain)


def check(profile_json: str, as_of_text: str | None, context: AssistantContext) -> EligibilityResult:
    """The engine's result for a company profile given as JSON."""
    return evaluate(read_profile(profile_json), parse_as_of(as_of_text), context.rules)


def check_report(profile_json: str, as_of_text: str | None, context: AssistantContext, variant_json: str = ""
                 ) -> tuple[str, dict[str, Any], str]:
    """The printable Markdown report (headed by the company's name), the engine's JSON, and —
    when a variant is given — the company (A) and the variant (B) side by side (else "")."""
    profile = read_profile(profile_json)
    variant = None
    if variant_json.strip():
        try:
            variant = read_profile(variant_json)
        except InputError as error:
            raise InputError(f"variant: {error}") from error
    return profile_report(profile, variant, as_of_text, context)


def profile_report(profile: CompanyProfile, variant: CompanyProfile | None, as_of_text: str | None,
                   context: AssistantContext) -> tuple[str, dict[str, Any], str]:
    """:func:`check_report` for profiles already read (from JSON or from the form)."""
    as_of = parse_as_of(as_of_text)
    result = evaluate(profile, as_of, context.rules)
    comparison = ""
    shown = with_relevant_questions(result, context.rules, profile)  # the report lists the few relevant ones
    if variant is not None:
        comparison = whatif_markdown(compare(result, evaluate(variant, as_of, context.rules)))
    return eligibility_markdown(shown, profile.name), result.to_json(), comparison


def pitch(profile_json: str, as_of_text: str | None, context: AssistantContext, folder: Path,
          issuer: Issuer | None = None) -> tuple[PitchSheet, Path, Path]:
    """The pitch sheet for a profile, handed out by ``issuer``, with its Markdown and PDF files
    written to ``folder``."""
    profile = read_profile(profile_json, lenient=True)
    sheet = pitch_sheet(evaluate(profile, parse_as_of(as_of_text), context.rules), profile.name, issuer)
    markdown_path, pdf_path = write_pitch_files(sheet, folder)
    return sheet, markdown_path, pdf_path


def amounts_figure(sheet: PitchSheet) -> Any:
    """A bar chart of each benefit's guaranteed and up-to amounts (万元), by measure: the
    guaranteed part solid, the rest hatched, so that it reads in black and white too."""
    import plotly.graph_objects as go

    names = [f"{number}. {line.citation} {textwrap.shorten(line.title_en, 44, placeholder='…')}"
             for number, line in enumerate(sheet.lines, start=1)]
    sure = [line.amount_min_cny / 10_000 for line in sheet.lines]
    rest = [max(0, (line.amount_max_cny or line.amount_min_cny) - line.amount_min_cny) / 10_000
            for line in sheet.lines]
    figure = go.Figure([
        go.Bar(x=sure, y=names, orientation="h", name="确定可得 guaranteed (万元)", marker_color="#222"),
        go.Bar(x=rest, y=names, orientation="h", name="最高可得 up to (万元)", marker_color="#fff",
               marker_line_color="#222", marker_line_width=1, marker_pattern_shape="/",
               marker_pattern_fgcolor="#222")])
    figure.update_layout(barmode="stack", height=160 + 40 * len(names),
                         margin={"l": 10, "r": 10, "t": 70, "b": 10, "autoexpand": True},
                         title="金额 Amounts (万元)", yaxis={"autorange": "reversed", "automargin": True},
                         legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"})
    return figure


def search(query: str, k: int, context: AssistantContext) -> dict[str, Any]:
    """Clauses that answer ``query``, with the best sentence of each."""
    from assistant.retrieval.search import QueryError

    try:
        result: dict[str, Any] = context.search().search(query, max(1, min(int(k), 20))).to_json()
    except QueryError as error:
        raise InputError(str(error)) from error
    return result


MAX_QUICK_REPLIES = 4
"""Buttons under the chat for answering its question (是，国家级 / 省级 / 市级 / 不是)."""


def asked_now(state_before: str | None, state_after: str) -> str | None:
    """The question the turn just asked (the state after it asks one more), or None."""
    before = json.loads(state_before)["asked"] if state_before and state_before.strip() else []
    after = json.loads(state_after)["asked"]
    return str(after[-1]) if len(after) > len(before) else None


def quick_replies(reply: dict[str, Any], state_before: str | None, state_after: str, lang: str,
                  context: AssistantContext) -> list[QuickReply]:
    """The answers to offer as buttons for the question this turn asked, in ``lang``; none
    when it asked nothing or asks for a date or figures."""
    key = asked_now(state_before, state_after)
    if key is None:
        return []
    question = next((q for q in (reply.get("eligibility") or {}).get("questions", []) if q["key"] == key), None)
    record = context.rules.record
    levels = [record.provision(pid).level or "" for pid in (question or {}).get("provision_ids", [])]
    return answer_buttons(key, levels, lang)[:MAX_QUICK_REPLIES]
