"""The "done when" of issue #15: each user's path walked in headless Chromium, and after every
step the visible text of the page checked by :func:`tests.internals.assert_no_internals` — no
id, JSON or English trace for a Chinese-interface user, no Chinese internals for an
English-interface user.

- an enterprise (Chinese interface) and an investor (English interface) describe their company
  in the chat, get the cited total, answer the question asked back by a quick reply and ask
  why an amount is what it is;
- a promotion officer types a company into the pitch tab's form, fills the issuer fields,
  makes the sheet and downloads its PDF;
- a policy officer finds every clause about incubators in the policy text and in Explore."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.internals import assert_no_internals
from tests.ui.test_browser import ask

INCUBATOR_CLAUSES = ("〔三（一）3〕", "〔三（一）5〕")
"""Read from the policy: 三（一）3 funds new science and technology incubators (100/50/20万元 by
level); 三（一）5 funds offshore and out-of-town enterprise incubators. (三（一）1 names 企业孵化
services, not an incubator.)"""


TEXT_WITHOUT = """(selectors) => {
  const left = selectors.flatMap((selector) => Array.from(document.querySelectorAll(selector)));
  const before = left.map((element) => element.style.display);
  left.forEach((element) => { element.style.display = 'none'; });
  const text = document.body.innerText;
  left.forEach((element, index) => { element.style.display = before[index]; });
  return text;
}"""
"""The page's rendered text with the given elements hidden for the moment it is read."""


def visible_text(page, *, leave_out: tuple[str, ...] = ()) -> str:  # type: ignore[no-untyped-def]
    """What the person sees: the page's rendered text (hidden tabs and closed panels excluded),
    less the elements ``leave_out`` names (checked on their own, e.g. a bilingual handout)."""
    for selector in leave_out:
        assert page.locator(selector).inner_text().strip(), f"{selector} is not shown on the page"
    text: str = page.evaluate(TEXT_WITHOUT, list(leave_out))
    return text


def choose_language(page, words: str) -> None:  # type: ignore[no-untyped-def]
    page.locator("#interface-language").get_by_text(words, exact=True).click()


def set_as_of(page, date: str) -> None:  # type: ignore[no-untyped-def]
    field = page.locator("#as-of input, #as-of textarea").first
    field.fill(date)
    field.press("Enter")


def test_an_enterprise_asks_in_chinese_and_sees_no_internals(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    choose_language(page, "中文")
    expect(page.locator("#chat-send")).to_have_text("发送")
    set_as_of(page, "2024-06-01")
    assert_no_internals(visible_text(page), "zh")
    chat = page.locator("#chatbot")
    ask(page, "我们在片区内，2023年8月在科创板上市，去年研发投入5000万，前年3000万，能拿多少？")
    expect(chat).to_contain_text("确定可得 500万元")
    expect(chat).to_contain_text("〔三（二）8〕")
    expect(page.locator("#chat-listings")).to_contain_text("科创板")
    assert_no_internals(visible_text(page), "zh")
    first = page.locator("#chat-quick-0")
    expect(first).to_have_text("是，首次认定")
    first.click()
    expect(chat).to_contain_text("确定可得 600万元")
    expect(chat).to_contain_text("〔三（二）7〕")
    assert_no_internals(visible_text(page), "zh")
    ask(page, "为什么是100万？")
    expect(chat).to_contain_text("按其他企业的上限100万元计算")  # the reason in words
    expect(chat).to_contain_text("30% × (5000万元 − 3000万元) = 600万元")
    assert_no_internals(visible_text(page), "zh")


def test_an_investor_asks_in_english_and_sees_no_chinese_internals(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    choose_language(page, "English")
    expect(page.locator("#chat-send")).to_have_text("Send")
    set_as_of(page, "2024-06-01")
    assert_no_internals(visible_text(page), "en")
    chat = page.locator("#chatbot")
    ask(page, "We are in the Dalian FTZ, listed on the STAR Market in August 2023, R&D spending 50 million "
              "last year and 30 million the year before. What can we get?")
    expect(chat).to_contain_text("Guaranteed: CNY 5 million")
    expect(chat).to_contain_text("〔三（二）8〕")
    assert_no_internals(visible_text(page), "en")
    first = page.locator("#chat-quick-0")
    expect(first).to_have_text("Yes, first recognition")
    first.click()
    expect(chat).to_contain_text("Guaranteed: CNY 6 million")
    assert_no_internals(visible_text(page), "en")
    ask(page, "Why 1 million?")
    expect(chat).to_contain_text("the cap for other enterprises, CNY 1 million, applies")
    assert_no_internals(visible_text(page), "en")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_an_officer_types_a_company_and_downloads_its_pitch_pdf(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    choose_language(page, "中文")
    page.get_by_role("tab", name="招商材料", exact=True).click()
    page.locator("#pitch-clear").click()  # the example company goes: this one is typed in
    name = page.locator("#pitch-name input, #pitch-name textarea").first
    expect(name).to_have_value("")
    name.fill("星海生物科技有限公司")
    page.locator("#pitch-location-in_zone").get_by_text("在区内", exact=True).click()
    page.locator("#pitch-add-kind input").click()
    page.get_by_role("option", name="上市", exact=True).click()
    page.locator("#pitch-add-item input").click()
    page.get_by_role("option", name="科创板", exact=True).click()
    page.locator("#pitch-add-date input, #pitch-add-date textarea").first.fill("2023年8月")
    page.locator("#pitch-add-run").click()
    expect(page.locator("#pitch-listings")).to_contain_text("科创板")
    assert_no_internals(visible_text(page), "zh")
    for elem_id, value in [("pitch-issuer-org", "大连自贸片区招商局"), ("pitch-issuer-person", "王丽"),
                           ("pitch-issuer-phone", "0411-8765 4321")]:
        page.locator(f"#{elem_id} input, #{elem_id} textarea").first.fill(value)
    page.locator("#pitch-run").click()
    view = page.locator("#pitch-view")
    expect(view).to_contain_text("星海生物科技有限公司")
    expect(view).to_contain_text("500万元")
    expect(view).to_contain_text("大连自贸片区招商局")
    assert_no_internals(visible_text(page, leave_out=("#pitch-view",)), "zh")
    assert_no_internals(view.inner_text(), "both")  # the sheet is a bilingual handout by design
    with page.expect_download() as download:
        page.locator("#pitch-pdf").click()
    pdf = Path(download.value.path())
    assert pdf.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf)
    assert "星海生物科技有限公司" in text
    assert re.search(r"确定可得[^\n]*500万元", text), text
    assert "王丽" in text


def test_a_policy_officer_finds_every_clause_about_incubators(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    choose_language(page, "中文")
    page.get_by_role("tab", name="原文", exact=True).click()
    page.locator("#policy-search input, #policy-search textarea").first.fill("孵化器")
    page.locator("#policy-find").click()
    found = page.locator("#policy-found")
    for clause in INCUBATOR_CLAUSES:
        expect(found).to_contain_text(clause)
    assert_no_internals(visible_text(page), "zh")

    choose_language(page, "English")
    page.get_by_role("tab", name="Policy text", exact=True).click()
    page.locator("#policy-search input, #policy-search textarea").first.fill("incubator")
    page.locator("#policy-find").click()
    for clause in INCUBATOR_CLAUSES:
        expect(found).to_contain_text(clause)
    expect(page.locator("#policy-html")).to_contain_text("incubator")  # the English descriptions beside the text
    # the policy's own Chinese text is the document itself, shown as it is
    assert_no_internals(visible_text(page, leave_out=("#policy-html",)), "en")

    choose_language(page, "中文")
    page.get_by_role("tab", name="图谱", exact=True).click()
    expect(page.locator("#explore-plot .js-plotly-plot")).to_be_visible()
    filter_box = page.locator("#explore-filter input")
    filter_box.click()
    filter_box.fill("孵化器")
    options = page.get_by_role("option", name=re.compile("孵化器"))
    expect(options.first).to_be_visible()
    concepts = options.all_inner_texts()  # every kind of incubator the vocabulary knows
    details = page.locator("#explore-details")
    shown = []
    for concept in concepts:
        filter_box.click()
        filter_box.fill("孵化器")
        page.get_by_role("option", name=concept, exact=True).click()
        expect(details).to_contain_text(concept.split(" · ")[-1])
        shown.append(details.inner_text())
        assert_no_internals(visible_text(page, leave_out=("#sparql-query",)), "zh")  # SPARQL is code, for staff
    for clause in INCUBATOR_CLAUSES:
        assert any(clause in text for text in shown), f"{clause} not among the provisions of {concepts}"


def test_the_chat_hides_the_calculation_details_until_opened(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    choose_language(page, "中文")
    set_as_of(page, "2024-06-01")
    ask(page, "我们在片区内，是首次认定的高新技术企业，去年研发投入5000万，前年3000万，能拿多少？")
    chat = page.locator("#chatbot")
    expect(chat).to_contain_text("〔三（二）7〕")
    ask(page, "为什么是100万？")
    summary = chat.locator("details summary", has_text="计算明细")
    expect(summary).to_be_visible()
    expect(chat.locator("details", has_text="计算明细").get_by_text("上限 100万元")).to_be_hidden()
    summary.click()
    expect(chat.locator("details", has_text="计算明细").get_by_text("上限 100万元")).to_be_visible()
