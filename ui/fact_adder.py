"""One fact added to the profile form by choosing, not typing: the kind (a recognition, a
platform, a listing, R&D by year…), which one from the vocabulary, its level and round from
dropdowns, a date (2023-12, 2023年12月) and an amount (3000万, 3.5亿) — all labelled in the
interface language. The row is checked as the form reads it before it is added."""

from __future__ import annotations

from dataclasses import dataclass

from ui.profile_form import QUANTITY, FormError, FormValues, concept_choices, form_layout, read_form, shown_values

CONCEPT_COLUMNS = ("id", "type", "board", QUANTITY)
"""The column that says which concept a row is about, in the tables that have one."""
AMOUNT_COLUMNS = ("amount_cny", "contract_amount_cny", "granted")
ADDABLE = ("qualifications", "platforms", "listings", "holdings", "patents", "standards", "equipment", "rd_expense",
           "quantities")
"""The tables a fact can be added to, in the order the kind dropdown offers them."""


@dataclass(frozen=True)
class NewFact:
    """What the adder's fields hold (ids for chosen values, text for typed ones)."""

    table: str
    item: str = ""
    level: str = ""
    round: str = ""
    date: str = ""
    year: str = ""
    amount: str = ""


@dataclass(frozen=True)
class AdderFields:
    """Which of the adder's fields a table uses (the others are hidden)."""

    item: bool
    level: bool
    round: bool
    date: bool
    year: bool
    amount: bool


def _columns(table: str) -> tuple[str, ...]:
    found = next((t for t in form_layout().tables if t.name == table), None)
    if found is None or table not in ADDABLE:
        raise FormError(f"{table!r} is not a table facts can be added to; expected one of: {', '.join(ADDABLE)}")
    return found.columns


def concept_column(table: str) -> str | None:
    return next((column for column in _columns(table) if column in CONCEPT_COLUMNS), None)


def fields_for(table: str) -> AdderFields:
    columns = _columns(table)
    return AdderFields(item=concept_column(table) is not None, level="level" in columns, round="round" in columns,
                       date="date" in columns, year="year" in columns,
                       amount=any(column in columns for column in AMOUNT_COLUMNS))


def item_choices(table: str, mode: str) -> list[tuple[str, str]]:
    column = concept_column(table)
    return concept_choices(table, column, mode) if column else []


def new_row(fact: NewFact, mode: str) -> list[str]:
    """The table row for ``fact``, in words the interface shows; :class:`FormError` names the
    field that is wrong (as "added row")."""
    columns = _columns(fact.table)
    given = {concept_column(fact.table) or "": fact.item, "level": fact.level, "round": fact.round,
             "date": fact.date, "year": fact.year,
             **{column: fact.amount for column in AMOUNT_COLUMNS}}
    row = [(given.get(column) or "").strip() for column in columns]
    if not any(row):
        raise FormError(f"{fact.table} added row: nothing chosen or typed")
    try:
        read_form(FormValues({}, {fact.table: [row]}))
    except FormError as error:
        raise FormError(str(error).replace(f"{fact.table} row 1", f"{fact.table} added row")) from error
    return shown_values(FormValues({}, {fact.table: [row]}), mode).tables[fact.table][0]


def with_row(rows: list[list[str]], row: list[str]) -> list[list[str]]:
    """The table's rows with ``row`` added after the filled ones, and one blank row to type in."""
    filled = [r for r in rows if any(cell.strip() for cell in r)]
    return [*filled, row, [""] * len(row)]
