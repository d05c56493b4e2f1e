"""A saved conversation (``policykg ask --session``, the ``ask`` REST event) read back safely.

The state comes from outside and may be forged: it is measured before it is parsed
(:data:`MAX_STATE_CHARS`), parsed within :data:`STATE_LIMITS`, and checked against the
shapes the dialogue writes — each remembered benefit and reason with the keys the
explanations read, amounts within 64-bit integers, each fact a valid piece of a profile —
so that a bad state is refused with a :class:`StateError` naming what is wrong, never a
``KeyError`` in the middle of a reply.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from assistant.data_input import DataInputError, DataLimits, read_json
from assistant.dialogue import DialogueState
from assistant.profile import ProfileError, parse_profile
from assistant.understanding.facts import Understood, profile_data

MAX_STATE_CHARS = 200_000
"""A long real conversation saves about 5,000 characters; larger text is refused unread."""
STATE_LIMITS = DataLimits(max_chars=MAX_STATE_CHARS, max_depth=8, max_number_digits=20)
MAX_ITEMS = 200
"""Facts, questions asked, remembered benefits and reasons: at most this many each."""

Cny = Annotated[StrictInt, Field(ge=0, le=10**18)]
"""Whole yuan that any JSON reader holds exactly (below 2**63)."""


class StateError(ValueError):
    """A saved conversation that cannot be used; the message says what is wrong."""


class _Checked(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)


class SavedFact(_Checked):
    key: str = Field(max_length=200)
    field: str = Field(max_length=100)
    value: Any
    source: str


class SavedBenefit(_Checked):
    """What the explanations (为什么是100万, why the total) read of a benefit of the last result."""

    provision_id: str
    title: str
    title_en: str | None = None
    clause_path: list[str]
    min: Cny
    max: Cny | None
    basis: str
    quote: str
    unknown: list[str] = []
    trace: list[str] = []


class SavedReason(_Checked):
    """Why a measure did not apply in the last result (为什么没有…)."""

    title: str
    clause_path: list[str]
    reasons: list[str]
    reasons_zh: list[str] = []
    quote: str


class SavedState(_Checked):
    as_of: dt.date
    facts: list[SavedFact] = Field(default=[], max_length=MAX_ITEMS)
    asked: list[str] = Field(default=[], max_length=MAX_ITEMS)
    last_benefits: list[SavedBenefit] = Field(default=[], max_length=MAX_ITEMS)
    last_reasons: list[SavedReason] = Field(default=[], max_length=MAX_ITEMS)
    turns: Annotated[StrictInt, Field(ge=0, le=10**9)] = 0
    sectors: list[Annotated[str, Field(max_length=100)]] = Field(default=[], max_length=MAX_ITEMS)
    said_last: list[Annotated[str, Field(max_length=200)]] = Field(default=[], max_length=MAX_ITEMS)
    changed_last: list[SavedFact] = Field(default=[], max_length=MAX_ITEMS)


_SERIES_FIELDS = ("rd_expense", "quantities.")
_LIST_FIELDS = ("qualifications", "platforms", "listings", "standards", "patents", "equipment", "holdings")


def _fact_problem(fact: SavedFact, number: int, source: str) -> str | None:
    """What is wrong with one remembered fact as a piece of a profile, or None."""
    where = f"{source}: facts.{number} ({fact.field})"
    if fact.field.startswith(_SERIES_FIELDS) or fact.field in _LIST_FIELDS:
        if not isinstance(fact.value, dict):
            return f"{where}: the value is not a mapping of fields"
        if fact.field.startswith(_SERIES_FIELDS) and not isinstance(fact.value.get("year"), int):
            return f"{where}: the value has no year"
    if isinstance(fact.value, dict) and "date" in fact.value:
        try:
            dt.date.fromisoformat(str(fact.value["date"]))
        except ValueError:
            return f"{where}: the date is not written YYYY-MM-DD"
    try:
        parse_profile(profile_data([Understood(fact.key, fact.field, fact.value, fact.source)]), where)
    except ProfileError as error:
        return str(error)
    return None


def _errors(error: ValidationError, source: str) -> str:
    lines = [f"{source}: not a conversation saved by policykg:"]
    for item in error.errors()[:5]:
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        lines.append(f"  - {where}: {item['msg']}")
    if error.error_count() > 5:
        lines.append(f"  … and {error.error_count() - 5} more")
    return "\n".join(lines)


def read_state(text: str, source: str = "session state") -> DialogueState:
    """The conversation saved as ``text`` (JSON written by ``DialogueState.model_dump_json``)."""
    try:
        data = read_json(text, source, STATE_LIMITS)
    except DataInputError as error:
        raise StateError(str(error)) from None
    if not isinstance(data, dict):
        raise StateError(f"{source}: a saved conversation is a JSON object, not {type(data).__name__}")
    try:
        saved = SavedState.model_validate(data)
    except ValidationError as error:
        raise StateError(_errors(error, source)) from None
    for number, fact in enumerate([*saved.facts, *saved.changed_last]):
        problem = _fact_problem(fact, number, source)
        if problem:
            raise StateError(problem)
    try:
        return DialogueState.model_validate(data)
    except ValidationError as error:
        raise StateError(_errors(error, source)) from None


def read_state_file(path: Path) -> DialogueState:
    """A conversation saved to a file, refused unread when the file is too large."""
    try:
        size = path.stat().st_size
        if size > 4 * MAX_STATE_CHARS:  # UTF-8: up to 4 bytes a character; the text is counted again
            raise StateError(f"{path}: {size:,} bytes; a saved conversation may have at most "
                             f"{MAX_STATE_CHARS:,} characters")
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise StateError(f"{path}: cannot read the conversation ({error.strerror or 'unreadable'})") from None
    except UnicodeDecodeError:
        raise StateError(f"{path}: not a conversation file written by policykg ask (not UTF-8 text)") from None
    return read_state(text, str(path))
