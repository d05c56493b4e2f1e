"""Payees that name any party (企业, 单位): ``generic_payees.yaml``, read by ingest (a generic party after 给予
yields to the party a 对-phrase names) and by the eligibility engine (a generic payee requires nothing)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

GENERIC_PAYEES_FILE = Path(__file__).resolve().parent / "generic_payees.yaml"


class GenericPayeesError(ValueError):
    """The generic payees file cannot be used (names the file and what is wrong)."""


@cache
def generic_payees(path: Path = GENERIC_PAYEES_FILE) -> frozenset[str]:
    """The words that name any party, read once."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise GenericPayeesError(f"{path}: cannot read the generic payees ({error})") from error
    words = data.get("words") if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise GenericPayeesError(f"{path}: expected `words`, a list of words")
    return frozenset(words)
