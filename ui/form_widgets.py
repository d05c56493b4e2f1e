"""The profile form's widgets on the page: one field per single fact (the place as a choice),
a row of dropdowns that adds a fact (:mod:`ui.fact_adder`), one editable table per list of
facts in words (the layout comes from :func:`ui.profile_form.form_layout`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ui import fact_adder
from ui.labels import choices, form_header_variants, form_headers, label
from ui.profile_form import FormError, FormValues, concept_choices, form_layout, shown_values, table_rows

FIRST_TABLES = ("qualifications", "platforms", "listings", "rd_expense")
"""Shown open; the other tables sit under "more facts"."""
YES_NO_FIELDS = frozenset({"location.in_zone"})
CHOICE_WORDS = "in_area"
"""The words of the place's choices: in the area / outside / unknown."""


@dataclass(frozen=True)
class ProfileFormWidgets:
    """The components of one profile form, in a fixed order (singles, then tables)."""

    singles: dict[str, Any]
    tables: dict[str, Any]
    more: Any
    """The accordion holding the tables not shown open."""
    columns: dict[str, tuple[str, ...]]
    """Each table's columns: cells are read by header (in any interface language), so a deleted
    column reads as blank."""
    adder: FactAdderWidgets | None = None

    @property
    def components(self) -> list[Any]:
        return [*self.singles.values(), *self.tables.values()]

    @property
    def labelled(self) -> list[tuple[Any, str, str]]:
        """(component, words key, attribute) for the page's language switch: none when the form
        has an adder, whose events reword the whole form (:meth:`reworded`)."""
        if self.adder is not None:
            return []
        return [(component, f"form.{name}", "label") for name, component in
                [*self.singles.items(), *self.tables.items()]] + [
            (self.singles[name], CHOICE_WORDS, "choices") for name in self.singles if name in YES_NO_FIELDS
        ] + [(self.more, "more_facts", "label")]

    def read(self, cells: tuple[Any, ...] | list[Any]) -> FormValues:
        """The form's values from an event's inputs (given in :attr:`components` order)."""
        singles = dict(zip(self.singles, cells[:len(self.singles)], strict=True))
        tables = dict(zip(self.tables, cells[len(self.singles):], strict=True))
        return FormValues({name: "" if value is None else str(value) for name, value in singles.items()},
                          {name: self._rows(name, value) for name, value in tables.items()})

    def rows(self, name: str, value: Any) -> list[list[str]]:
        """A table's cells as text rows, whatever language its headers are in."""
        return self._rows(name, value)

    def frame(self, name: str, rows: list[list[str]], mode: str) -> Any:
        """A table's value for the page, headed in ``mode``'s language."""
        return self._frame(name, rows, mode)

    def _rows(self, name: str, value: Any) -> list[list[str]]:
        if hasattr(value, "columns") and hasattr(value, "to_dict"):  # a frame: take the cells by header
            return table_rows([[_cell(record, column) for column in self.columns[name]]
                               for record in value.to_dict("records")])
        return table_rows(value)

    def show(self, values: FormValues, mode: str = "both") -> list[Any]:
        """Outputs (in :attr:`components` order) that fill the form with ``values``, the tables
        headed in the interface language ``mode``."""
        worded = shown_values(values, mode)
        return [*(worded.singles.get(name, "") for name in self.singles),
                *(self._frame(name, worded.tables.get(name, []), mode) for name in self.tables)]

    @property
    def worded(self) -> list[Any]:
        """What the language switch reads to reword the form, given to :meth:`reworded` in this
        order: the tables, then the adder's kind, item, level and round."""
        return [*self.tables.values(), *(self.adder.choosers if self.adder else [])]

    @property
    def reworded_components(self) -> list[Any]:
        """What :meth:`reworded` updates: every component of the form that has words."""
        adder = self.adder.components if self.adder else []
        return [*self.singles.values(), *self.tables.values(), self.more, *adder]

    def reworded(self, mode: str, values: tuple[Any, ...] | list[Any]) -> list[Any]:
        """Updates of :attr:`reworded_components` into ``mode``'s language: labels, the place's
        choices, the tables' headers and cells (高新技术企业 becomes High and New Technology
        Enterprise) and the adder's choices; ``values`` are the current :attr:`worded`. One event
        does the whole form, so that the page's own switch has less to do."""
        import gradio as gr

        place: dict[str, Any] = {"choices": choices(CHOICE_WORDS, mode)}
        singles = [gr.update(label=label(f"form.{name}", mode), **(place if name in YES_NO_FIELDS else {}))
                   for name in self.singles]
        frames = self.relabel(mode, values[:len(self.tables)])
        tables = [gr.update(value=frame, label=label(f"form.{name}", mode)) for name, frame in
                  zip(self.tables, frames, strict=True)]
        more = gr.update(label=label("more_facts", mode))
        if self.adder is None:
            return [*singles, *tables, more]
        return [*singles, *tables, more, *self.adder.reworded(mode, values[len(self.tables):len(self.tables) + 4])]

    def relabel(self, mode: str, frames: tuple[Any, ...] | list[Any]) -> list[Any]:
        """The tables (given in :attr:`tables` order) as they are, headed and worded in ``mode``'s
        language (高新技术企业 becomes High and New Technology Enterprise)."""
        rows = {name: self._rows(name, frame) for name, frame in zip(self.tables, frames, strict=True)}
        worded = shown_values(FormValues({}, rows), mode).tables
        return [self._frame(name, worded.get(name, rows[name]), mode) for name in self.tables]

    def _frame(self, name: str, rows: list[list[str]], mode: str) -> Any:
        import pandas as pd

        columns = self.columns[name]
        return pd.DataFrame(rows or [[""] * len(columns)], columns=form_headers(columns, mode))


def _cell(record: dict[str, Any], column: str) -> Any:
    return next((record[header] for header in form_header_variants(column) if header in record), "")


def profile_form_widgets(prefix: str, values: FormValues, language: Any = None, *, adder_open: bool = True
                         ) -> ProfileFormWidgets:
    """The form's components, created in the current Gradio layout, filled with ``values``;
    element ids are ``{prefix}-{field}`` (dots as dashes). With the interface-language switch
    ``language``, the form has an adder of facts by dropdowns above its tables."""
    import gradio as gr

    layout = form_layout()
    singles: dict[str, Any] = {}
    with gr.Row():
        for name in layout.singles:
            element_id = f"{prefix}-{name.replace('.', '-')}"
            if name in YES_NO_FIELDS:
                singles[name] = gr.Radio(choices(CHOICE_WORDS), value=values.singles.get(name, ""),
                                         label=label(f"form.{name}"), elem_id=element_id, min_width=160)
            else:
                singles[name] = gr.Textbox(values.singles.get(name, ""), label=label(f"form.{name}"),
                                           elem_id=element_id, max_lines=1, min_width=160)
    adder = fact_adder_widgets(prefix, open_=adder_open) if language is not None else None
    tables: dict[str, Any] = {}

    def table(name: str, columns: tuple[str, ...]) -> Any:
        return gr.Dataframe(values.tables.get(name, [[""] * len(columns)]),
                            headers=form_headers(columns), label=label(f"form.{name}"),
                            type="pandas", datatype="str", interactive=True, wrap=True,
                            column_widths=[f"{100 / len(columns):.1f}%"] * len(columns),
                            elem_id=f"{prefix}-{name}")

    for form_table in layout.tables:
        if form_table.name in FIRST_TABLES:
            tables[form_table.name] = table(form_table.name, form_table.columns)
    with gr.Accordion(label("more_facts"), open=False) as more:
        for form_table in layout.tables:
            if form_table.name not in FIRST_TABLES:
                tables[form_table.name] = table(form_table.name, form_table.columns)
    ordered = {form_table.name: tables[form_table.name] for form_table in layout.tables}
    columns = {form_table.name: form_table.columns for form_table in layout.tables}
    widgets = ProfileFormWidgets(singles, ordered, more, columns, adder)
    if adder is not None:
        wire_fact_adder(adder, widgets, language)
    return widgets


@dataclass(frozen=True)
class FactAdderWidgets:
    """The adder's components: kind, which one, level, round, date, year, amount, the button
    and the line that says what was wrong."""

    kind: Any
    item: Any
    level: Any
    round: Any
    date: Any
    year: Any
    amount: Any
    add: Any
    note: Any
    accordion: Any

    @property
    def choosers(self) -> list[Any]:
        return [self.kind, self.item, self.level, self.round]

    @property
    def components(self) -> list[Any]:
        return [*self.choosers, self.date, self.year, self.amount, self.add, self.accordion]

    def reworded(self, mode: str, values: tuple[Any, ...] | list[Any]) -> list[Any]:
        """Updates of :attr:`components` into ``mode``'s language (``values``: the choosers'),
        the chosen values kept."""
        import gradio as gr

        table, chosen, chosen_level, chosen_round = values
        levels, rounds = _level_round(mode)
        chooser_words: dict[int, dict[str, Any]] = {
            id(self.kind): {"choices": _kinds(mode)},
            id(self.item): {"choices": _blank(fact_adder.item_choices(table, mode)), "value": chosen},
            id(self.level): {"choices": levels, "value": chosen_level},
            id(self.round): {"choices": rounds, "value": chosen_round}}
        words = {id(component): (key, attribute) for component, key, attribute in self.labelled}
        updates = []
        for component in self.components:
            key, attribute = words[id(component)]
            props: dict[str, Any] = {**chooser_words.get(id(component), {}), attribute: label(key, mode)}
            updates.append(gr.update(**props))
        return updates

    @property
    def labelled(self) -> list[tuple[Any, str, str]]:
        return [(self.accordion, "add_heading", "label"), (self.kind, "add_kind", "label"),
                (self.item, "add_item", "label"), (self.level, "add_level", "label"),
                (self.round, "add_round", "label"), (self.date, "add_date", "label"),
                (self.year, "add_year", "label"), (self.amount, "add_amount", "label"), (self.add, "add", "value")]


def _blank(choices_: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [("—", ""), *choices_]


def form_error_words(message: str, mode: str = "both") -> str:
    """A form error's places in the interface's words: ``qualifications row 2, date:`` becomes
    ``资质与企业类型 第2行 日期:`` (the reasons stay as the reader wrote them)."""
    tables = {table.name for table in form_layout().tables}

    def place(match: re.Match[str]) -> str:
        table, row, column = match[1], match[2], match[3]
        if table not in tables:
            return match[0]
        words = {"zh": r"第\1行", "en": r"row \1"}.get(mode, r"第\1行 row \1")
        number = re.sub(r"row (\d+)", words, row)
        if "added" in row:
            number = label("add_heading", mode)
        where = f"{label(f'form.{table}', mode)} {number}"
        try:
            return f"{where} {form_headers([column], mode)[0]}" if column else where
        except KeyError:
            return f"{where} {column}"

    return re.sub(r"^(\w+) (row \d+|added row)(?:, (\w+))?", place, message, flags=re.MULTILINE)


def _kinds(mode: str) -> list[tuple[str, str]]:
    return [(label(f"form.{name}", mode), name) for name in fact_adder.ADDABLE]


def _level_round(mode: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    return _blank(concept_choices("", "level", mode)), _blank(concept_choices("", "round", mode))


def fact_adder_widgets(prefix: str, *, open_: bool = True) -> FactAdderWidgets:
    """The adder's components, created in the current Gradio layout (wired by :func:`wire_fact_adder`)."""
    import gradio as gr

    first = fact_adder.ADDABLE[0]
    kinds, level_round = _kinds, _level_round

    with gr.Accordion(label("add_heading"), open=open_, elem_id=f"{prefix}-add") as accordion:
        with gr.Row():
            kind = gr.Dropdown(kinds("zh"), value=first, label=label("add_kind"), elem_id=f"{prefix}-add-kind",
                               min_width=200)
            item = gr.Dropdown(_blank(fact_adder.item_choices(first, "zh")), value="", label=label("add_item"),
                               elem_id=f"{prefix}-add-item", min_width=200)
            levels, rounds = level_round("zh")
            level = gr.Dropdown(levels, value="", label=label("add_level"), elem_id=f"{prefix}-add-level",
                                min_width=110)
            round_ = gr.Dropdown(rounds, value="", label=label("add_round"), elem_id=f"{prefix}-add-round",
                                 min_width=110)
        with gr.Row():
            date = gr.Textbox(label=label("add_date"), elem_id=f"{prefix}-add-date", max_lines=1, min_width=140)
            year = gr.Textbox(label=label("add_year"), elem_id=f"{prefix}-add-year", max_lines=1, min_width=90,
                              visible=False)
            amount = gr.Textbox(label=label("add_amount"), elem_id=f"{prefix}-add-amount", max_lines=1,
                                min_width=140, visible=False)
            add = gr.Button(label("add"), elem_id=f"{prefix}-add-run", min_width=120)
        note = gr.Markdown(elem_id=f"{prefix}-add-note")
    return FactAdderWidgets(kind, item, level, round_, date, year, amount, add, note, accordion)


def wire_fact_adder(adder: FactAdderWidgets, form: ProfileFormWidgets, language: Any) -> None:
    """The adder's events: the kind shows its fields, the button adds the row to ``form``'s
    table, the interface-language switch ``language`` rewords the choices."""
    import gradio as gr

    kind, item, level, round_, date, year, amount, add, note = (adder.kind, adder.item, adder.level, adder.round,
                                                               adder.date, adder.year, adder.amount, adder.add,
                                                               adder.note)

    def show_fields(table: str, mode: str) -> list[Any]:
        shown = fact_adder.fields_for(table)
        return [gr.update(choices=_blank(fact_adder.item_choices(table, mode)), value="", visible=shown.item),
                gr.update(visible=shown.level, value=""), gr.update(visible=shown.round, value=""),
                gr.update(visible=shown.date), gr.update(visible=shown.year), gr.update(visible=shown.amount), ""]

    tables = list(form.tables.values())

    def add_fact(table: str, chosen: str, chosen_level: str, chosen_round: str, when: str, year_text: str,
                 amount_text: str, mode: str, *frames: Any) -> list[Any]:
        unchanged = [gr.skip() for _ in tables]
        fact = fact_adder.NewFact(table, chosen or "", chosen_level or "", chosen_round or "", when or "",
                                  year_text or "", amount_text or "")
        if fact_adder.fields_for(table).item and not fact.item:
            return [*unchanged, f"**{label('input_error', mode)}:** {label('added_nothing', mode)}"]
        try:
            row = fact_adder.new_row(fact, mode)
        except FormError as error:
            return [*unchanged, f"**{label('input_error', mode)}:** {form_error_words(str(error), mode)}"]
        names = list(form.tables)
        updated = [gr.skip() if name != table else
                   form.frame(name, fact_adder.with_row(form.rows(name, frame), row), mode)
                   for name, frame in zip(names, frames, strict=True)]
        return [*updated, ""]

    kind.change(show_fields, [kind, language], [item, level, round_, date, year, amount, note],
                api_visibility="private")
    add.click(add_fact, [kind, item, level, round_, date, year, amount, language, *tables], [*tables, note],
              api_visibility="private")
