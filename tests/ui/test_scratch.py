"""Uploading another policy: ingested and validated into a scratch graph, bad files named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import Graph

from assistant.kind_words import kind_label
from tests.conftest import EXTERNAL
from tests.internals import assert_no_internals
from ui.scratch import MAX_UPLOAD_BYTES, UploadError, ingest_upload


def test_an_external_policy_becomes_a_valid_scratch_graph(tmp_path: Path) -> None:
    scratch = ingest_upload(EXTERNAL / "liuhe_tourism_2019.txt", tmp_path, today=dt.date(2026, 11, 26))
    assert "SHACL: conforms" in scratch.summary
    assert "已失效 expired" in scratch.summary
    assert len(scratch.rows) >= 20 and all(row[4] for row in scratch.rows)
    assert len(Graph().parse(scratch.turtle, format="turtle")) > 100
    for mode in ("zh", "en"):
        headers, rows = scratch.table(mode)
        shown = "\n".join(["\t".join(headers), *("\t".join(row[:4]) for row in rows)])  # the quotes are the policy's
        assert_no_internals(shown, mode)
        assert {row[1] for row in rows} <= {kind_label(row[1], mode) for row in scratch.rows}, "every kind in words"


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("policy.doc", b"\xd0\xcf\x11\xe0", "a policy is a .txt"),
    ("policy.pdf", b"%PDF-1.4", "policy.pdf: not a readable PDF"),
    ("big.txt", b"a" * (MAX_UPLOAD_BYTES + 1), "at most 1,000,000"),
    ("empty.txt", b"", "empty.txt: "),
    ("binary.txt", bytes(range(256)) * 10, "binary.txt: "),
])
def test_bad_uploads_are_refused_by_name(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UploadError, match=reason.replace(".", r"\.")) as error:
        ingest_upload(path, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert str(tmp_path) not in str(error.value), "the server's folder is not shown to the user"


def test_a_document_that_is_not_a_policy_says_so(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nThe meeting is on Tuesday. <script>alert(1)</script>\n", encoding="utf-8")
    scratch = ingest_upload(path, tmp_path)
    assert "⚠ no amount-bearing provisions found" in scratch.summary
    assert "<script>" not in scratch.summary
