"""The page's named REST events besides ``sparql``: ``ask``, ``eligibility`` and ``search``
(documented on the app's API page)."""

from __future__ import annotations

from typing import Any

from assistant.dialogue import AssistantContext
from ui import handlers


def register_rest_api(context: AssistantContext) -> None:
    """Add the events to the Gradio Blocks being built."""
    import gradio as gr

    def ask(message: str, state_json: str, as_of: str) -> tuple[dict[str, Any], str]:
        """One chat turn. State: the JSON returned by the previous call ('' to start)."""
        try:
            return handlers.ask(message, state_json, as_of, context)
        except handlers.InputError as error:
            raise gr.Error(str(error)) from error

    def eligibility(profile_json: str, as_of: str) -> dict[str, Any]:
        """The engine's result for a company profile (JSON, see `policykg schema profile`) on a date."""
        try:
            return handlers.check(profile_json, as_of, context).to_json()
        except handlers.InputError as error:
            raise gr.Error(str(error)) from error

    def search(query: str, k: float) -> dict[str, Any]:
        """Clauses that answer a question, each with its best sentence."""
        try:
            return handlers.search(query, int(k), context)
        except handlers.InputError as error:
            raise gr.Error(str(error)) from error

    gr.api(ask, api_name="ask")
    gr.api(eligibility, api_name="eligibility")
    gr.api(search, api_name="search")
