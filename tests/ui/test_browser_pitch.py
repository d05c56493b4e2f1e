"""The pitch tab in headless Chromium: the officer's issuer fields print on the sheet, are
remembered by the browser after a reload, and bad input gets a message; amounts on screen stay
on one line. Nothing is written to docs/screenshots/."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

from tests.ui.test_browser import ARGS, CHROMIUM, TIMEOUT_MS


@pytest.fixture(scope="module")
def officer_page(app_url: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    outside: list[str] = []

    def guard(route) -> None:  # type: ignore[no-untyped-def]
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        context.route("**/*", guard)
        tab = context.new_page()
        tab.set_default_timeout(TIMEOUT_MS)
        tab.goto(app_url)
        yield tab
        context.close()
        browser.close()
    assert outside == [], f"requests left 127.0.0.1: {outside}"


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
