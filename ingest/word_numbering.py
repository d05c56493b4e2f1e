"""Word's automatic numbering as the page shows it: a paragraph numbered by a list (``w:numPr``, its own or
its style's) prints a label the text of the paragraph does not hold — 第一章 before 总则, 一、 before 总体要求.
python-docx gives the text only; this module counts the lists in document order, as Word does, and writes
each label in its level's format (``w:numFmt``: decimal, chineseCounting, japaneseCounting, …) into the
level's pattern (``w:lvlText``: 第%1章, %1、, （%1）, %1.%2).

Counters belong to the abstract list (two ``w:num`` of one ``w:abstractNum`` continue each other) unless a
``w:num`` restarts a level (``w:startOverride``); a level's counter restarts when a higher level counts,
unless the level says otherwise (``w:lvlRestart``: articles 第%2条 numbered through the chapters %1).
Bullets and unnumbered levels print no label."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVEL_REFERENCE = re.compile(r"%([1-9])")
_NO_LABEL_FORMATS = {"bullet", "none"}


@dataclass(frozen=True)
class NumberingLevel:
    """One level of a list: where it starts, how its number is written and the label's pattern."""

    start: int
    format: str
    pattern: str
    suffix: str
    restart: int | None = None
    """``w:lvlRestart``: restart after a count of this (1-based) level or a higher one; 0 never; None after
    any higher level (Word's default)."""

    def restarts_after(self, level: int) -> bool:
        """Whether a count of ``level`` (0-based, higher than this one) restarts this level's counter."""
        if self.restart is None:
            return True
        return self.restart != 0 and level <= self.restart - 1


def _val(element: Any, tag: str, default: str | None = None) -> str | None:
    child = element.find(f"{_W}{tag}") if element is not None else None
    if child is None:
        return default
    value = child.get(f"{_W}val")
    return default if value is None else str(value)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _levels(abstract: Any) -> dict[int, NumberingLevel]:
    levels = {}
    for level in abstract.iter(f"{_W}lvl"):
        index = _int(level.get(f"{_W}ilvl"), 0)
        suffix = {"nothing": "", "space": " "}.get(_val(level, "suff") or "tab", " ")
        restart = _val(level, "lvlRestart")
        levels[index] = NumberingLevel(_int(_val(level, "start"), 1), _val(level, "numFmt", "decimal") or "decimal",
                                       _val(level, "lvlText", "") or "", suffix,
                                       None if restart is None else _int(restart, 0))
    return levels


@dataclass
class WordNumbering:
    """The lists of one document and their counters; :meth:`label` is called once per paragraph, in order."""

    abstracts: dict[str, dict[int, NumberingLevel]]
    nums: dict[str, tuple[str, dict[int, int]]]
    """numId → (abstractNumId, start overrides by level)."""
    styles: dict[str, tuple[str | None, int | None, str | None]]
    """styleId → (numId, ilvl, basedOn) as the style sets them."""
    _counters: dict[str, dict[int, int]] = field(default_factory=dict)
    _overridden: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, numbering_xml: Any | None, styles_xml: Any | None) -> WordNumbering:
        """From the numbering part's and the styles part's root elements (either may be missing)."""
        abstracts: dict[str, dict[int, NumberingLevel]] = {}
        nums: dict[str, tuple[str, dict[int, int]]] = {}
        if numbering_xml is not None:
            for abstract in numbering_xml.iter(f"{_W}abstractNum"):
                abstracts[str(abstract.get(f"{_W}abstractNumId"))] = _levels(abstract)
            for num in numbering_xml.iter(f"{_W}num"):
                overrides = {}
                for override in num.iter(f"{_W}lvlOverride"):
                    start = _val(override, "startOverride")
                    if start is not None:
                        overrides[_int(override.get(f"{_W}ilvl"), 0)] = _int(start, 1)
                nums[str(num.get(f"{_W}numId"))] = (str(_val(num, "abstractNumId", "")), overrides)
        styles: dict[str, tuple[str | None, int | None, str | None]] = {}
        if styles_xml is not None:
            for style in styles_xml.iter(f"{_W}style"):
                properties = style.find(f"{_W}pPr")
                numbered = properties.find(f"{_W}numPr") if properties is not None else None
                level = _val(numbered, "ilvl") if numbered is not None else None
                styles[str(style.get(f"{_W}styleId"))] = (
                    _val(numbered, "numId") if numbered is not None else None,
                    None if level is None else _int(level, 0), _val(style, "basedOn"))
        return cls(abstracts, nums, styles)

    def _numbering_of(self, paragraph: Any) -> tuple[str, int] | None:
        properties = paragraph.find(f"{_W}pPr")
        numbered = properties.find(f"{_W}numPr") if properties is not None else None
        num_id = _val(numbered, "numId") if numbered is not None else None
        level = _val(numbered, "ilvl") if numbered is not None else None
        style = _val(properties, "pStyle") if properties is not None else None
        seen: set[str] = set()
        while (num_id is None or level is None) and style is not None and style not in seen:
            seen.add(style)
            style_num, style_level, based_on = self.styles.get(style, (None, None, None))
            num_id = num_id if num_id is not None else style_num
            level = level if level is not None else (None if style_level is None else str(style_level))
            style = based_on
        if num_id is None or num_id == "0":
            return None
        return num_id, _int(level, 0)

    def label(self, paragraph: Any) -> str:
        """The label Word prints before this paragraph (``""`` when it is not numbered), its suffix included;
        counts the paragraph."""
        numbering = self._numbering_of(paragraph)
        if numbering is None or numbering[0] not in self.nums:
            return ""
        num_id, index = numbering
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstracts.get(abstract_id, {})
        level = levels.get(index)
        if level is None:
            return ""
        counters = self._counters.setdefault(abstract_id, {})
        if num_id not in self._overridden and overrides:
            self._overridden.add(num_id)
            for overridden, start in overrides.items():
                counters[overridden] = start - 1
        counters[index] = counters.get(index, level.start - 1) + 1
        for deeper in [d for d in counters if d > index]:
            if levels.get(deeper, level).restarts_after(index):
                del counters[deeper]
        if level.format in _NO_LABEL_FORMATS:
            return ""

        def number(match: re.Match[str]) -> str:
            at = int(match[1]) - 1
            shown = levels.get(at, level)
            return format_number(counters.get(at, shown.start), shown.format)

        return _LEVEL_REFERENCE.sub(number, level.pattern) + level.suffix


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_CELESTIAL_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, number_format: str) -> str:
    """``n`` written as a Word list level of ``number_format`` writes it (ECMA-376 ST_NumberFormat);
    an unknown format is written in digits."""
    if n < 1:
        return str(n)
    if number_format in ("chineseCounting", "japaneseCounting", "chineseCountingThousand", "taiwaneseCounting",
                         "koreanCounting"):
        import cn2an  # imports slowly: only when a list counts in Chinese

        return str(cn2an.an2cn(n, "low"))
    if number_format in ("chineseLegalSimplified", "japaneseLegal"):
        import cn2an

        return str(cn2an.an2cn(n, "up"))
    if number_format in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if number_format == "ideographTraditional" and n <= len(_CELESTIAL_STEMS):
        return _CELESTIAL_STEMS[n - 1]
    if number_format == "ideographZodiac" and n <= len(_EARTHLY_BRANCHES):
        return _EARTHLY_BRANCHES[n - 1]
    if number_format in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and n <= 20:
        return chr(0x2460 + n - 1)
    if number_format == "decimalEnclosedParen" and n <= 20:
        return chr(0x2474 + n - 1)
    if number_format == "decimalEnclosedFullstop" and n <= 20:
        return chr(0x2488 + n - 1)
    if number_format in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(_FULL_WIDTH)
    if number_format == "decimalZero":
        return f"{n:02d}"
    if number_format in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.upper() if number_format == "upperRoman" else roman
    if number_format in ("lowerLetter", "upperLetter"):
        letters = _letters(n)
        return letters.upper() if number_format == "upperLetter" else letters
    return str(n)
