"""Where a policy applies, read from its own words: the administrative division (code, name, level) and,
where the title names one, a zone inside it (广州南沙新区(自贸区), 青岛西海岸新区).

The level is the one the text speaks of itself as (我区 / 本市 / 全省 / 管委会, the bodies that issue or
interpret it). The division is the narrowest one the title names at a level the text speaks as (深圳市南山区
→ 南山区), else the one of that level named most in the text, the title, its opening and closing lines, the
sentences that say who may claim (注册在…, 在我区范围内) and those of the body that issues or interprets it
(区科技局负责解释) counting more — never one the text names as elsewhere (从中山区迁入, 参照沙河口区做法,
赴上海市参展). A district's policy naming no district is not read as its city's (a level the text does not
speak as is never taken). Nothing found is ``None``: where the policy applies is then not known, and the
assistant says what it assumed. The words are data
(``ontology/cues/policy_area.yaml``); the divisions come from the gazetteer of
:mod:`assistant.understanding.places`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from assistant.understanding.cue_files import CueFileError, alternation, compile_pattern, read_cue_file
from assistant.understanding.places import Division, PlaceMention, gazetteer, zh_division_mentions
from ingest.model import PolicyArea

HEAD_CHARS = 300
"""The opening lines (issuing body, addressees) and the closing ones (interpreting body, date) weigh more."""
WEIGHTS = {"title": 5, "head": 3, "applies": 3, "issuing": 3, "body": 1}
_LEVELS = ("zone", "district", "municipal", "provincial")
MUNICIPALITIES = ("11", "12", "31", "50")
"""Provinces that are cities (北京, 天津, 上海, 重庆): their code is a province's, their policies speak as a city's."""


@dataclass(frozen=True)
class _Wording:
    self_reference: dict[str, re.Pattern[str]]
    applies: re.Pattern[str]
    issuing: re.Pattern[str]
    elsewhere_before: re.Pattern[str]
    zone_after: re.Pattern[str]
    short_zone: re.Pattern[str]


@functools.cache
def _wording() -> _Wording:
    data: dict[str, Any] = read_cue_file("policy_area")
    where = "policy_area.yaml"
    references = data.get("self_reference")
    if not isinstance(references, dict) or set(references) - set(_LEVELS):
        raise CueFileError(f"{where} self_reference", f"needs a pattern per level of {sorted(_LEVELS)}")
    suffixes = alternation(data.get("zone_suffixes"), f"{where} zone_suffixes")
    return _Wording(
        {level: compile_pattern(str(pattern), f"{where} self_reference.{level}")
         for level, pattern in references.items()},
        compile_pattern(str(data.get("applies", "")), f"{where} applies"),
        compile_pattern(str(data.get("issuing", "")), f"{where} issuing"),
        compile_pattern(str(data.get("elsewhere_before", "")), f"{where} elsewhere_before"),
        re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{suffixes})(?:[(（][\u4e00-\u9fff]{{2,8}}[)）])?"),
        re.compile(rf"([\u4e00-\u9fff]{{2}})(?={suffixes})"),
    )


def wording_examples() -> list[tuple[str, str, str, str]]:
    """Every example of the wording: (entry, level or "", "match"/"no_match", text)."""
    data = read_cue_file("policy_area")
    found = [("self_reference", level, kind, str(text))
             for level, examples in data.get("self_reference_examples", {}).items()
             for kind in ("match", "no_match") for text in examples.get(kind, [])]
    found += [(entry, "", kind, str(text)) for entry in ("applies", "issuing", "elsewhere_before")
              for kind in ("match", "no_match") for text in data.get(f"{entry}_examples", {}).get(kind, [])]
    return found


def wording_matches(entry: str, level: str, text: str) -> bool:
    wording = _wording()
    patterns = {"applies": wording.applies, "issuing": wording.issuing, "elsewhere_before": wording.elsewhere_before}
    pattern = wording.self_reference[level] if entry == "self_reference" else patterns[entry]
    return bool(pattern.search(text))


def read_policy_area(title: str, text: str) -> PolicyArea | None:
    """The area of the policy titled ``title`` whose text is ``text``; None when neither says it."""
    wording = _wording()
    parts = _weighted_parts(title, text, wording)
    votes: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    said: dict[str, str] = {}
    strong: set[str] = set()
    for kind, part in parts:
        for mention in _divisions(part):
            if mention.code is None or _named_as_elsewhere(part, mention, wording):
                continue
            votes[mention.code] += WEIGHTS[kind]
            first_seen.setdefault(mention.code, len(first_seen))
            said.setdefault(mention.code, part)
            if kind != "body":
                strong.add(mention.code)
    for code in _in_passing(votes, strong):
        del votes[code]
    zoned = {code for code in votes if _zone(title, code, wording)}
    counts = _spoken(text, wording)
    titled = [mention.code for mention in _divisions(title) if mention.code
              and (mention.code in zoned or counts.get(_level(mention.code)))]
    if titled:  # the title names a division of a level the text speaks as: the narrowest of them
        code = max(titled, key=lambda c: (c in zoned, _RANK[_level(c)]))
        return _area(code, title, parts, wording, _evidence(said.get(code, title)))
    levels = _own_levels(counts)
    if levels[:1] == ["zone"] and not zoned:
        return None  # a zone the title does not name by its division (临港地区, 中关村): not known
    for level in levels:
        candidates = [code for code in votes if (code in zoned if level == "zone" else _level(code) == level)]
        if candidates:
            code = max(candidates, key=lambda c: (votes[c], -first_seen[c]))
            return _area(code, title, parts, wording, _evidence(said.get(code, "")))
    return None


def _in_passing(votes: Counter[str], strong: set[str]) -> list[str]:
    """The divisions named only in passing: in body sentences alone (never in the title, the opening or closing
    lines, who may claim or who issues the policy) and outside every division those do name — neither inside one
    nor containing one (a Beijing card's applicants may be registered in 香港特别行政区; Beijing is its area). With
    nothing named in those places, none is in passing."""
    if not strong:
        return []
    return [code for code in votes if code not in strong and not any(_related(code, other) for other in strong)]


def _related(code: str, other: str) -> bool:
    return code in Division(other, "").ancestors() or other in Division(code, "").ancestors()


def _area(code: str, title: str, parts: list[tuple[str, str]], wording: _Wording, evidence: str) -> PolicyArea:
    """The area in ``code``: with the title's zone there, the whole district only when the sentences of who may
    claim say so (在我区范围内: 南沙新区 is 南沙区); a zone in a city is never the whole city."""
    division = gazetteer().divisions[code]
    zone = _zone(title, code, wording)
    says_whole = any(kind == "applies" and (division.name in part or _short(code) in part
                                            or bool(re.search(r"[我本](?:区|县)", part)))
                     for kind, part in parts)
    whole = zone is None or (_level(code) == "district" and says_whole)
    return PolicyArea(code, division.name, zone, whole, evidence)


def _weighted_parts(title: str, text: str, wording: _Wording) -> list[tuple[str, str]]:
    """The title, the opening and closing lines, and every sentence, by what it says (who may claim, who issues
    the policy, anything else)."""
    parts = [("title", title), ("head", text[:HEAD_CHARS]), ("head", text[-HEAD_CHARS:])]
    for sentence in filter(str.strip, re.split(r"[。；\n]", text)):
        kind = "applies" if wording.applies.search(sentence) else "issuing" if wording.issuing.search(sentence) \
            else "body"
        parts.append((kind, sentence))
    return parts


def _named_as_elsewhere(part: str, mention: PlaceMention, wording: _Wording) -> bool:
    """The words right before the division, or before the list it ends (从中山区、西岗区), name it as
    elsewhere (:data:`elsewhere_before` of the wording)."""
    before = part[:mention.start]
    while True:
        listed = re.search(r"[、和及与]$", before)
        earlier = [m for m in _divisions(before[:-1])] if listed else []
        if not (earlier and earlier[-1].end == len(before) - 1):
            break
        before = before[:earlier[-1].start]
    return bool(wording.elsewhere_before.search(before))


_RANK = {"provincial": 0, "municipal": 1, "district": 2}


def _spoken(text: str, wording: _Wording) -> dict[str, int]:
    """How often the text speaks of itself as each level (我区, 本市, 管委会)."""
    return {level: len(pattern.findall(text)) for level, pattern in wording.self_reference.items()}


def _own_levels(counts: dict[str, int]) -> list[str]:
    """The levels the text speaks of itself as, most frequent first, leaving out a level spoken of less than
    a third as often as the most frequent one (a district's policy that cites 市财政局 once is no city's)."""
    top = max(counts.values(), default=0)
    return sorted((level for level in counts if counts[level] and 3 * counts[level] >= top),
                  key=lambda level: -counts[level])


def _level(code: str) -> str:
    level = Division(code, "").level
    return "municipal" if level == "provincial" and code[:2] in MUNICIPALITIES else level


def _divisions(text: str) -> list[PlaceMention]:
    """The divisions named in ``text``: a two-character name of a district (城区, 南沙) only right after its
    city's name (广州南沙) or right before a zone's ending (南沙开发区)."""
    places = gazetteer()
    mentions = zh_division_mentions(text)
    kept = [mention for index, mention in enumerate(mentions)
            if not (mention.level == "district" and len(mention.text) <= 2
                    and not _after_parent(mention, mentions[index - 1] if index else None))]
    for match in _wording().short_zone.finditer(text):
        codes = [code for code in places.zh_names.get(match[1], ()) if places.divisions[code].level == "district"]
        named = {mention.code for mention in mentions}
        inside = [code for code in codes if named & set(places.divisions[code].ancestors())] or codes
        if len(inside) == 1 and not any(m.start <= match.start() < m.end for m in kept):
            division = places.divisions[inside[0]]
            kept.append(PlaceMention(match.start(), match.start() + 2, match[1], division.name, division.code,
                                     "district"))
    return sorted(kept, key=lambda mention: mention.start)


def _after_parent(mention: PlaceMention, previous: PlaceMention | None) -> bool:
    return (previous is not None and previous.end == mention.start and mention.code is not None
            and previous.code in Division(mention.code, "").ancestors())


def _short(code: str) -> str:
    places = gazetteer()
    return places.short_names.get(code, places.divisions[code].name)


def _zone(title: str, code: str, wording: _Wording) -> str | None:
    """A zone the title names right after the area's division (or its short name): 南沙新区(自贸区)."""
    for mention in _divisions(title):
        match = wording.zone_after.match(title, mention.end) if mention.code == code else None
        if match:
            return mention.text + match[0]
    return None


def _evidence(sentence: str, limit: int = 80) -> str:
    return " ".join(sentence.split())[:limit]
