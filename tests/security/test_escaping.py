"""HTML and script typed into any field the page shows back come back escaped (issue #16):
the chat's echo, error messages, the company's name in the report and the pitch sheet
(Markdown, HTML for the PDF), and the SPARQL console's status line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.dialogue import AssistantContext, default_context
from assistant.pitch import pitch_html
from kg.store import open_store
from ui import explore, handlers

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'
RAW = ("<script", "<img")
"""A tag that would run: escaped, the same text is harmless words."""


def _shown_raw(text: str) -> list[str]:
    return [marker for marker in RAW if marker in text]


@pytest.fixture(scope="module")
def context() -> AssistantContext:
    return default_context()


def test_the_chat_echo_shows_typed_html_as_text(context: AssistantContext) -> None:
    reply, _ = handlers.ask(f"我们在片区内{HOSTILE}，2022年11月首次认定为高新技术企业", "", "2024-06-01", context)
    assert "alert(1)" in reply["answer"], "the words around the tags are echoed"
    assert _shown_raw(reply["answer"]) == []  # the tags themselves are dropped before reading
    assert _shown_raw(handlers.answer_markdown(reply["answer"])) == []


def test_an_error_message_quoting_the_input_is_escaped() -> None:
    with pytest.raises(handlers.InputError) as refused:
        handlers.parse_as_of(HOSTILE)
    shown = handlers.error_markdown(refused.value)
    assert "script" in shown and _shown_raw(shown) == []


def test_the_company_name_is_escaped_in_the_report_and_the_pitch_sheet(context: AssistantContext,
                                                                      tmp_path: Path) -> None:
    profile = json.dumps({"name": HOSTILE, "location": {"in_zone": True},
                          "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-15"}]})
    report, _, _ = handlers.check_report(profile, "2024-06-01", context)
    assert "script" in report and _shown_raw(report) == []
    sheet, markdown_path, _ = handlers.pitch(profile, "2024-06-01", context, tmp_path)
    for shown in (markdown_path.read_text(encoding="utf-8"), pitch_html(sheet)):
        assert "script" in shown and _shown_raw(shown) == []


def test_the_sparql_status_line_escapes_the_query_it_quotes() -> None:
    columns, rows, status = explore.sparql_table(open_store(None).dataset(), f"SELECT * WHERE {{ {HOSTILE} }}")
    assert columns == ["error"] and rows == []
    assert _shown_raw(status) == []
