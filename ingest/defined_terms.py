"""Terms a policy defines itself (本办法所称K，是指…: ``ingest/data/defined_terms.yaml``).

A payee whose label is a term the policy defines is a kind of party the policy restricts its award to, not a
restatement of the clause's recognition: it is marked (:attr:`Beneficiary.defined`) so that the engine requires it
even when its clause also names a recognition (对通过R认定的K: K asked when not said, refused when denied).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml

from ingest.model import Provision

DEFINED_TERMS_FILE = Path(__file__).resolve().parent / "data" / "defined_terms.yaml"


class DefinedTermsDataError(ValueError):
    """The defined-terms file lacks its list or has a bad pattern (says which)."""


@cache
def definition_patterns(path: Path = DEFINED_TERMS_FILE) -> tuple[re.Pattern[str], ...]:
    """The definition forms of the file (group ``term``), read once."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        patterns = tuple(re.compile(entry["pattern"]) for entry in data["definitions"])
    except (KeyError, TypeError, re.error) as error:
        raise DefinedTermsDataError(f"{path}: {error!r}") from error
    if any("term" not in pattern.groupindex for pattern in patterns):
        raise DefinedTermsDataError(f"{path}: every definition pattern needs a group `term`")
    return patterns


def defined_terms(text: str) -> frozenset[str]:
    """The terms ``text`` defines (本办法所称K，是指… → K)."""
    return frozenset(found["term"].strip() for pattern in definition_patterns() for found in pattern.finditer(text))


def mark_defined_payees(provisions: tuple[Provision, ...], text: str) -> tuple[Provision, ...]:
    """``provisions`` with every induced payee whose whole label is a term ``text`` defines marked as defined."""
    terms = defined_terms(text)
    if not terms:
        return provisions
    return tuple(replace(p, beneficiary=replace(p.beneficiary, defined=True))
                 if p.beneficiary is not None and p.beneficiary.induced and p.beneficiary.label.strip() in terms
                 else p for p in provisions)
