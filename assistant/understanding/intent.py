"""What a message asks for, by rules a reader can check."""

from __future__ import annotations

from enum import StrEnum

from assistant.understanding.cues import cue


class Intent(StrEnum):
    ELIGIBILITY = "eligibility"
    CLAUSE_QUESTION = "clause_question"
    EXPLANATION = "explanation"
    WHATIF = "whatif"
    GRAPH_QUESTION = "graph_question"
    VALIDITY = "validity"
    CORRECTION = "correction"
    SMALLTALK = "smalltalk"
    OUT_OF_SCOPE = "out_of_scope"


def classify(message: str, has_facts: bool, has_result: bool) -> Intent:
    """The intent of ``message``; ``has_facts``: it states facts about the company;
    ``has_result``: an earlier answer exists to explain or vary."""
    if cue("injection").search(message):
        return Intent.OUT_OF_SCOPE
    thanks = cue("thanks").match(message) and not has_facts and not cue("question").search(message)
    if cue("smalltalk").match(message) or thanks \
            or (cue("about_you").search(message) and not has_facts):
        return Intent.SMALLTALK
    if cue("correction").match(message) or (has_result and cue("correction_inside").search(message)
                                             and not cue("whatif").search(message)):
        return Intent.CORRECTION  # a supposition (那如果…是不是就高了？) corrects nothing
    if cue("rule_question").search(message) and cue("question").search(message):
        return Intent.CLAUSE_QUESTION
    if cue("validity").search(message) and cue("question").search(message) and not has_facts \
            and not cue("about_a_recognition").search(message):
        return Intent.VALIDITY
    if cue("whatif").search(message):
        return Intent.WHATIF
    if cue("explanation").search(message) and has_result and not has_facts:
        return Intent.EXPLANATION
    if cue("graph_question").search(message):
        return Intent.GRAPH_QUESTION
    if has_facts or cue("how_much").search(message):
        return Intent.ELIGIBILITY
    if cue("question").search(message) and (cue("policy_words").search(message) or _names_policy_concept(message)):
        return Intent.CLAUSE_QUESTION
    return Intent.OUT_OF_SCOPE


def _names_policy_concept(message: str) -> bool:
    from ingest.concepts import SCHEMES, load_vocabulary

    vocabulary = load_vocabulary()
    return any(vocabulary.find(message, scheme, plurals=True) for scheme in SCHEMES if scheme != "levels")
