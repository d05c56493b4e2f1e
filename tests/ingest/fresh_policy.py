"""A fresh policy written inside a test: ingested, and a conversation's guaranteed total on it (one helper for the
reading tests that also check the company's side)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from ingest.model import IngestedPolicy
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph


def ingested(text: str, policy_id: str) -> IngestedPolicy:
    """``text`` read as a plain-text policy and ingested under ``policy_id``."""
    return ingest_document(read_text(text.encode("utf-8"), "test.txt"), policy_id)


def total_after(policy: IngestedPolicy, as_of: dt.date, *messages: str) -> tuple[int, dict[str, Any]]:
    """The guaranteed total (and the whole eligibility answer) after ``messages``, said in order on ``as_of``."""
    context = AssistantContext(rules_from_graph(build_policy_graph(policy)))
    state = new_state(as_of)
    for message in messages:
        reply, state = respond(message, state, context)
    eligibility = reply.eligibility or {}
    return int(eligibility.get("total_min_cny") or 0), eligibility
