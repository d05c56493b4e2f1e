"""One real app for the UI tests: ``python app.py`` on the bundled policy, on 127.0.0.1 and a free
port, handed to the tests once it serves the page and its search has warmed up (so no test
races the warm-up for the machine's two cores); and the browser fixtures: headless Chromium
and a ``page`` on the app in which every request not to 127.0.0.1 fails the test."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

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


CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ("chat", "company-check", "pitch", "explore", "policy-text", "chat-quick-replies", "company-check-form")
"""The pictures the tests take (``<name>.png``); the README shows them."""
SCREENSHOTS_DIR = "POLICYKG_SCREENSHOTS_DIR"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost"]
TIMEOUT_MS = 30_000
"""For every action and assertion: Playwright's 5 s default for assertions failed on a loaded
machine (the Explore graph took 10 s to draw)."""
NAVIGATION_TIMEOUT_MS = 60_000


@pytest.fixture(scope="session")
def patient_assertions() -> None:
    """Playwright's assertions wait as long as its actions (see ``TIMEOUT_MS``)."""
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="module")
def browser(patient_assertions: None) -> Iterator[object]:
    """Headless Chromium, shared by a module's tests."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@contextmanager
def guarded_tab(browser, url: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A new tab on ``url`` in which every request not to 127.0.0.1 is blocked and fails the test."""
    outside: list[str] = []

    def guard(route) -> None:  # type: ignore[no-untyped-def]
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    context.route("**/*", guard)
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    tab.set_default_navigation_timeout(NAVIGATION_TIMEOUT_MS)
    tab.goto(url)
    yield tab
    context.close()
    assert outside == [], f"requests left 127.0.0.1: {outside}"


@pytest.fixture
def page(browser, app_url: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    with guarded_tab(browser, app_url) as tab:
        yield tab
