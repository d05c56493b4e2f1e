"""Who is rated, raised or graded in a clause: the company, or another party named before the rating words.

A clause whose words before its rating, raising or grading verb (cues ``rates_a_grade``, ``raised_to_level``,
``level_raised``) name another party — 隔壁企业2024年被评为五级, 我们的供应商去年升了Y级, "our competitor was rated level
5", "our partner university's lab was bumped up to provincial" — says nothing of the company: no later grade, no raise,
no answer to a question about its facts. The parties are data (cue ``another_party_rated``); the company named after the
party (跟隔壁一样，我们也…, "like our competitor, we were…") keeps the clause the company's."""

from __future__ import annotations

from assistant.understanding.cues import cue

RATING_CUES = ("rates_a_grade", "raised_to_level", "level_raised")
"""The cues of the words that rate, raise or grade the thing said (评为, 升级为, "rated", "upgraded to")."""


def rating_at(text: str) -> int | None:
    """Where the first rating, raising or grading words of ``text`` start; None when it has none."""
    starts = [found.start() for name in RATING_CUES if (found := cue(name).search(text)) is not None]
    return min(starts) if starts else None


def rates_another_party(text: str) -> bool:
    """Whether the one ``text`` rates, raises or grades is another party named before the rating words."""
    at = rating_at(text)
    return at is not None and bool(cue("another_party_rated").search(text[:at]))


def said_of_another_party(text: str) -> bool:
    """Whether a clause says something of another party: its subject, at its start, is one (我们的客户2024年通过了贯标认证,
    "our neighbour got a provincial key lab approved": cue ``another_party_subject``), or the one it rates is."""
    return bool(cue("another_party_subject").match(text)) or rates_another_party(text)


def message_of_another_party(text: str) -> bool:
    """Whether a whole message is about another party: its subject, at its start, is one (隔壁公司的中心也升省级了,
    "a competitor's centre was bumped up"), and the company is not named after it ("Like a rival of ours, we were
    re-graded…" and 跟隔壁一样，我们也… stay the company's: cue ``self`` after the party)."""
    party = cue("another_party_subject").match(text)
    return party is not None and cue("self").search(text, party.end()) is None


RELATIVE_REACH = 80
"""How far before a concept's name the words naming another party and opening a relative clause on it are read."""


def in_another_partys_relative(text: str, start: int) -> bool:
    """Whether the concept named at ``start`` is said in a relative clause on another party ("we are a subsidiary of a
    group that listed on …", "owned by a holding company which has a … lab"): the event is that party's, not the
    company's (cue ``another_party_relative_before``)."""
    return bool(cue("another_party_relative_before").search(text[max(0, start - RELATIVE_REACH):start]))
