"""A yes or a no to the engine's question on a payee phrase it cannot check (贵公司是否属于「首次…的Y」？ / "Is the company
what the clause pays: 「…」?"): the answer binds to that phrase, never to another concept, and is kept as a fact on the
phrase itself — a concept of the policy's own words, labelled by the phrase, which the payee-qualifier check reads
(:mod:`~assistant.eligibility.payee_qualifiers`). A reply that is neither a yes nor a no answers nothing here."""

from __future__ import annotations

from assistant.eligibility.payee_qualifiers import QUALIFIER_QUESTION, answered_phrase_id
from assistant.understanding.cues import cue
from assistant.understanding.facts import Understood
from assistant.understanding.yes_no import yes_or_no

PHRASE_LABEL_CHARS = 200
"""The longest label a policy concept keeps (the profile's bound): a longer phrase is not kept as answered."""


def payee_answer(asked: str, text: str) -> Understood | None:
    """The fact ``text`` gives when it answers the payee-phrase question ``asked`` (``payee:<phrase>``) with a yes or a
    no (是的 / 对，我们是 / 不是 / "yes, we are" / "no"); None for any other question or reply."""
    if not asked.startswith(QUALIFIER_QUESTION):
        return None
    phrase = asked[len(QUALIFIER_QUESTION):]
    said = yes_or_no(text)  # 当然是没有 is a no; 属于申报中的 / "yes, still pending" answers nothing
    if not phrase or len(phrase) > PHRASE_LABEL_CHARS or said is None:
        return None
    said_no = not said
    concept = answered_phrase_id(phrase)
    value = {"id": concept, "label": phrase} | ({"held": False} if said_no else {})
    return Understood(f"policy_concept:{concept}", "policy_concepts", value, text.strip())


def is_payee_yes(field: str, value: object, asked: tuple[str, ...]) -> bool:
    """Whether a fact is a yes kept by :func:`payee_answer` (a policy concept labelled by the phrase it answers) to a
    payee question among ``asked`` — never a concept the company named itself (四星级酒店), whose id is made alike."""
    return field == "policy_concepts" and isinstance(value, dict) and value.get("held", True) is not False \
        and bool(value.get("label")) and value.get("id") == answered_phrase_id(str(value["label"])) \
        and f"{QUALIFIER_QUESTION}{value['label']}" in asked


def takes_the_yes_back(text: str) -> bool:
    """Whether a correction said right after a yes to a payee phrase denies it (不对，创始人是上海人，不是X / 其实不是 /
    "Actually no, our founder is from Shanghai"): a negation in it (cue ``negation``) takes that yes back."""
    return bool(cue("negation").search(text))
