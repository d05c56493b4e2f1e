"""A rate whose cap differs by enterprise type (领军企业 1000万, 规上工业 200万, 其他 100万),
taken year by year: each year is capped by the best row the company belonged to that year."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.eligibility.amounts import RateLine
from ingest.concepts import load_vocabulary
from ingest.model import Provision


@dataclass(frozen=True)
class YearChoice:
    """The row that pays one year (or contract), and the alternatives the text leaves open."""

    line: RateLine
    row: Provision
    lowest_type_line: RateLine | None = None
    """When the company was several types that year and their caps pay differently: the line
    under the lowest of them."""


@dataclass(frozen=True)
class MixedRate:
    choices: tuple[YearChoice, ...]
    cited: Provision
    """The row cited for the benefit: the highest-capped type row that paid a year, else the residual."""

    @property
    def total(self) -> int:
        return sum(choice.line.paid for choice in self.choices)

    @property
    def least(self) -> int:
        """The total each row surely pays: at its lower rate where it has one (a raise that may be relative,
        ``ingest.raised_rates``: 比例可上调2% of 2% pays 2.04% for sure, 4% at most)."""
        return sum(choice.line.paid if choice.row.rate_min is None
                   else min(choice.line.paid, int(choice.row.rate_min * choice.line.least_base))
                   for choice in self.choices)

    @property
    def lowest_reading(self) -> int:
        """The total if, in each year the company was several types, the lowest cap applied."""
        return sum((choice.lowest_type_line or choice.line).paid for choice in self.choices)

    @property
    def contested(self) -> bool:
        return any(choice.lowest_type_line is not None for choice in self.choices)

    @property
    def mixed(self) -> bool:
        """Some years are paid under another row than the cited one."""
        return any(choice.row.id != self.cited.id for choice in self.choices)

    def rows_used(self) -> dict[str, tuple[Provision, list[str]]]:
        used: dict[str, tuple[Provision, list[str]]] = {}
        for choice in self.choices:
            used.setdefault(choice.row.id, (choice.row, []))[1].append(choice.line.label)
        return used


def row_names(row: Provision, residual: Provision) -> tuple[str, str]:
    """What makes a row different from the residual one (领军企业…), or 其他企业 for the
    residual, as (Chinese, English)."""
    if row.residual or row.id == residual.id:
        return "其他企业", "other enterprises"
    vocabulary = load_vocabulary()
    extra = [q for q in row.qualifications if q not in residual.qualifications and q in vocabulary]
    if not extra:
        return row.tier or row.id, row.tier or row.id
    return "、".join(vocabulary[q].label_zh for q in extra), ", ".join(vocabulary[q].label_en for q in extra)


def row_label(row: Provision, residual: Provision) -> str:
    """:func:`row_names` in both languages, for traces and bases."""
    zh, en = row_names(row, residual)
    return zh if zh == en else f"{zh} {en}"


def mix_years(residual: Provision, residual_lines: list[RateLine],
              rows: list[tuple[Provision, list[RateLine]]]) -> MixedRate:
    """For each year (or contract) any row pays, the row paying the most; ties go to the higher cap."""
    labels = list(dict.fromkeys([line.label for line in residual_lines]
                                + [line.label for _, lines in rows for line in lines]))
    labels = _within_years(labels, residual.years)
    choices = []
    for label in labels:
        typed = [(line, row) for row, lines in rows for line in lines if line.label == label]
        options = typed + [(line, residual) for line in residual_lines if line.label == label]
        line, row = max(options, key=lambda option: (option[0].paid, option[0].cap or 0))
        lowest = min(typed, key=lambda option: option[0].paid)[0] if len(typed) > 1 else None
        choices.append(YearChoice(line, row, lowest if lowest is not None and lowest.paid < line.paid else None))
    typed_rows = [choice.row for choice in choices if choice.row.id != residual.id]
    cited = max(typed_rows, key=lambda row: row.cap_cny or 0) if typed_rows else residual
    return MixedRate(tuple(choices), cited)


def _within_years(labels: list[str], years: int | None) -> list[str]:
    """For a rate paid a number of years (连续三年): the first ``years`` years any row pays, never more (each row
    counts its own years from when the company became its type, so together they could run longer)."""
    yearly = sorted(int(label) for label in labels if label.isdigit())
    if not years or not yearly:
        return labels
    return [label for label in labels if not label.isdigit() or int(label) < yearly[0] + years]
