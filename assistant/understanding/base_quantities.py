"""Base quantities a company states by year (2024年营业收入5000万, "revenue of RMB 50m in 2024",
去年地方财力贡献300万): the vocabulary's ``base_quantities`` concepts, found by their labels in
either language, each amount of the clause given its year.

A concept added to the vocabulary is read with no change here. A label counts only as a word of
its own: not inside a longer word or a part-of-year figure (物业|服务费, 营收|目标, 月|营收,
"monthly |revenue"), which the cues ``quantity_word_before`` and ``quantity_word_goes_on`` name.
A figure is only kept when its year is certain: one year per amount, in the order said
(2023年营收3000万、2024年5000万; "30m and 50m in 2023 and 2024"), or one year and the amount
next to the label; anything less certain is left for the reply to ask.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from assistant.understanding.amount_inside import amounts_inside
from assistant.understanding.cues import cue
from assistant.understanding.figure_bounds import ABOUT, AT_LEAST, AT_MOST, FigureSaid, figure_said
from assistant.understanding.quantities import SQUARE_METRES, Found, measures, not_own_measure, zh_amounts
from ingest.concepts import load_vocabulary

SCHEME = "base_quantities"
TOPIC_PREFIX = "quantity:"
"""A clause's topic when its amounts are a base quantity's (``quantity:revenue``)."""
ACTUAL_SPEND = "actual_cost"
"""What the company actually spent (补贴不超过实际支出): taken only when it names no one thing it was spent on."""
FIELD_PREFIX = "quantities."

READ_ELSEWHERE = frozenset({"rd_expense", "rd_expense_increment", "technology_transaction_amount", "contract_amount",
                            "investment_total"})
"""Base quantities the profile holds in fields of their own, read by their own readers: R&D spending by
year (the increment is computed from it), technology contract turnover, a first-of-kind machine's
contract, the total investment."""


@dataclass(frozen=True)
class QuantityWord:
    """A base quantity named in a text by one of its labels."""

    concept: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class StatedQuantity:
    """One year's figure of a base quantity, as the company stated it."""

    concept: str
    year: int
    amount_cny: Decimal
    bound: FigureSaid | None = None
    """Said as a lower bound (超过3000万, 两千多万: ``at_least``) or an approximation (约5000万: ``about``)."""
    currency: str | None = None
    """The figure's currency when not yuan (3500万美元: USD), a property of the figure (profile ``YearAmount``)."""

    def profile_value(self) -> dict[str, object]:
        """The profile's ``YearAmount`` of this figure."""
        said = {"bound": self.bound} if self.bound in (AT_LEAST, ABOUT) else {}
        priced = {"currency": self.currency} if self.currency else {}
        return {"year": self.year, "amount_cny": self.amount_cny, **said, **priced}


def quantity_words(text: str, *, of_others: bool = False) -> list[QuantityWord]:
    """The base quantities ``text`` names (longest label first), outside longer words; another entity's (集团营收,
    "the group's revenue") only when ``of_others``."""
    words = []
    for hit in load_vocabulary().find(text, SCHEME, plurals=True):
        if hit.concept.id in READ_ELSEWHERE:
            continue
        if cue("quantity_word_goes_on").match(text, hit.end) or cue("quantity_word_before").search(text[:hit.start]):
            continue  # 物业服务费, 营收目标, 月营收, "revenue target": another word, or no year's figure
        if hit.concept.id == ACTUAL_SPEND and (cue("named_spend_before").search(text[:hit.start])
                                                or cue("named_spend_after").match(text, hit.end)):
            continue  # 房租实际支出60万, "actually spent RMB 600,000 on rent": one named spend, no award's cap
        if not of_others and cue("another_entity_before").search(text[:hit.start]):
            continue  # 集团营收, 母公司纳税总额: another entity's figure, not the company's
        if not of_others and not hit.concept.of_a_project and cue("project_before").search(text[:hit.start]):
            continue  # 项目营业收入: a project's figure, not the company's (项目的国家拨款 is a project's by nature)
        if cue("vague_quantity_label").fullmatch(hit.text) and not cue("paid_in_before").search(text[:hit.start]) \
                and not cue("paid_in_after").match(text, hit.end):  # 注册资本1.7亿元已全部到位: the paid-in one
            continue  # 注册资本15亿: subscribed or paid in? not said, so no figure of the paid-in capital
        if cue("unqualified_base_label").fullmatch(hit.text) and not cue("qualified_base_before").search(
                text[:hit.start]):
            continue  # 从银行拿到的融资总额, 商标登记费用: not the policy's 提供融资总额 or 登记证书的登记费用
        words.append(QuantityWord(hit.concept.id, hit.start, hit.end, hit.text))
    for inside in amounts_inside(text):  # 提供了8000万元融资: the amount inside the quantity's words
        if not any(word.start < inside.end and inside.start < word.end for word in words):
            words.append(QuantityWord(inside.concept, inside.start, inside.end, inside.text))
    return sorted(words, key=lambda word: word.start)


def quantity_topic(text: str) -> str | None:
    """``quantity:<id>`` for the first base quantity ``text`` names, even another entity's (集团去年营收50亿: the
    clause's figure is not the company's, but the company's own said next is of that quantity); None when it names
    none."""
    words = quantity_words(text, of_others=True)
    return f"{TOPIC_PREFIX}{words[0].concept}" if words else None


def the_company_continues(text: str, previous_topic: str | None) -> bool:
    """A clause that gives the company's own figure of the quantity the clause before named (集团去年营收50亿，|我们公司
    3亿; "the group's revenue was 5 billion, | ours was 300 million"): it takes that clause's year."""
    return is_quantity_topic(previous_topic) and bool(cue("the_company_itself").search(text))


def is_quantity_topic(topic: str | None) -> bool:
    return topic is not None and topic.startswith(TOPIC_PREFIX)


def is_a_projects_topic(topic: str | None) -> bool:
    """The topic of a base quantity that is a project's by nature (国家拨款, 市级资助: ``pkg:ofAProject``)."""
    if topic is None or not is_quantity_topic(topic):
        return False
    found = load_vocabulary().concepts.get(topic.removeprefix(TOPIC_PREFIX))
    return bool(found and found.of_a_project)


def topic_of_field(field: str) -> str | None:
    """The topic of a profile field's facts (``quantities.revenue`` → ``quantity:revenue``)."""
    return f"{TOPIC_PREFIX}{field.removeprefix(FIELD_PREFIX)}" if field.startswith(FIELD_PREFIX) else None


def stated_quantities(text: str, dates: list[Found], values: list[Found], topic: str,
                      as_of: dt.date | None = None) -> list[StatedQuantity]:
    """The figures a clause states of base quantities: its amounts (``values``, differences already left
    out) given to the quantity named nearest them, each with its year; ``topic`` is the quantity a clause
    that names none continues (2023年营收3000万，|2024年5000万). An upper bound (不到3000万, 将近3000万, "under
    30m") takes its year's place but is no figure: read as one, it would show more money than may be due; a lower
    bound (超过3000万, 两千多万, "over 30m") or an approximation (约5000万) is kept as said (``bound``). A
    total over several years (2022到2024年累计1.2亿) is no year's figure. A quantity held at a moment
    (``pkg:heldAt``: 实缴注册资本) said with no year is the one held on ``as_of``. A value in another currency
    (3500万美元: ``Found.currency``) is read the same way and keeps its currency; a yuan-looking value with a
    currency word after it that no reader named is no figure."""
    words = quantity_words(text)
    said_years = {d.value.year for d in dates if isinstance(d.value, dt.date)}
    summed = cue("sum_of_items").search(text)
    if summed and cue("other_party_named").search(text):
        return []  # 我们和关联公司的营业收入合计1.2亿, "with our affiliate combined": not the company's own figure
    several = cue("total_over_years").search(text) or (summed and len(said_years) != 1)
    if several and not len(said_years) == len(values) > 1:
        return []  # 2022到2024年累计营收1.2亿, 营收加起来1.2亿, "cumulative revenue of 120m over 2022-2024": no one year's
    in_units = [word for word in words if _measured_in(word.concept)]  # 办公用房1200平方米: not yuan
    words = [word for word in words if word not in in_units]
    continued = topic.removeprefix(TOPIC_PREFIX)
    unit_concept = in_units[0].concept if in_units else continued if not words and _measured_in(continued) else None
    measured = _stated_measure(text, dates, unit_concept, as_of) if unit_concept else []
    if unit_concept and not words:
        return measured  # 买了1200平方米的办公楼层，花了3600万: the yuan are not the area
    if len({word.concept for word in words}) > 1:
        if cue("respectively").search(text):
            return []  # 营收和销售额分别是5000万和4000万: which is which is not certain enough
        by_concept: dict[str, list[Found]] = {}
        for value in values:
            by_concept.setdefault(min(words, key=lambda word: _gap(word, value)).concept, []).append(value)
        paired = [(concept, year, value) for concept, own in by_concept.items()
                  for year, value in _by_year(text, own, dates, [w for w in words if w.concept == concept])]
    elif not words and not cue("continues_a_quantity").fullmatch(_blanked(text, [*_own(text, dates), *values])):
        return []  # 2024年营收5000万，|2023年利润800万: the clause names something else
    else:
        concept = words[0].concept if words else topic.removeprefix(TOPIC_PREFIX)
        paired = [(concept, year, value) for year, value in _by_year(text, values, dates, words)]
        if not paired and as_of is not None and len(values) == 1 and not dates and _held_at_a_moment(concept):
            paired = [(concept, as_of.year, values[0])]  # 实缴注册资本3亿: what it is now
    return measured + [StatedQuantity(concept, year, Decimal(str(value.value)), figure_said(text, value),
                                      value.currency)
                       for concept, year, value in paired
                       if not (figure_said(text, value) == AT_MOST
                               or (value.currency is None and cue("currency_after").match(text, value.end)))]


def with_odd_amounts(text: str, values: list[Found]) -> list[Found]:
    """``values`` and the amounts said with 多/余 (纳税总额两千多万, 3000余万): a base quantity's figure kept as a lower
    bound (``at_least``); no other reader takes them, since it could not keep the bound."""
    odd = [found for found in zh_amounts(text, odd=True)
           if not any(found.start < value.end and value.start < found.end for value in values)]
    return sorted([*values, *odd], key=lambda found: found.start) if odd else values


def measured_figures(text: str, topic: str | None) -> bool:
    """Whether ``text`` states a figure in the unit of the quantity ``topic`` names (1200平方米, 3万总吨)."""
    unit = _measured_in(topic.removeprefix(TOPIC_PREFIX)) if is_quantity_topic(topic) and topic else None
    return bool(unit and measures(text, unit))


def dated_by_its_event(topic: str) -> bool:
    """Whether the quantity ``topic`` names is an event's amount dated by the event said with it (购房价: the
    purchase's), from the vocabulary (``pkg:datedByItsEvent``)."""
    found = load_vocabulary().concepts.get(topic.removeprefix(TOPIC_PREFIX))
    return bool(found and found.dated_by_its_event)


def is_measured(concept: str) -> bool:
    """Whether ``concept`` is a quantity counted in a unit other than yuan (TEU, 总吨, 平方米)."""
    return _measured_in(concept) is not None


def _measured_in(concept: str) -> str | None:
    """The unit of a quantity not counted in yuan (平方米), from the vocabulary (``pkg:measuredIn``)."""
    found = load_vocabulary().concepts.get(concept)
    return found.measured_in if found else None


def _stated_measure(text: str, dates: list[Found], concept: str, as_of: dt.date | None) -> list[StatedQuantity]:
    """A quantity in its own unit (办公用房1200平方米, 外贸集装箱吞吐量2.5万TEU, "30,000 gross tonnes": the units of
    ``ontology/cues/measure_units.yaml``): one figure, of the one year said or, said with no year, of ``as_of``'s; as
    many figures as years, in the order said ("25k TEU in 2019, 18k TEU in 2018"); an upper bound (不到1200平方米) or
    figures and years that do not pair give none, and so does a figure of a group or of another party
    (``not_own_measure``: 船队总运力30万总吨, 我们停靠的港口…250万TEU)."""
    unit = _measured_in(concept)
    figures = measures(text, unit) if unit else []
    if any(cue("at_most_before").search(text[:f.start]) or cue("at_most_after").match(text, f.end) for f in figures):
        return []
    if unit == SQUARE_METRES and cue("leased_space").search(text):  # 租了2000平方米: the office area is space bought
        return []
    if figures and not_own_measure().search(text):  # 船队总运力30万总吨, 停靠的港口…250万TEU: a group's, another's
        return []
    years = list(dict.fromkeys(found.value.year for found in sorted(dates, key=lambda d: d.start)
                               if isinstance(found.value, dt.date)))
    if len(figures) == 1 and len(years) <= 1 and (years or as_of is not None):
        year = years[0] if years else as_of.year if as_of else 0
        return [StatedQuantity(concept, year, Decimal(str(figures[0].value)))]
    if len(figures) == len(years) > 1:
        return [StatedQuantity(concept, year, Decimal(str(figure.value)))
                for year, figure in zip(years, figures, strict=True)]
    return []


def _held_at_a_moment(concept: str) -> bool:
    """A quantity the company holds at a moment (registered capital), not one it accrues over a year."""
    found = load_vocabulary().concepts.get(concept)
    return bool(found and found.held_at_a_moment)


def _own(text: str, found: list[Found]) -> list[Found]:
    """What was found in ``text`` itself: not the dates a clause carries from the clause before (集团去年营收50亿，|
    我们公司3亿 takes 去年 from it)."""
    return [item for item in found if text[item.start:item.end] == item.text]


def _blanked(text: str, found: list[Found]) -> str:
    """``text`` with what was found in it (dates, amounts) blanked, positions kept."""
    chars = list(text)
    for item in found:
        chars[item.start:item.end] = " " * (item.end - item.start)
    return "".join(chars)


def _gap(word: QuantityWord, value: Found) -> tuple[int, int]:
    """How far an amount is from a quantity word; on a tie the word before it wins (营收5000万、销售额4000万)."""
    return (value.start - word.end, 0) if word.end <= value.start else (word.start - value.end, 1)


def _by_year(text: str, values: list[Found], dates: list[Found], words: list[QuantityWord]
             ) -> list[tuple[int, Found]]:
    """Each amount with its year: as many years as amounts, in the order said; one amount and the last
    year said before it; one year and a figure said as a change (从4000万涨到5000万), the last amount;
    or one year, and the amount next to the quantity's label. None when no year is said or the pairing
    is not certain."""
    dated = [(found.start, found.value.year) for found in sorted(dates, key=lambda d: d.start)
             if isinstance(found.value, dt.date)]
    years = list(dict.fromkeys(year for _, year in dated))
    if not values or not years:
        return []
    if len(years) == len(values):
        return list(zip(years, values, strict=True))
    before = [year for start, year in dated if start < values[0].start]
    if len(values) == 1 and before:  # 2024年营收5000万，比2023年多: the year said before the amount
        return [(before[-1], values[0])]
    if len(years) == 1 and cue("from_one_figure").search(text[:values[0].start]):
        return [(years[0], values[-1])]  # 2024年营收从4000万增长到5000万: where it ended is the year's
    if len(years) == 1 and words:  # 2024年营收5000万、利润800万: the amount next to the label
        return [(years[0], min(values, key=lambda value: _gap(words[0], value)))]
    return []
