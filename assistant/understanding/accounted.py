"""Every clause of a message accounted for (issue 11, item 4): a clause is used when a fact was read
from it, when it asks something, or when it names the company's sector; any other clause that is not a
greeting is shown back to the user as not understood, in their language (``coverage.yaml``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from assistant.understanding.coverage import Clause, clauses_of, is_ignorable, not_understood_notice, unused_clauses
from assistant.understanding.cue_files import read_cue_file
from assistant.understanding.cues import cue

SOURCE_PARTS = re.compile(r"\s→\s|，|, ")
"""Where a fact's source joins the words it was read from: a later reply that completed it (高新技术企业 →
2022年), or clauses of one message (高企，2022年获批)."""


def used_spans(message: str, sources: Iterable[str]) -> list[tuple[int, int]]:
    """Where in ``message`` each source of a fact was read (every occurrence of each part)."""
    spans = []
    for source in sources:
        for part in SOURCE_PARTS.split(source):
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


ECHO_OPENING = {"zh": "我理解到：", "en": "I understood: "}
"""How a reply opens the line that quotes the words each fact was read from (「…」；「…」)."""
PLAN_LINE = {"zh": "{said}是计划，未计入现有情况；按假设计算：",
             "en": "Treated as a plan, not as a fact of the company (not in the totals above): {said}."}
"""The line that quotes what a description plans (answered as a what-if after it, never stored)."""
_QUOTED = re.compile(r"「([^「」]*)」")


def echo_line(sources: Iterable[str], lang: str) -> str:
    """The line quoting each source once (a source inside another is not repeated); "" for none."""
    said = list(dict.fromkeys(sources))
    kept = [words for words in said if not any(words != other and words in other for other in said)]
    return ECHO_OPENING[lang] + "；".join(f"「{words}」" for words in kept) if kept else ""


@dataclass(frozen=True)
class Accounting:
    """How a reply accounts for the clauses of the message it answers (issue 11, item 4)."""

    unaccounted: tuple[str, ...]
    """Clauses neither echoed as used, nor asking, nor greetings, nor shown back as not understood."""
    echoed_without_fact: tuple[str, ...]
    """Clauses the echo quotes although no reader finds anything in them (words that gave no fact)."""

    @property
    def complete(self) -> bool:
        return not self.unaccounted and not self.echoed_without_fact


def account(message: str, answer: str, lang: str, says_something: Callable[[str], bool],
            used: Callable[[str], object] = lambda _: False) -> Accounting:
    """Read a reply as the user does: which clauses of ``message`` its echo line quotes, which its
    not-understood line shows back, and whether every other clause only asks or greets.
    ``says_something``: whether any reader finds a concept, amount, count, date or place in a clause."""
    echoed = used_spans(message, _quoted_after(answer, ECHO_OPENING[lang]))
    shown = used_spans(message, _shown_back(answer, lang) + _quoted_on(answer, PLAN_LINE[lang]))
    unaccounted, empty = [], []
    for clause in clauses_of(message):
        in_echo = any(start <= clause.start and clause.end <= end for start, end in echoed)
        if in_echo and not (says_something(clause.text) or asks(message, clause) or is_ignorable(clause.text, lang)):
            empty.append(clause.text)
        if not (_overlaps(clause, echoed) or _overlaps(clause, shown) or asks(message, clause)
                or is_ignorable(clause.text, lang) or used(clause.text)):
            unaccounted.append(clause.text)
    return Accounting(tuple(unaccounted), tuple(empty))


def _overlaps(clause: Clause, spans: list[tuple[int, int]]) -> bool:
    return any(start < clause.end and clause.start < end for start, end in spans)


def _quoted_after(answer: str, opening: str) -> list[str]:
    """The quotes of the line that opens with ``opening``, cut where a fact joined the clauses it was
    read from (a concept's label → 2022年; 「…」，「…」)."""
    line = next((line for line in answer.splitlines() if line.startswith(opening)), "")
    return [part for words in _QUOTED.findall(line) for part in SOURCE_PARTS.split(words)]


def _quoted_on(answer: str, template: str) -> list[str]:
    """The 「…」 quotes of the lines written from ``template`` (its words around ``{said}``)."""
    before, _, after = template.partition("{said}")
    lines = [line for line in answer.splitlines() if (before and before in line) or (after and after in line)]
    return [words for line in lines for words in _QUOTED.findall(line)]


def _shown_back(answer: str, lang: str) -> list[str]:
    wording = read_cue_file("coverage").get(lang) or {}
    opening = str(wording.get("notice", "")).partition("{clauses}")[0]
    quote = str(wording.get("quote", "{text}")).partition("{text}")
    line = next((line for line in answer.splitlines() if opening and line.startswith(opening)), "")
    pattern = re.compile(re.escape(quote[0]) + r"(.*?)" + re.escape(quote[2]))
    return pattern.findall(line.removeprefix(opening))
