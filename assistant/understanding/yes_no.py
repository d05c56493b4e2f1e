"""A short yes or no answering the assistant's question (是的 / 没错 / "of course" / 不是 / "no"), read whole: a yes word
opens the answer only when the rest of it takes nothing back. The rest may deny (当然是没有 / 没错，我们不是 / "Of course
not" / "Indeed, we are not"): a no. It may plan, wait or not know (属于申报中的 / 对，但还在申请 / 是的，不过已经过期了 /
"yes, we plan to" / "yes, not sure"): no answer at all — the question stays open, nothing is held. The words are the
cues ``yes``, ``no``, ``negation``, ``unsure`` and ``yes_held_back`` of ``ontology/cues/``, and the tense cues."""

from __future__ import annotations

from assistant.retrieval.language import detect_language
from assistant.understanding.cues import cue
from assistant.understanding.tense import event_tense


def yes_or_no(text: str) -> bool | None:
    """True for a plain yes, False for a no (a yes word whose rest denies is a no), None for neither — a yes whose
    rest plans, waits, expires or does not know, or a reply that starts with no yes or no word."""
    if cue("no").match(text):
        return False
    yes = cue("yes").match(text)
    if yes is None:
        return None
    rest = text[yes.end():]
    if cue("unsure").search(rest) or cue("yes_held_back").search(rest) \
            or event_tense(rest, detect_language(text)) in ("planned", "expected"):
        return None
    return not cue("negation").search(rest)


def answers_yes_or_no(text: str) -> bool:
    """Whether ``text`` is a yes or a no to the question asked (see :func:`yes_or_no`)."""
    return yes_or_no(text) is not None
