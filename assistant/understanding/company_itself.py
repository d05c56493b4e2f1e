"""A platform or project that IS the company ("We're a technology transfer service agency, registered and set up in the
FTZ in March 2022"; 公司是创始人23年回国创办的，属于高层次人才创业) dates from the company's own setting up, said in the
same sentence: the date of the clause that says the company was set up (cue ``company_set_up``) and names nothing else."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, TypeVar

from assistant.understanding.cues import cue
from assistant.understanding.relative_dates import found_dates
from ingest.concepts import load_vocabulary

F = TypeVar("F")
"""A fact, whatever its type: the caller says how to read it and date it."""

_ITSELF_FIELDS = ("platforms", "holdings")
"""The kinds of fact a company can itself be (a technology transfer agency, a research institute, a talent start-up)."""
_SENTENCES = re.compile(r"[^。！？!?\n]+(?:[。！？!?\n]|\.(?:\s|$)|$)")
_CLAUSE = re.compile(r"[^，,；;。！？!?]+")  # the sentence's end is no part of its last clause


def _set_up_date(sentence: str, as_of: dt.date, said: str) -> dict[str, Any]:
    """The date of the one clause of ``sentence`` saying the company was set up, if it says one: the clause ``said``
    (the fact's own words) or one naming no concept."""
    found = []
    for clause in _CLAUSE.finditer(sentence):
        set_up = cue("company_set_up").search(clause[0])
        if set_up is None or (said not in clause[0] and load_vocabulary().find(clause[0], "qualifications")):
            continue  # "…, and in 2023 we set up an academician workstation in the FTZ": that one's setting up
        when = [d for d in found_dates(clause[0], as_of) if (isinstance(d.value, dt.date) and d.start >= set_up.start())
                or (isinstance(d.value, dt.date) and cue("company_set_up").search(clause[0], d.end))]
        found.extend(when[:1])
    if len(found) != 1:
        return {}
    return {"date": found[0].value, **({"date_precision": found[0].precision} if found[0].precision else {})}


def date_the_company_itself(message: str, as_of: dt.date, facts: list[F], source: Callable[[F], str],
                            field: Callable[[F], str], value: Callable[[F], Any],
                            dated: Callable[[F, dict[str, Any]], F]) -> list[F]:
    """``facts`` with an undated platform or project said to be the company (cue ``company_is``) given the date the
    same sentence says the company was set up."""
    result = []
    for fact in facts:
        data, said = value(fact), source(fact)
        if isinstance(data, dict) and "date" not in data and data.get("held", True) is not False \
                and field(fact) in _ITSELF_FIELDS and cue("company_is").search(said):
            sentence = next((s[0] for s in _SENTENCES.finditer(message) if said in s[0]), "")
            when = _set_up_date(sentence, as_of, said.strip())
            if when:
                fact = dated(fact, {**data, **when})
        result.append(fact)
    return result
