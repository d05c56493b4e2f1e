"""Scoring extracted provisions against a hand-checked expected table."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ingest.model import Provision

FIELDS = (
    "clause_path", "kind", "tier", "level", "qualifications", "base_quantity", "amount_cny",
    "rate", "cap_cny", "unit_amount_cny", "per", "cumulative_cap_cny", "years",
    "discretionary", "round", "residual", "subtype", "value", "unit", "year",
    "valid_from", "valid_until",
)
"""The fields an expected row is compared on (all of them must match)."""

FIELDS_WITHOUT_QUALIFICATIONS = tuple(f for f in FIELDS if f != "qualifications")
"""For policies outside the vocabulary's home genre, who benefits is not scored."""


def _key(row: dict[str, Any], fields: tuple[str, ...]) -> tuple[Any, ...]:
    values = []
    for name in fields:
        value = row.get(name)
        if name == "qualifications":
            value = tuple(sorted(value or ()))
        elif name == "clause_path":
            value = tuple(value or ())
        elif name in ("discretionary", "residual"):
            value = bool(value)
        elif value is not None and name in ("rate", "value", "valid_from", "valid_until"):
            value = str(value)
        values.append(value)
    return tuple(values)


@dataclass(frozen=True)
class Score:
    expected: int
    extracted: int
    matched: int
    missing: tuple[dict[str, Any], ...]
    unexpected: tuple[dict[str, Any], ...]

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0


def load_expected(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def score(expected_rows: list[dict[str, Any]], provisions: tuple[Provision, ...],
          fields: tuple[str, ...] = FIELDS) -> Score:
    """Multiset match of expected rows and extracted provisions on ``fields``."""
    got = [p.to_json() for p in provisions]
    expected_keys = Counter(_key(r, fields) for r in expected_rows)
    got_keys = Counter(_key(r, fields) for r in got)
    matched = sum((expected_keys & got_keys).values())
    missing_keys = expected_keys - got_keys
    unexpected_keys = got_keys - expected_keys
    missing = tuple(r for r in expected_rows if _key(r, fields) in missing_keys)
    unexpected = tuple(r for r in got if _key(r, fields) in unexpected_keys)
    return Score(sum(expected_keys.values()), len(got), matched, missing, unexpected)


_QUOTE_MARKS = str.maketrans("", "", "“”\"'‘’「」")


def _bare(text: str) -> str:
    """A label without spaces (PDF text layers print them inside words) and quotation marks (a payee's label is
    its printed words, less the quotes around a name: 国家“千人计划”专家 is 国家千人计划专家)."""
    return "".join(text.split()).translate(_QUOTE_MARKS)


def payees_right(expected_rows: list[dict[str, Any]], provisions: tuple[Provision, ...]) -> tuple[int, int]:
    """(right, judged): expected rows that name a ``beneficiary`` and, of those, how many have a
    provision in the same clause whose payee carries that label (spaces ignored: PDF text layers print
    them inside words), or is linked to the vocabulary by the head the printed phrase ends with
    (新落户本区的国家Y → Y, a label of the vocabulary: the modifiers of place and round are not the concept)."""
    payees: dict[tuple[str, ...], list[tuple[str, bool]]] = {}
    for provision in provisions:
        if provision.beneficiary is not None:
            payees.setdefault(provision.clause_path, []).append(
                (_bare(provision.beneficiary.label), not provision.beneficiary.induced))
    judged = [row for row in expected_rows if row.get("beneficiary")]
    right = 0
    for row in judged:
        want = _bare(str(row["beneficiary"]))
        found = payees.get(tuple(map(str, row["clause_path"])), [])
        right += any(label == want or (linked and want.endswith(label)) for label, linked in found)
    return right, len(judged)


@dataclass(frozen=True)
class MeasuredCounts:
    """One policy's reading, measured against its table: the counts behind recall, precision and the depths."""

    commit: str
    expected: int
    found: int
    matched: int
    paths: int
    amounts_exact: int
    payees_right: int
    payees_judged: int

    def __add__(self, other: MeasuredCounts) -> MeasuredCounts:
        return MeasuredCounts("+".join(sorted({*self.commit.split("+"), other.commit})),
                              *(getattr(self, name) + getattr(other, name) for name in _COUNT_NAMES))

    def summary(self) -> str:
        def share(part: int, whole: int) -> str:
            return f"{part / whole:.3f}" if whole else "-"
        return (f"recall {share(self.matched, self.expected)}, precision {share(self.matched, self.found)}, "
                f"paths {share(self.paths, self.expected)}, amounts exact {share(self.amounts_exact, self.expected)}, "
                f"payees {share(self.payees_right, self.payees_judged)} @ {self.commit}")


_COUNT_NAMES = ("expected", "found", "matched", "paths", "amounts_exact", "payees_right", "payees_judged")


def load_first_measurements(path: Path) -> dict[str, MeasuredCounts]:
    """The first measurement of each corpus policy (``bench/extraction_first.yaml``), by table stem. A malformed
    entry is an error naming the file, the policy and what is wrong."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    measured: dict[str, MeasuredCounts] = {}
    for stem, entry in (data.get("policies") or {}).items():
        try:
            counts = {name: int(entry[name]) for name in _COUNT_NAMES}
            measured[stem] = MeasuredCounts(str(entry["commit"]), **counts)
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}: first measurement of {stem!r} is malformed ({error!r}); it needs commit and "
                             f"{', '.join(_COUNT_NAMES)} as whole numbers") from error
    return measured
