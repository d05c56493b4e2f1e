"""The assistant loaded with a policy for a test: from a small policy text written for the test, or from an
ingested policy; and the reply after a conversation of several messages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from ingest.pipeline import IngestedPolicy, ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph


def context_of_policy(policy: IngestedPolicy) -> AssistantContext:
    """The assistant loaded with an ingested policy."""
    return AssistantContext(rules_from_graph(build_policy_graph(policy)))


def context_of_text(text: str, name: str) -> AssistantContext:
    """The assistant loaded with a policy ``text`` (read as the file ``<name>.txt``)."""
    return context_of_policy(ingest_document(read_text(text.encode("utf-8"), f"{name}.txt"), name))


def reply_after(context: AssistantContext, as_of: dt.date, *messages: str) -> Any:
    """The reply to the last of ``messages``, said in turn in one conversation from ``as_of``."""
    state = new_state(as_of)
    reply = None
    for message in messages:
        reply, state = respond(message, state, context)
    return reply


def totals_of(reply: Any) -> tuple[int, int]:
    """The (sure, most) totals a reply states; fails, showing the answer, when it states none."""
    assert reply.eligibility is not None, reply.answer
    return reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]
