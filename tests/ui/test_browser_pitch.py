"""The pitch tab in headless Chromium: the officer's issuer fields print on the sheet, are
remembered by the browser after a reload, and bad input gets a message; amounts on screen stay
on one line. Nothing is written to docs/screenshots/."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.conftest import TIMEOUT_MS, guarded_tab


@pytest.fixture(scope="module")
def officer_page(browser, app_url: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """One guarded tab for the module: the reload test needs what the first test typed."""
    with guarded_tab(browser, app_url) as tab:
        yield tab


def _field(page, elem_id: str):  # type: ignore[no-untyped-def]
    return page.locator(f"#{elem_id} input, #{elem_id} textarea").first


def test_the_issuer_is_printed_remembered_and_checked(officer_page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page = officer_page
    expect.set_options(timeout=TIMEOUT_MS)
    page.get_by_role("tab", name="招商材料 Pitch sheet").click()
    for elem_id, value in [("pitch-issuer-org", "大连自贸片区招商局"), ("pitch-issuer-person", "王丽"),
                           ("pitch-issuer-phone", "0411-8765 4321"), ("pitch-issuer-email", "wang.li@example.org")]:
        _field(page, elem_id).fill(value)
    page.locator("#pitch-run").click()
    view = page.locator("#pitch-view")
    expect(view).to_contain_text("出具单位 Issued by: 大连自贸片区招商局")
    expect(view).to_contain_text("wang.li@example.org")
    amount = view.locator("span.nw").first
    expect(amount).to_be_visible()
    assert amount.evaluate("e => getComputedStyle(e).whiteSpace") == "nowrap"

    page.reload()
    page.get_by_role("tab", name="招商材料 Pitch sheet").click()
    expect(_field(page, "pitch-issuer-person")).to_have_value("王丽")
    expect(_field(page, "pitch-issuer-email")).to_have_value("wang.li@example.org")

    _field(page, "pitch-issuer-email").fill("wang.li at example")
    page.locator("#pitch-run").click()
    expect(view).to_contain_text("is not a valid e-mail")
