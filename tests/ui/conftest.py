"""One real app for the UI tests: ``ui.app`` on the bundled policy, on 127.0.0.1 and a free port."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    from ui.app import offline_environment

    offline_environment(ROOT / ".cache")
    from ui.app import serve

    port = free_port()
    page = serve("127.0.0.1", port, block=False)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        page.close()
