"""The real page in headless Chromium (Debian ``chromium`` driven by Python Playwright).

Every request the page makes is checked: anything not to 127.0.0.1 is blocked and fails the
test. Waits are on conditions (Playwright's ``expect``), with time limits sized for a loaded
two-core machine. Screenshots go to a temporary folder, or to ``POLICYKG_SCREENSHOTS_DIR``:
``python scripts/refresh_screenshots.py`` sets it to refresh docs/screenshots/ on purpose."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from tests.ui.conftest import (  # noqa: F401 (the browser fixtures and constants other tests use)
    ARGS,
    CHROMIUM,
    NAVIGATION_TIMEOUT_MS,
    SCREENSHOTS,
    SCREENSHOTS_DIR,
    TIMEOUT_MS,
    guarded_tab,
)


def test_a_cjk_font_and_chromium_are_installed() -> None:
    """Without a CJK font every Chinese character in the page is a box (scripts/setup.sh installs one)."""
    assert CHROMIUM.exists(), f"{CHROMIUM} missing: run scripts/setup.sh as root or apt-get install chromium"
    assert shutil.which("fc-list"), "fontconfig's fc-list is missing"
    fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=True).stdout
    assert fonts.strip(), "no font covers Chinese: apt-get install fonts-noto-cjk"


@pytest.fixture(scope="session")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: a temporary folder unless ``POLICYKG_SCREENSHOTS_DIR`` names one."""
    chosen = os.environ.get(SCREENSHOTS_DIR)
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screenshot(page, folder: Path, name: str, *, full_page: bool = False) -> None:  # type: ignore[no-untyped-def]
    assert name in SCREENSHOTS, f"{name!r} is not one of the screenshots listed in SCREENSHOTS"
    page.screenshot(path=str(folder / f"{name}.png"), full_page=full_page)


def test_the_page_says_search_is_warming_up_until_it_is_ready(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The page is served before search is built: a status line says so and goes away when it
    is (here the warm-up is held until the line has been seen)."""
    from playwright.sync_api import expect

    from assistant.dialogue import AssistantContext
    from assistant.retrieval.search import default_cache_dir
    from tests.ui.conftest import free_port
    from ui.app import build_app
    from ui.policy_cache import load_bundled_policy
    from ui.warmup import Warmup

    held = threading.Event()
    with pytest.MonkeyPatch.context() as environment:
        for name, value in {"GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1",
                            "NO_PROXY": "127.0.0.1,localhost", "GRADIO_TEMP_DIR": str(tmp_path / "gradio-tmp"),
                            "MPLCONFIGDIR": str(tmp_path / "matplotlib")}.items():
            environment.setenv(name, value)
        loaded = load_bundled_policy(default_cache_dir())
        warmup = Warmup(lambda: held.wait(NAVIGATION_TIMEOUT_MS / 1000))
        app = build_app(AssistantContext(loaded.rules), loaded.graph, loaded.store.dataset(), tmp_path / "downloads",
                        warmup)
        warmup.start()
        app.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True)
        try:
            with guarded_tab(browser, app.local_url) as tab:
                status = tab.locator("#search-status")
                expect(status).to_contain_text("检索正在准备… Search is warming up…")
                tab.locator("#interface-language").get_by_text("English", exact=True).click()
                expect(status).to_have_text("Search is warming up…")
                held.set()
                expect(status).to_be_hidden()
        finally:
            held.set()
            app.close()


def test_the_warmed_up_app_shows_no_status_line(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    expect(page.locator("#status-banner")).to_contain_text("有效期")
    expect(page.locator("#search-status")).to_be_hidden()
    expect(page.get_by_text("Search is warming up")).to_have_count(0)


def ask(page, message: str) -> None:  # type: ignore[no-untyped-def]
    page.locator("#chat-input textarea").fill(message)
    page.locator("#chat-send").click()


def test_chinese_eligibility_question_shows_the_cited_total(page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.locator("#as-of input, #as-of textarea").first.fill("2024-06-01")
    page.locator("#as-of input, #as-of textarea").first.press("Enter")
    ask(page, "我们在片区内，2022年11月首次认定为高新技术企业，能拿多少？")
    chat = page.locator("#chatbot")
    expect(chat).to_contain_text("确定可得 20万元")
    expect(chat).to_contain_text("〔三（二）6〕")
    expect(page.locator("#profile")).to_contain_text("2022年11月首次认定为高新技术企业")
    screenshot(page, shots, "chat", full_page=True)


def test_english_question_and_the_expired_banner(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    expect(page.locator("#status-banner")).to_contain_text("expired on 2025-12-31")
    ask(page, "We listed on the STAR Market in August 2022 and are based in the Dalian FTZ. What do we get?")
    # the plan has expired: its total is what it would have paid while in force, never "Guaranteed"
    expect(page.locator("#chatbot")).to_contain_text("Would have been guaranteed while in force: CNY 5 million")
    expect(page.locator("#chatbot")).to_contain_text("〔三（二）8〕")


def edit_cell(page, table: str, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into a cell of a Gradio table (rows and columns from 0)."""
    cell = page.locator(f'#{table} [data-testid="cell-{row}-{column}"]')
    cell.dblclick()
    editor = page.locator(f'#{table} [data-testid="cell-{row}-{column}"] textarea, '
                          f'#{table} [data-testid="cell-{row}-{column}"] input').first
    editor.fill(text)
    editor.press("Enter")


def test_company_check_form_fills_and_shows_the_table(page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.get_by_role("tab", name="企业测算 Company check").click()
    page.locator("#a-name input, #a-name textarea").first.fill("浏览器测试企业 Browser Co.")
    edit_cell(page, "a-qualifications", 0, 3, "再次")  # round: first → renewal (10万 instead of 20万)
    expect(page.locator('#a-qualifications [data-testid="cell-0-3"]')).to_contain_text("再次")
    page.locator("#check-run").click()
    report = page.locator("#check-report")
    expect(report).to_contain_text("Browser Co.")
    expect(report).to_contain_text("10万元")
    expect(report).to_contain_text("〔三（二）6〕")
    expect(report.locator("table").first).to_be_visible()
    screenshot(page, shots, "company-check", full_page=True)
    report.locator("a", has_text="〔三（二）6〕").first.click()
    expect(page.locator("#policy-text mark.cited")).to_be_in_viewport()
    # the link goes to the sentence quoted in the same row: the renewal's 10万元
    expect(page.locator("#policy-text mark.cited")).to_contain_text("再次认定")


def test_a_bad_cell_or_bad_json_is_named_on_the_page(page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.get_by_role("tab", name="企业测算 Company check").click()
    edit_cell(page, "a-qualifications", 0, 2, "某天吧")
    page.locator("#check-run").click()
    expect(page.locator("#check-report")).to_contain_text(
        "资质与企业类型 Recognitions and enterprise types 第1行 row 1 日期 date")
    page.get_by_text("导出 JSON Export as JSON").click()
    expect(page.locator("#check-profile .cm-content")).to_have_attribute("contenteditable", "false")  # an export
    bad = tmp_path / "bad.json"
    bad.write_text('{"qualifications": [{"id": "no_such_thing"}]}', encoding="utf-8")
    page.locator("#check-upload input[type=file]").set_input_files(str(bad))
    expect(page.locator("#check-report")).to_contain_text("no_such_thing")


def test_an_uploaded_profile_fills_the_form_and_feeds_the_pitch(page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    profile = tmp_path / "prospect.json"
    profile.write_text('{"name": "上传企业 Uploaded Co.", "location": {"in_zone": true}, '
                       '"listings": [{"board": "star_market", "date": "2022-08-01"}]}', encoding="utf-8")
    page.get_by_role("tab", name="企业测算 Company check").click()
    page.get_by_text("导出 JSON Export as JSON").click()
    page.locator("#check-upload input[type=file]").set_input_files(str(profile))
    expect(page.locator("#a-name input, #a-name textarea").first).to_have_value("上传企业 Uploaded Co.")
    expect(page.locator("#a-listings")).to_contain_text("科创板")
    expect(page.locator("#a-listings")).not_to_contain_text("star_market")  # labels, never ids
    expect(page.locator("#a-qualifications")).not_to_contain_text("高新技术企业")
    page.get_by_role("tab", name="招商材料 Pitch sheet").click()
    page.locator("#pitch-from-check").click()
    expect(page.locator("#pitch-name input, #pitch-name textarea").first).to_have_value("上传企业 Uploaded Co.")
    expect(page.locator("#pitch-listings")).to_contain_text("科创板")
    page.locator("#pitch-run").click()
    expect(page.locator("#pitch-view")).to_contain_text("Uploaded Co.")
    expect(page.locator("#pitch-view")).to_contain_text("500万元")


def test_policy_text_marks_provisions(page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.get_by_role("tab", name="原文 Policy text").click()
    marks = page.locator("#policy-text mark")
    expect(marks.first).to_be_visible()
    assert marks.count() >= 40
    screenshot(page, shots, "policy-text")


def test_explore_shows_a_provision_runs_sparql_and_downloads_turtle(page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.get_by_role("tab", name="图谱 Explore").click()
    expect(page.locator("#explore-plot .js-plotly-plot")).to_be_visible(timeout=TIMEOUT_MS)  # plotly.js is slow
    chooser = page.locator("#explore-provision input")
    chooser.click()
    chooser.fill("三（一）3")
    page.get_by_role("option", name=re.compile("三（一）3")).first.click()
    details = page.locator("#explore-details")
    expect(details).to_contain_text("Cross-references")
    expect(details).to_contain_text("孵化器")
    page.locator("#sparql-run").click()
    expect(page.locator("#sparql-status")).to_contain_text("3 rows")
    expect(page.locator("#sparql-table")).to_contain_text("1000000")
    screenshot(page, shots, "explore", full_page=True)
    with page.expect_download() as download:
        page.locator("#download-turtle").click()
    path = download.value.path()
    assert "pkg:" in Path(path).read_text(encoding="utf-8")


def test_clicking_a_node_of_the_graph_shows_it(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.get_by_role("tab", name="图谱 Explore").click()
    expect(page.locator("#explore-plot .js-plotly-plot")).to_be_visible(timeout=TIMEOUT_MS)  # plotly.js is slow
    traces = page.locator("#explore-plot .scatterlayer .trace")
    provision, qualification = traces.nth(1).locator("path.point"), traces.nth(2).locator("path.point")
    hover_label = page.locator("#explore-plot .hoverlayer")

    def click(point, kind: str) -> None:  # type: ignore[no-untyped-def]
        # plotly reports a click on the point it is hovering: wait until it hovers this one
        point.hover(force=True)
        expect(hover_label).to_contain_text(f"{kind}:")
        point.click(force=True)

    click(qualification.first, "qualification")
    expect(page.locator("#explore-node input, #explore-node textarea").first).to_have_value(
        re.compile(r"^qualification:"))
    details = page.locator("#explore-details")
    expect(details).to_contain_text("条规定 provisions")
    click(provision.first, "provision")
    expect(details.locator("blockquote")).to_be_visible()  # the provision's quote (a concept lists its provisions)
    expect(details).to_contain_text(re.compile(r" — 〔[^〕]+〕"))  # named in words and by its clause, no span
    expect(details).not_to_contain_text("span ")
    details.locator("a").first.click()
    expect(page.locator("#policy-text mark.cited")).to_be_in_viewport()


def test_a_citation_in_the_chat_scrolls_the_policy_text(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    ask(page, "我们在片区内，2022年11月首次认定为高新技术企业，能拿多少？")
    citation = page.locator("#chatbot a", has_text="〔三（二）6〕").first
    citation.click()
    cited = page.locator("#policy-text mark.cited")
    expect(cited).to_be_visible()
    expect(cited).to_contain_text("首次认定的高新技术企业")
    expect(cited).to_be_in_viewport()


def test_the_pitch_sheet_renders_and_its_pdf_downloads(page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.get_by_role("tab", name="招商材料 Pitch sheet").click()
    page.locator("#pitch-run").click()
    view = page.locator("#pitch-view")
    expect(view).to_contain_text("Investment pitch")
    expect(view).to_contain_text("确定可得 Guaranteed")
    expect(page.locator("#pitch-plot .js-plotly-plot")).to_be_visible()
    screenshot(page, shots, "pitch", full_page=True)
    with page.expect_download() as download:
        page.locator("#pitch-pdf").click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")


GLYPHS_DIFFER = """() => {
  const font = getComputedStyle(document.querySelector('#status-banner')).fontFamily;
  const draw = (text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 64; canvas.height = 64;
    const context = canvas.getContext('2d');
    context.font = `40px ${font}`;
    context.fillText(text, 8, 48);
    return Array.from(context.getImageData(0, 0, 64, 64).data).join(',');
  };
  const pictures = ['政', '策', '补', '助'].map(draw);
  return new Set(pictures).size === pictures.length && pictures.every((p) => /[1-9]/.test(p));
}"""
"""Missing glyphs all render as the same empty box: four different characters drawn in the
page's own font must give four different, non-blank pictures."""


def test_chinese_renders_as_real_glyphs(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    expect(page.locator("#status-banner")).to_contain_text("有效期")
    assert page.evaluate(GLYPHS_DIFFER)


def test_company_check_compares_a_variant(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.get_by_role("tab", name="企业测算 Company check").click()
    page.locator("#check-copy").click()
    page.get_by_role("tab", name="变体 B（可选） What-if variant B (optional)").click()
    expect(page.locator('#b-qualifications [data-testid="cell-1-1"]')).to_contain_text("市级")
    edit_cell(page, "b-qualifications", 1, 1, "省级")  # the gazelle recognition, municipal → provincial
    page.locator("#check-run").click()
    comparison = page.locator("#check-whatif")
    expect(comparison).to_contain_text("差额 Difference")
    expect(comparison).to_contain_text("+50万元")


def test_editing_the_understood_profile_recalculates(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.locator("#as-of input, #as-of textarea").first.fill("2024-06-01")
    ask(page, "我们在片区内，2022年11月首次认定为高新技术企业，能拿多少？")
    expect(page.locator("#chatbot")).to_contain_text("确定可得 20万元")
    expect(page.locator('#chat-qualifications [data-testid="cell-0-3"]')).to_contain_text("首次认定")
    edit_cell(page, "chat-qualifications", 0, 3, "再次认定")
    page.locator("#profile-apply").click()
    expect(page.locator("#chatbot")).to_contain_text("按修改后的情况")
    expect(page.locator("#chatbot")).to_contain_text("确定可得 10万元")


def test_clearing_the_chat_forgets_the_company(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    ask(page, "我们在片区内，2023年8月在科创板上市")
    expect(page.locator("#chatbot")).to_contain_text("500万元")
    expect(page.locator("#chat-listings")).to_contain_text("科创板")
    page.locator("#chatbot button[aria-label='清空对话'], #chatbot button[aria-label='Clear']").first.click()
    expect(page.locator("#chat-listings")).not_to_contain_text("科创板")
    ask(page, "我们是一家新公司，能拿多少？")
    expect(page.locator("#chatbot")).to_contain_text("还没有确定可以享受的支持")
    expect(page.locator("#chatbot")).not_to_contain_text("500万元")


def test_citations_work_with_english_labels_and_names_stay_text(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.locator("#interface-language").get_by_text("English", exact=True).click()
    expect(page.get_by_role("tab", name="Policy text", exact=True)).to_be_visible()
    ask(page, "We are in the zone and were first recognised as a high-tech enterprise in November 2022.")
    page.locator("#chatbot a", has_text="〔三（二）6〕").first.click()
    expect(page.locator("#policy-text mark.cited")).to_be_in_viewport()
    page.get_by_role("tab", name="Company check", exact=True).click()
    page.locator("#a-name input, #a-name textarea").first.fill('<img src=x id="injected"> **Evil**')
    page.locator("#check-run").click()
    expect(page.locator("#check-report")).to_contain_text('<img src=x id="injected"> **Evil**')
    expect(page.locator("#check-report img, #injected")).to_have_count(0)


def test_the_interface_language_switch(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.locator("#interface-language").get_by_text("English", exact=True).click()
    expect(page.get_by_role("tab", name="Company check", exact=True)).to_be_visible()
    expect(page.locator("#chat-send")).to_have_text("Send")
    expect(page.locator("#status-banner")).to_contain_text("This policy expired on 2025-12-31")
    expect(page.locator("#status-banner")).not_to_contain_text("有效期")
    page.locator("#interface-language").get_by_text("中文", exact=True).click()
    expect(page.get_by_role("tab", name="企业测算", exact=True)).to_be_visible()
    expect(page.locator("#chat-send")).to_have_text("发送")


def test_english_only_mode_has_no_chinese_in_the_forms_and_still_reads_them(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.locator("#interface-language").get_by_text("English", exact=True).click()
    expect(page.get_by_role("tab", name="Chat", exact=True)).to_be_visible()
    expect(page.locator("#profile")).to_contain_text("What we understood")
    expect(page.locator("#profile")).not_to_contain_text("已理解")
    expect(page.get_by_text("Examples", exact=True)).to_be_visible()
    expect(page.get_by_text("示例", exact=False)).to_have_count(0)
    expect(page.get_by_text("院士工作站的补助是每年都有吗？")).to_be_hidden()  # Chinese examples hide with the labels
    page.get_by_text("Is there support for hydrogen projects?").click()
    expect(page.locator("#chat-input textarea")).to_have_value("Is there support for hydrogen projects?")
    expect(page.locator("#chat-input")).not_to_contain_text("您的问题")  # a clicked example keeps the language
    page.get_by_role("tab", name="Company check", exact=True).click()
    qualifications = page.locator("#a-qualifications")
    expect(qualifications).to_contain_text("recognition")
    expect(qualifications).not_to_contain_text("资质")
    expect(page.locator("#a-location-in_zone")).to_contain_text("in the area")
    expect(page.locator("#a-location-in_zone")).not_to_contain_text("在区内")
    expect(qualifications).to_contain_text("High and New Technology Enterprise")  # the cells too
    edit_cell(page, "a-qualifications", 0, 3, "renewal")  # the table is read by its English headers
    page.locator("#check-run").click()
    expect(page.locator("#check-report")).to_contain_text("10万元")
    page.locator("#check-clear-a").click()  # emptying the form keeps the English headers
    expect(qualifications).not_to_contain_text("High and New Technology Enterprise")
    expect(qualifications).to_contain_text("recognition")
    expect(page.locator("#check-report")).not_to_contain_text("10万元")  # the last report was for another company
    page.get_by_role("tab", name="Explore", exact=True).click()
    page.locator("#explore-filter input").click()
    high_tech = page.get_by_role("option", name="qualification · High and New Technology Enterprise", exact=True)
    expect(high_tech.first).to_be_visible()
    page.keyboard.press("Escape")
    page.locator("#sparql-example input").click()
    page.get_by_role("option", name="Largest amounts", exact=True).click()
    expect(page.locator("#sparql-query")).to_contain_text("LIMIT 5")  # the example is in before it runs
    page.locator("#sparql-run").click()
    expect(page.locator("#sparql-status")).to_contain_text("5 rows")
    as_of = page.locator("#as-of input, #as-of textarea").first
    as_of.fill("2024/01/01")
    banner = page.locator("#status-banner")
    expect(banner).to_contain_text("The as-of date must be YYYY-MM-DD")
    expect(banner).to_contain_text("中国（辽宁）自由贸易试验区")  # the policy stays named
    as_of.fill("2026-11-26")
    page.locator("#interface-language").get_by_text("中文 English", exact=True).click()
    page.get_by_role("tab", name="企业测算 Company check", exact=True).click()
    expect(qualifications).to_contain_text("资质 recognition")  # words in both languages, never the id


def test_another_policy_can_be_uploaded_into_a_scratch_graph(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    from tests.conftest import EXTERNAL

    page.get_by_role("tab", name="图谱 Explore").click()
    policy = EXTERNAL / "pingshan_digital_economy_2023.txt"
    page.locator("#scratch-upload input[type=file]").set_input_files(str(policy))
    expect(page.locator("#scratch-summary")).to_contain_text("SHACL: conforms")
    expect(page.locator("#scratch-table")).to_contain_text("万元")


def test_the_next_question_is_offered_as_quick_replies(page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.locator("#interface-language").get_by_text("中文", exact=True).click()
    expect(page.locator("#chat-send")).to_have_text("发送")
    ask(page, "我们去年研发投入5000万，前年3000万")
    expect(page.locator("#chatbot")).to_contain_text("高新技术企业")
    first = page.locator("#chat-quick-0")
    expect(first).to_have_text("是，首次认定")
    expect(page.locator("#chat-quick-2")).to_have_text("不是")
    first.click()
    expect(page.locator("#chatbot")).to_contain_text("是，首次认定的高新技术企业")  # sent as the user's answer
    expect(page.locator("#chat-qualifications")).to_contain_text("首次认定")
    screenshot(page, shots, "chat-quick-replies", full_page=True)


def test_a_fact_is_added_by_dropdowns_and_no_id_is_shown(page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.locator("#interface-language").get_by_text("中文", exact=True).click()
    page.get_by_role("tab", name="企业测算", exact=True).click()
    page.locator("#a-add-kind input").click()
    page.get_by_role("option", name="创新平台", exact=True).click()
    page.locator("#a-add-item input").click()
    page.get_by_role("option", name="重点实验室", exact=True).click()
    page.locator("#a-add-level input").click()
    page.get_by_role("option", name="国家级", exact=True).click()
    page.locator("#a-add-date input, #a-add-date textarea").first.fill("2023年12月")
    page.locator("#a-add-run").click()
    platforms = page.locator("#a-platforms")
    expect(platforms).to_contain_text("重点实验室")
    expect(platforms).to_contain_text("国家级")
    page.locator("#check-run").click()
    expect(page.locator("#check-report")).to_contain_text("〔三（一）1〕")
    for table in ("#a-qualifications", "#a-platforms", "#a-rd_expense"):
        for identifier in ("high_tech_enterprise", "key_laboratory", "national", "first", "30000000"):
            expect(page.locator(table)).not_to_contain_text(identifier)
    screenshot(page, shots, "company-check-form", full_page=True)
