"""A later grade of a thing held at a grade (国家智能制造能力成熟度三级 in 2023, then 2024年11月又被评为四级; "re-assessed at
level 4 in November 2024"): another grade of the same scale (``ontology/tier_scales.yaml``), rated by the words of cue
``rates_a_grade`` (评为, 复评, "re-assessed"). The reader keeps the earlier grade for the years it held and makes the
later one a fact of its own: an award that tops a lower grade up to a higher one (追加差额) is computed on both.

Only the company's own grade: a clause that rates another party (隔壁企业2024年被评为五级, "our competitor was rated level
5": :mod:`~assistant.understanding.rated_party`) or denies the rating (没有被评为四级, "we were not rated level 4") gives
none."""

from __future__ import annotations

from assistant.eligibility.tiers import grade_named, tier_scales
from assistant.understanding.cues import cue
from assistant.understanding.rated_party import rates_another_party


def later_grade(text: str, held_tier: str) -> str | None:
    """The grade ``text`` rates the thing held at ``held_tier`` at, when it is another grade of the same scale; None
    when the text rates nothing, only applies for or awaits a grade (cue ``grade_applied_for``: 在申请复评四级, "no result
    yet"), rates another party or denies the rating, names no grade of that scale, or names the one held."""
    rating = cue("rates_a_grade").search(text)
    if rating is None or cue("grade_applied_for").search(text) or rates_another_party(text) or _denied(text, rating.start()):
        return None
    said = grade_named(text)
    old, new = tier_scales().grade(held_tier), tier_scales().grade(said)
    if said is None or old is None or new is None or old.scale != new.scale or old.rank == new.rank:
        return None
    return said


_CLAUSE_MARKS = "，,。；;."
"""Marks that end a clause: a negation denies the rating of its own clause only."""


def _denied(text: str, rating_at: int) -> bool:
    """The rating is denied: a negation before it (没有被评为四级, "we were not rated"), or before a later rating word
    of its clause (复评没有达到四级, 复评也没能升到四级), or after it in its clause ("re-assessed but did not reach level
    4"; a contrast in a clause of its own, 升到四级，不是三级, is no denial), or words after it saying it did not happen
    (复评四级没通过, 评为四级的结果被撤销, "re-rated at level 4, but it was rejected")."""
    said = cue("not_negation").sub("", text)
    last = [match.start() for match in cue("rates_a_grade").finditer(text)][-1:] or [rating_at]
    clause_start = max(text.rfind(mark, 0, last[0]) for mark in _CLAUSE_MARKS) + 1
    ends = [at for at in (text.find(mark, rating_at + 1) for mark in _CLAUSE_MARKS) if at >= 0]
    after = text[rating_at:min(ends, default=len(text))]  # 升到四级，不是三级: the contrast is a clause of its own
    return bool(cue("negation").search(cue("not_negation").sub("", text[:rating_at]))
                or cue("negation").search(cue("not_negation").sub("", text[clause_start:last[0]]))
                or cue("negation").search(cue("not_negation").sub("", after))
                or cue("fell_through").search(text) or cue("negates_what_was_said").search(said))


def names_another_grade(text: str, held_tier: str) -> bool:
    """Whether ``text`` names a grade of the held grade's scale other than the one held (，2024年没有评上四级 after
    三级): what it says — denied, applied for, hoped for — is of that grade, never of the grade held."""
    said = grade_named(text)
    old, new = tier_scales().grade(held_tier), tier_scales().grade(said)
    return old is not None and new is not None and old.scale == new.scale and old.rank != new.rank
