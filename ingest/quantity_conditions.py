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
Figures in another currency (1000万美元) are not read as bounds: a profile holds yuan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ingest.concepts import Vocabulary
from ingest.draft import Draft
from ingest.model import ProvisionKind
from ingest.money import Mention, find_money, to_cny
from ingest.structure import Sentence

AT_LEAST, ABOVE, AT_MOST, BELOW = "quantity_at_least", "quantity_above", "quantity_at_most", "quantity_below"
BOUNDS = (AT_LEAST, ABOVE, AT_MOST, BELOW)
"""The subtypes of a bound on a base quantity: lower (the figure counts / does not), upper (counts / does not)."""
ONE_OFF = "one_off"
NEWLY_ESTABLISHED = "newly_established"

_BEFORE_FIGURE = re.compile(
    r"[\s（(]{0,2}(?:在[^，,。；;、]{0,4}?)?(?P<first>首次)?(?P<word>超过|突破|高于|大于|达到|达|不低于|不少于|在)?\s*")
"""Between a quantity's label and its figure: 首次, and a word of comparison (超过, 不低于…)."""
_AFTER_FIGURE = re.compile(
    r"(?:人民币)?\s*(?P<included>[（(]含(?:本数)?[）)])?\s*(?P<word>及以上|或以上|以上|及以下|以下|以内)?")
_OR_ELSE = re.compile(r"\s*(?:或|或者|及其他)")
_OF_A_PAYEE = re.compile(r"\s*的\s*[，,]")
"""A figure closing the words of who is paid (到位注册资本2亿元人民币的，奖励…; 注册资本1.7亿元的，): the quantity
must reach it — a lower bound, the figure included."""
_RANGE = re.compile(r"\s*(?:至|到|~|～|－|-|—)\s*")
_CURRENCY = re.compile(r"\s*(?:美元|港元|港币|欧元|日元|英镑)")
_TIER_FIGURE = re.compile(r"^\s*(?P<figure>[0-9０-９.．]+\s*[千百万亿]*元?)\s*(?P<word>及以上|以上)?\s*(?:[且并].*)?$")
"""A tier that is a figure (1亿元, 2亿元以上, 10亿元且达到一定行业规模: the figure is needed, the rest too): a bound
on the quantity its sentence names."""
_LOWER_WORDS = {"超过": ABOVE, "突破": ABOVE, "高于": ABOVE, "大于": ABOVE}
_PERIODS = (("previous_year", re.compile(r"上一?(?:个)?(?:会计)?年度?|上年")),
            ("first_year", re.compile(r"落户当年|第一个会计年度|首个会计年度|设立当年|当年")),
            ("recent_years", re.compile(r"近[一两二三四五六七八九十0-9]+年|累计")))
ONE_OFF_WORDS = re.compile(r"一次性(?:给予|的)?[^，,。；;]{0,4}(?:奖励|资助|补助|补贴|扶持|支持|奖补)")
"""一次性奖励, 一次性给予…资助: the award is paid once (not 一次性引进, bringing in at once)."""
NEWLY_WORDS = re.compile(r"新设立|新迁入|新落户|新引进|新注册")
NEWLY_OF_A_COMPANY = re.compile(r"(?:新设立|新迁入|新落户|新引进|新注册)(?:或新(?:设立|迁入|落户|引进|注册))?的?"
                                r"[^，,。；;]{0,12}?(?:企业|公司|机构|总部|单位)")
"""新设立的words that name the company (对新设立或新迁入的数字经济企业, 对新落户企业), not a thing it runs
(对新设立的…公共服务平台: the platform is new)."""
SEGMENT_END = re.compile(r"[，,。；;：:]")


@dataclass(frozen=True)
class Bound:
    """One bound read: on which quantity, the figure in yuan, which subtype, 首次, the year it is measured in."""

    concept: str
    value: int
    subtype: str
    first: bool
    period: str | None
    written: str


def quantity_conditions(text: str, sentence: Sentence, vocabulary: Vocabulary, benefits: list[Draft]
                        ) -> list[Draft]:
    """The conditions on base quantities of a sentence that pays ``benefits`` (none without benefits)."""
    if not benefits:
        return []
    tiers = _tier_bounds(text, sentence, vocabulary, benefits)
    listed = {draft.value for draft in tiers}  # 达到1亿元、5亿元: the list's first figure is a tier's, not all's
    drafts = [_draft(sentence, bound, []) for bound in _bounds_beside(text, sentence, vocabulary)
              if not (tiers and Decimal(bound.value) in listed)] + tiers
    rates = [d for d in benefits if d.kind is ProvisionKind.RATE_WITH_CAP]
    if rates and ONE_OFF_WORDS.search(sentence.text):
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype=ONE_OFF))
    if (rates or drafts) and NEWLY_WORDS.search(sentence.text):
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype=NEWLY_ESTABLISHED))
    return drafts


def without_bound_figures(drafts: list[Draft], bounds: list[Draft], sentence: Sentence) -> list[Draft]:
    """``drafts`` less the fixed awards read from a bound's own figure (到位注册资本1.7亿元人民币的，给予…200万元: 1.7亿
    is what the payee has, not what it is paid) — when that figure is printed once in the sentence (营业收入超过
    1000万元的，奖励1000万元 prints it twice: the award stays)."""
    printed = [to_cny(mention.value) for mention in find_money(sentence.text)]
    figures = {int(bound.value) for bound in bounds if bound.value is not None and bound.base_quantity
               and printed.count(int(bound.value)) == 1}
    return [draft for draft in drafts
            if not (draft.kind is ProvisionKind.FIXED and draft.amount_cny in figures)]


def newly_names_the_company(quote: str) -> bool:
    """Whether a ``newly_established`` condition's words are about the company (not a platform it sets up)."""
    return bool(NEWLY_OF_A_COMPANY.search(quote))


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


def _period(text: str, start: int, at: int) -> str | None:
    """The year a bound is measured in, said in its segment before the quantity's label (上一年度…营业收入)."""
    before = text[start:at]
    ends = [m.end() for m in SEGMENT_END.finditer(before)]
    segment = before[ends[-1]:] if ends else before
    return next((name for name, words in _PERIODS if words.search(segment)), None)


def _figure_at(text: str, at: int, end: int) -> Mention | None:
    money = find_money(text[at:end], at)
    if not money or money[0].start != at:
        return None
    after = money[0].end + (1 if text[money[0].end:money[0].end + 1] == "元" else 0)
    return None if _CURRENCY.match(text, after) else money[0]


def _after(text: str, figure: Mention) -> int:
    return figure.end + (1 if text[figure.end:figure.end + 1] == "元" else 0)


def _bounds_beside(text: str, sentence: Sentence, vocabulary: Vocabulary) -> list[Bound]:
    """Bounds printed right after a base quantity's label: 营业收入 3000 万元以上, 纳税总额超过1000万元(含),
    营业收入首次超过3亿元, 实缴注册资本1亿元(含)至10亿元."""
    bounds = []
    for hit in vocabulary.find(text, "base_quantities", sentence.start, sentence.end):
        before = _BEFORE_FIGURE.match(text, hit.end, sentence.end)
        assert before is not None  # every part of it is optional
        figure = _figure_at(text, before.end(), sentence.end)
        if figure is None:
            continue
        after = _AFTER_FIGURE.match(text, _after(text, figure), sentence.end)
        assert after is not None
        if _OR_ELSE.match(text, after.end()):
            continue  # 总投资10亿元（含）以上或具有全局性…的: one way among others, no bound of its own
        word, included = before["word"], bool(after["included"])
        period = _period(text, sentence.start, hit.start)
        first = bool(before["first"])
        written = text[figure.start:after.end()].strip()
        upper_dash = _RANGE.match(text, after.end(), sentence.end)
        upper = _figure_at(text, upper_dash.end(), sentence.end) if upper_dash else None
        if upper is not None:  # 1亿元(含)至10亿元(含): two bounds
            closing = _AFTER_FIGURE.match(text, _after(text, upper), sentence.end)
            assert closing is not None
            written = text[figure.start:closing.end()].strip()
            bounds.append(Bound(hit.concept.id, to_cny(figure.value), AT_LEAST, first, period, written))
            bounds.append(Bound(hit.concept.id, to_cny(upper.value), AT_MOST if closing["included"] else BELOW,
                                first, period, written))
            continue
        if after["word"] in ("及以上", "或以上", "以上") or word in ("不低于", "不少于", "达到", "达"):
            subtype = AT_LEAST
        elif word in _LOWER_WORDS:
            subtype = AT_LEAST if included else ABOVE
        elif after["word"] in ("及以下", "以下", "以内"):
            subtype = AT_MOST
        elif _OF_A_PAYEE.match(text, after.end()):
            subtype = AT_LEAST  # 注册资本1.7亿元的，: who is paid has at least that much
        else:
            continue  # 营业收入3000万元的1%: a figure, no bound said
        bounds.append(Bound(hit.concept.id, to_cny(figure.value), subtype, first, period, written))
    return bounds


def _tier_bounds(text: str, sentence: Sentence, vocabulary: Vocabulary, benefits: list[Draft]) -> list[Draft]:
    """A 分别 list's tiers that are figures (实缴注册资本达到1亿元、5亿元…分别给予…): each tier's lower bound on the
    quantity the sentence names before the list, governing its own award."""
    named = vocabulary.find(text, "base_quantities", sentence.start, sentence.end)
    drafts = []
    for benefit in benefits:
        figure = _TIER_FIGURE.match(benefit.tier or "")
        if figure is None:
            continue
        at = text.find(figure["figure"].strip(), sentence.start, sentence.end)
        before = [hit for hit in named if hit.end <= at] if at >= 0 else []
        if not before:
            continue
        value = find_money(figure["figure"])
        if not value or _CURRENCY.match(text, at + len(figure["figure"].strip())):
            continue
        bound = Bound(before[-1].concept.id, to_cny(value[0].value), AT_LEAST, False,
                      _period(text, sentence.start, before[-1].start), benefit.tier or "")
        drafts.append(_draft(sentence, bound, [benefit]))
    return drafts
