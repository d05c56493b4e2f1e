"""How long a platform is said to operate (issue 12: a yearly grant counts the years a workstation is
said to operate): 一直运行到现在 / "still running" runs through the day asked about; 运行了三年 / "ran for
three years" runs to the end of its third year from the year it was set up (no set-up date: not known);
一直运行到2024年底 / "operated through 2024 and 2025" runs to the end of the last year said;
a year still to come, or an end said as a plan or a supposition (准备持续运营到2028年), is no fact.
The wording is data, the cues ``still_operating``, ``operated_for`` and ``operated_through`` of ``ontology/cues/``; the number
of years is read as dates read theirs (``ontology/cues/dates.yaml`` ``number_words``)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.understanding.cue_files import CueFileError
from assistant.understanding.cues import cue
from assistant.understanding.relative_dates import count_in_words
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
    through = cue("operated_through").search(text)  # 一直运行到2024年底, "operated through 2024 and 2025"
    if through is not None:
        last = dt.date(max(int(year) for year in re.findall(r"(?:19|20)\d{2}", through[0])), 12, 31)
        # 要运行到2028年: a year still to come is no fact; the year asked in runs to the day asked about
        return None if last.year > as_of.year else min(last, as_of)
    still = cue("still_operating").search(text)
    if still is not None:  # 没有一直运行 / "not still running": not said to operate
        return None if cue("negation").search(text[max(0, still.start() - 4):still.start()]) else as_of
    return None


def _years(words: str, lang: str) -> int | None:
    for token in re.findall(rf"\d+|[{CHINESE_NUMERAL_CHARS}]+|[A-Za-z]+", words):
        try:
            return count_in_words(token, lang)
        except CueFileError:
            continue
    return None
