"""Payees that name a population an award is restricted to (P企业, P创办企业: ``ingest/data/restricted_payees.yaml``).

Beside a recognition R (对通过R认定的K), an induced payee K usually restates R and is not required; a K that names who
owns, founds or staffs the payee (a population word) is a restriction of its own, even when the policy does not define
K: it is marked (:attr:`Beneficiary.restricted`) so that the engine requires it (asked when not said, never dropped).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml

from ingest.model import Provision

RESTRICTED_PAYEES_FILE = Path(__file__).resolve().parent / "data" / "restricted_payees.yaml"


class RestrictedPayeesDataError(ValueError):
    """The restricted-payees file lacks its word list or has an empty word (says which)."""


@cache
def population_words(path: Path = RESTRICTED_PAYEES_FILE) -> tuple[str, ...]:
    """The population words of the file, read once."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        words = tuple(str(word).strip() for word in data["words"])
    except (KeyError, TypeError) as error:
        raise RestrictedPayeesDataError(f"{path}: needs a list `words` ({error!r})") from error
    if not all(words):
        raise RestrictedPayeesDataError(f"{path}: an empty word")
    return words


@cache
def not_followed_by(path: Path = RESTRICTED_PAYEES_FILE) -> re.Pattern[str] | None:
    """What after a population word makes it part of another word (青年 of 青年旅舍): ``not_followed_by``, read once."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = data.get("not_followed_by") if isinstance(data, dict) else None
    try:
        return re.compile(str(text)) if text else None
    except re.error as error:
        raise RestrictedPayeesDataError(f"{path}: bad `not_followed_by` ({error})") from error


def names_a_population(label: str) -> bool:
    """Whether a payee label names a population an award is restricted to (P企业 → P, a word of the data, read as a
    whole word: not when followed by what makes it part of another, 青年旅舍)."""
    other = not_followed_by()
    return any(other is None or not other.match(label, found.end())
               for word in population_words() for found in re.finditer(re.escape(word), label))


def mark_restricted_payees(provisions: tuple[Provision, ...]) -> tuple[Provision, ...]:
    """``provisions`` with every induced payee whose label names a population marked as restricted."""
    return tuple(replace(p, beneficiary=replace(p.beneficiary, restricted=True))
                 if p.beneficiary is not None and p.beneficiary.induced and names_a_population(p.beneficiary.label)
                 else p for p in provisions)
