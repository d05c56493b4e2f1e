"""Nothing silently dropped: the clauses of a message that produced no fact, so the reply can show
them back ("not understood / not used") in the user's language. Clauses break at ，。；！？ and
their ASCII forms, never inside brackets nor in 20,000 or 2.5; greetings and fillers
(``ontology/cues/coverage.yaml``) need no fact."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.understanding.cue_files import CueFileError, compile_pattern, read_cue_file

_HAN = re.compile(r"[\u4e00-\u9fff]")
_BREAKS = frozenset("，,。；;！!？?\n")
_OPEN, _CLOSE = "（([【", "）)]】"
_PUNCTUATION = re.compile(r"[\s\W_]+")


@dataclass(frozen=True)
class Clause:
    """``message[start:end]``: one clause, without the spaces around it."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Coverage:
    used: tuple[Clause, ...]
    unused: tuple[Clause, ...]
    """clauses that gave no fact and are not mere greetings: to be shown back to the user"""


def clauses_of(message: str) -> list[Clause]:
    """The clauses of ``message``, in order."""
    found: list[Clause] = []
    depth, start = 0, 0
    for index, char in enumerate(message):
        depth += (char in _OPEN) - (char in _CLOSE and depth > 0)
        if depth == 0 and _breaks(message, index):
            found.extend(_clause(message, start, index))
            start = index + 1
    found.extend(_clause(message, start, len(message)))
    return found


def _breaks(message: str, index: int) -> bool:
    char = message[index]
    between_digits = 0 < index < len(message) - 1 and message[index - 1].isdigit() and message[index + 1].isdigit()
    if char in ",." and between_digits:
        return False  # 20,000 and 2.5
    if char == ".":
        return index == len(message) - 1 or message[index + 1].isspace()
    return char in _BREAKS


def _clause(message: str, start: int, end: int) -> list[Clause]:
    words = message[start:end]
    stripped = words.strip()
    if not stripped:
        return []
    begin = start + len(words) - len(words.lstrip())
    return [Clause(begin, begin + len(stripped), stripped)]


def coverage(message: str, fact_spans: Iterable[tuple[int, int]], lang: str | None = None) -> Coverage:
    """Which clauses of ``message`` gave a fact (a span in ``fact_spans`` overlaps them: the character
    ranges the facts, the question or the topic were read from) and which did not."""
    spans = [(start, end) for start, end in fact_spans]
    used, unused = [], []
    lang = lang or _lang(message)
    for clause in clauses_of(message):
        if any(start < clause.end and clause.start < end for start, end in spans):
            used.append(clause)
        elif not is_ignorable(clause.text, lang):
            unused.append(clause)
    return Coverage(tuple(used), tuple(unused))


def unused_clauses(message: str, fact_spans: Iterable[tuple[int, int]], lang: str | None = None) -> list[Clause]:
    """The clauses that gave nothing: :attr:`Coverage.unused`."""
    return list(coverage(message, fact_spans, lang).unused)


def is_ignorable(clause: str, lang: str) -> bool:
    """The clause holds only greetings, thanks and fillers."""
    pattern = _wording(lang)["ignorable"]
    return not _PUNCTUATION.sub("", pattern.sub("", clause))


def not_understood_notice(unused: Iterable[Clause], lang: str) -> str | None:
    """One line for the reply that quotes the clauses not used, in ``lang``; None when there are none."""
    wording = read_cue_file("coverage").get(lang)
    if not isinstance(wording, dict) or not all(key in wording for key in ("notice", "quote", "separator")):
        raise CueFileError(f"coverage.yaml {lang}", "needs notice, quote and separator")
    quoted = [str(wording["quote"]).format(text=clause.text) for clause in unused]
    return str(wording["notice"]).format(clauses=str(wording["separator"]).join(quoted)) if quoted else None


@functools.cache
def _wording(lang: str) -> dict[str, re.Pattern[str]]:
    section = read_cue_file("coverage").get(lang)
    if not isinstance(section, dict) or "ignorable" not in section:
        raise CueFileError("coverage.yaml", f"no `ignorable` for language {lang!r}")
    flags = re.IGNORECASE if lang == "en" else 0
    return {"ignorable": compile_pattern(str(section["ignorable"]), f"coverage.yaml {lang}.ignorable", flags)}


def ignorable_examples(lang: str) -> list[tuple[str, str]]:
    section = read_cue_file("coverage").get(lang, {})
    return [(kind, str(text)) for kind in ("match", "no_match") for text in section.get("examples", {}).get(kind, [])]


def _lang(message: str) -> str:
    return "zh" if _HAN.search(message) else "en"
