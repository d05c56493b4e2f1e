"""A clause that only goes on listing what the clause before it named takes that clause's date: "In 2024 we opened
an academician workstation, a postdoctoral workstation and an enterprise technology center"; 去年拿了一个技术创新中心，
还有一个重点实验室. The date reaches the listed items up to the end of the sentence, never across it, and never
an item said with a date of its own or said not to be held."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from assistant.understanding.cues import cue
from assistant.understanding.fact_kinds import kind_of

F = TypeVar("F")
"""A fact, whatever its type: the caller says how to read it and date it."""

_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?:\s|$)")


def _dates_of(data: Any) -> dict[str, Any]:
    return {key: data[key] for key in ("date", "date_precision") if key in data} if isinstance(data, dict) else {}


def _undated_held(data: Any, field: str) -> bool:
    return isinstance(data, dict) and "date" not in data and data.get("held", True) is not False \
        and kind_of(field).dated


def date_continued_items(message: str, facts: list[F], source: Callable[[F], str], field: Callable[[F], str],
                         value: Callable[[F], Any], dated: Callable[[F, dict[str, Any]], F]) -> list[F]:
    """``facts`` with each undated fact whose clause only goes on a list (", a postdoctoral workstation", "，还有一个…")
    given the date of the fact of the same field said just before it in the same sentence."""
    result: list[F] = []
    for fact in facts:
        said, data = source(fact).strip(), value(fact)
        before = next((f for f in reversed(result) if field(f) == field(fact)), None)
        if before is not None and _undated_held(data, field(fact)) and cue("list_goes_on").match(said) \
                and _dates_of(value(before)) and _same_sentence(message, source(before), said):
            fact = dated(fact, {**data, **_dates_of(value(before))})
        result.append(fact)
    return result


def _same_sentence(message: str, earlier: str, later: str) -> bool:
    """``later`` is said after ``earlier`` with no sentence end between them."""
    start = message.find(earlier)
    end = message.find(later, max(0, start))
    if start < 0 or end < 0:
        return False
    between = message[start + len(earlier):end] if end >= start + len(earlier) else ""
    return not _SENTENCE_END.search(between)
