"""A policy's own concepts for understanding tests: the induced payee labels a fresh policy would print, and the ones
a message is understood to hold."""

from __future__ import annotations

import datetime as dt

from assistant.understanding.facts import understand_facts
from assistant.understanding.policy_terms import PolicyConcept, PolicyTerms
from ingest.model import induced_concept_id


def induced_terms(*labels: tuple[str, str | None]) -> PolicyTerms:
    """The terms of a policy whose only concepts are these induced labels, (Chinese, English or None)."""
    return PolicyTerms("a_policy", tuple(PolicyConcept(induced_concept_id(label), label, english, None, (), ("p1",))
                                         for label, english in labels))


def held_concepts(message: str, terms: PolicyTerms, as_of: dt.date) -> list[str]:
    """The labels of the policy's concepts ``message`` says the company holds."""
    return [fact.value["label"] for fact in understand_facts(message, as_of, terms=terms)
            if fact.field == "policy_concepts" and fact.value.get("held", True)]
