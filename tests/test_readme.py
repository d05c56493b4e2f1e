"""The README's examples are real: its SPARQL runs and its commands exist."""

from __future__ import annotations

import re

import pytest

from kg.query import run_sparql
from kg.store import open_store
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
QUERIES = re.findall(r"```sparql\n(.*?)```", README, flags=re.DOTALL)


def test_the_readme_has_sparql_examples() -> None:
    assert len(QUERIES) >= 4


@pytest.fixture(scope="module")
def bundled_dataset():  # type: ignore[no-untyped-def]
    return open_store(None).dataset()


@pytest.mark.parametrize("query", QUERIES, ids=[f"query{i}" for i in range(len(QUERIES))])
def test_every_readme_query_runs_and_finds_rows(bundled_dataset, query: str) -> None:  # type: ignore[no-untyped-def]
    result = run_sparql(bundled_dataset, query)
    assert result.rows, query


def test_the_first_example_prints_what_the_readme_shows(bundled_dataset) -> None:  # type: ignore[no-untyped-def]
    result = run_sparql(bundled_dataset, QUERIES[0])
    assert result.rows == (("三/（一）/3", "国家级", "1000000"), ("三/（一）/3", "省级", "500000"),
                           ("三/（一）/3", "市级", "200000"))
    for clause, tier, yuan in result.rows:
        assert re.search(rf"│ {re.escape(clause)} │ {tier}\s+│ {yuan}\s+│", README)


def test_the_two_setup_commands_point_at_real_files() -> None:
    assert "bash scripts/setup.sh && .venv/bin/python app.py" in README
    assert (ROOT / "app.py").is_file()
    assert "\n.venv/bin/python -m pytest\n" in README
    assert (ROOT / "scripts" / "setup.sh").is_file()
    assert ".venv/bin/python -m pytest" in (ROOT / ".ci" / "run").read_text()


def test_the_screenshots_shown_exist() -> None:
    shown = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert shown and all((ROOT / path).is_file() for path in shown)


def test_every_screenshot_shown_is_one_the_refresh_command_takes() -> None:
    """docs/screenshots/ is written by scripts/refresh_screenshots.py only (from the browser
    tests, after they pass); a picture the README shows that no test takes would go stale."""
    from tests.ui.test_browser import SCREENSHOTS

    shown = re.findall(r"!\[[^\]]*\]\(docs/screenshots/([^)]+)\.png\)", README)
    assert shown and set(shown) <= set(SCREENSHOTS), set(shown) - set(SCREENSHOTS)
    assert (ROOT / "scripts" / "refresh_screenshots.py").is_file()
