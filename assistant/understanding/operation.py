"""How long a platform is said to operate (issue 12: a yearly grant counts the years a workstation is
said to operate): 一直运行到现在 / "still running" runs through the day asked about; 运行了三年 / "ran for
three years" runs to the end of its third year from the year it was set up (no set-up date: not known);
一直运行到2024年底 / "operated through 2024 and 2025" runs to the end of the last year said;
2023年底撤站了 / "it shut down this summer" runs to the end of the year it stopped in (no date said: not known);
a year still to come, or an end said as a plan or a supposition (准备持续运营到2028年), is no fact.
The wording is data, the cues ``still_operating``, ``operated_for``, ``operated_through`` and
``closed_down`` of ``ontology/cues/``; the number of years is read as dates read theirs (``ontology/cues/dates.yaml`` ``number_words``)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.understanding.cue_files import CueFileError
from assistant.understanding.cues import cue
from assistant.understanding.relative_dates import count_in_words, found_dates
from assistant.understanding.tense import event_tense
from ingest.money import CHINESE_NUMERAL_CHARS


def operating_until(text: str, lang: str, as_of: dt.date, since: dt.date | None) -> dt.date | None:
    """The last day the clause says the platform operates, or None when it says nothing of it, or says it as a
    plan or a supposition (准备持续运营到2028年, "if it runs until 2029": no year of operation held)."""
    if event_tense(text, lang) in ("planned", "expected") or cue("conditional").search(text):
        return None
    said = cue("operated_for").search(text)  # a number of years said wins over "still": 持续运营了两年
    if said is not None:
        years = _years(said[0], lang) if since is not None else None
        return dt.date(since.year + years - 1, 12, 31) if since is not None and years else None
    through = cue("operated_through").search(text)  # 一直运行到2024年底, 运行到23年底, "operated through 2024 and 2025"
    if through is not None:
        last = dt.date(max(_year(token) for token in re.findall(r"(?<!\d)(?:(?:19|20)\d{2}|\d{2})(?!\d)",
                                                                through[0])), 12, 31)
        # 要运行到2028年: a year still to come is no fact; the year asked in runs to the day asked about
        return None if last.year > as_of.year else min(last, as_of)
    closed = cue("closed_down").search(text)  # 2023年底撤站了 / "it shut down this summer": to the date said with it
    if closed is not None:
        return _closed_on(text, closed.start(), as_of, since)
    still = cue("still_operating").search(text)
    if still is not None:  # 没有一直运行 / "not still running": not said to operate
        return None if cue("negation").search(text[max(0, still.start() - 4):still.start()]) else as_of
    return None


def _year(token: str) -> int:
    """2024 → 2024; 23 (运行到23年底) → 2023."""
    return int(token) if len(token) == 4 else 2000 + int(token)


def _closed_on(text: str, at: int, as_of: dt.date, since: dt.date | None) -> dt.date | None:
    """The last day of the year a platform stopped in: the date said after the words that say so (else the last one
    said before them that is not its set-up date); None when no date is said, or one before its set-up."""
    said = found_dates(text, as_of, since)
    after = [found for found in said if found.start >= at]
    before = [found for found in said if found.start < at and (since is None or found.value != since)]
    date = after[0].value if after else before[-1].value if before else None
    if not isinstance(date, dt.date) or (since is not None and date.year < since.year) or date > as_of:
        return None
    return min(dt.date(date.year, 12, 31), as_of)


def _years(words: str, lang: str) -> int | None:
    for token in re.findall(rf"\d+|[{CHINESE_NUMERAL_CHARS}]+|[A-Za-z]+", words):
        try:
            return count_in_words(token, lang)
        except CueFileError:
            continue
    return None
