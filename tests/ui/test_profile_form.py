"""The profile form without a browser: layout from the schema, cells as people type them,
errors that name the table, row and column, and a profile that survives the round trip."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pytest

from assistant.profile import CompanyProfile, parse_profile
from ui.labels import COLUMNS, LABELS
from ui.profile_form import (
    MAX_ROWS,
    FormError,
    FormLayout,
    FormValues,
    allowed_values_markdown,
    form_layout,
    form_values,
    read_form,
)

FULL_PROFILE = {
    "name": "全字段 Every Field Co.",
    "location": {"in_zone": True, "planned_departure": "2030-01-01"},
    "qualifications": [{"id": "high_tech_enterprise", "round": "renewal", "date": "2022-11-15"},
                       {"id": "gazelle_enterprise", "level": "provincial", "held": False}],
    "platforms": [{"type": "incubator", "level": "national", "date": "2021-09-01", "relocated_into_zone": True}],
    "listings": [{"board": "star_market", "exchange": "SSE", "domestic": True, "ipo": False, "date": "2022-08-01"}],
    "standards": [{"level": "international", "first_drafter": True, "date": "2023-01-01"}],
    "patents": [{"type": "invention_patent", "granted": 3, "date": "2023-05-01"}],
    "patent_funding_received_cny": "12000.50",
    "equipment": [{"level": "national", "contract_amount_cny": "15000000"}],
    "holdings": [{"type": "hydrogen_key_project", "level": "municipal"}],
    "rd_expense": [{"year": 2023, "amount_cny": "30000000"}, {"year": 2024, "amount_cny": "50000000"}],
    "quantities": {"revenue": [{"year": 2023, "amount_cny": "100000000"}],
                   "technology_transaction_amount": [{"year": 2024, "amount_cny": "2000000"}]},
    "investment_total_cny": "80000000",
    "other_funding_cny": "1000000",
}


def test_the_layout_covers_every_field_of_the_profile_and_every_field_has_words() -> None:
    layout = form_layout()
    covered = {path.split(".")[0] for path in layout.singles} | {table.name for table in layout.tables}
    assert covered == set(CompanyProfile.model_fields)
    for path in layout.singles:
        assert f"form.{path}" in LABELS, f"no words for the form field {path}"
    for table in layout.tables:
        assert f"form.{table.name}" in LABELS, f"no words for the table {table.name}"
        assert set(table.columns) <= set(COLUMNS), f"{table.name}: columns without words"
    qualifications = next(table for table in layout.tables if table.name == "qualifications")
    assert qualifications.columns[0] == "id" and qualifications.columns[-1] == "held"
    assert all("date_precision" not in table.columns for table in layout.tables)  # the date says it


def test_every_field_survives_the_round_trip_through_the_form() -> None:
    profile = parse_profile(FULL_PROFILE)
    values = form_values(profile)
    assert all(rows[-1] == [""] * len(rows[-1]) for rows in values.tables.values())  # a blank row to type in
    assert read_form(values) == profile


def test_cells_take_what_people_type() -> None:
    values = FormValues(
        {"name": "  Typed Co. ", "location.in_zone": "是", "investment_total_cny": "3000万",
         "other_funding_cny": "RMB 2 million"},
        {"qualifications": [["高新技术企业", "", "2022年11月15日", "首次", "", ""], ["", "", "", "", "", ""],
                            ["Gazelle Enterprise", "省级", "2023-03", "", "", "", "否"]],
         "listings": [["科创板", "", "2022-08-01", "", ""]],
         "rd_expense": [[2023, 30000000.0], ["2024", "5,000万"]],
         "quantities": [["营业收入", "2023", "1.3亿"]]})
    profile = read_form(values)
    assert profile.name == "Typed Co."
    assert profile.location.in_zone is True
    assert profile.investment_total_cny == Decimal(30_000_000) and profile.other_funding_cny == Decimal(2_000_000)
    first, second = profile.qualifications
    assert (first.id, first.round, first.date) == ("high_tech_enterprise", "first", dt.date(2022, 11, 15))
    assert (second.id, second.level, second.held, second.date) == (
        "gazelle_enterprise", "provincial", False, dt.date(2023, 3, 1))
    assert profile.listings[0].board == "star_market"
    assert [(v.year, v.amount_cny) for v in profile.rd_expense] == [(2023, 30_000_000), (2024, 50_000_000)]
    assert profile.quantities["revenue"][0].amount_cny == Decimal(130_000_000)


def test_a_date_typed_as_a_year_or_month_keeps_its_precision() -> None:
    values = FormValues({}, {"qualifications": [["high_tech_enterprise", "", "2021"],
                                                ["gazelle_enterprise", "provincial", "2022年11月"],
                                                ["tech_leader_enterprise", "", "2023-05-04"],
                                                ["little_giant", "", "2023.12"]]})
    hte, gazelle, leader, giant = read_form(values).qualifications
    assert (hte.date, hte.date_precision) == (dt.date(2021, 1, 1), "year")
    assert (gazelle.date, gazelle.date_precision) == (dt.date(2022, 11, 1), "month")
    assert (leader.date, leader.date_precision) == (dt.date(2023, 5, 4), None)
    assert (giant.date, giant.date_precision) == (dt.date(2023, 12, 1), "month")


def test_an_empty_form_is_an_empty_profile() -> None:
    assert read_form(FormValues({}, {})) == CompanyProfile()
    assert read_form(form_values(CompanyProfile(), blank_rows=3)) == CompanyProfile()


@pytest.mark.parametrize(("values", "expected"), [
    (FormValues({"location.in_zone": "maybe"}, {}), "location.in_zone: 'maybe' is not yes or no"),
    (FormValues({}, {"qualifications": [["", "", "", "", ""], ["high_tech_enterprise", "", "2022-13-01"]]}),
     "qualifications row 2, date: '2022-13-01' is not a date"),
    (FormValues({}, {"rd_expense": [["2023", "lots"]]}), "rd_expense row 1, amount_cny: 'lots' is not an amount"),
    (FormValues({}, {"rd_expense": [["2023", "-5万"]]}), "rd_expense row 1, amount_cny:"),
    (FormValues({}, {"quantities": [["", "2023", "5"]]}), "quantities row 1, quantity: which quantity?"),
    (FormValues({}, {"qualifications": [["", ""], ["no_such_thing"]]}),
     "qualifications row 2, id: unknown qualification 'no_such_thing'; expected one of:"),
    (FormValues({}, {"qualifications": [["high_tech_enterprise", "", "", "third"]]}),
     "qualifications row 1, round: Input should be 'first' or 'renewal'"),
    (FormValues({}, {"rd_expense": [["1800", "5"]]}), "rd_expense row 1, year: Input should be greater than"),
    (FormValues({}, {"quantities": [["revenue", "2023", "5"], ["", "", ""], ["no_such", "2023", "1"]]}),
     "quantities row 3"),
    (FormValues({}, {"rd_expense": [["2023", "5"], ["2023", "6"]]}), "rd_expense: a year appears twice"),
    (FormValues({}, {"patents": [["invention_patent", "x"]] * (MAX_ROWS + 1)}), f"at most {MAX_ROWS} are read"),
])
def test_a_wrong_cell_is_named_by_table_row_and_column(values: FormValues, expected: str) -> None:
    with pytest.raises(FormError) as error:
        read_form(values)
    assert expected in str(error.value)


def test_every_wrong_cell_is_reported_at_once() -> None:
    values = FormValues({"location.in_zone": "maybe"}, {"rd_expense": [["2023", "lots"], ["二〇二四", "5"]],
                                                         "patents": [["invention_patent", "", "yesterday"]],
                                                         "qualifications": [["gazelle_enterprise", "somewhere"]]})
    with pytest.raises(FormError) as error:
        read_form(values)
    lines = str(error.value).splitlines()
    assert len(lines) == 6, lines  # cells that cannot be read, values of the wrong kind and missing ones, at once
    assert "patents row 1, granted: Field required" in lines
    assert any(line.startswith("rd_expense row 2, year:") for line in lines)
    assert any(line.startswith("qualifications row 1, level:") for line in lines)


def test_the_allowed_values_list_each_concept_column_with_its_labels() -> None:
    text = allowed_values_markdown()
    for expected in ("**qualifications.id**", "`high_tech_enterprise` 高新技术企业", "**listings.board**",
                     "`star_market`", "**level**", "`provincial` 省级", "**quantities.quantity**",
                     "`revenue` 营业收入"):
        assert expected in text


def test_a_date_known_to_the_month_or_year_is_shown_so_and_read_back_so() -> None:
    profile = parse_profile({"qualifications": [
        {"id": "high_tech_enterprise", "date": "2021-01-01", "date_precision": "year"},
        {"id": "gazelle_enterprise", "date": "2021-11-01", "date_precision": "month"}]})
    values = form_values(profile)
    assert [row[2] for row in values.tables["qualifications"][:2]] == ["2021", "2021-11"]
    assert read_form(values) == profile


def _widgets() -> tuple[Any, FormLayout]:
    from ui.form_widgets import ProfileFormWidgets

    layout = form_layout()
    widgets = ProfileFormWidgets({path: None for path in layout.singles}, {t.name: None for t in layout.tables},
                                 None, {t.name: t.columns for t in layout.tables})
    return widgets, layout


def test_a_deleted_column_reads_as_blank_cells_not_shifted_ones() -> None:
    import pandas as pd

    from ui.labels import form_headers

    widgets, layout = _widgets()
    qualifications = form_headers(widgets.columns["qualifications"])
    frame = pd.DataFrame([["high_tech_enterprise", "2022-11-15", "first"]],
                         columns=[qualifications[0], qualifications[2], qualifications[3]])  # 级别 level deleted
    cells = ["" for _ in layout.singles] + [frame if t.name == "qualifications" else [] for t in layout.tables]
    profile = read_form(widgets.read(cells))
    assert profile.qualifications[0].date == dt.date(2022, 11, 15) and profile.qualifications[0].round == "first"


@pytest.mark.parametrize("mode", ["zh", "en", "both"])
def test_tables_headed_in_one_language_read_the_same_and_switch_back(mode: str) -> None:
    from ui.labels import form_headers

    widgets, layout = _widgets()
    values = form_values(parse_profile(FULL_PROFILE))
    shown = widgets.show(values, mode)
    tables = shown[len(layout.singles):]
    for table, frame in zip(layout.tables, tables, strict=True):
        assert list(frame.columns) == form_headers(table.columns, mode)
    assert read_form(widgets.read(shown)) == parse_profile(FULL_PROFILE)
    other = "en" if mode != "en" else "zh"
    relabelled = widgets.relabel(other, tables)
    assert [list(frame.columns) for frame in relabelled] == [form_headers(t.columns, other) for t in layout.tables]
    assert read_form(widgets.read([*shown[:len(layout.singles)], *relabelled])) == parse_profile(FULL_PROFILE)


def test_english_headers_are_english_and_chinese_headers_chinese() -> None:
    from ui.labels import column_header

    for column in COLUMNS:
        assert not re.search(r"[\u4e00-\u9fff]", column_header(column, "en")), column
        assert re.fullmatch(r"[\u4e00-\u9fff()（）元]+", column_header(column, "zh")), column
