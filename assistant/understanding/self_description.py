"""What the company says it does, as the kind a policy pays by: "we are in the X business" names the X企业 / "X
enterprise" a policy prints (做X的 is an X企业). The words the cue ``does_for_a_living`` captures (its group
``what``, ``what_en``) must be the whole stem of a payee label, the label without its company head (ontology/payee_heads.yaml),
never a part of a longer stem: 做租赁的 names no X租赁企业. Matching the stem against the policy's names is the
caller's (:meth:`~assistant.understanding.policy_terms.PolicyTerms.find`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.understanding.cues import cue
from assistant.understanding.payee_heads import payee_heads


@dataclass(frozen=True)
class Described:
    """The words of a message that say what the company does, and the kind they name (its ``what``)."""

    start: int
    end: int
    what: str


def described_kinds(text: str) -> list[Described]:
    """Each place where ``text`` says what the company does for a living (我们是做X的, "we do X")."""
    found = []
    for match in cue("does_for_a_living").finditer(text):
        what = next((words for words in match.groupdict().values() if words), None)  # what (zh), what_en
        if what:
            found.append(Described(match.start(), match.end(), what.strip()))
    return found


def stem(name: str) -> str | None:
    """``name`` without its company head (融资租赁企业 → 融资租赁, "financial leasing firm" → "financial leasing");
    None when no head of its language ends it, or nothing stands before the head."""
    name = name.strip()
    if name.isascii():
        words = name.split()
        heads = {head.casefold() for head in payee_heads().get("en", ())}
        return " ".join(words[:-1]) if len(words) > 1 and words[-1].casefold() in heads else None
    for head in payee_heads().get("zh", ()):
        bare = re.sub(r"[的型]$", "", name.removesuffix(head))
        if name.endswith(head) and len(bare) >= 2:
            return bare
    return None
