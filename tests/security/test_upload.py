"""Issue #16: an uploaded policy never writes or serves anything outside Gradio's cache and the
scratch folder, whatever its name (``..``, ``/``, ``\\``), and its reading is stopped at a time
limit in a child process that is killed.

The names go through Gradio's real upload route (a minimal page with the same ``gr.File`` as
the Explore tab, on 127.0.0.1), then through :func:`ui.scratch.ingest_upload`.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import EXTERNAL
from ui import scratch
from ui.scratch import SUFFIXES, UploadError, ingest_upload

POLICY = (EXTERNAL / "liuhe_tourism_2019.txt").read_bytes()
EVIL_NAMES = ["../../evil.txt", "..\\..\\evil.txt", "a/../../evil.txt", "/tmp/evil.txt", "....//evil.txt",
              "..", "%2e%2e%2fevil.txt", "C:\\Windows\\evil.txt", "evil.txt\x00.html"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True)
class Page:
    url: str
    upload_dir: Path


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gradio as gr
    from gradio import utils

    scratch_folder = tmp_path_factory.mktemp("scratch")

    def on_upload(path: str | None) -> str:
        return ingest_upload(Path(path), scratch_folder).summary if path else ""

    with gr.Blocks() as demo:
        upload = gr.File(file_types=list(SUFFIXES))
        summary = gr.Markdown()
        upload.upload(on_upload, upload, summary)
    port = _free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        yield Page(f"http://127.0.0.1:{port}/", Path(utils.get_upload_folder()).resolve())
    finally:
        demo.close()


def _upload(page: Page, name: str, content: bytes) -> httpx.Response:
    with httpx.Client(timeout=30, trust_env=False) as client:
        return client.post(f"{page.url}gradio_api/upload", files=[("files", (name, content, "text/plain"))])


@pytest.mark.parametrize("name", EVIL_NAMES)
def test_an_upload_name_never_leaves_gradios_cache(page: Page, tmp_path: Path, name: str) -> None:
    before = {p for p in Path("/tmp").glob("evil*")}
    response = _upload(page, name, POLICY)
    assert response.status_code in (200, 400), response.text
    assert {p for p in Path("/tmp").glob("evil*")} == before, "a file was written outside the cache"
    if response.status_code == 400:
        return  # refused by name
    [stored] = response.json()
    stored_path = Path(stored).resolve()
    assert stored_path.is_relative_to(page.upload_dir), stored
    assert "/" not in stored_path.name and "\\" not in stored_path.name and stored_path.name != ".."
    folder = tmp_path / "scratch"
    if stored_path.suffix.lower() not in SUFFIXES:
        with pytest.raises(UploadError, match="a policy is a"):
            ingest_upload(stored_path, folder)
        return
    result = ingest_upload(stored_path, folder)
    assert result.turtle.resolve().parent == folder.resolve()
    assert [p.name for p in folder.iterdir()] == [result.turtle.name]


def test_files_outside_the_cache_are_not_served(page: Page, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("classified-content-7f3a", encoding="utf-8")
    stored = Path(_upload(page, "policy.txt", POLICY).json()[0])
    with httpx.Client(timeout=30, trust_env=False) as client:
        served = client.get(f"{page.url}gradio_api/file={stored}")
        assert served.status_code == 200 and served.content == POLICY
        for outside in [str(secret), "/etc/passwd", f"{stored.parent}/../../../../etc/passwd",
                        f"{page.upload_dir}/..%2F..%2F..%2Fetc%2Fpasswd"]:
            response = client.get(f"{page.url}gradio_api/file={outside}")
            assert response.status_code in (403, 404), (outside, response.status_code)
            assert b"classified-content-7f3a" not in response.content and b"root:" not in response.content


def test_a_local_name_with_separators_is_shown_without_them_and_writes_inside(tmp_path: Path) -> None:
    path = tmp_path / "..\\..\\evil policy.txt"  # backslashes are ordinary characters here
    path.write_bytes(POLICY)
    folder = tmp_path / "out"
    result = ingest_upload(path, folder)
    assert result.turtle.parent == folder and result.turtle.name.startswith("scratch-")
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, "out"]
    empty = tmp_path / "..\\secret\\empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(UploadError) as error:
        ingest_upload(empty, folder)
    message = str(error.value)
    assert message.startswith(".._secret_empty.txt: ") and str(tmp_path) not in message


def _slow_ingest(path: Path, policy_id: str | None = None) -> Any:
    time.sleep(120)


def _dying_ingest(path: Path, policy_id: str | None = None) -> Any:
    os._exit(3)


def _no_child_left() -> bool:
    import multiprocessing

    return not multiprocessing.active_children()


def test_a_reading_past_the_time_limit_is_stopped_and_named(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "slow.txt"
    path.write_bytes(POLICY)
    monkeypatch.setattr(scratch, "ingest_file", _slow_ingest)  # the forked child inherits it
    with pytest.raises(UploadError, match=r"^slow\.txt: reading it took longer than 1 s and was stopped$"):
        ingest_upload(path, tmp_path / "out", seconds=1)
    assert _no_child_left()
    assert not (tmp_path / "out").exists()


def test_a_reading_process_that_dies_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "dies.txt"
    path.write_bytes(POLICY)
    monkeypatch.setattr(scratch, "ingest_file", _dying_ingest)
    with pytest.raises(UploadError, match=r"^dies\.txt: could not be read \(the process ended without an answer"):
        ingest_upload(path, tmp_path / "out")
    assert _no_child_left()


def test_deeply_nested_html_is_read_within_the_limit(tmp_path: Path) -> None:
    depth = 20_000
    path = tmp_path / "nested.html"
    body = "".join(f"<p>{line}</p>" for line in POLICY.decode("utf-8").splitlines())
    path.write_text("<div>" * depth + body + "</div>" * depth, encoding="utf-8")
    result = ingest_upload(path, tmp_path / "out")
    assert "SHACL: conforms" in result.summary and len(result.rows) >= 20


def _failing_ingest(path: Path, policy_id: str | None = None) -> Any:
    raise RuntimeError(f"internal detail about {path}")


def test_an_unexpected_failure_in_the_child_is_a_sentence_without_the_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(POLICY)
    monkeypatch.setattr(scratch, "ingest_file", _failing_ingest)
    with pytest.raises(UploadError, match=r"^odd\.txt: could not be read \(RuntimeError\)$") as error:
        ingest_upload(path, tmp_path / "out")
    assert str(tmp_path) not in str(error.value)
