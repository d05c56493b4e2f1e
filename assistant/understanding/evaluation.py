"""Scoring understood profiles against expected ones (conversation tests and their report)."""

from __future__ import annotations

import json
from typing import Any

from assistant.profile import CompanyProfile, parse_profile


def canonical(profile: CompanyProfile | dict[str, Any], *, precision: bool = False) -> dict[str, Any]:
    """A profile as plain data, lists sorted, so two readings of the same facts compare equal.
    How precisely a date was said (``date_precision``) is left out unless ``precision``: the
    conversation sets state dates only (precision has its own tests)."""
    model = profile if isinstance(profile, CompanyProfile) else parse_profile(profile, "expected profile")
    data = model.model_dump(mode="json", exclude_defaults=True)
    for key, value in data.items():
        if isinstance(value, list) and not precision:
            value = [{k: v for k, v in item.items() if k != "date_precision"} if isinstance(item, dict) else item
                     for item in value]
        if isinstance(value, list):
            data[key] = sorted(value, key=lambda item: json.dumps(item, sort_keys=True))
        elif isinstance(value, dict) and key == "quantities":
            data[key] = {k: sorted(v, key=lambda item: item["year"]) for k, v in value.items()}
    return data


def facts_of(data: dict[str, Any]) -> set[str]:
    """The single facts a canonical profile states (for a per-fact accuracy)."""
    facts: set[str] = set()
    for key, value in data.items():
        if isinstance(value, list):
            facts.update(f"{key}:{json.dumps(item, sort_keys=True)}" for item in value)
        elif isinstance(value, dict):
            for inner, item in value.items():
                facts.add(f"{key}.{inner}:{json.dumps(item, sort_keys=True)}")
        else:
            facts.add(f"{key}:{json.dumps(value)}")
    return facts


def stated_items(data: dict[str, Any]) -> list[tuple[str, Any]]:
    """The single facts of a canonical profile as (field, value) pairs, the value as data (not text)."""
    items: list[tuple[str, Any]] = []
    for key, value in data.items():
        if isinstance(value, list):
            items.extend((key, item) for item in value)
        elif isinstance(value, dict):
            items.extend((f"{key}.{inner}", item) for inner, item in value.items())
        else:
            items.append((key, value))
    return items


def covers(found: Any, expected: Any) -> bool:
    """``found`` says at least what ``expected`` says: every field it states, with the same value (a list:
    every item of it covered by one found); fields ``expected`` leaves out (a date) are not compared."""
    if isinstance(expected, dict) and isinstance(found, dict):
        return all(key in found and covers(found[key], value) for key, value in expected.items())
    if isinstance(expected, list) and isinstance(found, list):
        return all(any(covers(item, wanted) for item in found) for wanted in expected)
    return bool(found == expected)


def stated_facts_found(expected: dict[str, Any], found: dict[str, Any]) -> float:
    """The share of the facts ``expected`` states that ``found`` covers on the fields it states (a writer who
    leaves a date out of an expected fact does not say there is none); 1.0 when nothing is expected and
    nothing found."""
    wanted, got = stated_items(expected), stated_items(found)
    if not wanted:
        return float(not got)
    return sum(any(key == other and covers(value, item) for other, value in got) for key, item in wanted) / len(wanted)
