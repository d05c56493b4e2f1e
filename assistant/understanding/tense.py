"""Done, planned or expected: "we moved in May" is a fact of the profile, "we plan to move in May"
is not (the reply answers it as a what-if with its date). Cue wording is data
(``ontology/cues/tense.yaml``) with examples; a date after today counts as planned."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, cast

from assistant.understanding.cue_files import CueFileError, CuePattern, compile_pattern, cue_pattern, language_section

if TYPE_CHECKING:
    from assistant.understanding.relative_dates import DateMention, Prefer

Tense = Literal["past", "planned", "expected", "unknown"]
_TENSES = ("past", "planned", "expected")


@dataclass(frozen=True)
class TenseWording:
    negation: re.Pattern[str]
    cues: tuple[CuePattern, ...]
    """One per class of ``tense.yaml``, named by its tense."""


@functools.cache
def tense_wording(lang: str) -> TenseWording:
    section, flags = language_section("tense", lang)
    cues = []
    for index, entry in enumerate(section.get("classes", [])):
        where = f"tense.yaml {lang}.classes[{index}]"
        if entry.get("tense") not in _TENSES or "pattern" not in entry:
            raise CueFileError(where, f"needs a tense (one of {', '.join(_TENSES)}) and a pattern")
        cues.append(cue_pattern(entry["tense"], entry, where, flags))
    negation = compile_pattern(str(section.get("negation", r"(?!)")), f"tense.yaml {lang}.negation", flags)
    return TenseWording(negation, tuple(cues))


def event_tense(clause: str, lang: str, as_of: dt.date | None = None) -> Tense:
    """``expected`` (预计, "expect to"), ``planned`` (计划, 明年, "plan to", "will"), ``past`` (了, 已,
    "moved", "last year") or ``unknown`` (a present state, no cue). A cue right after a negation does
    not count (不打算, "don't plan to"). With ``as_of``, a clause with no cue but a date is planned when
    the date is after ``as_of`` (2026年上市), else past (2022年首次认定)."""
    wording = tense_wording(lang)
    for cue in wording.cues:
        if any(not wording.negation.search(clause[: match.start()]) for match in cue.pattern.finditer(clause)):
            return cast(Tense, cue.name)
    return _by_dates(clause, lang, as_of) if as_of is not None else "unknown"


def _by_dates(clause: str, lang: str, as_of: dt.date) -> Tense:
    from assistant.understanding.relative_dates import resolve_dates

    dates = [mention.date for mention in resolve_dates(clause, lang, as_of)]
    if not dates:
        return "unknown"
    return "planned" if any(date > as_of for date in dates) else "past"


def event_dates(clause: str, lang: str, as_of: dt.date, previous: dt.date | None = None
                ) -> tuple[Tense, list[DateMention]]:
    """The clause's tense and its dates, a month named alone read the way the tense points: 计划5月搬入
    and "we plan to move in May" → the coming May; 5月搬入了 and "we moved in May" → the last one."""
    from assistant.understanding.relative_dates import resolve_dates

    tense = event_tense(clause, lang, as_of)
    prefer: Prefer = "future" if tense in ("planned", "expected") else "past"
    return tense, resolve_dates(clause, lang, as_of, previous, prefer)


def tense_examples(lang: str) -> list[tuple[Tense, str, str]]:
    """Every example: (tense, "match"/"no_match", clause)."""
    return [(cast(Tense, cue.name), kind, text) for cue in tense_wording(lang).cues
            for kind in ("match", "no_match") for text in cue.examples[kind]]


def plan_start(clause: str, lang: str) -> int | None:
    """Where the words of a plan or expectation begin in ``clause`` ("… in May 2023 and are planning an IPO"), or
    None when it has none (a cue right after a negation does not count)."""
    wording = tense_wording(lang)
    starts = [match.start() for cue in wording.cues if cue.name != "past" for match in cue.pattern.finditer(clause)
              if not wording.negation.search(clause[: match.start()])]
    return min(starts) if starts else None

