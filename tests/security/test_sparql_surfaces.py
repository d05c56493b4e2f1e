"""Every SPARQL surface goes through the gate (issue #16): ``policykg sparql`` (through typer's
CliRunner), the app's console (``ui.explore.sparql_table``) and the app's REST event
``sparql`` (the page's registered function, called in-process). Each probe is refused with
its message shown, nothing from outside comes back, nothing is loaded or connected; a
runaway query on the command line is stopped by ``--timeout``."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from assistant import cli as cli_module
from assistant.cli import app
from kg.store import open_store
from kg.time_limit import run_sparql_limited
from tests.security.sparql_probes import (
    ALL_PROBES,
    CATASTROPHIC_REGEX,
    SECRET_MARKER,
    Probe,
    Tripwire,
)
from ui import explore

PROBE_IDS = [probe.name for probe in ALL_PROBES]
runner = CliRunner()


@pytest.fixture(scope="module")
def rest_sparql(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Any]]:
    """The function the app registers as its REST event ``sparql``, from a page built as
    ``app.py`` builds it (offline, no analytics)."""
    cache = tmp_path_factory.mktemp("app-cache")
    with pytest.MonkeyPatch.context() as environment:
        for name, value in {"GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1",
                            "NO_PROXY": "127.0.0.1,localhost", "GRADIO_TEMP_DIR": str(cache / "gradio-tmp"),
                            "MPLCONFIGDIR": str(cache / "matplotlib")}.items():
            environment.setenv(name, value)
        from assistant.dialogue import default_context
        from ui.app import build_app

        store = open_store(None)
        page = build_app(default_context(), store.graph(), store.dataset(), cache / "downloads")
        events = [block.fn for block in page.fns.values() if block.api_name == "sparql"]
        assert len(events) == 1 and events[0] is not None
        yield events[0]


def cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["sparql", *args])
    return result.exit_code, result.stdout, result.stderr


def _one_line(text: str) -> str:
    """Rich wraps long messages; the refusal is compared as one line."""
    return re.sub(r"\s*\n\s*", " ", text).strip()


def _as_shown(status: str) -> str:
    """The console's bold Markdown status line as the reader sees it (escapes undone)."""
    assert status.startswith("**") and status.endswith("**"), status
    return html.unescape(re.sub(r"\\(.)", r"\1", status[2:-2]))


@pytest.mark.parametrize("probe", ALL_PROBES, ids=PROBE_IDS)
def test_the_command_line_refuses_every_probe(outside: str, tripwire: Tripwire, probe: Probe) -> None:
    code, out, err = cli(probe.text(outside))
    assert code == 2
    message = _one_line(err)
    assert message.startswith("error: ")
    assert re.search(probe.refusal, message.removeprefix("error: ")), message
    assert out == "" and SECRET_MARKER not in err
    assert tripwire.attempts() == []


@pytest.mark.parametrize("probe", ALL_PROBES, ids=PROBE_IDS)
def test_the_apps_console_refuses_every_probe(dataset: Dataset, outside: str, tripwire: Tripwire,
                                              probe: Probe) -> None:
    columns, rows, status = explore.sparql_table(dataset, probe.text(outside))
    assert (columns, rows) == (["error"], [])
    assert re.search(probe.refusal, _as_shown(status)), status
    assert SECRET_MARKER not in status
    assert tripwire.attempts() == []


@pytest.mark.parametrize("probe", ALL_PROBES, ids=PROBE_IDS)
def test_the_rest_event_refuses_every_probe(rest_sparql: Callable[[str], Any], outside: str, tripwire: Tripwire,
                                            probe: Probe) -> None:
    table, status = rest_sparql(probe.text(outside))
    assert table.headers == ["error"]
    assert SECRET_MARKER not in repr(table.value)
    assert re.search(probe.refusal, _as_shown(status)), status
    assert tripwire.attempts() == []


def test_the_rest_event_still_answers_a_read_only_query(rest_sparql: Callable[[str], Any]) -> None:
    table, status = rest_sparql(explore.EXAMPLE_QUERIES["孵化器各级补助 Incubator tiers"])
    assert status.startswith("3 rows · limit 200 rows, 5 s")
    assert ["三/（一）/3", "国家级", "1000000"] in table.value["data"]


# ------------------------------------------------------------- the command line's limits

def test_a_catastrophic_regex_on_the_command_line_is_stopped_by_the_timeout() -> None:
    start = time.monotonic()
    code, out, err = cli(CATASTROPHIC_REGEX, "--timeout", "1")
    elapsed = time.monotonic() - start
    assert code == 2 and out == ""
    assert _one_line(err) == "error: the query was stopped after 1 s (time limit); allow more with --timeout"
    assert elapsed < 30  # generous: without the limit it would run for days


def test_the_command_line_runs_through_the_time_limit_of_5_seconds_by_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    limits: list[tuple[int, float]] = []

    def spy(graph: Any, query: str, *, row_limit: int, seconds: float) -> Any:
        limits.append((row_limit, seconds))
        return run_sparql_limited(graph, query, row_limit=row_limit, seconds=seconds)

    monkeypatch.setattr(cli_module, "run_sparql_limited", spy)
    assert cli("ASK { ?s ?p ?o }") == (0, "true\n", "")
    assert cli("ASK { ?s ?p ?o }", "--timeout", "12.5", "--limit", "7") == (0, "true\n", "")
    assert limits == [(1000, 5.0), (7, 12.5)]


@pytest.mark.parametrize("value", ["0", "-1", "soon"])
def test_a_bad_timeout_is_named(value: str) -> None:
    result = runner.invoke(app, ["sparql", "ASK { ?s ?p ?o }", "--timeout", value])
    assert result.exit_code == 2
    assert "--timeout" in result.stderr


def test_ordinary_queries_still_answer_with_rows_limited(tripwire: Tripwire) -> None:
    code, out, err = cli("SELECT ?p WHERE { ?p a pkg:Provision }", "--limit", "3", "--format", "csv",
                         "--timeout", "60")
    assert code == 0
    assert len(out.strip().splitlines()) == 1 + 3
    assert "stopped at 3 rows (--limit)" in err
    assert tripwire.attempts() == []
