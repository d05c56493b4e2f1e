"""Level words as the vocabulary names them (国家级, 省里, 国字号, state-level, city level).

Only labels of two characters or more are read in a message: the one-character forms
(省, 市, 区, 县) are for policy text and would be found inside 上市, 片区.
"""

from __future__ import annotations

from typing import get_args

from assistant.profile import AdministrativeLevel
from assistant.understanding.cues import cue
from ingest.concepts import ConceptHit, load_vocabulary

ADMINISTRATIVE_LEVELS: tuple[str, ...] = get_args(AdministrativeLevel)
"""The levels a recognition or platform is granted at, most senior first; the vocabulary's
other levels (industry, local) are levels of standards."""
MIN_LABEL_CHARS = 2


def level_hits(text: str) -> list[ConceptHit]:
    """Every level word in ``text`` (of any level, standards' too), in order."""
    return [hit for hit in load_vocabulary().find(text, "levels") if len(hit.text) >= MIN_LABEL_CHARS]


def administrative_level_hits(text: str) -> list[ConceptHit]:
    """The level words in ``text`` naming an administrative level (国家级, provincial…)."""
    return [hit for hit in level_hits(text) if hit.concept.id in ADMINISTRATIVE_LEVELS]


def level_named(text: str) -> str | None:
    """The most senior administrative level ``text`` names, if any."""
    named = {hit.concept.id for hit in administrative_level_hits(text)}
    return next((level for level in ADMINISTRATIVE_LEVELS if level in named), None)


def level_denied(text: str, hit: ConceptHit) -> bool:
    """Whether the level word at ``hit`` is ruled out: a denial right before it (不是X级, "not X-level": cue
    ``level_denial``) or right after it (X级的不是: cue ``level_denied_after``). A level ruled out is never the level
    stated (X级，不是Y级 / "X-level, not Y-level" states X)."""
    return bool(cue("level_denial").search(text[:hit.start]) or cue("level_denied_after").match(text, hit.end))


def level_affirmed(text: str) -> str | None:
    """The most senior administrative level ``text`` names and does not rule out (:func:`level_denied`); None when
    it names none, or rules out every one it names (不是X级的: the level is still to be asked)."""
    named = {hit.concept.id for hit in administrative_level_hits(text) if not level_denied(text, hit)}
    return next((level for level in ADMINISTRATIVE_LEVELS if level in named), None)


def denies_a_level(text: str) -> bool:
    """``national-level, not provincial`` / ``是国家级，不是省级``: a level word right after a negation."""
    return any(cue("level_denial").search(text[:hit.start]) for hit in administrative_level_hits(text))


def without_trailing_level(text: str) -> str:
    """``两个省级`` → ``两个``, ``two provincial-level`` → ``two``: the words before a level word
    that closes ``text`` (to count what comes next)."""
    hits = administrative_level_hits(text)
    if hits and cue("level_suffix").fullmatch(text[hits[-1].end:]):
        return text[:hits[-1].start]
    return text


def granted_level(text: str) -> str | None:
    """The level ``text`` grants at: a level word of the vocabulary not ruled out first (省级; X级，不是Y级 → X), else
    the level of the body or division it names (辽宁省科技厅 → provincial, 大连市 → municipal); None for neither, or
    for a zone (a zone's committee grants at no administrative level of the profile)."""
    named = level_affirmed(text)
    if named is not None:
        return named
    from assistant.understanding.places import issuing_level

    level = issuing_level(text)
    return level if level in ADMINISTRATIVE_LEVELS else None


def stated_level(text: str) -> str | None:
    """The level a correction states: the first level word not denied (不是省级，是国家级 → national;
    "it's municipal - the provincial application is still pending" → municipal), else the level of the body
    that granted it (是辽宁省科技厅认定的 → provincial)."""
    said = [hit for hit in administrative_level_hits(text)
            if not cue("negation").search(text[max(0, hit.start - 6):hit.start])]
    return said[0].concept.id if said else granted_level(text)


def standard_level_stated(text: str) -> str | None:
    """The level a correction gives a standard: the first level word said with a standard's word and not denied
    (是行业标准，不是国家标准 → industry; "it was a local standard, not national" → local), or a level only standards
    have said alone (是行业级的, "industry-level"); None when the text states no standard's level."""
    for hit in level_hits(text):
        with_word = cue("standard_word").match(text, hit.end) is not None
        if (with_word or hit.concept.id not in ADMINISTRATIVE_LEVELS) \
                and not cue("negation").search(text[max(0, hit.start - 6):hit.start]):
            return hit.concept.id
    return None
