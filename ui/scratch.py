"""Another policy, uploaded in the explorer: ingested, built and validated into a scratch
graph that is shown and offered as Turtle, never added to the store.

The reading runs in a forked child with a time limit (:mod:`kg.child_process`, niced), so a document that
is slow to read — nested markup, a huge policy — is stopped and named instead of holding a
server worker. The uploaded file's name is only ever shown (escaped by the page); what is
written is ``scratch-<policy id>-<hash>.ttl`` inside the given folder, whatever the name was.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.format import amount_summary, markdown_text
from assistant.kind_words import kind_label
from ingest.errors import IngestError
from ingest.model import IngestedPolicy
from ingest.pipeline import ingest_file
from kg.build import build_policy_graph
from kg.child_process import ChildFailed, ChildTimeout, call_in_child
from kg.export import ExportFormat, serialize
from kg.store import write_atomically
from kg.validate import validate_graph
from ui.labels import in_mode

UPLOAD_NICENESS = 10
"""Added to the reading child's CPU priority: a long upload must not slow the chat of other users."""

MAX_UPLOAD_BYTES = 1_000_000
UPLOAD_SECONDS = 60.0
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
MAX_NAME_CHARS = 120
_UNSHOWN = re.compile(r"[\x00-\x1f\x7f/\\]")
TABLE_HEADERS = (("条款", "Clause"), ("类型", "Kind"), ("档次", "Tier"), ("金额", "Amount"), ("原文", "Quote"))
KIND_COLUMN = 1


class UploadError(ValueError):
    """An uploaded policy that cannot be read; the message names the file and the reason."""


@dataclass(frozen=True)
class ScratchPolicy:
    summary: str
    rows: list[list[str]]
    """One per provision: clause, kind (its id), tier, amount, quote."""
    turtle: Path

    def table(self, mode: str = "both") -> tuple[list[str], list[list[str]]]:
        """(headers, rows) as shown in the interface language ``mode``: each kind in words."""
        return scratch_table(self.rows, mode)


def scratch_table(rows: list[list[str]], mode: str = "both") -> tuple[list[str], list[list[str]]]:
    """The provisions' table headed and worded in ``mode`` (zh, en or both): kinds by their
    labels (按比例补助，设上限), never their ids (``rate_with_cap``)."""
    headers = [in_mode(zh, en, mode) for zh, en in TABLE_HEADERS]
    def kind(key: str) -> str:
        return in_mode(kind_label(key, "zh"), kind_label(key, "en"), mode)

    worded = [[*row[:KIND_COLUMN], kind(row[KIND_COLUMN]), *row[KIND_COLUMN + 1:]] for row in rows]
    return headers, worded


@dataclass(frozen=True)
class _Reading:
    """What the child sends back: everything shown, and the graph as Turtle."""

    policy_id: str
    sha256: str
    summary: str
    rows: list[list[str]]
    turtle: bytes


def shown_name(path: Path) -> str:
    """The uploaded file's name as it may be shown: no folder, no separators or control
    characters, at most ``MAX_NAME_CHARS`` characters."""
    name = _UNSHOWN.sub("_", path.name)
    return name if len(name) <= MAX_NAME_CHARS else name[:MAX_NAME_CHARS - 1] + "…"


def _summary(policy: IngestedPolicy, conformance: str, day: dt.date) -> str:
    validity = f"{policy.valid_from or '?'} → {policy.valid_until or '?'}"
    if policy.valid_until is not None and policy.valid_until < day:
        validity += f" (**已失效 expired** on {policy.valid_until})"
    elif policy.valid_from is not None and policy.valid_from > day:
        validity += " (尚未生效 not yet in force)"
    summary = (f"**{markdown_text(policy.title)}** · {len(policy.provisions)} provisions · valid {validity} · "
               f"SHACL: {conformance}")
    if policy.warnings:
        summary += "\n\n" + "\n".join(f"- ⚠ {markdown_text(warning)}" for warning in policy.warnings)
    return summary


def _read(path: Path, name: str, day: dt.date) -> _Reading:
    """Ingest, build and validate (in the child); errors name the file, never its folder."""
    try:
        policy = ingest_file(path)
        graph = build_policy_graph(policy)
        report = validate_graph(graph)
        rows = [["".join(p.clause_path), p.kind.value, p.tier or "", amount_summary(p), p.quote]
                for p in policy.provisions]
        return _Reading(policy.id, policy.sha256, _summary(policy, report.summary().splitlines()[0], day), rows,
                        serialize(graph, ExportFormat.TURTLE).encode("utf-8"))
    except IngestError as error:
        raise UploadError(str(error).replace(str(path), name)) from None
    except Exception as error:  # anything else still reaches the page as a sentence, not a traceback
        raise UploadError(f"{name}: could not be read ({type(error).__name__})") from None


def ingest_upload(path: Path, folder: Path, today: dt.date | None = None, *,
                  seconds: float = UPLOAD_SECONDS) -> ScratchPolicy:
    """Ingest ``path`` (.txt/.md/.html/.pdf/.docx, at most 1 MB) in a child process stopped after
    ``seconds``, validate its graph against the shapes, and write the graph as Turtle to
    ``folder``. The summary says whether the policy is in force ``today`` and repeats the ingest
    warnings; errors name the file, never its path."""
    name = shown_name(path)
    if path.suffix.lower() not in SUFFIXES:
        raise UploadError(f"{name}: a policy is a {', '.join(SUFFIXES)} file")
    try:
        size = path.stat().st_size
    except OSError:
        raise UploadError(f"{name}: the uploaded file is gone; upload it again") from None
    if size > MAX_UPLOAD_BYTES:
        raise UploadError(f"{name}: {size:,} bytes; at most {MAX_UPLOAD_BYTES:,} are accepted")
    try:
        reading = call_in_child(_read, path, name, today or dt.date.today(), seconds=seconds, niceness=UPLOAD_NICENESS)
    except ChildTimeout:
        raise UploadError(f"{name}: reading it took longer than {seconds:g} s and was stopped") from None
    except ChildFailed as error:
        raise UploadError(f"{name}: could not be read ({error})") from None
    turtle = folder / f"scratch-{reading.policy_id}-{reading.sha256[:12]}.ttl"
    if turtle.resolve().parent != folder.resolve():  # the id is [a-z0-9_-]: never outside
        raise UploadError(f"{name}: no safe file name for its graph")
    write_atomically(turtle, reading.turtle)
    return ScratchPolicy(reading.summary, reading.rows, turtle)
