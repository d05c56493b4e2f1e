"""Uploading another policy: ingested and validated into a scratch graph, bad files named."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from tests.conftest import EXTERNAL
from ui.scratch import MAX_UPLOAD_BYTES, UploadError, ingest_upload


def test_an_external_policy_becomes_a_valid_scratch_graph(tmp_path: Path) -> None:
    scratch = ingest_upload(EXTERNAL / "liuhe_tourism_2019.txt", tmp_path)
    assert "SHACL: conforms" in scratch.summary
    assert len(scratch.rows) >= 20 and all(row[4] for row in scratch.rows)
    assert len(Graph().parse(scratch.turtle, format="turtle")) > 100


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("policy.pdf", b"%PDF-1.4", "a policy is a .txt"),
    ("big.txt", b"a" * (MAX_UPLOAD_BYTES + 1), "at most 1,000,000"),
    ("empty.txt", b"", "empty.txt: "),
    ("binary.txt", bytes(range(256)) * 10, "binary.txt: "),
])
def test_bad_uploads_are_refused_by_name(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UploadError, match=reason.replace(".", r"\.")):
        ingest_upload(path, tmp_path / "out")
    assert not (tmp_path / "out").exists()
