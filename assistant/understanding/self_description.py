"""What the company says it does, as the kind a policy pays by: "we are in the X business" names the X企业 / "X
enterprise" a policy prints (做X的 is an X企业). The words the cue ``does_for_a_living`` captures (its group
``what``, ``what_en``, or ``what_next`` in a second clause of the same subject: 我们是本区企业，是做X的) must be
the whole stem of a payee label, the label without its company head (ontology/payee_heads.yaml), never a part
of a longer stem: 做租赁的 names no X租赁企业. Matching the stem against the policy's names is the
caller's (:meth:`~assistant.understanding.policy_terms.PolicyTerms.find`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant.understanding.cue_files import CueFileError, read_cue_file
from assistant.understanding.cues import cue
from assistant.understanding.payee_heads import payee_heads


@dataclass(frozen=True)
class Described:
    """The words of a message that say what the company does, and the kind they name (its ``what``): the stem of a
    payee label, or (``whole``) a whole Chinese label composed from English words."""

    start: int
    end: int
    what: str
    whole: bool = False


def described_kinds(text: str) -> list[Described]:
    """Each place where ``text`` says what the company does for a living (我们是做X的, "we do X")."""
    found = []
    for match in cue("does_for_a_living").finditer(text):
        groups = match.groupdict()
        what = next((groups[name] for name in ("what", "what_en", "what_next") if groups.get(name)), None)
        if what:  # a second clause of the same subject (我们是本区企业，是做X的) is read from where it opens
            start = match.start("clause") if groups.get("clause") else match.start()
            found.append(Described(start, match.end(), what.strip()))
    return found + _english_kinds(text)


@cache
def _kind_words() -> tuple[tuple[str, str], ...]:
    """``en_kind_words`` of ontology/cues/label_variants.yaml, longest English words first."""
    words = read_cue_file("label_variants").get("en_kind_words") or {}
    if not isinstance(words, dict):
        raise CueFileError("label_variants.yaml en_kind_words", "must map English words to Chinese label words")
    return tuple(sorted(((str(en).casefold(), str(zh)) for en, zh in words.items()), key=lambda pair: -len(pair[0])))


def _english_kinds(text: str) -> list[Described]:
    """"We are a foreign-invested manufacturer": the kind said, as the Chinese label its words compose (外资制造业企业),
    when the word table covers every word of it."""
    found = []
    for match in cue("is_a_kind").finditer(text):
        words, label = (match.group("kind_en") or "").casefold().strip(), ""
        while words:
            pair = next(((en, zh) for en, zh in _kind_words() if re.match(rf"{re.escape(en)}\b", words)), None)
            if pair is None:
                break
            label, words = label + pair[1], words[len(pair[0]):].strip()
        if label and not words:
            found.append(Described(match.start(), match.end(), label, whole=True))
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
