"""Another policy, uploaded in the explorer: ingested, built and validated into a scratch
graph that is shown and offered as Turtle, never added to the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from assistant.format import amount_summary, markdown_text
from ingest.errors import IngestError
from ingest.pipeline import ingest_file
from kg.build import build_policy_graph
from kg.export import ExportFormat, serialize
from kg.store import write_atomically
from kg.validate import validate_graph

MAX_UPLOAD_BYTES = 1_000_000
SUFFIXES = (".txt", ".md", ".html", ".htm")


class UploadError(ValueError):
    """An uploaded policy that cannot be read; the message names the file and the reason."""


@dataclass(frozen=True)
class ScratchPolicy:
    summary: str
    rows: list[list[str]]
    turtle: Path


def ingest_upload(path: Path, folder: Path, today: dt.date | None = None) -> ScratchPolicy:
    """Ingest ``path`` (.txt/.md/.html, at most 1 MB), validate its graph against the shapes,
    and write the graph as Turtle to ``folder``. The summary says whether the policy is in
    force ``today`` and repeats the ingest warnings; errors name the file, never its path."""
    name = path.name
    if path.suffix.lower() not in SUFFIXES:
        raise UploadError(f"{name}: a policy is a {', '.join(SUFFIXES)} file")
    size = path.stat().st_size
    if size > MAX_UPLOAD_BYTES:
        raise UploadError(f"{name}: {size:,} bytes; at most {MAX_UPLOAD_BYTES:,} are accepted")
    try:
        policy = ingest_file(path)
    except IngestError as error:
        raise UploadError(str(error).replace(str(path), name)) from error
    graph = build_policy_graph(policy)
    report = validate_graph(graph)
    turtle = folder / f"scratch-{policy.id}.ttl"
    write_atomically(turtle, serialize(graph, ExportFormat.TURTLE).encode("utf-8"))
    validity = f"{policy.valid_from or '?'} → {policy.valid_until or '?'}"
    day = today or dt.date.today()
    if policy.valid_until is not None and policy.valid_until < day:
        validity += f" (**已失效 expired** on {policy.valid_until})"
    elif policy.valid_from is not None and policy.valid_from > day:
        validity += " (尚未生效 not yet in force)"
    summary = (f"**{markdown_text(policy.title)}** · {len(policy.provisions)} provisions · valid {validity} · "
               f"SHACL: {report.summary().splitlines()[0]}")
    if policy.warnings:
        summary += "\n\n" + "\n".join(f"- ⚠ {markdown_text(warning)}" for warning in policy.warnings)
    rows = [["".join(p.clause_path), p.kind.value, p.tier or "", amount_summary(p), p.quote]
            for p in policy.provisions]
    return ScratchPolicy(summary, rows, turtle)
