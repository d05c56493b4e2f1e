"""The profile form's widgets on the page: one text box per single field, one editable table
per list of facts (the layout comes from :func:`ui.profile_form.form_layout`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ui.labels import choices, column_headers, header_variants, label
from ui.profile_form import FormValues, form_layout, table_rows

FIRST_TABLES = ("qualifications", "platforms", "listings", "rd_expense")
"""Shown open; the other tables sit under "more facts"."""
YES_NO_FIELDS = frozenset({"location.in_zone"})


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

    @property
    def components(self) -> list[Any]:
        return [*self.singles.values(), *self.tables.values()]

    @property
    def labelled(self) -> list[tuple[Any, str, str]]:
        """(component, words key, attribute) for the language switch (the tables' headers are
        rewritten by :meth:`relabel`)."""
        return [(component, f"form.{name}", "label") for name, component in
                [*self.singles.items(), *self.tables.items()]] + [
            (self.singles[name], "yes_no_unknown", "choices") for name in self.singles if name in YES_NO_FIELDS
        ] + [(self.more, "more_facts", "label")]

    def read(self, cells: tuple[Any, ...] | list[Any]) -> FormValues:
        """The form's values from an event's inputs (given in :attr:`components` order)."""
        singles = dict(zip(self.singles, cells[:len(self.singles)], strict=True))
        tables = dict(zip(self.tables, cells[len(self.singles):], strict=True))
        return FormValues({name: "" if value is None else str(value) for name, value in singles.items()},
                          {name: self._rows(name, value) for name, value in tables.items()})

    def _rows(self, name: str, value: Any) -> list[list[str]]:
        if hasattr(value, "columns") and hasattr(value, "to_dict"):  # a frame: take the cells by header
            return table_rows([[_cell(record, column) for column in self.columns[name]]
                               for record in value.to_dict("records")])
        return table_rows(value)

    def show(self, values: FormValues, mode: str = "both") -> list[Any]:
        """Outputs (in :attr:`components` order) that fill the form with ``values``, the tables
        headed in the interface language ``mode``."""
        return [*(values.singles.get(name, "") for name in self.singles),
                *(self._frame(name, values.tables.get(name, []), mode) for name in self.tables)]

    def relabel(self, mode: str, frames: tuple[Any, ...] | list[Any]) -> list[Any]:
        """The tables (given in :attr:`tables` order) as they are, headed in ``mode``'s language."""
        return [self._frame(name, self._rows(name, frame), mode)
                for name, frame in zip(self.tables, frames, strict=True)]

    def _frame(self, name: str, rows: list[list[str]], mode: str) -> Any:
        import pandas as pd

        columns = self.columns[name]
        return pd.DataFrame(rows or [[""] * len(columns)], columns=column_headers(columns, mode))


def _cell(record: dict[str, Any], column: str) -> Any:
    return next((record[header] for header in header_variants(column) if header in record), "")


def profile_form_widgets(prefix: str, values: FormValues) -> ProfileFormWidgets:
    """The form's components, created in the current Gradio layout, filled with ``values``;
    element ids are ``{prefix}-{field}`` (dots as dashes)."""
    import gradio as gr

    layout = form_layout()
    singles: dict[str, Any] = {}
    with gr.Row():
        for name in layout.singles:
            element_id = f"{prefix}-{name.replace('.', '-')}"
            if name in YES_NO_FIELDS:
                singles[name] = gr.Radio(choices("yes_no_unknown"), value=values.singles.get(name, ""),
                                         label=label(f"form.{name}"), elem_id=element_id, min_width=160)
            else:
                singles[name] = gr.Textbox(values.singles.get(name, ""), label=label(f"form.{name}"),
                                           elem_id=element_id, max_lines=1, min_width=160)
    tables: dict[str, Any] = {}

    def table(name: str, columns: tuple[str, ...]) -> Any:
        return gr.Dataframe(values.tables.get(name, [[""] * len(columns)]),
                            headers=column_headers(columns), label=label(f"form.{name}"),
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
    return ProfileFormWidgets(singles, ordered, more, columns)
