"""What every tab of the page is built from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.dialogue import AssistantContext
from ui.examples import PolicyExamples

Labelled = list[tuple[Any, str, str]]
"""(component, words key, "label", "value" or "choices"): what the interface-language switch
rewrites (see :mod:`ui.labels`)."""


@dataclass(frozen=True)
class PageContext:
    assistant: AssistantContext
    citations: dict[str, list[tuple[str, str]]]
    """Citation as printed → (quote, element id) of its provisions (see ``ui.policy_text``)."""
    as_of: Any
    """The page's as-of date box, an input of every calculation."""
    language: Any
    """The interface-language switch (both, zh, en): tables headed in its language take it as an input."""
    downloads: Path
    examples: PolicyExamples
