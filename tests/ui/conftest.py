"""One real app for the UI tests: ``python app.py`` on the bundled policy, on 127.0.0.1 and a free
port, handed to the tests once it serves the page and its search has warmed up (so no test
races the warm-up for the machine's two cores)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from ui.warmup import SEARCH_FAILED_LINE, SEARCH_READY_LINE

READY_WITHIN_S = 180
"""Start and warm-up together, on a loaded machine (a quiet one needs a few seconds)."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_warm(process: subprocess.Popen[bytes], log_path: Path, within_s: float) -> None:
    """Return once the app says search is ready; fail with its output if it exits, says search
    failed, or takes longer than ``within_s``."""
    deadline = time.monotonic() + within_s
    while True:
        output = log_path.read_text(encoding="utf-8", errors="replace")
        if process.poll() is not None:
            pytest.fail(f"app.py exited with {process.returncode}:\n{output}")
        if SEARCH_FAILED_LINE in output:
            pytest.fail(f"app.py could not prepare search:\n{output}")
        if SEARCH_READY_LINE in output:
            return
        if time.monotonic() > deadline:
            pytest.fail(f"app.py not warmed up after {within_s} s:\n{output}")
        time.sleep(0.1)


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log_path = tmp_path_factory.mktemp("app") / "app.log"
    log = log_path.open("w", encoding="utf-8")
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1",
           "NO_PROXY": "127.0.0.1,localhost", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "app.py", "--port", str(port)], cwd=ROOT, env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_warm(process, log_path, READY_WITHIN_S)
        yield url
    finally:
        process.terminate()
        process.wait(10)
        log.close()
