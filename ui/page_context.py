"""What every tab of the page is built from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.dialogue import AssistantContext
from ui.examples import PolicyExamples

Labelled = list[tuple[Any, str, str]]
"""(component, label key, "label" or "value"): what the interface-language switch rewrites."""


@dataclass(frozen=True)
class PageContext:
    assistant: AssistantContext
    citations: dict[str, list[tuple[str, str]]]
    """Citation as printed → (quote, element id) of its provisions (see ``ui.policy_text``)."""
    as_of: Any
    """The page's as-of date box, an input of every calculation."""
    downloads: Path
    examples: PolicyExamples
