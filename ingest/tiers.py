"""Aligning a list of amounts with the list of labels it is paid by.

``按照X级、Y级、Z级…分别给予500万元、100万元、50万元`` (the levels of the vocabulary) pairs each amount with a label.
Labels are looked for, nearest first, as (1) a list of level names, (2) a numeric range of
grades (``2—5星级``), (3) quoted names side by side (``“小升规”“规改股”“股上市”``), (4) any enumeration
with as many items as there are amounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.concepts import Vocabulary
from ingest.patterns import PRIZE_WITH_GRADE, STANDARD_AFTER_LEVEL

_RANGE = re.compile(r"(?P<a>\d+)\s*[—\-–~～至到]\s*(?P<b>\d+)\s*(?P<suffix>星级|级|A级|A)")
_GRADE = (r"(?:[0-9]+A|[0-9一二三四五六七八九十]+星级|[初中高]级|(?<![0-9０-９一二三四五六七八九十百第])[一二三四五]级"
          r"|[甲乙丙丁]级|[金银铜][鼎钻牌]级)")
"""A grade printed as its rank: 5A, 四星级, 高级, 一级 / 二级 / 三级 (not inside a number: 十一级, 第二级), 甲级 / 乙级
(民宿), 金鼎级 / 银鼎级 (主题饭店); a list of them
(甲级、乙级民宿) is paid by the grades alone, not by the noun after the last."""
_GRADE_LIST = re.compile(rf"{_GRADE}级?(?:[、和及与或]{_GRADE}级?)+")
_LIST_SPLIT = re.compile(r"[、]|和|及(?!以上|以下)|(?<![参给])与|或")
"""What joins the items of a list; 及 of 1000万元及以上 joins none, nor 与 of 参与 (参与制定国家标准和行业标准)
or 给与."""
_TRAILING_ASIDE = re.compile(r"\s*[（(](?!含\s*[）)])[^（()）]*[）)]\s*$")
"""An aside closing a list item (仅限世界1000强企业投资); not （含）, which marks the item's upper end as included
(5000万元—2亿元（含）、2亿元以上: the band's label keeps it)."""
_DIGIT = re.compile(r"[0-9０-９]")
_LAST_ITEM_STOP = re.compile(r"的|等(?![奖级])|分别|一次性|一次|给予|奖励|补助|资助|按|，"
                             r"|[0-9一二三四五六七八九十两]+个(?:环节|阶段|档次|等次|类别)|(?<=[师员])(?:职称|资格)")
"""Where the last item of a list ends: before the count of the list (完成改制、…、发行上市四个环节 → 发行上市), and
before the word naming what a list of titles is (知识产权师、高级知识产权师、正高级知识产权师职称 → 正高级知识产权师;
not 中级职称、高级职称, where 职称 is the label)."""
_THRESHOLD_THEN_MORE = re.compile(r"(?P<keep>.*?[0-9０-９][^0-9０-９]{0,3}?(?:以上|以下)(?:[（(]含[）)])?)"
                                  r"(?=[\u4e00-\u9fff])(?![至到])")
"""The last of a list of figures followed by a second condition (2亿元以上环比增幅在10%以上): the tier is the figure's
band (2亿元以上), the condition after it no part of its label (1000万元以上（含）2000万元以下 goes on: a band)."""
_FIRST_ITEM_START = re.compile(r".*(?:对于|对|的|为|突破|达到|超过|获得|取得|入选|跻身|获评|评为|担任|按照|(?<!以)按"
                               r"|创建|建设)")
"""Where the first item of a list starts: after the words leading into it (按照完成改制、… → 完成改制)."""
MIN_LABEL = 2
_NUMBER_CHARS = "0123456789０１２３４５６７８９.．"
"""A tier label shorter than this is a fragment, not a label."""
_GRADE_INLINE = re.compile(
    r"^(?P<label>(?:[0-9一二三四五六七八九十]+(?:星级|级)|[0-9]A级?|[初中高]级|"
    r"[0-9一二三四五六七八九十]+级[（(][^）)]{1,6}[）)]))(?:按|奖励|给予|补助|资助)")

_PRIZE_GRADE_BEFORE = re.compile(
    r"(?:^|[、元]|给予|奖励)\s*(?P<label>[一二三四五六七八九特][等级]奖|(?<![资现])[金银铜]奖|优秀奖)\s*(?:每[项个件])?\s*"
    r"(?:按|奖励|给予|补助|资助)?\s*$")
"""A prize's grade right before its own amount, in a list of grades with amounts (对获得区专利奖的发明人，
一等奖6万元、二等奖4万元; 金奖8万元，银奖5万元; 分别给予一等奖6万元、…): that amount's tier (no_match:
对获得一等奖给予 — the grade in the payee's description, 获得 before it)."""

_GRADE_AMOUNT_BEFORE = re.compile(
    rf"(?:^|[、元；;]|标准为|分别为)\s*(?P<label>{_GRADE}(?:[（(][^（()）]{{1,6}}[）)])?)\s*$")
"""A grade right before its own amount, in a list of grades with their amounts and no grant word between
(补贴标准为：初级（X级）800元、中级（Y级）1200元、高级（Z级）1800元; 甲级3万元、乙级2万元): that amount's tier, the
bracket that restates the grade kept (no_match: 对取得高级职称的人员给予1000元 — the grade in the payee's description,
a grant word before the amount)."""


@dataclass(frozen=True)
class TierLabel:
    text: str
    start: int
    end: int


_INSIDE_A_WORD = re.compile(r"(?![和及与或对为得获被批的在按入经至])[\u4e00-\u9fff]")
"""The character before a one-character level word (区, 市, 省) that makes it the end of a noun (示范园区, 开发区),
unlike a joiner or the word that leads into a list of levels (获得Y、Z级…, 对省、市…, 经区…)."""


def _level_list(text: str, vocabulary: Vocabulary, start: int, end: int, n: int) -> list[
        TierLabel] | None:
    hits = vocabulary.find(text, "levels", start, end)
    best: list[TierLabel] | None = None
    run: list[TierLabel] = []
    for hit in hits:
        if _INSIDE_A_WORD.match(text, max(0, hit.start - 1)) and len(hit.text) == 1:
            continue  # 示范园区, 新区: the last character of a noun, not the level 区
        label = TierLabel(hit.text, hit.start, hit.end)
        if run:
            between = text[run[-1].end:hit.start]
            between = re.sub(r"^[（(][^）)]*[）)]", "", between)
            if _LIST_SPLIT.fullmatch(between.strip()) or between.strip() == "":
                run.append(label)
                continue
        if len(run) == n:
            best = run
        run = [label]
    if len(run) == n:
        best = run
    return best


def _range(text: str, start: int, end: int, n: int) -> list[TierLabel] | None:
    found = None
    for match in _RANGE.finditer(text, start, end):
        a, b = int(match["a"]), int(match["b"])
        if b - a + 1 == n:
            found = [TierLabel(f"{value}{match['suffix']}", match.start(), match.end())
                     for value in range(a, b + 1)]
    return found


def _grade_list(text: str, start: int, end: int, n: int) -> list[TierLabel] | None:
    found = None
    for match in _GRADE_LIST.finditer(text, start, end):
        items = _split_top_level(match[0], match.start())
        if len(items) == n:
            found = [TierLabel(item, s, s + len(item)) for item, s in items]
    return found


_COMMA_ONLY = re.compile(r"、")
"""Items that hold 或 / 和 inside them (主席、副主席或分技术委员会主席、…组长): joined by 、 alone."""


def _split_top_level(segment: str, offset: int, joiners: re.Pattern[str] = _LIST_SPLIT) -> list[tuple[str, int]]:
    """Split on 、和及与或 (or ``joiners``) outside brackets; returns (item, absolute start)."""
    items, depth, cursor = [], 0, 0
    index = 0
    while index < len(segment):
        ch = segment[index]
        if ch in "（(【《“":
            depth += 1
        elif ch in "）)】》”":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = joiners.match(segment, index)
            if match:
                items.append((segment[cursor:index], offset + cursor))
                cursor = index = match.end()
                continue
        index += 1
    items.append((segment[cursor:], offset + cursor))
    return items


_QUOTED_LIST = re.compile(r"(?:[“\"「][^”\"」，。；]{1,12}[”\"」]\s*[、和及与或]?\s*){2,}")
_QUOTED_ITEM = re.compile(r"[“\"「](?P<item>[^”\"」，。；]{1,12})[”\"」]")


_YEAR_ORDINALS = re.compile(
    r"第\s*(?P<list>[一二三四五六七八九十0-9]+(?:\s*[、和及]\s*第?\s*[一二三四五六七八九十0-9]+)+)\s*年(?!度)")
_ORDINAL = re.compile(r"[一二三四五六七八九十0-9]+")


def _year_ordinals(text: str, start: int, end: int, n: int) -> list[TierLabel] | None:
    """Years listed by their ordinals under one 第 and one 年 (第二、三年…分别给予不超过600万元、400万元 → 第二年,
    第三年): each amount is that year's."""
    found = None
    for match in _YEAR_ORDINALS.finditer(text, start, end):
        ordinals = list(_ORDINAL.finditer(text, match.start("list"), match.end("list")))
        if len(ordinals) == n:
            found = [TierLabel(f"第{o[0]}年", o.start(), o.end()) for o in ordinals]
    return found


def _quoted_list(text: str, start: int, end: int, n: int) -> list[TierLabel] | None:
    """Quoted names side by side: 对实现“小升规”“规改股”“股上市”的…分别给予10万元、20万元和50万元."""
    found = None
    for match in _QUOTED_LIST.finditer(text, start, end):
        items = list(_QUOTED_ITEM.finditer(text, match.start(), match.end()))
        if len(items) == n:
            found = [TierLabel(item["item"], item.start("item"), item.end("item")) for item in items]
    return found


_ENCLOSING_QUOTES = re.compile(r"^[“\"「](?P<inner>[^“”\"「」]+)[”\"」]$")


def _unquoted(item: str, start: int) -> tuple[str, int]:
    """An item less its edge space and the quotation marks around all of it (“世界500强” → 世界500强: the name,
    as the quoted lists read it); quotes inside a name stay (X级专精特新“小巨人”企业)."""
    stripped = item.strip()
    start += len(item) - len(item.lstrip())
    quoted = _ENCLOSING_QUOTES.match(stripped)
    if quoted:
        return quoted["inner"], start + 1
    return stripped, start


_GROUP_AFTER = re.compile(r"以及")
"""以及 before the last group of a list: the items after it share one amount (对重点国际标准、国家标准以及行业标准、
地方标准、团体标准，分别按每项不高于100万元、30万元和20万元 → 重点国际标准, 国家标准, 行业标准、地方标准、团体标准)."""


def _grouped_by_yiji(segment: str, offset: int) -> list[tuple[str, int]]:
    """The items of a list whose last group follows 以及 (``_GROUP_AFTER``): each item before it, then the group."""
    found = list(_GROUP_AFTER.finditer(segment))
    if len(found) != 1:
        return []
    joiner = found[0]
    head = _split_top_level(segment[:joiner.start()], offset, _COMMA_ONLY)
    return [*head, (segment[joiner.end():], offset + joiner.end())]


_PARALLEL_LEAD = re.compile(r".*?(?P<verb>建设|创建)")
"""The verb every item of a list opens with, after its own figures (投资2000万元以上建设智能化工厂、投资500万元以上建设
智能化车间): the items are what is built, each label the words after the verb (智能化工厂, 智能化车间)."""


def _without_parallel_leads(labels: list[tuple[str, int]], verb: str) -> list[tuple[str, int]]:
    """The items after the first, less the lead each opens with (``_PARALLEL_LEAD``), if the first item's lead ended
    with ``verb`` and each of them opens with the same verb."""
    leads = [_PARALLEL_LEAD.match(label) for label, _ in labels]
    if not labels or not all(lead and lead["verb"] == verb and lead.end() < len(label)
                             for lead, (label, _) in zip(leads, labels, strict=True)):
        return labels
    return [(label[lead.end():], start + lead.end()) for lead, (label, start) in zip(leads, labels, strict=True)
            if lead]


def level_of_tier(label: str, vocabulary: Vocabulary) -> tuple[bool, str | None]:
    """(whether the tier label decides the level, the level): a level opening it (国家级专利金奖 → national), the
    one level of a standard it names (重点国际标准 → international), none for a group of kinds (行业标准、地方标准、
    团体标准; 行业标准、团体标准); else it does not decide and the sentence's level holds."""
    hits = vocabulary.find(label, "levels")
    if hits and len(_split_top_level(label, 0, _COMMA_ONLY)) > 1:
        return True, None  # a group of several kinds sharing one amount names no one level
    at_start = [hit for hit in hits if hit.start == 0]  # not 股上市
    if at_start:
        return True, at_start[0].concept.id
    standard = [hit for hit in hits if STANDARD_AFTER_LEVEL.match(label, hit.end)]
    if len(hits) == 1 and standard:
        return True, standard[0].concept.id
    return False, None


def _general_list(text: str, vocabulary: Vocabulary, start: int, end: int, n: int) -> list[TierLabel] | None:
    segments = []
    cursor = start
    for match in re.finditer(r"[，,；;：:]", text[start:end]):
        segments.append((cursor, start + match.start()))
        cursor = start + match.end()
    segments.append((cursor, end))
    for seg_start, seg_end in reversed(segments):
        items = _split_top_level(text[seg_start:seg_end], seg_start)
        if len(items) != n:
            items = _grouped_by_yiji(text[seg_start:seg_end], seg_start)
        if len(items) != n:
            items = _split_top_level(text[seg_start:seg_end], seg_start, _COMMA_ONLY)
        if len(items) != n:
            continue
        labels = []
        for position, (item, item_start) in enumerate(items):
            if position == n - 1:
                stop = _LAST_ITEM_STOP.search(item, 1)
                if stop:
                    item = item[:stop.start()]
            if position == 0:
                head = _FIRST_ITEM_START.match(item)
                lead_of_first = head[0][-2:] if head else ""
                if head and head.end() < len(item):
                    item_start += head.end()
                    item = item[head.end():]
            item, item_start = _unquoted(item, item_start)
            labels.append((item, item_start))
        labels = labels[:1] + _without_parallel_leads(labels[1:], lead_of_first)
        if not any(_TRAILING_ASIDE.search(label) for label, _ in labels[1:]):
            # 5000万元以上(仅限世界1000强企业投资)、2亿元以上: an aside on one item only is no part of its label
            labels = [(_TRAILING_ASIDE.sub("", label), s) for label, s in labels]
        first, first_start = labels[0]
        digit = _DIGIT.search(first) if all(_DIGIT.match(label) for label, _ in labels[1:]) else None
        if digit:  # 固定资产投资1000万元及以上至5000万元、5000万元以上至1亿元: a list of thresholds
            labels[0] = (first[digit.start():], first_start + digit.start())
            last, last_start = labels[-1]
            more = _THRESHOLD_THEN_MORE.match(last)
            if more and len(labels) > 1:
                labels[-1] = (more["keep"], last_start)
        first, first_start = labels[0]
        level = vocabulary.level_prefix.match(first)  # a level word opening an item: the provision's level
        if level and not digit and len(labels) > 1:
            if all(vocabulary.level_prefix.match(label) for label, _ in labels[1:]):
                digit = level  # X级专精特新“小巨人”企业、省隐形冠军企业: each names its level; no cut
            elif PRIZE_WITH_GRADE.search(first) and _PROVINCE_BY_NAME.fullmatch(level.group(0)):
                digit = level  # 四川省专利奖特等奖、一等奖…: the province names the prize; the label keeps it whole
            elif len(first) - level.end() >= MIN_LABEL and not STANDARD_AFTER_LEVEL.match(first, level.end()):
                # 国家级专利金奖、专利优秀奖: the level is the provision's (not 国际标准…: a kind of standard)
                labels[0] = (first[level.end():], first_start + level.end())
        others = [len(label) for label, _ in labels[1:]]
        first, first_start = labels[0]
        if others and len(first) > max(others) and not digit:
            cut = len(first) - max(others)
            while cut > 0 and first[cut - 1] in _NUMBER_CHARS:
                cut -= 1  # never inside a number: 超过1.5亿元、3亿元 keeps 1.5亿元
            if first[cut:] not in [label for label, _ in labels[1:]]:  # 重点推荐项目和推荐项目: two tiers, not one
                labels[0] = (first[cut:], first_start + cut)
        if all(len(label) >= MIN_LABEL for label, _ in labels):
            return [TierLabel(label, s, s + len(label)) for label, s in labels]
    return None


def align_tiers(text: str, vocabulary: Vocabulary, start: int, end: int, n: int) -> list[
        TierLabel] | None:
    """The ``n`` labels that a list of ``n`` amounts at ``end`` is paid by, if found."""
    if n < 2:
        return None
    return (_level_list(text, vocabulary, start, end, n)
            or _range(text, start, end, n)
            or _year_ordinals(text, start, end, n)
            or _grade_list(text, start, end, n)
            or _quoted_list(text, start, end, n)
            or _general_list(text, vocabulary, start, end, n))


_PROVINCE_BY_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}省")
"""A level word that is a province's name (四川省, 广东省; ontology/vocabulary.ttl): the level of a prize or title it
opens (四川省科学技术奖), never a tier of its own."""


def inline_tier(segment: str, vocabulary: Vocabulary) -> str | None:
    """A label opening the segment of a single amount: ``市级奖励2万元``, ``三星级按60%``; a prize's grade right before
    it (``_PRIZE_GRADE_BEFORE``), a grade right before it in a list of grades with amounts
    (``_GRADE_AMOUNT_BEFORE``)."""
    stripped = segment.strip()
    grade = _GRADE_INLINE.match(stripped)
    if grade:
        return grade["label"]
    prize = _PRIZE_GRADE_BEFORE.search(stripped) or _GRADE_AMOUNT_BEFORE.search(stripped)
    if prize:
        return prize["label"]
    for hit in vocabulary.find(stripped, "levels"):
        if _PROVINCE_BY_NAME.fullmatch(hit.text):
            continue  # 广东省按每人10000元标准向承办机构支付: the province that pays, not a tier
        if hit.start == 0 and re.match(r"(?:按|奖励|给予|补助|资助)", stripped[hit.end:]):
            return hit.text
    return None
