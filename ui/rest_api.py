"""The page's named REST events besides ``sparql``: ``ask``, ``eligibility`` and ``search``
(documented on the app's API page).

Each event is a plain function of its inputs (:func:`rest_events`), so tests call exactly what
is registered. Input that cannot be used is refused with an :class:`InputError` whose
message says what and where; Gradio shows it to the client as the event's error. A reply is
only returned once it is known to serialise as JSON (the client would otherwise get nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.dialogue import AssistantContext
from ui import handlers
from ui.handlers import InputError


def _serialisable(value: Any, what: str) -> Any:
    """``value`` if it is plain JSON data with integers a 64-bit reader holds, else an
    :class:`InputError` (a reply built from input this large is refused, not half sent)."""

    def fits(item: Any) -> bool:
        if isinstance(item, bool) or item is None or isinstance(item, str | float):
            return True
        if isinstance(item, int):
            return -(2**63) <= item < 2**63
        if isinstance(item, dict):
            return all(isinstance(key, str) and fits(inner) for key, inner in item.items())
        if isinstance(item, list | tuple):
            return all(fits(inner) for inner in item)
        return False

    if not fits(value):
        raise InputError(f"{what}: the result holds a number too large to send; check the amounts given")
    return value


def ask(message: str, state_json: str, as_of: str, context: AssistantContext) -> tuple[dict[str, Any], str]:
    """One chat turn. State: the JSON returned by the previous call ('' to start)."""
    reply, state = handlers.ask(message or "", state_json or "", as_of, context)
    return _serialisable(reply, "ask"), state


def eligibility(profile_json: str, as_of: str, context: AssistantContext) -> dict[str, Any]:
    """The engine's result for a company profile (JSON, see `policykg schema profile`) on a date."""
    if not (profile_json or "").strip("\ufeff \t\r\n"):
        raise InputError("profile: missing or empty; give the profile as a JSON object, e.g. "
                         '{"location": {"in_zone": true}} ({} when nothing is known)')
    return _serialisable(handlers.check(profile_json, as_of, context).to_json(), "eligibility")


def search(query: str, k: float, context: AssistantContext) -> dict[str, Any]:
    """Clauses that answer a question, each with its best sentence."""
    try:
        count = int(k)
    except (TypeError, ValueError, OverflowError):
        raise InputError(f"search: k must be a whole number, not {k!r}") from None
    return handlers.search(query or "", count, context)


def rest_events(context: AssistantContext) -> dict[str, Callable[..., Any]]:
    """The functions registered under each ``api_name``; bad input raises ``gradio.Error``."""
    import gradio as gr

    def ask_event(message: str, state_json: str, as_of: str) -> tuple[dict[str, Any], str]:
        """One chat turn. State: the JSON returned by the previous call ('' to start)."""
        try:
            return ask(message, state_json, as_of, context)
        except InputError as error:
            raise gr.Error(str(error)) from None

    def eligibility_event(profile_json: str, as_of: str) -> dict[str, Any]:
        """The engine's result for a company profile (JSON, see `policykg schema profile`) on a date."""
        try:
            return eligibility(profile_json, as_of, context)
        except InputError as error:
            raise gr.Error(str(error)) from None

    def search_event(query: str, k: float) -> dict[str, Any]:
        """Clauses that answer a question, each with its best sentence."""
        try:
            return search(query, k, context)
        except InputError as error:
            raise gr.Error(str(error)) from None

    return {"ask": ask_event, "eligibility": eligibility_event, "search": search_event}


def register_rest_api(context: AssistantContext) -> None:
    """Add the events to the Gradio Blocks being built."""
    import gradio as gr

    for name, event in rest_events(context).items():
        gr.api(event, api_name=name)
