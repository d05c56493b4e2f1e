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
