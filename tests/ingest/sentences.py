"""A sentence of a policy in a test: ingested inside a minimal policy (a title, one section, a closing with its
validity window), so that only the sentence's own reading is tested."""

from __future__ import annotations

from ingest.model import IngestedPolicy, Provision
from ingest.pipeline import ingest_document
from ingest.read import read_text


def policy_of(body: str) -> IngestedPolicy:
    """``body`` as the one section of a small policy in force 2024–2026."""
    text = (f"某区支持产业发展的若干措施\n一、支持措施\n{body}\n二、附则\n"
            "本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")
    return ingest_document(read_text(text.encode("utf-8"), "test.txt"), "test-policy")


def benefits_of(body: str) -> list[Provision]:
    """The provisions of ``body`` that carry money."""
    return [p for p in policy_of(body).provisions if p.kind.monetary]
