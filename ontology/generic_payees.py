"""Payees that name any party (企业, 单位): ``generic_payees.yaml``, read by ingest (a generic party after 给予
yields to the party a 对-phrase names) and by the eligibility engine (a generic payee requires nothing); and the
roles the company itself plays (用人单位, 项目单位: ``roles``), which require nothing of it either but never yield."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

GENERIC_PAYEES_FILE = Path(__file__).resolve().parent / "generic_payees.yaml"


class GenericPayeesError(ValueError):
    """The generic payees file cannot be used (names the file and what is wrong)."""


def _words(path: Path, key: str) -> frozenset[str]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise GenericPayeesError(f"{path}: cannot read the generic payees ({error})") from error
    words = data.get(key) if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise GenericPayeesError(f"{path}: expected `{key}`, a list of words")
    return frozenset(words)


@cache
def generic_payees(path: Path = GENERIC_PAYEES_FILE) -> frozenset[str]:
    """The words that name any party, read once."""
    return _words(path, "words")


@cache
def holding_roles(path: Path = GENERIC_PAYEES_FILE) -> frozenset[str]:
    """The roles whose 对-party is a thing the role must have (项目单位 of a X级Y项目): ``holding_roles``."""
    return _words(path, "holding_roles")


@cache
def held_things(path: Path = GENERIC_PAYEES_FILE) -> tuple[str, ...]:
    """The nouns that end a thing a holding role must have (项目): ``held_things``."""
    return tuple(sorted(_words(path, "held_things")))


@cache
def company_roles(path: Path = GENERIC_PAYEES_FILE) -> frozenset[str]:
    """The roles a company itself plays in a benefit (用人单位, 项目单位): nothing to hold, never a yielding word."""
    return _words(path, "roles")
