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


DEFINITION_END = re.compile(r"[。；;\n]")
"""Where a definition's own conditions end: the end of its sentence or list item."""
LEAD_IN = re.compile(r"^(?:第[一二三四五六七八九十百零\d]+条)?\s*"
                     r"(?:本\w{0,6}?(?=支持|鼓励|扶持|对))?(?:对|支持|鼓励|扶持)?")
"""Words before a definition written ahead of its term (第X条 本细则支持 | 对 C的企业（以下简称“K”）): not
conditions."""
MAX_DEFINITION = 120
"""The longest definition carried into a question (characters); a longer one is cut with …."""


def defined_terms(text: str) -> frozenset[str]:
    """The terms ``text`` defines (本办法所称K，是指… → K)."""
    return frozenset(found["term"].strip() for pattern in definition_patterns() for found in pattern.finditer(text))


def definitions(text: str) -> dict[str, str]:
    """Each term ``text`` defines with its definition's own conditions, as printed (本办法所称K，是指C。 → K: C; the
    first definition of a term wins). A definition written before its term (C的企业（以下简称“K”）) gives C from its
    sentence's start; a definition with no words left gives an empty string."""
    found: dict[str, str] = {}
    for pattern in definition_patterns():
        for match in pattern.finditer(text):
            term = match["term"].strip()
            if text[match.end() - 1] not in "）)":  # K，是指C / "K" refers to C: the conditions follow the term
                end = DEFINITION_END.search(text, match.end())
                body = text[match.end():end.start() if end else len(text)]
            else:  # （以下简称“K”）: the conditions precede the term
                starts = [m.end() for m in DEFINITION_END.finditer(text, 0, match.start())]
                body = text[starts[-1] if starts else 0:match.start()]
            body = LEAD_IN.sub("", body.strip(" ，,：:.\t"))
            body = body if len(body) <= MAX_DEFINITION else body[:MAX_DEFINITION] + "…"
            found.setdefault(term, body)
    return found


MIN_USED_TERM = 3
"""The shortest defined term looked for inside another's definition (a two-character term such as X地 is too often
part of a longer word there)."""


def with_terms_it_uses(term: str, terms: dict[str, str]) -> str | None:
    """``term``'s definition followed by the definitions of the other defined terms it uses, one level deep
    (K是指以P为主要创办人…的企业 and P是指X周岁以下… → both, so P's own conditions are asked too)."""
    body = terms.get(term) or ""
    used = [f"{other}：{terms[other]}" for other in terms
            if other != term and terms[other] and len(other) >= MIN_USED_TERM and other in body and term not in other]
    whole = "；".join([body, *used]) if body else ""
    return whole or None


def mark_defined_payees(provisions: tuple[Provision, ...], text: str) -> tuple[Provision, ...]:
    """``provisions`` with every induced payee whose whole label is a term ``text`` defines marked as defined, with the
    definition's own conditions and those of the defined terms they use (asked with the payee)."""
    terms = definitions(text)
    if not terms:
        return provisions
    return tuple(replace(p, beneficiary=replace(p.beneficiary, defined=True,
                                                definition=with_terms_it_uses(p.beneficiary.label.strip(), terms)))
                 if p.beneficiary is not None and p.beneficiary.induced and p.beneficiary.label.strip() in terms
                 else p for p in provisions)
