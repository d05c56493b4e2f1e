"""The company profile as a form: a few single fields and one table per list of facts, all
derived from the profile schema (:class:`assistant.profile.CompanyProfile`), read into a
validated profile (errors name the table, the row and the column) and written back.

Cells take what people type: concept ids or their labels (高新技术企业, STAR Market),
是/否 or yes/no, 3000万 or 30000000, 2022-11-15 or 2022年11月15日. A blank cell is unknown;
a row with nothing in it is ignored."""

from __future__ import annotations

import datetime as dt
import json
import re
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError

from assistant.format import cny_zh
from assistant.profile import CONCEPT_GROUPS, CompanyProfile, Fact
from assistant.understanding.quantities import ImplausibleNumber, amounts, dates
from ingest.concepts import load_vocabulary

QUANTITY = "quantity"
"""The first column of the ``quantities`` table: which base quantity a row gives."""
YES = frozenset({"yes", "y", "true", "1", "是", "有", "√", "✓"})
NO = frozenset({"no", "n", "false", "0", "否", "无", "×", "✗"})
ROUNDS = {"首次": "first", "首次认定": "first", "初次": "first", "再次": "renewal", "再次认定": "renewal",
          "重新认定": "renewal", "复审": "renewal", "first recognition": "first", "first time": "first",
          "a renewal": "renewal", "renewed": "renewal"}
ROUND_WORDS = {"first": ("首次认定", "first recognition"), "renewal": ("再次认定", "renewal")}
"""How the form shows a round, in Chinese and English (both read back)."""
YES_NO_WORDS = {True: ("是", "yes"), False: ("否", "no")}
PRECISION = "date_precision"
MAX_ROWS = 200
"""A table with more filled rows than this is refused (no company has 200 listings)."""


class FormError(ValueError):
    """The form cannot be read as a profile; one line per wrong cell."""


@dataclass(frozen=True)
class FormTable:
    """One list of the profile as a table: ``name`` is the profile field, ``columns`` its
    items' fields (for ``quantities``: which quantity, then year and amount)."""

    name: str
    columns: tuple[str, ...]
    item: type[BaseModel]


@dataclass(frozen=True)
class FormLayout:
    singles: tuple[str, ...]
    """Single fields, nested ones dotted: ``name``, ``location.in_zone``…"""
    tables: tuple[FormTable, ...]


@dataclass(frozen=True)
class FormValues:
    """What the form holds: text per single field, rows of cells per table."""

    singles: dict[str, str]
    tables: dict[str, list[list[str]]]


def _without_none(annotation: Any) -> Any:
    """``X`` from ``X | None`` and from ``Annotated[X, …]``."""
    if get_origin(annotation) in (typing.Union, types.UnionType):
        rest = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _without_none(rest[0]) if len(rest) == 1 else annotation
    if get_origin(annotation) is typing.Annotated:
        return _without_none(get_args(annotation)[0])
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _columns(model: type[BaseModel]) -> tuple[str, ...]:
    """Required fields first (what the row is about), yes/no fields last, else schema order; no
    column for the date's precision: the date says it (2023, 2023-12, 2023-12-05)."""
    fields = model.model_fields
    return tuple(sorted((name for name in fields if name != PRECISION),
                        key=lambda name: (not fields[name].is_required(),
                                          _without_none(fields[name].annotation) is bool)))


@cache
def form_layout() -> FormLayout:
    """The form's fields and tables, read from the profile schema."""
    singles: list[str] = []
    tables: list[FormTable] = []
    for name, info in CompanyProfile.model_fields.items():
        annotation = _without_none(info.annotation)
        origin, args = get_origin(annotation), get_args(annotation)
        if origin is list and _is_model(args[0]):
            tables.append(FormTable(name, _columns(args[0]), args[0]))
        elif origin is dict and get_origin(args[1]) is list and _is_model(get_args(args[1])[0]):
            item = get_args(args[1])[0]
            tables.append(FormTable(name, (QUANTITY, *_columns(item)), item))
        elif _is_model(annotation):
            singles.extend(f"{name}.{inner}" for inner in annotation.model_fields)
        else:
            singles.append(name)
    return FormLayout(tuple(singles), tuple(tables))


def _field_annotation(path: str, model: type[BaseModel] = CompanyProfile) -> Any:
    head, _, rest = path.partition(".")
    annotation = _without_none(model.model_fields[head].annotation)
    return _field_annotation(rest, annotation) if rest else annotation


@cache
def _concept_labels(groups: tuple[str, ...] | None, scheme: str | None) -> dict[str, str]:
    """Every label (and id) of the concepts a cell may name, casefolded, to the concept id."""
    vocabulary = load_vocabulary()
    found: dict[str, str] = {}
    for concept in vocabulary.concepts.values():
        if (groups and concept.group in groups) or (scheme and concept.scheme == scheme):
            for name in (concept.id, concept.label_zh, concept.label_en, *concept.labels):
                found.setdefault(name.casefold(), concept.id)
    return found


def _concepts_for(table: str, column: str) -> dict[str, str] | None:
    if (table, column) in CONCEPT_GROUPS:
        return _concept_labels(CONCEPT_GROUPS[table, column], None)
    if column == "level":
        return _concept_labels(None, "levels")
    if column == QUANTITY:
        return _concept_labels(None, "base_quantities")
    return None


def _yes_no(text: str) -> bool:
    word = text.strip().casefold()
    if word in YES:
        return True
    if word in NO:
        return False
    raise ValueError(f"{text!r} is not yes or no (是/否)")


def _money(text: str) -> Decimal:
    plain = text.replace(",", "").replace("，", "").strip()
    try:
        number = Decimal(plain)
    except InvalidOperation:
        pass
    else:
        if not number.is_finite():
            raise ValueError(f"{text!r} is not an amount in yuan (30000000, 3000万, RMB 30 million)")
        return number
    try:
        found = amounts(text)
    except ImplausibleNumber as error:
        raise ValueError(str(error)) from error
    if len(found) != 1 or found[0].text.replace(" ", "") != text.strip().replace(" ", ""):
        raise ValueError(f"{text!r} is not an amount in yuan (30000000, 3000万, RMB 30 million)")
    value = found[0].value
    assert isinstance(value, Decimal)
    return value


def read_date(text: str) -> tuple[dt.date, str | None]:
    """A typed date and how precisely it was typed: ``2022-11-15`` (the day), ``2022-11`` or
    ``2022年11月`` (the month), ``2021`` or ``2021年`` (the year)."""
    word = text.strip()
    try:
        return dt.date.fromisoformat(word), None
    except ValueError:
        pass
    if re.fullmatch(r"(?:19|20)\d{2}", word):
        return dt.date(int(word), 1, 1), "year"
    dotted = re.fullmatch(r"((?:19|20)\d{2})[./](\d{1,2})(?:[./](\d{1,2}))?", word)  # 2023.12, 2023/12/05
    if dotted:
        try:
            day = dt.date(int(dotted[1]), int(dotted[2]), int(dotted[3] or 1))
        except ValueError as error:
            raise ValueError(f"{text!r} is not a date ({error})") from error
        return day, None if dotted[3] else "month"
    found = dates(text, dt.date.today())
    if len(found) != 1 or found[0].text.strip() != word:
        raise ValueError(f"{text!r} is not a date (2022-11-15, 2022年11月15日, 2022-11, 2021)")
    value = found[0].value
    assert isinstance(value, dt.date)
    return value, found[0].precision


def _cell(text: str, annotation: Any, column: str, concepts: dict[str, str] | None) -> Any:
    """A typed cell as the schema wants it; ValueError says what is wrong with it."""
    if annotation is bool:
        return _yes_no(text)
    if annotation is Decimal:
        return _money(text)
    if annotation is dt.date:
        return read_date(text)[0]
    word = text.strip()
    if concepts is not None:
        return concepts.get(word.casefold(), word)
    if column == "round":
        return ROUNDS.get(word.casefold(), word)
    return word


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_form(values: FormValues) -> CompanyProfile:
    """The profile the form describes; :class:`FormError` lists every wrong cell by table,
    row (as numbered on the page, from 1) and column."""
    layout = form_layout()
    problems: list[str] = []
    data: dict[str, Any] = {}
    for path in layout.singles:
        text = _text(values.singles.get(path))
        if not text:
            continue
        try:
            value = _cell(text, _field_annotation(path), path, None)
        except ValueError as error:
            problems.append(f"{path}: {error}")
            continue
        head, _, inner = path.partition(".")
        if inner:
            data.setdefault(head, {})[inner] = value
        else:
            data[head] = value
    row_numbers: dict[str, dict[Any, int]] = {}
    for table in layout.tables:
        rows = values.tables.get(table.name) or []
        filled = [(number, row) for number, row in enumerate(rows, start=1) if any(_text(cell) for cell in row)]
        if len(filled) > MAX_ROWS:
            problems.append(f"{table.name}: {len(filled)} rows; at most {MAX_ROWS} are read")
            continue
        items: list[Any] = []
        quantities: dict[str, list[dict[str, Any]]] = {}
        numbers: dict[Any, int] = {}
        for number, row in filled:
            item: dict[str, Any] = {}
            typed: str | None = None
            for column, cell in zip(table.columns, row, strict=False):
                text = _text(cell)
                if not text:
                    continue
                annotation = (str if column == QUANTITY else
                              _without_none(table.item.model_fields[column].annotation))
                try:
                    item[column] = _cell(text, annotation, column, _concepts_for(table.name, column))
                except ValueError as error:
                    problems.append(f"{table.name} row {number}, {column}: {error}")
                    continue
                if column == "date" and PRECISION in table.item.model_fields:
                    typed = read_date(text)[1]  # 2021 typed as the date: only the year is known
            if typed:
                item[PRECISION] = typed
            if table.name == "quantities":
                key = item.pop(QUANTITY, "")
                if not key:
                    problems.append(f"{table.name} row {number}, {QUANTITY}: which quantity? (e.g. revenue)")
                    continue
                known = sorted(set((_concepts_for(table.name, QUANTITY) or {}).values()))
                if key not in known:
                    problems.append(f"{table.name} row {number}, {QUANTITY}: unknown quantity {key!r}; "
                                    f"expected one of: {', '.join(known)}")
                    continue
                numbers[(key, len(quantities.get(key, [])))] = number
                quantities.setdefault(key, []).append(item)
            else:
                numbers[len(items)] = number
                items.append(item)
        row_numbers[table.name] = numbers
        if items:
            data[table.name] = items
        if quantities:
            data[table.name] = quantities
    already = {problem.split(": ", 1)[0] for problem in problems}
    try:
        profile = CompanyProfile.model_validate(data)
    except ValidationError as error:  # said together with the cells that could not be read
        for detail in error.errors():
            where = _where(detail["loc"], row_numbers)
            if where not in already:
                problems.append(f"{where}: {detail['msg'].removeprefix('Value error, ')}")
        raise FormError("\n".join(problems)) from error
    if problems:
        raise FormError("\n".join(problems))
    return profile


def _where(location: tuple[Any, ...], row_numbers: Mapping[str, Mapping[Any, int]]) -> str:
    """A validation error's location in the form's words: ``qualifications row 2, date``."""
    if not location:
        return "profile"
    head, rest = str(location[0]), location[1:]
    numbers = row_numbers.get(head)
    if numbers is None:
        return ".".join(str(part) for part in location)
    if head == "quantities" and len(rest) >= 2 and (rest[0], rest[1]) in numbers:
        return f"{head} row {numbers[rest[0], rest[1]]}" + "".join(f", {part}" for part in rest[2:])
    if rest and rest[0] in numbers:
        return f"{head} row {numbers[rest[0]]}" + "".join(f", {part}" for part in rest[1:])
    return ".".join(str(part) for part in location)


def form_values(profile: CompanyProfile, blank_rows: int = 1, mode: str = "zh") -> FormValues:
    """The form filled with a profile in words a person reads in ``mode``'s language (see
    :func:`shown_values`), and ``blank_rows`` empty rows per table to type in."""
    filled = shown_values(values_from_data(json.loads(profile.model_dump_json())), mode)
    widths = {table.name: len(table.columns) for table in form_layout().tables}
    return FormValues(filled.singles, {name: rows + [[""] * widths[name] for _ in range(blank_rows)]
                                       for name, rows in filled.tables.items()})


def values_from_data(data: Any) -> FormValues:
    """A profile given as JSON or YAML data, as the form would hold it (so it is read as
    leniently as typed cells: labels, 是/否, 3000万, 2021 as a date); unknown fields are refused."""
    if not isinstance(data, dict):
        raise FormError(f"a profile is a mapping of fields, not {type(data).__name__}")
    layout = form_layout()
    tables = {table.name: table for table in layout.tables}
    known = {path.split(".")[0] for path in layout.singles} | set(tables)
    problems = [f"{key}: unknown field; expected one of: {', '.join(sorted(known))}" for key in data
                if key not in known]
    singles: dict[str, str] = {}
    for path in layout.singles:
        value: Any = data
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        singles[path] = _text(value)
    rows_by_table: dict[str, list[list[str]]] = {}
    for name, table in tables.items():
        given = data.get(name) or ([] if name != "quantities" else {})
        if name == "quantities" and isinstance(given, dict):
            items = [(key, item) for key, series in given.items() for item in (series or [])]
            rows_by_table[name] = [[key, *(_dated(item, c) if isinstance(item, dict) else "" for c in
                                          table.columns[1:])] for key, item in items]
            continue
        if not isinstance(given, list):
            problems.append(f"{name}: expected a list of items")
            continue
        rows: list[list[str]] = []
        for number, item in enumerate(given, start=1):
            if not isinstance(item, dict):
                problems.append(f"{name} row {number}: expected a mapping of fields")
                continue
            problems += [f"{name} row {number}, {key}: unknown field" for key in item
                         if key not in table.columns and key != PRECISION]
            rows.append([_dated(item, column) for column in table.columns])
        rows_by_table[name] = rows
    if problems:
        raise FormError("\n".join(problems))
    return FormValues(singles, rows_by_table)


def _dated(item: dict[str, Any], column: str) -> str:
    """A cell of an item given as data; a date known to the month or the year is written so
    (2023-03, 2023), which is how the form reads its precision back."""
    text = _text(item.get(column))
    if column == "date" and text:
        return {"month": text[:7], "year": text[:4]}.get(str(item.get(PRECISION)), text)
    return text


def allowed_values_markdown() -> str:
    """What the concept columns take: each id with its Chinese and English labels."""
    vocabulary = load_vocabulary()
    lines: list[str] = []
    columns: list[tuple[str, tuple[str, ...] | None, str | None]] = [
        (f"{table}.{column}", groups, None) for (table, column), groups in CONCEPT_GROUPS.items()]
    columns += [("level", None, "levels"), ("quantities.quantity", None, "base_quantities")]
    for title, groups, scheme in columns:
        concepts = [c for c in vocabulary.concepts.values()
                    if (groups and c.group in groups) or (scheme and c.scheme == scheme)]
        lines.append(f"**{title}**: " + "; ".join(f"`{c.id}` {c.label_zh} / {c.label_en}" for c in concepts))
    return "\n\n".join(lines)


def table_rows(cells: Sequence[Sequence[Any]] | Any) -> list[list[str]]:
    """A table's value as the page sends it (rows of cells, or a pandas frame) as text rows."""
    if hasattr(cells, "values") and hasattr(cells.values, "tolist"):
        cells = cells.values.tolist()
    return [[_text(cell) for cell in row] for row in (cells or [])]


def _in_language(zh: str, en: str, mode: str) -> str:
    return en if mode == "en" else zh


def _words(text: str, annotation: Any, column: str, concepts: dict[str, str] | None, mode: str) -> str:
    """A cell as a person reads it in ``mode``'s language (an id as its label, yes as 是, an
    amount in 万 or 亿); text the form cannot read is left as typed, to be named when read."""
    try:
        value = _cell(text, annotation, column, concepts)
    except ValueError:
        return text
    if concepts is not None and value in load_vocabulary():
        concept = load_vocabulary()[value]
        return _in_language(concept.label_zh, concept.label_en, mode)
    if column == "round" and value in ROUND_WORDS:
        return _in_language(*ROUND_WORDS[value], mode)
    if isinstance(value, bool):
        return _in_language(*YES_NO_WORDS[value], mode)
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return _amount_words(int(value)) if mode != "en" else f"{int(value):,}"
    return text


def _amount_words(value: int) -> str:
    """An amount as the form shows it in Chinese: 3000万元, 3.5亿元 (not 35000万元), 5000元."""
    if value >= 10**8 and value % 10**6 == 0:
        return f"{_plain(Decimal(value) / 10**8)}亿元"  # 10亿元, never 1亿元: only a fraction's zeros go
    return cny_zh(value)


def _plain(number: Decimal) -> str:
    """A decimal written out in full without trailing zeros after its point: 10, 3.5, 1000 (never 1E+3)."""
    written = f"{number:f}"
    return written.rstrip("0").rstrip(".") if "." in written else written


def shown_values(values: FormValues, mode: str = "zh") -> FormValues:
    """The form's cells in words a person reads, in the interface language ``mode`` (both:
    Chinese): concepts, levels and rounds by their labels, never ids; yes/no as 是/否; amounts
    as 3000万元. The form reads every one of these back."""
    layout = form_layout()
    singles = {}
    for path, text in values.singles.items():
        annotation = _field_annotation(path) if path in layout.singles else str
        singles[path] = text if annotation is bool or not text else _words(text, annotation, path, None, mode)
    tables: dict[str, list[list[str]]] = {}
    for table in layout.tables:
        annotations = [str if column == QUANTITY else _without_none(table.item.model_fields[column].annotation)
                       for column in table.columns]
        tables[table.name] = [[_words(_text(cell), annotation, column, _concepts_for(table.name, column), mode)
                               if _text(cell) else "" for cell, column, annotation in
                               zip(row, table.columns, annotations, strict=False)]
                              for row in values.tables.get(table.name, [])]
    return FormValues(singles, tables)


def concept_choices(table: str, column: str, mode: str = "zh") -> list[tuple[str, str]]:
    """What a concept column of the form takes, as (label in ``mode``'s language, id) for a
    dropdown: qualifications, platforms, boards… from the vocabulary; levels the profile
    allows; the two rounds."""
    if column == "round":
        return [(_in_language(*words, mode), key) for key, words in ROUND_WORDS.items()]
    vocabulary = load_vocabulary()
    if column == "level":
        allowed = get_args(_without_none(Fact.model_fields["level"].annotation))
        return [(_in_language(vocabulary[c].label_zh, vocabulary[c].label_en, mode), c) for c in allowed
                if c in vocabulary]
    ids = sorted(set((_concepts_for(table, column) or {}).values()), key=list(vocabulary.concepts).index)
    return [(_in_language(vocabulary[c].label_zh, vocabulary[c].label_en, mode), c) for c in ids
            if vocabulary[c].group or vocabulary[c].scheme == "base_quantities"]
