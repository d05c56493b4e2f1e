"""Grades a holder has one of at a time (五级, 四星级, 5A, 国家级, 第一名), read from ``ontology/tier_scales.yaml``.

Tiers of one provision that are grades of one scale are alternatives: one holder is paid one of them.
This module only names grades; the engine decides what is paid (see ``docs/eligibility.md``).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import cn2an

from assistant.eligibility.pattern_file import yaml_mapping
from ontology import ONTOLOGY_DIR

TIER_SCALES_FILE = ONTOLOGY_DIR / "tier_scales.yaml"
_PARENTHESIS = re.compile(r"[（(]([^）)]*)[）)]")


class TierScalesError(ValueError):
    """The tier scales file cannot be used (names the file, the scale and what is wrong)."""


@dataclass(frozen=True)
class Grade:
    """One grade of a scale: its place (0 = lowest) and the vocabulary level it stands for or implies."""

    scale: str
    rank: int
    name: str
    level: str | None = None
    """The vocabulary level of this grade (国家级 → national), or the level its scale implies."""
    is_level: bool = False
    """Whether the grade is itself an administrative level (decided by the level check)."""


@dataclass(frozen=True)
class TierScales:
    grades: dict[str, Grade]
    """Normalised word → grade."""
    prefixes: tuple[str, ...] = ()
    """Words a printed tier may start with that do not change the grade (国家3A = 3A)."""
    difference_words: tuple[str, ...] = ()
    """Words by which a policy tops a lower grade's award up to a higher one (追加差额)."""
    respective_words: tuple[str, ...] = ()
    """Words that make a sentence's amounts a list of alternatives, one per tier (分别)."""
    highest_only_words: tuple[str, ...] = ()
    """Words by which a clause pays only the highest grade even of things a company holds several of."""

    def grade(self, text: str | None) -> Grade | None:
        """The grade ``text`` names (四星级, 4星, 五级（引领级）, 国家3A), or None when it names none."""
        if not text:
            return None
        for word in _readings(text, self.prefixes):
            found = self.grades.get(word)
            if found is not None:
                return found
        return None


def arabic_numerals(text: str) -> str:
    """``text`` with its Chinese numerals as Arabic digits (四星级 → 4星级, 二十强 → 20强), read by cn2an."""
    with warnings.catch_warnings():  # cn2an warns about words it leaves as they are (百强)
        warnings.simplefilter("ignore")
        try:
            return str(cn2an.transform(text, "cn2an"))
        except (ValueError, KeyError, IndexError):  # cn2an refuses some mixed texts: keep them as written
            return text


@cache
def normalise(text: str) -> str:
    """``text`` as grades are matched: digits for Chinese numerals, no spaces, no final 的."""
    return arabic_numerals(re.sub(r"\s+", "", text)).removesuffix("的")


def _readings(text: str, prefixes: tuple[str, ...]) -> list[str]:
    """The words a printed tier may be matched by: the whole, without a leading 国家, and each name in
    parentheses (五级（引领级） → 5级（引领级）, 5级, 引领级)."""
    whole = normalise(text)
    outside = _PARENTHESIS.sub("", whole)
    inside = _PARENTHESIS.findall(whole)
    found = [whole, outside, *inside]
    found += [word.removeprefix(prefix) for word in list(found) for prefix in prefixes
              if word.startswith(prefix) and len(word) > len(prefix) + 1]
    return list(dict.fromkeys(word for word in found if word))


def _fail(path: Path, where: str, what: str) -> TierScalesError:
    return TierScalesError(f"{path}: {where}: {what}")


@cache
def tier_scales(path: Path = TIER_SCALES_FILE) -> TierScales:
    """The scales, read once; a malformed file raises :class:`TierScalesError` naming the scale."""
    try:
        data = yaml_mapping(path, "`scales`, a list")
    except ValueError as error:
        raise TierScalesError(f"cannot use the tier scales: {error}") from error
    scales = data.get("scales")
    if not isinstance(scales, list) or not scales:
        raise _fail(path, "(top level)", "expected `scales`, a list")
    grades: dict[str, Grade] = {}
    for index, scale in enumerate(scales):
        where = f"scales[{index}]"
        if not isinstance(scale, dict) or not isinstance(scale.get("id"), str):
            raise _fail(path, where, "each scale needs an `id`")
        where = f"scale {scale['id']}"
        words = scale.get("grades")
        if not isinstance(words, list) or len(words) < 2 or not all(
                isinstance(g, list) and g and all(isinstance(w, str) for w in g) for g in words):
            raise _fail(path, where, "`grades` must be two or more lists of words, lowest first")
        if not scale.get("examples"):
            raise _fail(path, where, "give at least one example sentence in `examples`")
        levels = scale.get("levels")
        if levels is not None and (not isinstance(levels, list) or len(levels) != len(words)):
            raise _fail(path, where, "`levels` must give one vocabulary level per grade")
        implied = scale.get("implies_level")
        for rank, names in enumerate(words):
            level = levels[rank] if levels else implied
            grade = Grade(scale["id"], rank, names[0], level, levels is not None)
            for name in names:
                word = normalise(name)
                if word in grades and grades[word] != grade:
                    raise _fail(path, where, f"the word {name!r} already names {grades[word].name} of "
                                             f"{grades[word].scale}")
                grades[word] = grade
    words = {name: data.get(name, []) for name in ("prefixes", "difference_words", "respective_words",
                                                   "highest_only_words")}
    for name, listed in words.items():
        if not isinstance(listed, list) or not all(isinstance(word, str) and word for word in listed):
            raise _fail(path, name, "expected a list of words")
    return TierScales(grades, *(tuple(normalise(word) for word in listed) for listed in words.values()))


def grade_named(text: str) -> str | None:
    """The grade a company's words name (我们是智能制造成熟度五级 → 5级), as written in the scales: the
    longest grade word in ``text`` of a scale that is not administrative levels (those are levels,
    read as such); None when none is named, or when the words name two grades (达到三级…目标是五级: the
    grade held is asked). An English word ("level 3") is given as the grade's first name (3级), not as its
    words run together."""
    said = normalise(text)
    grades = tier_scales().grades
    found = [word for word, grade in grades.items() if len(word) > 1 and not grade.is_level and word in said]
    found = [word for word in found if not any(word != other and word in other for other in found)]  # A级 of 5A级
    if len({(grades[word].scale, grades[word].rank) for word in found}) > 1:
        return None
    word = max(found, key=len) if found else None
    return grades[word].name if word is not None and word.isascii() else word


@cache
def printed_tier(tier: str | None, quote: str, written: tuple[tuple[str, str], ...]) -> str | None:
    """A provision's tier: the one its reading gave, or else the last grade word (not an administrative
    level) printed before its amount in its sentence — 数智化示范产线，单条产线奖励 80 万元；…数智化示范车间，
    单个车间奖励 150 万元 — so that amounts listed grade by grade are known as grades."""
    if tier is not None:
        return tier
    shown = next((text for field, text in written if field in {"amount", "cap"}), None)
    where = quote.find(shown) if shown else -1
    if where <= 0:
        return None
    before = quote[:where]
    found = [(before.rfind(word), word) for word, grade in tier_scales().grades.items()
             if len(word) > 1 and not grade.is_level and word in before]
    return max(found)[1] if found else None


@cache
def grade_of(text: str | None) -> Grade | None:
    """The grade a printed or stated tier names, on the scales of ``ontology/tier_scales.yaml``."""
    return tier_scales().grade(text)
