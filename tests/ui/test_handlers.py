"""The app's handlers without a browser: dates, saved state, profiles, the marked policy text."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import replace

import pytest

from assistant.dialogue import AssistantContext, default_context
from ui import handlers
from ui.app import status_markdown
from ui.policy_text import citation_targets, mark_of, marks, policy_html
from ui.profile_facts import FORM_SOURCE
from ui.profile_form import FormValues, form_layout


@pytest.fixture(scope="module")
def context() -> AssistantContext:
    return default_context()


def test_as_of_defaults_to_today_and_rejects_nonsense() -> None:
    assert handlers.parse_as_of("") == dt.date.today()
    assert handlers.parse_as_of(" 2024-06-01 ") == dt.date(2024, 6, 1)
    with pytest.raises(handlers.InputError, match="'2024-02-30'"):
        handlers.parse_as_of("2024-02-30")


def test_a_conversation_survives_its_json_and_a_new_date_keeps_the_facts(context: AssistantContext) -> None:
    message = "我们在片区内，2022年11月首次认定为高新技术企业，能拿多少？"
    reply, state_json = handlers.ask(message, "", "2024-06-01", context)
    assert reply["intent"] == "eligibility" and reply["eligibility"]["total_min_cny"] == 200_000
    values = handlers.chat_form_values(reply, "zh")
    assert values.singles["location.in_zone"] == "yes"
    assert values.tables["qualifications"][0][:4] == ["高新技术企业", "", "2022-11", "首次认定"]
    words = handlers.chat_words_markdown(reply, "zh")
    assert all(f"「{fact['source']}」" in words and fact["source"] in message for fact in reply["profile"])
    reply2, state_json2 = handlers.ask("能拿多少？", state_json, "2026-11-25", context)
    assert reply2["eligibility"]["total_min_cny"] == 200_000
    assert reply2["eligibility"]["policy_status"] == "expired"
    assert json.loads(state_json2)["as_of"] == "2026-11-25"


def test_a_corrupted_state_is_refused_by_name(context: AssistantContext) -> None:
    with pytest.raises(handlers.InputError, match="session state"):
        handlers.ask("能拿多少？", '{"as_of": "yesterday"}', "2024-06-01", context)


@pytest.mark.parametrize(("text", "where"), [("{bad", "line 1 column 2"), ("[1, 2]", "not list"),
                                              ('{"qualifications": [{"id": "no_such_thing"}]}', "no_such_thing"),
                                              ("{" + " " * 100_001 + "}", "at most 100000")])
def test_bad_profiles_name_what_is_wrong(context: AssistantContext, text: str, where: str) -> None:
    with pytest.raises(handlers.InputError, match=re.escape(where)):
        handlers.check(text, "2024-06-01", context)


def test_check_runs_the_engine(context: AssistantContext) -> None:
    profile = {"location": {"in_zone": True},
               "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-15"}]}
    result = handlers.check(json.dumps(profile), "2024-06-01", context)
    assert result.total_min_cny == 200_000 and result.policy_status == "in_force"


def test_policy_text_marks_each_provision_and_keeps_the_text(context: AssistantContext) -> None:
    record = context.rules.record
    page = policy_html(record)
    shown = dict(re.findall(r'<mark id="([^"]+)"[^>]*>(.*?)</mark>', page, re.S))
    where = mark_of(record)
    assert set(where) == {p.id for p in record.provisions}
    by_element = {mark.element_id: mark for mark in marks(record)}
    for provision in record.provisions:
        mark = by_element[where[provision.id]]
        assert mark.start <= provision.span[0] < mark.end
        assert html.unescape(shown[mark.element_id]) == record.text[mark.start:mark.end]
    assert html.unescape(re.sub(r"<[^>]+>", "", page)) == record.text


def test_policy_text_cannot_inject_html(context: AssistantContext) -> None:
    record = context.rules.record
    hostile = replace(record, text="<script>alert(1)</script>" + record.text[25:])
    assert "<script>" not in policy_html(hostile)


def test_the_banner_says_expired_after_the_window(context: AssistantContext) -> None:
    expired = status_markdown(context, "2026-11-25")
    assert "EXPIRED" in expired and "2025-12-31" in expired
    assert "In force" in status_markdown(context, "2024-06-01")
    bad = status_markdown(context, "soon")
    assert "YYYY-MM-DD" in bad and context.rules.record.title in bad, "a bad date keeps the policy's banner"
    english = status_markdown(context, "2024/01/01", "en")
    assert "The as-of date must be YYYY-MM-DD" in english and "测算" not in english and "isoformat" not in english


def test_answers_become_markdown_without_letting_the_user_inject_any() -> None:
    answer = "确定可得 20万元。\n- A：20万元 〔三（二）6〕\n- B\n须知：…\n「<img src=x onerror=alert(1)> **bold**」"
    shown = handlers.answer_markdown(answer)
    assert "\n- B\n\n须知" in shown
    assert "<img" not in shown and "&lt;img" in shown and "\\*\\*bold" in shown


def test_the_calculation_details_of_a_why_answer_are_folded() -> None:
    for heading, tail in (("计算明细", "："), ("Calculation details", ":")):
        answer = f"A：100万元\n- step one\n{heading}{tail}\n  · 2023：600万元 > 100万元\n  · 2024：0\n须知"
        shown = handlers.answer_markdown(answer)
        folded = shown[shown.index("<details>"):shown.index("</details>")]
        assert f"<summary>{heading}</summary>" in folded
        assert "2023：600万元" in folded and "2024：0" in folded, "every detail line is inside the fold"
        assert "须知" not in folded and "step one" not in folded, "only the details are folded"
    assert "<details>" not in handlers.answer_markdown("计算明细 is a word here"), "a heading is a whole line"


def test_citations_link_to_the_quoted_span(context: AssistantContext) -> None:
    record = context.rules.record
    targets = citation_targets(record)
    first, second = targets["三（二）6"][0], targets["三（二）6"][-1]
    assert first[1] != second[1]
    shown = handlers.answer_markdown(f"- A：〔三（二）6〕“{second[0][:12]}”\n- B：〔三（二）6〕\n〔九九〕", targets)
    assert f"[〔三（二）6〕](#{second[1]})“" in shown
    assert f"B：[〔三（二）6〕](#{first[1]})" in shown
    assert shown.endswith("〔九九〕  ")
    assert f'id="{second[1]}"' in policy_html(record)


def test_a_citation_in_a_table_row_or_above_a_quote_links_to_that_quote(context: AssistantContext) -> None:
    record = context.rules.record
    targets = citation_targets(record)
    where = mark_of(record)
    renewal = next(p for p in record.provisions if p.clause_path == ("三", "（二）", "6") and p.round == "renewal")
    assert targets["三（二）6"][0][1] != where[renewal.id]
    profile = handlers.read_profile('{"location": {"in_zone": true}, "qualifications": '
                                    '[{"id": "high_tech_enterprise", "round": "renewal", "date": "2022-11-15"}]}')
    report, _, _ = handlers.profile_report(profile, None, "2024-06-01", context)
    row = next(line for line in handlers.link_citations(report, targets).splitlines() if renewal.quote in line)
    assert f"[〔三（二）6〕](#{where[renewal.id]})" in row
    block = handlers.link_citations(f"**〔三（二）6〕 fixed**\n> {renewal.quote}", targets)
    assert f"(#{where[renewal.id]})" in block


def test_the_pitch_sheet_pdf_embeds_a_cjk_font_and_says_the_total(context: AssistantContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    profile = {"name": "示例 <b>Co</b>", "location": {"in_zone": True},
               "platforms": [{"type": "innovation_alliance", "level": "national", "date": "2022-05-01"}],
               "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-15"}]}
    sheet, markdown_path, pdf_path = handlers.pitch(json.dumps(profile), "2024-06-01", context, tmp_path)
    # the two one-offs in the year of their recognition (2022), the alliance's yearly fund 2022–2024
    assert [p.year for p in sheet.timeline] == [2022, 2022, 2022, 2023, 2024]
    markdown = markdown_path.read_text(encoding="utf-8")
    assert "| 确定可得 Guaranteed | **20万元** | **CNY 200,000** |" in markdown
    fonts = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True).stdout
    assert "CJK" in fonts, fonts
    text = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True,
                          check=True).stdout
    # 20万 + alliance 80万 + 3 × 20万; the R&D subsidy (no figures given) is could-add, not in the totals
    assert "招商政策测算" in text and "160万元" in text and "示例 <b>Co</b>" in text and "不计入合计" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([markdown_path.name, pdf_path.name])


def test_a_variant_is_compared_side_by_side(context: AssistantContext) -> None:
    company = {"location": {"in_zone": True},
               "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-15"}]}
    variant = {**company, "qualifications": [*company["qualifications"],  # type: ignore[misc]
                                             {"id": "gazelle_enterprise", "level": "provincial", "date": "2023-03-01"}]}
    _, _, shown = handlers.check_report(json.dumps(company), "2024-06-01", context, json.dumps(variant))
    assert "| 确定可得 Guaranteed | 20万元 | 70万元 | +50万元 |" in shown
    assert handlers.check_report(json.dumps(company), "2024-06-01", context, "  ")[2] == ""
    with pytest.raises(handlers.InputError, match=r"^variant: profile: not valid JSON"):
        handlers.check_report(json.dumps(company), "2024-06-01", context, "{")


def _edited(values: FormValues, table: str, row: int, column: str, text: str) -> FormValues:
    columns = next(t.columns for t in form_layout().tables if t.name == table)
    rows = [list(r) for r in values.tables[table]]
    rows[row][columns.index(column)] = text
    return FormValues(dict(values.singles), {**values.tables, table: rows})


def test_profile_edits_change_the_answer_and_bad_edits_change_nothing(context: AssistantContext) -> None:
    message = "我们在片区内，2022年11月首次认定为高新技术企业，能拿多少？"
    reply, state_json = handlers.ask(message, "", "2024-06-01", context)
    values = handlers.chat_form_values(reply, "zh")
    renewed = _edited(values, "qualifications", 0, "round", "再次认定")
    edited, edited_state = handlers.apply_profile_form(renewed, state_json, "2024-06-01", "zh", context)
    assert (reply["eligibility"]["total_min_cny"], edited["eligibility"]["total_min_cny"]) == (200_000, 100_000)
    assert '"renewal"' in edited_state
    assert any("edited" in fact["source"] for fact in edited["profile"])
    emptied = FormValues(dict(values.singles), {**values.tables, "qualifications": [["", "", "", "", ""]]})
    dropped, _ = handlers.apply_profile_form(emptied, state_json, "2024-06-01", "zh", context)
    assert [fact["field"] for fact in dropped["profile"]] == ["location.in_zone"]
    with pytest.raises(handlers.InputError, match="资质与企业类型 第1行 日期: 'soon' is not a date"):
        handlers.apply_profile_form(_edited(values, "qualifications", 0, "date", "soon"), state_json, "2024-06-01",
                                    "zh", context, "zh")
    with pytest.raises(handlers.InputError, match="no_such"):
        handlers.apply_profile_form(_edited(values, "qualifications", 0, "id", "no_such"), state_json, "2024-06-01",
                                    "zh", context)


def test_rows_deleted_or_added_in_the_fact_panel(context: AssistantContext) -> None:
    reply, state_json = handlers.ask("我们在片区内，2022年11月首次认定为高新技术企业，能拿多少？", "", "2024-06-01",
                                     context)
    values = handlers.chat_form_values(reply, "zh")
    unknown_place = FormValues({**values.singles, "location.in_zone": ""}, values.tables)
    deleted, _ = handlers.apply_profile_form(unknown_place, state_json, "2024-06-01", "zh", context)
    assert [fact["field"] for fact in deleted["profile"]] == ["qualifications"]
    unchanged, _ = handlers.apply_profile_form(values, state_json, "2024-06-01", "zh", context)
    assert unchanged["profile"] == reply["profile"]  # the words each fact came from are kept
    patents = FormValues(values.singles, {**values.tables, "patents": [["发明专利", "3", ""]]})
    added, _ = handlers.apply_profile_form(patents, state_json, "2024-06-01", "zh", context)
    new = [fact for fact in added["profile"] if fact["field"] == "patents"]
    assert new == [{"key": "patent:invention_patent", "field": "patents", "value": {"type": "invention_patent",
                                                                                     "granted": 3},
                    "source": FORM_SOURCE}]


def test_every_label_has_both_languages() -> None:
    from ui.labels import LABELS, label

    for key, (zh, en) in LABELS.items():
        assert re.search(r"[\u4e00-\u9fff]", zh) and re.search(r"[A-Za-z]", en), key
        assert label(key) == f"{zh} {en}" and label(key, "zh") == zh and label(key, "en") == en


def test_an_uploaded_profile_is_checked_for_type_size_and_content(tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "company.json"
    good.write_text('{"name": "上传 Co.", "qualifications": [{"id": "high_tech_enterprise"}]}', encoding="utf-8")
    assert handlers.read_profile_upload(good).qualifications[0].id == "high_tech_enterprise"
    yaml_file = tmp_path / "company.yaml"
    yaml_file.write_text("location:\n  in_zone: true\n", encoding="utf-8")
    assert handlers.read_profile_upload(yaml_file).location.in_zone is True
    wrong_type = tmp_path / "company.exe"
    wrong_type.write_bytes(b"MZ")
    with pytest.raises(handlers.InputError, match=r"company\.exe: a profile is a \.json"):
        handlers.read_profile_upload(wrong_type)
    too_big = tmp_path / "big.json"
    too_big.write_text(" " * (handlers.MAX_PROFILE_CHARS + 1) + "{}", encoding="utf-8")
    with pytest.raises(handlers.InputError, match=r"big\.json: 100003 bytes; a profile file may have at most"):
        handlers.read_profile_upload(too_big)
    wrong_field = tmp_path / "wrong.json"
    wrong_field.write_text('{"qualifications": [{"id": "nope"}]}', encoding="utf-8")
    with pytest.raises(handlers.InputError, match=r"(?s)wrong\.json.*qualifications row 1, id: unknown qualification"):
        handlers.read_profile_upload(wrong_field)
    assert str(tmp_path) not in _message(handlers.read_profile_upload, wrong_field)
    not_json = tmp_path / "broken.json"
    not_json.write_text("{", encoding="utf-8")
    with pytest.raises(handlers.InputError, match=r"broken\.json: not valid JSON"):
        handlers.read_profile_upload(not_json)


def _message(function, *arguments) -> str:  # type: ignore[no-untyped-def]
    try:
        function(*arguments)
    except handlers.InputError as error:
        return str(error)
    raise AssertionError("no error")


def test_the_form_reads_into_the_report_and_an_empty_variant_is_no_variant(context: AssistantContext) -> None:
    from ui.profile_form import FormValues, form_values

    values = FormValues({"location.in_zone": "是"}, {"qualifications": [["高新技术企业", "", "2022-11-15", "首次"]]})
    profile = handlers.read_profile_form(values, "企业 A")
    assert profile is not None
    assert handlers.read_profile_form(form_values(handlers.read_profile("{}")), "变体 B") is None
    report, result, comparison = handlers.profile_report(profile, None, "2024-06-01", context)
    assert result["total_min_cny"] == 200_000 and "〔三（二）6〕" in report and comparison == ""
    assert json.loads(handlers.profile_json_text(profile)) == {
        "location": {"in_zone": True}, "qualifications": [{"id": "high_tech_enterprise", "round": "first",
                                                           "date": "2022-11-15"}]}
    with pytest.raises(handlers.InputError, match="变体 B:\n资质与企业类型 Recognitions and enterprise types "
                                                  "第1行 row 1 日期 date: 'soon' is not a date"):
        handlers.read_profile_form(FormValues({}, {"qualifications": [["high_tech_enterprise", "", "soon"]]}),
                                   "变体 B")


def test_deleting_one_of_two_facts_from_the_same_words_drops_that_one(context: AssistantContext) -> None:
    reply, state_json = handlers.ask("我们在片区内，是高新技术企业和瞪羚企业", "", "2024-06-01", context)
    assert reply["profile"][1]["source"] == reply["profile"][2]["source"]  # both facts come from the same words
    values = handlers.chat_form_values(reply, "zh")
    kept = [row for row in values.tables["qualifications"] if row[0] != "高新技术企业"]
    after, _ = handlers.apply_profile_form(FormValues(values.singles, {**values.tables, "qualifications": kept}),
                                           state_json, "2024-06-01", "zh", context)
    assert [(fact["key"], fact["value"]) for fact in after["profile"] if fact["field"] == "qualifications"] == [
        ("qualification:gazelle_enterprise", {"id": "gazelle_enterprise"})]


def test_the_pages_json_takes_what_the_form_takes_and_the_api_stays_strict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lenient = ('{"qualifications": [{"id": "高新技术企业", "date": "2022", "round": "首次"}], '
               '"location": {"in_zone": "是"}}')
    profile = handlers.read_profile(lenient, lenient=True)
    hte = profile.qualifications[0]
    assert (hte.id, hte.date_precision, hte.round, profile.location.in_zone) == (
        "high_tech_enterprise", "year", "first", True)
    with pytest.raises(handlers.InputError, match=r"qualifications\.0\.id: unknown qualification"):
        handlers.read_profile(lenient)
    with pytest.raises(handlers.InputError, match="colour: unknown field"):
        handlers.read_profile('{"colour": "blue"}', lenient=True)
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes("\ufeff".encode() + lenient.encode())
    assert handlers.read_profile_upload(with_bom).qualifications[0].id == "high_tech_enterprise"


def test_the_banner_follows_the_interface_language(context: AssistantContext) -> None:
    english = status_markdown(context, "2026-11-26", "en")
    chinese = status_markdown(context, "2026-11-26", "zh")
    assert "EXPIRED" in english and "This policy expired" in english and "失效" not in english.split("\n", 1)[1]
    assert "已失效" in chinese and "This policy" not in chinese and "EXPIRED" not in chinese
