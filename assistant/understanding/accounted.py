"""Every clause of a message accounted for (issue 11, item 4): a clause is used when a fact was read
from it, when it asks something, or when it names the company's sector; any other clause that is not a
greeting is shown back to the user as not understood, in their language (``coverage.yaml``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from assistant.understanding.coverage import Clause, clauses_of, not_understood_notice, unused_clauses
from assistant.understanding.cues import cue

SOURCE_STEP = " → "
"""How a fact completed by a later reply joins its sources (高新技术企业 → 2022年)."""


def used_spans(message: str, sources: Iterable[str]) -> list[tuple[int, int]]:
    """Where in ``message`` each source of a fact was read (every occurrence of each part)."""
    spans = []
    for source in sources:
        for part in source.split(SOURCE_STEP):
            words = part.strip()
            start = message.find(words) if words else -1
            while start >= 0:
                spans.append((start, start + len(words)))
                start = message.find(words, start + 1)
    return spans


def asks(message: str, clause: Clause) -> bool:
    """The clause asks a question (in words, or a question mark closes it)."""
    return bool(cue("asks_in_words").search(clause.text) or cue("asking_end").search(clause.text)
                or message[clause.end:clause.end + 1] in ("？", "?"))


def not_used_notice(message: str, sources: Iterable[str], lang: str,
                    used: Callable[[str], object] = lambda _: False) -> str | None:
    """The line that shows back the clauses of ``message`` that gave no fact (``sources``: the words each
    fact was read from; ``used``: whether the reply used a clause otherwise, e.g. for the sector it
    names), or None when every clause was used."""
    spans = used_spans(message, sources)
    spans += [(clause.start, clause.end) for clause in clauses_of(message)
              if asks(message, clause) or used(clause.text)]
    return not_understood_notice(unused_clauses(message, spans, lang), lang)
