"""A conversation in a test: messages said one after another from a fresh state on a given date."""

from __future__ import annotations

import datetime as dt

from assistant.dialogue import DialogueState, Reply, new_state, respond


def talk(as_of: dt.date, *messages: str) -> tuple[Reply, DialogueState]:
    """The last reply and the state after saying ``messages`` in turn, starting on ``as_of``."""
    state = new_state(as_of)
    reply: Reply | None = None
    for message in messages:
        reply, state = respond(message, state)
    if reply is None:
        raise ValueError("talk needs at least one message")
    return reply, state


def totals(reply: Reply) -> tuple[int | None, int | None]:
    """The reply's established total, min and max (None when it computed none)."""
    return (reply.eligibility or {}).get("total_min_cny"), (reply.eligibility or {}).get("total_max_cny")


def values(state: DialogueState, field: str) -> list[object]:
    """The values of the state's facts of one field, in the order they were said."""
    return [fact.value for fact in state.facts if fact.field == field]
