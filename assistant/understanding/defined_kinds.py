"""A kind the policy defines (本办法所称K，是指C), judged from the facts a company states in its own words.

C's conditions (the founder's origin, age, share held: ``ontology/definition_conditions.yaml``) are matched
against the message: every condition of C read, stated and met → the company is K; a condition stated and not met
(and not one of alternatives joined by 或 that may still be met) → it is not K; a condition unstated, or words of C
that no condition reads → K is still asked (never sure). docs/eligibility.md rule 2.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DEFINITION_CONDITIONS_FILE = Path(__file__).resolve().parents[2] / "ontology" / "definition_conditions.yaml"
_CONJUNCTS = re.compile(r"[，,；;]")
_NESTED_LABEL = re.compile(r"(?:^|[；;])\s*(?P<label>[^，,；;：:\s]{2,20})[：:]")
"""The label of a definition carried with C (C；K2：C2, as ingest/defined_terms.py joins them)."""
_ALTERNATIVE = re.compile(r"或|\bor\b")


class DefinitionConditionsError(ValueError):
    """The definition conditions file cannot be used (names the file and what is wrong)."""


class Outcome(Enum):
    MET = "met"
    UNMET = "unmet"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Condition:
    """One kind of condition a definition sets, and how a company states the fact it asks."""

    name: str
    definition: re.Pattern[str]
    compare: str
    stated: re.Pattern[str] | None = None
    met: re.Pattern[str] | None = None
    unmet: re.Pattern[str] | None = None
    places: Mapping[str, tuple[str, ...]] | None = None
    more: re.Pattern[str] | None = None
    """Further numbers said right after the first, of the others (今年一个X岁、一个Y岁): each must meet the condition."""

    def outcome(self, found: re.Match[str], message: str) -> Outcome:
        """Whether ``message`` states the fact the condition ``found`` in a definition asks, and meets it."""
        if self.compare == "said":
            if self.unmet is not None and self.unmet.search(message):
                return Outcome.UNMET
            return Outcome.MET if self.met is not None and self.met.search(message) else Outcome.UNKNOWN
        said = self.stated.search(message) if self.stated is not None else None
        if said is None:
            return Outcome.UNKNOWN
        if self.compare == "places":
            return self._place_outcome(_first_group(found), _first_group(said))
        wanted, stated = float(_first_group(found)), [float(_first_group(said))]
        end = said.end()
        while self.more is not None and (further := self.more.search(message[end:])) is not None:
            stated.append(float(_first_group(further)))
            end += further.end()
        ok = all(n <= wanted if self.compare == "at_most" else n >= wanted for n in stated)
        return Outcome.MET if ok else Outcome.UNMET

    def _place_outcome(self, printed: str, said: str) -> Outcome:
        names = self.places or {}
        allowed = {place for place, words in names.items() if any(word in printed for word in words)}
        stated = next((place for place, words in names.items() if any(word in said for word in words)), None)
        if stated is None or not allowed:
            return Outcome.UNKNOWN
        return Outcome.MET if stated in allowed else Outcome.UNMET


def _first_group(match: re.Match[str]) -> str:
    return next((group for group in match.groups() if group), "")


def _pattern(entry: Mapping[str, Any], key: str, path: Path, subject: str = "") -> re.Pattern[str] | None:
    text = entry.get(key)
    if text is None:
        return None
    try:
        return re.compile(str(text).replace("<subject>", subject), re.IGNORECASE)
    except re.error as error:
        raise DefinitionConditionsError(f"{path}: condition {entry.get('name')!r}: bad `{key}` ({error})") from error


@cache
def load_conditions(path: Path = DEFINITION_CONDITIONS_FILE
                    ) -> tuple[tuple[Condition, ...], re.Pattern[str], re.Pattern[str]]:
    """The conditions a definition may set, the words of a definition that set none (``filler``), and how the
    definition of a kind of company ends (``company``), read once."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DefinitionConditionsError(f"{path}: cannot read the definition conditions ({error})") from error
    if not isinstance(data, dict) or not isinstance(data.get("conditions"), list):
        raise DefinitionConditionsError(f"{path}: expected `conditions`, a list")
    conditions = []
    subject = str(data.get("subject", ""))
    for entry in data["conditions"]:
        definition = _pattern(entry, "definition", path)
        if definition is None or entry.get("compare") not in ("at_most", "at_least", "said", "places"):
            raise DefinitionConditionsError(f"{path}: condition {entry.get('name')!r} needs `definition` and `compare`")
        places = {str(k): tuple(str(w) for w in v) for k, v in (entry.get("places") or {}).items()}
        conditions.append(Condition(str(entry.get("name")), definition, str(entry["compare"]),
                                    _pattern(entry, "stated", path, subject), _pattern(entry, "met", path, subject),
                                    _pattern(entry, "unmet", path, subject), places or None,
                                    _pattern(entry, "more", path, subject)))
    filler, company = _pattern(data, "filler", path), _pattern(data, "company", path)
    if filler is None or company is None:
        raise DefinitionConditionsError(f"{path}: expected `filler` and `company` patterns")
    return tuple(conditions), filler, company


def _found(definition: str) -> list[tuple[int, int, Condition, re.Match[str]]]:
    """The conditions ``definition`` sets, by position, overlaps dropped (the earliest, then the longest, kept)."""
    conditions, _, _ = load_conditions()
    hits = sorted(((m.start(), m.end(), c, m) for c in conditions for m in c.definition.finditer(definition)
                   if m.end() > m.start()), key=lambda hit: (hit[0], -hit[1]))
    kept: list[tuple[int, int, Condition, re.Match[str]]] = []
    for hit in hits:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


def judge(definition: str, message: str, names: Iterable[str] = ()) -> Outcome:
    """Whether the company of ``message`` is the kind ``definition`` defines: MET only when every condition is read,
    stated and met; UNMET when a condition (not one of alternatives) is stated and not met; else UNKNOWN. ``names``:
    the kind's own labels (its words in C set no condition)."""
    _, filler, company = load_conditions()
    if not company.search(re.split(r"[；;]", definition, maxsplit=1)[0]):  # a person (K2：…), not a company
        return Outcome.UNKNOWN
    labels = [*names, *(m.group("label") for m in _NESTED_LABEL.finditer(definition))]
    hits = _found(definition)
    outcomes: list[Outcome] = []
    unread = False
    start = 0
    for part in [*_CONJUNCTS.split(definition)]:
        end = start + len(part)
        inside = [hit for hit in hits if start <= hit[0] < end]
        rest = "".join(ch for i, ch in enumerate(part, start) if not any(h[0] <= i < h[1] for h in inside))
        for label in sorted(labels, key=len, reverse=True):
            rest = rest.replace(label, "")
        either = bool(_ALTERNATIVE.search(rest))
        rest = filler.sub("", _ALTERNATIVE.sub("", rest))
        unread = unread or bool(rest.strip())
        found = [hit[2].outcome(hit[3], message) for hit in inside]
        if either and found:  # alternatives: one met is enough; unmet only when every one is read and unmet
            outcomes.append(Outcome.MET if Outcome.MET in found else
                            Outcome.UNMET if all(o is Outcome.UNMET for o in found) and not rest.strip()
                            else Outcome.UNKNOWN)
        else:
            outcomes.extend(found)
        start = end + 1
    if Outcome.UNMET in outcomes:
        return Outcome.UNMET
    if outcomes and not unread and all(o is Outcome.MET for o in outcomes):
        return Outcome.MET
    return Outcome.UNKNOWN
