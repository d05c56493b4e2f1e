"""Thresholds and tiers on a base quantity, read beside the awards of their sentence.

A benefit often pays only a company whose quantity reaches a figure: 落户当年…的营业收入 3000 万元以上 (a
threshold on revenue), 纳税总额超过1000万元(含), 营业收入首次超过3亿元, 实缴注册资本1亿元(含)至10亿元的 (a tier:
two bounds), or a 分别 list of tiers (实缴注册资本达到1亿元、5亿元、10亿元…分别给予600万元、1000万元、1500万元),
whose awards the reader already gives their tier (``1亿元``, ``2亿元以上``). Each bound becomes a condition on
the base quantity (``pkg:baseQuantity``) with its figure (``value``, in yuan), whether the figure itself counts
(the subtype: ``quantity_at_least`` 以上/不低于/达到/超过…(含), ``quantity_above`` 超过/高于, ``quantity_at_most``
以下/以内/至…(含), ``quantity_below`` 至/低于), 首次 as ``round`` first, and in which year it is measured (``per``:
``previous_year`` 上年度, ``first_year`` 落户当年/第一个会计年度, ``recent_years`` 近两年/累计). A bound beside the
sentence's awards governs them all; a tier's bound governs its own award.

Two more conditions of a rate's sentence are kept: ``one_off`` (一次性: one year's base is paid, not each
year's) and ``newly_established`` (新设立/新迁入/新落户: on the company, the engine checks when it settled; on a
thing, e.g. a platform, it says it did not check).
Figures in another currency (1000万美元) are not read as bounds: a profile holds yuan; a yuan figure with its
alternative in another currency (1亿元人民币或1千万美元及以上) is bounded by the word they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ingest.concepts import Vocabulary
from ingest.draft import Draft
from ingest.model import ProvisionKind
from ingest.money import find_money, to_cny
from ingest.structure import Sentence
from ingest.sub_yuan_units import below_a_yuan

AT_LEAST, ABOVE, AT_MOST, BELOW = "quantity_at_least", "quantity_above", "quantity_at_most", "quantity_below"
BOUNDS = (AT_LEAST, ABOVE, AT_MOST, BELOW)
"""The subtypes of a bound on a base quantity: lower (the figure counts / does not), upper (counts / does not)."""
ONE_OFF = "one_off"
NEWLY_ESTABLISHED = "newly_established"

_OR_ELSE = re.compile(r"\s*(?:或|或者|及其他)")
_RANGE = re.compile(r"\s*(?:至|到|~|～|－|-|—)\s*")
_CURRENCY = re.compile(r"\s*(?:美元|港元|港币|欧元|日元|英镑)")
_FOREIGN_ALTERNATIVE = re.compile(
    r"\s*(?:或|或者)\s*[0-9０-９.．]+\s*[千百万亿]*\s*(?:美元|港元|港币|欧元|日元|英镑)\s*"
    r"(?P<word>及以上|或以上|以上|及以下|以下|以内)")
"""The same bound in a foreign currency after the yuan figure, sharing its word (注册资本1亿元人民币或1千万美元及以上):
the yuan figure is bounded by that word; the foreign figure is not read (a profile holds yuan)."""
_TIER_FIGURE = re.compile(r"^\s*(?P<figure>[0-9０-９.．]+\s*[千百万亿]*元?)\s*(?P<word>及以上|以上)?\s*(?:[且并].*)?$")
"""A tier that is a figure (1亿元, 2亿元以上, 10亿元且达到一定行业规模: the figure is needed, the rest too): a bound
on the quantity its sentence names."""
_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
_UNITS = {"千万": 10_000_000, "百万": 1_000_000, "万": 10_000, "亿": 100_000_000, "": 1}
_FIGURE = re.compile(r"(?:(?P<n>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(?P<unit>千万|百万|万|亿)?"
                     r"|(?<![0-9０-９])(?P<bare>亿))"
                     r"\s*(?P<yuan>元)?\s*(?:人民币)?")
"""A figure in yuan as bounds print it: 500万元, 1亿 (in a band: 1亿（含）至5亿元), 1千万人民币, 超过亿元."""
_YUAN_AFTER = re.compile(r"\s*(?:[（(]含[^）)]{0,8}[）)]\s*)?(?:及以上|或以上|以上|及以下|以下|以内|至|到|、)")
"""What may follow a figure printed without 元 for it to be yuan (10亿以下, 1亿（含）至): no 平方米, 人, 美元."""
_WORD_BEFORE = re.compile(r"(?P<first>首次)?\s*"
                          r"(?P<word>不低于|不少于|达到|达|(?<!不)超过|(?<![不超])超|突破|(?<!不)高于|(?<!不)大于)?"
                          r"\s*(?:在\s*)?$")
_MARK_AFTER = re.compile(r"\s*(?P<included>[（(]含[^）)]{0,8}[）)])?\s*(?P<word>及以上|或以上|以上|及以下|以下|以内)?"
                         r"\s*(?P<included_after>[（(]含[^）)]{0,8}[）)])?")
_LIST_JOINER = re.compile(r"\s*(?:[（(][^（）()]{0,20}[)）])?\s*(?:、|或者?)\s*")
"""Between two items of a list, after a remark on the first (5000万元以上(仅限世界1000强企业投资)、2亿元以上), and 或
before the last of alternatives (年度营业收入首次突破1亿元、5亿元、10亿元或50亿元的: each mark a row)."""
_BAND_JOINER = re.compile(r"\s*[，,]\s*")
"""5亿元（含）以上，10亿以下: a lower and an upper bound of one band, in two segments."""
_NOT_A_BOUND_BEFORE = re.compile(
    r"最高|上限|不超过|每|亩\s*均|平方米|给予|奖励|资助|补助|补贴|奖金|设立[^，,。；;]*规模|完成投资|力争|目标")
"""Words before a figure in its segment that make it no bound on the payee (docs/provision-model.md, *Not
conditions*): a ceiling of the award (最高, 不超过), a step (每超过), an intensity per area (亩均投资强度), the
award or a fund itself (给予…, 申请奖励资金在50万元以上), a target (完成投资800亿元以上)."""
_QUANTITY_GAP = re.compile(r"^\s*(?:[（(][^（）()]{0,6}[）)])?\s*(?:在|为)?\s*[（(]?\s*$")
"""Between a base quantity's label and the bound's words (纳税总额 不低于, 营业收入（不含税）在,
销售额(50 万元以上))."""
_NOT_A_BOUND_SENTENCE = re.compile(r"到\s*20\d\d\s*年|翻番|力争|的部分|可拨付|预拨")
"""A sentence whose figures bound nothing of the payee: a target of a plan (到2025年…突破1000亿元,
翻番，达到40亿元), a scale cutting a base into parts (单笔投资额在3000万元以上的，500万元（含）以下的部分按…), when an
award is paid (合同价格在1亿元以上…的项目，可拨付全部预拨资金)."""
_UPPER_OF_A_CRITERION = re.compile(
    r"(?P<quantity>收入|资产总额|资产|营业额|销售额|产值|纳税额|纳税总额|利润|注册资本)\s*(?:不超过|不高于)\s*$")
"""A quantity of the payee printed with its ceiling in a sentence that pays nothing (a criterion: 职工总数不超过
500 人、年销售收入不超过 2 亿元、资产总额不超过 2 亿元): an upper bound, the figure included
(``quantity_at_most``) — not in a sentence that grants (单个企业奖励金额不超过100万元: a ceiling of the award)."""
_GRANTS = re.compile(r"给予|予以|奖励|补助|资助|补贴|支持|奖补|贴息|扶持|配套")
_LOWER_WORDS = ("超过", "超", "突破", "高于", "大于")
"""Words of comparison that leave the figure out unless (含) puts it in (超过5万元以上 too)."""
_REACHING_WORDS = ("不低于", "不少于", "达到", "达")
_OF_A_PAYEE = re.compile(r"\s*的\s*[，,]")
"""A figure closing the words of who is paid (到位注册资本2亿元人民币的，奖励…; 注册资本1.7亿元的，): the quantity
must reach it — a lower bound, the figure included."""
_FIRST_YEAR = re.compile(r"(?:落户|入统|设立|注册|投产)当年|第一个(?:完整)?会计年度|首个(?:完整)?会计年度")
FIRST_FISCAL_YEAR = re.compile(r"(?:第一个|首个)(?:完整)?会计年度")
"""A ``first_year`` bound measured in the first fiscal year (落户当年或第一个会计年度的营业收入3000万元以上,
首个完整会计年度): a company that settled during a year closes its first (whole) fiscal year in the year settled or
the one after, so either year's figure is the one measured (``assistant.eligibility.quantity_bounds.first_years``);
落户当年 alone is the year settled only."""
_PERIODS = (("previous_year", re.compile(r"上一?(?:个)?(?:会计)?年度?|上年")),
            ("first_year", _FIRST_YEAR),
            ("recent_years", re.compile(r"近\s*[一两二三四五六七八九十0-9]+\s*年|(?<!年)累计")))
"""The year a bound is measured in (docs/provision-model.md, *Thresholds as conditions*): 当年 alone, 年度 or a named
year is no period of its own (the year paid)."""
ONE_OFF_WORDS = re.compile(r"一次性(?:给予|的)?[^，,。；;]{0,4}(?:奖励|资助|补助|补贴|扶持|支持|奖补)")
"""一次性奖励, 一次性给予…资助: the award is paid once (not 一次性引进, bringing in at once)."""
_NEWLY = r"(?:新设立|新设(?![备计施置])|新迁入|新落户|新引进|新注册)"
NEWLY_WORDS = re.compile(_NEWLY)
NEWLY_OF_A_COMPANY = re.compile(_NEWLY + r"(?:或新(?:设立|迁入|落户|引进|注册))?的?"
                                r"[^，,。；;]{0,12}?(?:企业|公司|机构|总部|单位)")
"""新设立的words that name the company (对新设立或新迁入的数字经济企业, 对新落户企业), not a thing it runs
(对新设立的…公共服务平台: the platform is new)."""
SEGMENT_END = re.compile(r"[，,。；;：:]")


@dataclass(frozen=True)
class Bound:
    """One bound read: on which quantity, the figure in yuan, which subtype, 首次, the year it is measured in."""

    concept: str | None
    value: int
    subtype: str
    first: bool
    period: str | None
    written: str
    start: int = -1


@dataclass(frozen=True)
class _Figure:
    """A figure in yuan printed in a sentence (its end after 元/人民币)."""

    value: int
    start: int
    end: int


def quantity_conditions(text: str, sentence: Sentence, vocabulary: Vocabulary, benefits: list[Draft]
                        ) -> list[Draft]:
    """The conditions on quantities of the payee that ``sentence`` prints (a sentence of criteria that pays nothing
    too: 上一年度…营业收入5亿元以上), and ``one_off`` / ``newly_established`` when it pays ``benefits``."""
    bounds = _bounds_in(text, sentence, vocabulary)
    tiers, bounds = _tier_bounds(text, sentence, vocabulary, benefits, bounds)
    drafts = [_draft(sentence, bound, []) for bound in bounds] + tiers
    if not benefits:
        return drafts
    rates = [d for d in benefits if d.kind is ProvisionKind.RATE_WITH_CAP or below_a_yuan(d) is not None]
    if rates and ONE_OFF_WORDS.search(sentence.text):
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype=ONE_OFF))
    if (rates or drafts or newly_names_the_company(sentence.text)) and NEWLY_WORDS.search(sentence.text):
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype=NEWLY_ESTABLISHED))
    return drafts


def without_bound_figures(drafts: list[Draft], bounds: list[Draft], sentence: Sentence) -> list[Draft]:
    """``drafts`` less the fixed awards read from a bound's own figure (到位注册资本1.7亿元人民币的，给予…200万元: 1.7亿
    is what the payee has, not what it is paid) — when that figure is printed once in the sentence (营业收入超过
    1000万元的，奖励1000万元 prints it twice: the award stays)."""
    if not any(bound.base_quantity for bound in bounds):
        return drafts
    printed = [to_cny(mention.value) for mention in find_money(sentence.text)]
    figures = {int(bound.value) for bound in bounds if bound.value is not None and bound.base_quantity
               and printed.count(int(bound.value)) == 1}
    return [draft for draft in drafts
            if not (draft.kind is ProvisionKind.FIXED and draft.amount_cny in figures)]


NEWLY_IN_A_STANDARD = re.compile(r"(?:按|参照|比照)[^，,。；;：:]*$")
"""新设 words in the standard an award is measured by (对增资企业按新设企业实缴注册外资奖励标准给予相应奖励): the
payee is no new company."""


def newly_names_the_company(quote: str) -> bool:
    """Whether a ``newly_established`` condition's words are about the company (not a platform it sets up, nor the
    standard an award is measured by)."""
    return any(not NEWLY_IN_A_STANDARD.search(quote, 0, match.start()) for match in NEWLY_OF_A_COMPANY.finditer(quote))


PROJECT_BEFORE = re.compile(r"项目[^，,。；;：:]*$")
PROJECT_AFTER = re.compile(r"[^，,。；;：:]*?的[^，,。；;：:]{0,8}项目")
"""A bound on a project's quantity: 项目 among the words of its segment before the figure (项目年营业收入首次超过1亿元,
新引进项目实际投入超过3000万元) or as the payee after it (年营业收入超过1亿元的项目)."""


def of_a_project(quote: str, printed: str | None) -> bool:
    """Whether the bound printed as ``printed`` in ``quote`` is on a project's quantity, not the company's."""
    at = quote.find(printed) if printed else -1
    if at < 0:
        return False
    return bool(PROJECT_BEFORE.search(quote[:at]) or PROJECT_AFTER.match(quote, at + len(printed or "")))


def tier_by_figure(tier: str | None) -> bool:
    """Whether a tier is a figure (1亿元, 2亿元以上): a tier by a quantity, one of which a company reaches."""
    return bool(_TIER_FIGURE.match(tier or ""))


def _draft(sentence: Sentence, bound: Bound, governed: list[Draft]) -> Draft:
    return Draft(ProvisionKind.CONDITION, sentence, subtype=bound.subtype, base_quantity=bound.concept,
                 value=Decimal(bound.value), unit="元", round="first" if bound.first else None, per=bound.period,
                 written={"value": bound.written}, governed=governed)


def _period(text: str, start: int, at: int, after: int, end: int) -> str | None:
    """The year a bound is measured in: said in its segment before the figure (上一年度…营业收入), else a first year
    said after it in the sentence (…达到1亿元、3亿元的，入统当年分别给予…)."""
    before = text[start:at]
    ends = [m.end() for m in SEGMENT_END.finditer(before)]
    segment = before[ends[-1]:] if ends else before
    said = next((name for name, words in _PERIODS if words.search(segment)), None)
    return said or ("first_year" if _FIRST_YEAR.search(text, after, end) else None)


def _figures(text: str, start: int, end: int) -> list[_Figure]:
    """The figures in yuan between ``start`` and ``end`` (not 1000万美元, 5万平方米, 100人)."""
    figures = []
    for match in _FIGURE.finditer(text, start, end):
        if not (match["unit"] or match["yuan"]) or (match["bare"] and not match["yuan"]):
            continue
        if not match["yuan"] and not _YUAN_AFTER.match(text, match.end(), end):
            continue
        number = Decimal(match["n"].translate(_DIGITS)) if match["n"] else Decimal(1)
        unit = match["unit"] or ("亿" if match["bare"] else "")
        figures.append(_Figure(int(number * _UNITS[unit]), match.start(), match.end()))
    return figures


def _segment_start(text: str, floor: int, at: int) -> int:
    ends = [m.end() for m in SEGMENT_END.finditer(text, floor, at)]
    return ends[-1] if ends else floor


def _included(mark: re.Match[str]) -> bool:
    return bool(mark["included"] or mark["included_after"])


def _items(text: str, figures: list[_Figure], end: int) -> list[list[list[_Figure]]]:
    """The figures grouped into lists (joined by 、) of items, each item one figure or a band (X至Y)."""
    lists: list[list[list[_Figure]]] = []
    index = 0
    while index < len(figures):
        figure = figures[index]
        mark = _MARK_AFTER.match(text, figure.end, end)
        assert mark is not None  # every part of it is optional
        dash = _RANGE.match(text, mark.end(), end)
        item = [figure]
        if dash and index + 1 < len(figures) and figures[index + 1].start == dash.end():
            item.append(figures[index + 1])
            index += 1
        previous = lists[-1][-1][-1] if lists else None
        if previous is not None and _LIST_JOINER.fullmatch(
                text, (_MARK_AFTER.match(text, previous.end, end) or mark).end(), figure.start):
            lists[-1].append(item)
        else:
            lists.append([item])
        index += 1
    return lists


def _quantity(text: str, sentence: Sentence, vocabulary: Vocabulary, lead: int) -> tuple[str | None, int]:
    """The vocabulary's base quantity whose label ends the printed words right before ``lead``, and where its label
    starts (``lead`` when there is none)."""
    hits = [hit for hit in vocabulary.find(text, "base_quantities", sentence.start, lead)
            if _QUANTITY_GAP.match(text[hit.end:lead])]
    return (hits[-1].concept.id, hits[-1].start) if hits else (None, lead)


def _bounds_in(text: str, sentence: Sentence, vocabulary: Vocabulary) -> list[Bound]:
    """Every bound in yuan the sentence prints on a quantity (docs/provision-model.md, *Thresholds as
    conditions*): a figure after a word of comparison (不低于, 超过, 首次突破…(含)) or before 以上; a band
    (1亿（含）至5亿元, 100万元至300万元（含300万元）, 5亿元（含）以上，10亿以下) as a lower and an upper bound; a list
    (达2亿元、10亿元、30亿元以上; 首次超过50亿元、30亿元、10亿元) each figure with the list's words; on the
    vocabulary's quantity when its label ends the printed words (营业收入, 纳税总额), else on none.
    Not a ceiling, a step, a scale, a target, an award."""
    if _NOT_A_BOUND_SENTENCE.search(sentence.text):
        return []
    bounds: list[Bound] = []
    for listed in _items(text, _figures(text, sentence.start, sentence.end), sentence.end):
        head = listed[0][0]
        start = _segment_start(text, sentence.start, head.start)
        said = _WORD_BEFORE.search(text, start, head.start)
        assert said is not None  # every part of it is optional
        lead = said.start()
        criterion = _UPPER_OF_A_CRITERION.search(text, start, lead)
        if criterion and len(listed) == 1 and len(listed[0]) == 1 and not _GRANTS.search(sentence.text):
            concept, label = _quantity(text, sentence, vocabulary, criterion.end("quantity"))
            mark = _MARK_AFTER.match(text, head.end, sentence.end)
            assert mark is not None
            bounds.append(Bound(concept, head.value, AT_MOST, False, _period(text, sentence.start, label, head.end,
                                                                             sentence.end),
                                text[head.start:mark.end()].strip(), head.start))
            continue
        if _NOT_A_BOUND_BEFORE.search(text, start, lead):
            continue
        tail = listed[-1][-1]
        tail_mark = _MARK_AFTER.match(text, tail.end, sentence.end)
        assert tail_mark is not None
        if _CURRENCY.match(text, tail_mark.end()):
            continue
        concept, label = _quantity(text, sentence, vocabulary, lead)
        if concept and _OR_ELSE.match(text, tail_mark.end()) \
                and not _FOREIGN_ALTERNATIVE.match(text, tail_mark.end(), sentence.end):
            continue  # 总投资10亿元（含）以上或具有全局性…的: one way among others; required by the engine, it is not
        period = _period(text, sentence.start, label, tail.end, sentence.end)
        first = bool(said["first"])
        for item in listed:
            bounds += _item_bounds(text, item, said["word"], tail_mark["word"] if len(listed) > 1 else None,
                                   concept, first, period, sentence, bounds)
    return bounds


def _item_bounds(text: str, item: list[_Figure], word: str | None, list_word: str | None, concept: str | None,
                 first: bool, period: str | None, sentence: Sentence, before: list[Bound]) -> list[Bound]:
    """The bounds of one item of a list: a band gives two, a figure one (or none: no bound said)."""
    lower = item[0]
    mark = _MARK_AFTER.match(text, lower.end, sentence.end)
    assert mark is not None
    if len(item) == 2:  # a band: the upper end counts when (含) marks it, the lower when it is marked or not above
        upper_mark = _MARK_AFTER.match(text, item[1].end, sentence.end)
        assert upper_mark is not None
        upper_in = _included(upper_mark)
        lower_in = _included(mark) or mark["word"] in ("及以上", "以上", "或以上") or not upper_in
        written = text[lower.start:upper_mark.end()].strip()
        return [Bound(concept, lower.value, AT_LEAST if lower_in else ABOVE, first, period, written, lower.start),
                Bound(concept, item[1].value, AT_MOST if upper_in else BELOW, first, period, written, item[1].start)]
    written = text[lower.start:mark.end()].strip()
    foreign = None if mark["word"] else _FOREIGN_ALTERNATIVE.match(text, mark.end(), sentence.end)
    after = mark["word"] or list_word or (foreign["word"] if foreign else None)
    if after in ("及以下", "以下", "以内"):
        previous = before[-1] if before else None
        if previous is None or previous.subtype not in (AT_LEAST, ABOVE) or not _BAND_JOINER.fullmatch(
                text, previous.start + len(previous.written), lower.start):
            return []  # an upper bound alone (主营业务收入1亿元及以下的文化企业): not read as a condition
        subtype = BELOW if after == "以下" else AT_MOST
    elif word in _LOWER_WORDS:
        subtype = AT_LEAST if _included(mark) else ABOVE
    elif word in _REACHING_WORDS or after in ("及以上", "或以上", "以上"):
        subtype = AT_LEAST
    elif concept and _OF_A_PAYEE.match(text, mark.end()):
        subtype = AT_LEAST  # 注册资本1.7亿元的，: who is paid has at least that much
    else:
        return []  # 营业收入3000万元的1%: a figure, no bound said
    return [Bound(concept, lower.value, subtype, first, period, written, lower.start)]


def _tier_bounds(text: str, sentence: Sentence, vocabulary: Vocabulary, benefits: list[Draft], bounds: list[Bound]
                 ) -> tuple[list[Draft], list[Bound]]:
    """A 分别 list's tiers that are figures (实缴注册资本达到1亿元、5亿元…分别给予…): each tier's lower bound, governing
    its own award — the bound read at the tier's figure, else one on the quantity the sentence names before it; a
    tier that is a band (营业收入在X万元—Y亿元（含）、Y亿元以上的，分别奖励…) takes the bounds read from its own words
    (both ends), so the tier after it never inherits them. The bounds left govern the whole sentence."""
    left = list(bounds)
    drafts = []
    for benefit in benefits:
        tier = "".join((benefit.tier or "").split())
        own = [bound for bound in left if tier and "".join(bound.written.split()) == tier]
        if own:  # A万元—B亿元（含）、B亿元以上…分别: a band printed as the tier bounds that tier's award only
            for bound in own:
                left.remove(bound)
                drafts.append(_draft(sentence, bound, [benefit]))
            continue
        figure = _TIER_FIGURE.match(benefit.tier or "")
        if figure is None:
            continue
        value = find_money(figure["figure"])
        if not value:
            continue
        read = next((bound for bound in left if bound.value == to_cny(value[0].value)
                     and bound.subtype in (AT_LEAST, ABOVE)), None)
        if read is not None:
            left.remove(read)
            drafts.append(_draft(sentence, read, [benefit]))
            continue
        at = text.find(figure["figure"].strip(), sentence.start, sentence.end)
        before = vocabulary.find(text, "base_quantities", sentence.start, at) if at >= 0 else []
        before = [hit for hit in before if hit.end <= at]
        if not before or _CURRENCY.match(text, at + len(figure["figure"].strip())):
            continue
        bound = Bound(before[-1].concept.id, to_cny(value[0].value), AT_LEAST, False,
                      _period(text, sentence.start, before[-1].start, at, sentence.end), benefit.tier or "")
        drafts.append(_draft(sentence, bound, [benefit]))
    return drafts, left
