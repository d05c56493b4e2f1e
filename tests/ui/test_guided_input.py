"""Guided input (issue 15): the profile form in words a person reads (labels, never ids),
dropdown choices from the vocabulary, amounts and dates as people write them, errors named by
table, row and column in the interface language, the chat's quick replies, and the JSON as an
export."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.dialogue import AssistantContext, default_context
from assistant.profile import CompanyProfile, parse_profile
from ingest.concepts import load_vocabulary
from tests.ui.test_profile_form import FULL_PROFILE
from ui import fact_adder, handlers
from ui.form_widgets import form_error_words
from ui.profile_form import FormError, FormValues, concept_choices, form_layout, form_values, read_form

IDS = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
"""What a vocabulary id looks like (high_tech_enterprise, star_market)."""


@pytest.fixture(scope="module")
def context() -> AssistantContext:
    return default_context()


@pytest.mark.parametrize("mode", ["zh", "en", "both"])
def test_a_filled_form_shows_labels_never_ids_and_reads_back(mode: str) -> None:
    profile = parse_profile(FULL_PROFILE)
    values = form_values(profile, mode=mode)
    cells = [cell for rows in values.tables.values() for row in rows for cell in row]
    ids = {c.id for c in load_vocabulary().concepts.values() if c.label_en != c.id}  # not "national"
    assert not [cell for cell in cells if cell in ids or IDS.fullmatch(cell)]
    if mode != "en":  # English labels of levels and rounds are the words national, renewal…
        assert not [cell for cell in cells if cell in ("first", "renewal", "national", "provincial", "True")]
    assert "高新技术企业" in cells if mode != "en" else "High and New Technology Enterprise" in cells
    assert read_form(values) == profile


@pytest.mark.parametrize("typed", ["3000万", "3,000万元", "30000000", "0.3亿", "RMB 30 million", "30,000,000"])
def test_amount_fields_take_what_people_write(typed: str) -> None:
    profile = read_form(FormValues({"investment_total_cny": typed}, {"rd_expense": [["2024", typed]]}))
    assert profile.rd_expense[0].amount_cny == profile.investment_total_cny == Decimal(30_000_000)
    assert read_form(FormValues({}, {"rd_expense": [["2024", "3.5亿"]]})).rd_expense[0].amount_cny == 350_000_000


@pytest.mark.parametrize(("typed", "day", "precision"), [("2023-12", dt.date(2023, 12, 1), "month"),
                                                         ("2023年12月", dt.date(2023, 12, 1), "month"),
                                                         ("2023.12", dt.date(2023, 12, 1), "month"),
                                                         ("2023/12/05", dt.date(2023, 12, 5), None),
                                                         ("2023", dt.date(2023, 1, 1), "year")])
def test_date_fields_take_what_people_write(typed: str, day: dt.date, precision: str | None) -> None:
    found = read_form(FormValues({}, {"qualifications": [["高新技术企业", "", typed]]})).qualifications[0]
    assert (found.date, found.date_precision) == (day, precision)


def test_errors_name_the_table_row_and_column_in_the_interface_language() -> None:
    values = FormValues({}, {"rd_expense": [["2023", "3000万"], ["2024", "lots"]]})
    with pytest.raises(FormError) as caught:
        read_form(values)
    assert form_error_words(str(caught.value), "zh").startswith(
        "研发经费（按年） 第2行 金额(元): 'lots' is not an amount")
    assert form_error_words(str(caught.value), "en").startswith(
        "R&D expenditure by year row 2 amount (yuan): 'lots' is not an amount")


@pytest.mark.parametrize(("table", "column"), [("qualifications", "id"), ("platforms", "type"), ("listings", "board"),
                                               ("holdings", "type"), ("patents", "type"), ("quantities", "quantity"),
                                               ("platforms", "level"), ("qualifications", "round")])
@pytest.mark.parametrize("mode", ["zh", "en"])
def test_every_dropdown_choice_is_a_label_the_form_reads_as_its_id(table: str, column: str, mode: str) -> None:
    choices = concept_choices(table, column, mode)
    assert choices, f"{table}.{column}: no choices"
    columns = next(t.columns for t in form_layout().tables if t.name == table)
    for shown, key in choices:
        assert not IDS.fullmatch(shown) and (mode == "en" or shown != key), f"{table}.{column}: {shown!r} is an id"
        row = [""] * len(columns)
        row[columns.index(column)] = shown
        filler = {"id": "高新技术企业", "type": concept_choices(table, "type")[0][0] if "type" in columns else "",
                  "board": "科创板", "granted": "1", "quantity": "营业收入", "year": "2024", "amount_cny": "1"}
        for name in columns:
            if not row[columns.index(name)] and name in filler and name != column:
                row[columns.index(name)] = filler[name]
        if table == "quantities":
            assert getattr(read_form(FormValues({}, {table: [row]})), table)[key]
            continue
        item = getattr(read_form(FormValues({}, {table: [row]})), table)[0]
        assert getattr(item, column) == key


@pytest.mark.parametrize("table", fact_adder.ADDABLE)
def test_the_adder_makes_a_row_the_form_reads_for_every_kind(table: str) -> None:
    shown = fact_adder.fields_for(table)
    item = fact_adder.item_choices(table, "zh")[0][1] if shown.item else ""
    amount = ("3" if table == "patents" else "3000万") if shown.amount else ""
    fact = fact_adder.NewFact(table, item, "national" if shown.level else "", "", "2023年12月" if shown.date else "",
                              "2024" if shown.year else "", amount)
    row = fact_adder.new_row(fact, "zh")
    assert not [cell for cell in row if IDS.fullmatch(cell)]
    rows = fact_adder.with_row([["x"] * len(row), [""] * len(row)], row)
    assert rows[1] == row and rows[-1] == [""] * len(row)
    profile = read_form(FormValues({}, {table: [row]}))
    assert profile != CompanyProfile()


def test_the_adder_names_what_is_wrong() -> None:
    with pytest.raises(FormError, match="rd_expense added row, amount_cny: 'lots' is not an amount"):
        fact_adder.new_row(fact_adder.NewFact("rd_expense", year="2024", amount="lots"), "zh")
    with pytest.raises(FormError, match="nothing chosen or typed"):
        fact_adder.new_row(fact_adder.NewFact("rd_expense"), "zh")
    with pytest.raises(FormError, match="'name' is not a table"):
        fact_adder.fields_for("name")


def test_the_chat_offers_the_answers_to_its_question_as_buttons(context: AssistantContext) -> None:
    reply, state = handlers.ask("我们去年研发投入5000万，前年3000万", "", "2024-06-01", context)
    assert handlers.asked_now("", state) == "holds:high_tech_enterprise"
    buttons = handlers.quick_replies(reply, "", state, "zh", context)
    assert [b.label for b in buttons] == ["是，首次认定", "是，再次认定", "不是"]
    english = handlers.quick_replies(reply, "", state, "en", context)
    assert [b.label for b in english] == ["Yes, first recognition", "Yes, a renewal", "No"]
    answered, after = handlers.ask(buttons[0].message, state, "2024-06-01", context)
    assert any(fact["value"].get("round") == "first" for fact in answered["profile"]
               if fact["field"] == "qualifications")
    _, again = handlers.ask("为什么", after, "2024-06-01", context)  # a turn that asks nothing offers nothing
    assert handlers.asked_now(after, again) is None


def test_the_report_lists_at_most_three_relevant_questions(context: AssistantContext) -> None:
    profile = parse_profile({"name": "某生物医药公司", "location": {"in_zone": True}})
    report, result, _ = handlers.profile_report(profile, None, "2024-06-01", context)
    asked = report.split("## 待补充信息", 1)[1].strip().splitlines()[1:]
    assert 1 <= len([line for line in asked if line.startswith("- ")]) <= 3
    assert "氢能" not in report.split("## 待补充信息", 1)[1]
    assert len(result["questions"]) > 3  # the engine's JSON keeps every question


def test_the_json_is_an_export_that_reads_back(tmp_path: Path) -> None:
    profile = parse_profile(FULL_PROFILE)
    path = handlers.profile_download(profile, tmp_path)
    assert path.name == "company-profile.json" and path.parent.parent == tmp_path
    assert parse_profile(json.loads(path.read_text(encoding="utf-8"))) == profile
    assert handlers.profile_download(profile, tmp_path) != path  # one folder per export


@pytest.mark.parametrize("mode", ["zh", "en", "both"])
def test_table_headers_are_words_never_field_ids(mode: str) -> None:
    from ui.labels import form_headers

    for table in form_layout().tables:
        for header in form_headers(table.columns, mode):
            assert "id" not in header.split() and not IDS.search(header), f"{table.name}: {header!r}"


@pytest.mark.parametrize("amount", [350_000_000, 100_000_000, 30_000_000, 123_456_789, 5_000, 1_200_000_000])
def test_amounts_are_shown_in_wan_or_yi_and_read_back_exactly(amount: int) -> None:
    profile = parse_profile({"rd_expense": [{"year": 2024, "amount_cny": amount}]})
    shown = form_values(profile, mode="zh").tables["rd_expense"][0][1]
    assert shown.endswith("元") and (amount < 10_000 or str(amount) not in shown)
    assert read_form(form_values(profile, mode="zh")) == profile
