"""Mining provisions from a clause's sentences.

Per sentence: amounts and rates are found with their spans; thresholds and budgets are set
aside; neighbouring amounts form lists that are aligned with tier labels; the words around
each amount (最高, 每年, 每项, 累计, 连续…年) decide its kind; rates take the ceilings that
follow them; the words before decide who benefits (vocabulary concepts), the level and the
round. Sentences of rules (validity, obligations, conditions, targets) are read by
:mod:`ingest.rules`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ingest import patterns as P
from ingest.beneficiaries import (
    Head,
    beneficiary,
    ceiling_party,
    find_head,
    phrase_rules,
    residual_party,
    role_holds,
    served_hits,
    whole_names,
)
from ingest.concepts import Concept, ConceptHit, Vocabulary
from ingest.draft import Draft
from ingest.model import Beneficiary, ProvisionKind
from ingest.money import FULLWIDTH_DIGITS, Mention, find_money, find_rates, numeral_value, parse_number, to_cny
from ingest.rate_ceiling import rate_floor
from ingest.recognised_as import level_after_recognised_as
from ingest.rules import rule_drafts
from ingest.structure import Sentence
from ingest.threshold_base import implied_base, threshold_base
from ingest.tiers import TierLabel, align_tiers, inline_tier, level_of_tier
from ontology.generic_payees import generic_payees, holding_roles

_RANGED = re.compile(r"[0-9０-９]\s*(?:万元|万|元)?\s*[—\-–~～至到]\s*[0-9０-９]")
"""A printed amount that is a range (5-10万元): a ceiling at its upper end."""

@dataclass(frozen=True)
class RateChoice(Mention):
    """Rates joined by 或 (按投资额的10%或20%): ``value`` is the higher, ``low`` the lower."""

    low: Decimal


_Item = tuple[Mention, bool, str | None, int, bool]
"""An amount or rate of a sentence: (mention, is a rate, unit printed after it, where it ends, is a threshold)."""


@dataclass(frozen=True)
class _Group:
    """Neighbouring amounts (or rates) of one list, with the unit printed after them."""

    mentions: tuple[Mention, ...]
    is_rate: bool
    unit: str | None
    labels: tuple[TierLabel, ...] | None = None
    """The party printed before each amount of a list (为甲类企业20万元、乙类企业10万元), when each has one."""

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end


@dataclass(frozen=True)
class _Context:
    text: str
    sentence: Sentence
    vocabulary: Vocabulary
    discretionary: bool
    assessed_from: int = 0
    """Where the sentence's discretion starts applying: 0 (to all its awards), or a word of discretion that opens a
    grant of its own after other awards (``patterns.DISCRETION_OPENS_GRANT``)."""
    clause_start: int | None = None
    """Where the text of the sentence's clause starts (categories it declares before:
    ``patterns.CATEGORY_DECLARATION``); None: the sentence alone."""

    def assessed(self, position: int) -> bool:
        """Whether the award at ``position`` is assessed (discretionary)."""
        return self.discretionary and position >= self.assessed_from


def _unit_after(text: str, end: int) -> tuple[str | None, int]:
    match = P.UNIT_SUFFIX.match(text, end)
    if not match:
        return None, end
    units = [u for u in text[end:match.end()].split("/") if u]
    return "/".join(units), match.end()


def closes_a_condition(text: str, mention: Mention, after: int, sentence: Sentence) -> bool:
    """到位注册资本1.7亿元人民币的，给予…: an amount closing a 的-phrase in a segment that grants nothing is what the
    payee must have (``patterns.CLOSES_A_CONDITION``)."""
    segment_start = _segment_start(text, mention.start, sentence.start)
    return bool(P.CLOSES_A_CONDITION.match(text[after:sentence.end])) \
        and not P.NO_AWARD_BEFORE.search(text, segment_start, mention.start)


def _is_threshold(text: str, mention: Mention, after: int, sentence: Sentence) -> bool:
    tail = text[after:sentence.end]
    head = text[max(sentence.start, mention.start - 4):mention.start]
    if P.CEILING_AFTER.match(tail):  # 给予600万元以内的运营费补贴: a ceiling, not a threshold
        return False
    if _bounds_the_party(text, mention, tail, sentence):
        return True  # 对年营业收入不超过2000万元的小微企业: a bound of the payee's quantity
    if closes_a_condition(text, mention, after, sentence):
        return True  # 到位注册资本1.7亿元人民币的，给予…: what the payee must have
    if P.STEP_BEFORE_AMOUNT.search(text, max(sentence.start, mention.start - 6), mention.start):
        return True  # 每超过1亿元，给予100万元: the step an award is counted per
    if P.BRACKET_AFTER.match(tail):  # 单笔投资额不超过500万元（含）的: a bracket of eligibility, unless granted
        return not P.NO_AWARD_BEFORE.search(text, _segment_start(text, mention.start, sentence.start), mention.start)
    if _award_floor(text, mention, tail, sentence):
        return False  # 每人每月补贴标准不低于40元: the award's floor, paid
    return bool(P.THRESHOLD_AFTER.match(tail) or P.THRESHOLD_BEFORE.search(head))


def _award_floor(text: str, mention: Mention, tail: str, sentence: Sentence) -> bool:
    """Whether 不低于 before an amount sets the award's floor, not the payee's threshold
    (``patterns.AWARD_FLOOR_BEFORE``): the award's word its subject or given after 标准, the figure followed by
    neither 的 nor a verb of the payee; when unsure, not a floor (a threshold, no award)."""
    segment_start = _segment_start(text, mention.start, sentence.start)
    floor = P.AWARD_FLOOR_BEFORE.search(text, segment_start, mention.start)
    if floor is None or P.AWARD_FLOOR_REFUSED.match(tail):
        return False
    least, most = P.AWARD_FLOOR_PLAUSIBLE
    if not least <= mention.value <= most:
        return False  # 不低于0元, 不低于99999999999999亿元: no sure amount
    if floor["grant"]:
        return not P.RECEIVED_BEFORE.search(text, segment_start, floor.start())
    return bool(P.AWARD_FLOOR_AFTER.match(tail))


def _floor_before(text: str, mention: Mention, sentence: Sentence) -> Mention | None:
    """The award's floor an amount is the ceiling of (不低于X元，最高不超过Y元: ``patterns.FLOOR_THEN_CEILING``)."""
    earlier = [m for m in find_money(text[sentence.start:mention.start], sentence.start) if m.end <= mention.start]
    if not earlier:
        return None
    floor = earlier[-1]
    _, after = _unit_after(text, floor.end)
    if not P.FLOOR_THEN_CEILING.match(text[after:mention.start]):
        return None
    tail = text[after:_segment_end(text, after, sentence.end)]
    return floor if _award_floor(text, floor, tail, sentence) else None


def _ceiling_after_floor(ctx: _Context, group: _Group) -> Mention | None:
    """The ceiling printed right after an award's floor (see ``_floor_before``)."""
    later = find_money(ctx.text[group.end:ctx.sentence.end], group.end)
    if not later or not P.AWARD_FLOOR_BEFORE.search(ctx.text, _segment_start(ctx.text, group.start,
                                                                             ctx.sentence.start), group.start):
        return None
    return later[0] if _floor_before(ctx.text, later[0], ctx.sentence) is not None else None


def _bounds_the_party(text: str, mention: Mention, tail: str, sentence: Sentence) -> bool:
    """Whether an amount bounds a quantity of the party a 对-phrase names (see ``patterns.BOUNDS_THE_PARTY``)."""
    if not P.BOUNDS_THE_PARTY.match(tail):
        return False
    segment_start = _segment_start(text, mention.start, sentence.start)
    return bool(P.BOUNDS_THE_PARTY_OPENER.match(text, segment_start, mention.start)) \
        and not P.NO_AWARD_BEFORE.search(text, segment_start, mention.start)


def _raised_from(text: str, mention: Mention, sentence: Sentence) -> bool:
    """The old figure of a rate or ceiling the policy raises (比例上限由50%提高至60%): no award
    (``patterns.RAISED_FROM``)."""
    return bool(P.RAISED_FROM.search(text, max(sentence.start, mention.start - 8), mention.start)
                and P.RAISED_FROM_AFTER.match(text, mention.end, sentence.end))


def _award_range(text: str, mention: Mention, after: int, sentence: Sentence) -> Mention | None:
    """The upper end of a range of amounts paid, spanning the range as printed (see ``patterns.AMOUNT_RANGE_LOW``)."""
    low = P.AMOUNT_RANGE_LOW.search(text, max(sentence.start, mention.start - 12), mention.start)
    if low is None or low.end() != mention.start or not P.AWARD_AFTER_RANGE.match(text, after, sentence.end):
        return None
    if P.RANGE_THRESHOLD_BEFORE.search(text, max(sentence.start, low.start() - 3), low.start()):
        return None
    return Mention(mention.value, low.start(), mention.end, text[low.start():mention.end])


def _segment_start(text: str, position: int, floor: int) -> int:
    """Start of the comma-segment that contains ``position``."""
    for index in range(position - 1, floor - 1, -1):
        if P.SEGMENT_BREAK.match(text[index]):
            return index + 1
    return floor


def _segment_end(text: str, position: int, ceiling: int) -> int:
    match = P.SEGMENT_BREAK.search(text, position, ceiling)
    return match.start() if match else ceiling


def _benefit_groups(ctx: _Context, excluded: list[tuple[int, int]]) -> list[_Group]:
    text, sentence = ctx.text, ctx.sentence
    if not P.GRANT.search(sentence.text) and not _table_header_grants(text, sentence) \
            and _ceiling_list_lead_in(text, sentence.start) is None:
        return []

    def outside(m: Mention) -> bool:
        return not any(s <= m.start < e for s, e in excluded)

    # (mention, is a rate, unit printed after it, where it ends, is a threshold)
    items: list[_Item] = []
    budget_end: int | None = None  # where the sentence's last budget word or budget amount ends
    for mention in find_money(sentence.text, sentence.start):
        unit, after = _unit_after(text, mention.end)
        if not outside(mention):
            continue
        seg = text[_segment_start(text, mention.start, sentence.start):mention.start]
        words = list(P.SENTENCE_BUDGET.finditer(text, sentence.start, mention.start))
        budget_end = max(budget_end or 0, words[-1].end()) if words else budget_end
        if budget_end is not None and not P.SHARE_GRANT.search(text, budget_end, mention.start):
            budget_end = mention.end
            continue  # …预算安排46.9亿元…，其中支持…40.2亿元，支持…6.7亿元: shares of the budget
        budget = list(P.BUDGET.finditer(seg))
        if budget and not P.BUDGET_THEN_GRANT.search(seg, budget[-1].end()):
            budget_end = mention.end
            continue
        if (P.BUDGET_SHARE.match(sentence.text) or P.BUDGET_SHARE.match(seg)) \
                and not P.GRANT_VERB.search(text, sentence.start, mention.start):
            budget_end = mention.end
            continue  # 其中，用于…建设资金 22 亿元: a share of the authority's budget
        if _raised_from(text, mention, sentence):
            continue  # 单个企业资助上限由200万元提高至500万元: the old ceiling
        ranged = _award_range(text, mention, after, sentence)
        if ranged is not None:
            items.append((ranged, False, unit, after, False))
            continue
        if _floor_before(text, mention, sentence) is not None:
            continue  # 补贴标准不低于X元，最高不超过Y元: the floor's own ceiling, read with the floor
        raised = bool(P.RAISED_TO.search(text, max(sentence.start, mention.start - 30), mention.start))
        items.append((mention, False, unit, after, not raised and _is_threshold(text, mention, after, sentence)))
    for mention in [*find_rates(sentence.text, sentence.start), *_matching_ratios(sentence)]:
        if not outside(mention):
            continue
        after_text = text[mention.end:mention.end + 3]
        if re.match(r"\s*[—\-–~～至到]\s*[0-9０-９]", after_text) or _raised_from(text, mention, sentence):
            continue  # the lower end of a range (5%—20%): read with its upper end; the old rate of a raised one
        low = P.RATE_RANGE_LOW.search(text, max(sentence.start, mention.start - 12), mention.start)
        if P.RAISED_TO.search(text, max(sentence.start, mention.start - 30), mention.start):
            pass  # 资助比例上限由50%提高至60%: the rate in force, no range
        elif low and low.end() == mention.start:  # 10%-15%: a range, paid from its lower end (docs: rate_min)
            mention = RateChoice(mention.value, low.start(), mention.end, text[low.start():mention.end],
                                 _range_low(low, mention))
        elif P.RATE_RANGE.search(text[max(sentence.start, mention.start - 2):mention.start]):
            continue
        head = text[max(sentence.start, mention.start - 4):mention.start]
        floor_paid = bool(P.RATE_FLOOR_AFTER.match(text, mention.end, sentence.end)
                          and P.RATE_FLOOR_BASE.search(text, max(sentence.start, mention.start - 24), mention.start))
        if P.RATE_THRESHOLD_BEFORE.search(head) or (
                P.RATE_THRESHOLD_AFTER.match(text, mention.end, sentence.end) and not floor_paid):
            continue  # 增长超过20%, 实缴30%后: a condition on who qualifies, not a share paid
        if P.SHARES_THE_PAYEE_PAYS.match(text, mention.end, sentence.end):
            continue  # 企业按X%、Y%比例支付设备款的: the payee's own payments
        if P.NOT_A_SHARE_PAID.search(text, _segment_start(text, mention.start, sentence.start), mention.start):
            continue  # 占股比例不超过20%: the equity taken
        items.append((mention, True, None, mention.end, False))
    ranges = [(m.start, m.end) for m, *_ in items if _RANGED.search(m.written)]
    items = [item for item in items if not any(  # 10万元—100万元: the lower end is read with the upper one
        start <= item[0].start and item[0].end < end for start, end in ranges)]
    items.sort(key=lambda item: item[0].start)
    items = _rate_choices(text, sentence, _without_instalments(text, sentence, items))

    runs: list[list[_Item]] = []
    labels: list[list[TierLabel] | None] = []
    for item in items:
        if runs:
            last = runs[-1][-1]
            joined = text[last[3]:item[0].start]
            if last[1] == item[1] and last[2] == item[2] and P.GROUP_JOINER.match(joined):
                runs[-1].append(item)
                labels[-1] = None
                continue
            party = _party_before(text, last[3], item[0].start) if not item[1] else None
            known = labels[-1]
            first = None if known or len(runs[-1]) > 1 else _party_before(
                text, _segment_start(text, runs[-1][0][0].start, sentence.start), runs[-1][0][0].start)
            if party and (known or first) and last[2] == item[2] and P.LABELLED_JOINER.match(joined) \
                    and not last[1] and not last[4] and not item[4]:
                runs[-1].append(item)  # 为甲类企业20万元、乙类企业10万元: a list, each amount after its party
                labels[-1] = [*(known or ([first] if first else [])), party]
                continue
        runs.append([item])
        labels.append(None)
    # one threshold makes its whole list thresholds: 投资额1000万元、5000万元以上
    return [_Group(tuple(m for m, *_ in run), run[0][1], run[0][2],
                   tuple(labelled) if labelled and len(labelled) == len(run) else None)
            for run, labelled in zip(runs, labels, strict=True) if not any(item[4] for item in run)]


def _party_before(text: str, start: int, end: int) -> TierLabel | None:
    """The party named right before an amount, at the end of ``text[start:end]`` (see ``ceiling_by_party`` in
    ``ingest/data/beneficiary_phrases.yaml``)."""
    found = ceiling_party(text[start:end])
    if found is None:
        return None
    label, at = found
    return TierLabel(label, start + at, start + at + len(label))


def _ceiling_list_lead_in(text: str, position: int) -> re.Match[str] | None:
    """The lead-in of a list of ceilings by kind that ``position`` is in (``patterns.CEILING_LIST_LEAD_IN``): on the
    same line before it, with no sentence ended (。) between."""
    line_start = text.rfind("\n", 0, position) + 1
    found = list(P.CEILING_LIST_LEAD_IN.finditer(text, line_start, position))
    if not found or "。" in text[found[-1].end():position]:
        return None
    return found[-1]


def _kind_in_list(ctx: _Context, local: str, seg_start: int) -> str | None:
    """The kind a ceiling of a list after a lead-in is printed after (``patterns.KIND_BEFORE_CEILING``; with no word
    between when the lead-in prints the ceiling once, ``patterns.KIND_BEFORE_AMOUNT``)."""
    lead_in = _ceiling_list_lead_in(ctx.text, seg_start)
    if lead_in is None:
        return None
    match = P.KIND_BEFORE_CEILING.match(local) or (P.KIND_BEFORE_AMOUNT.match(local) if lead_in["ceiling"] else None)
    return "".join(match["label"].split()) if match else None


def _ceiling_of_the_list(text: str, position: int) -> bool:
    """Whether the amount at ``position`` is in a list whose lead-in prints its ceiling once (不超过以下标准：)."""
    lead_in = _ceiling_list_lead_in(text, position)
    return lead_in is not None and lead_in["ceiling"] is not None


def _table_header_grants(text: str, sentence: Sentence) -> bool:
    """Whether a pipe-table row's table grants something by its header row (| 级别 | 奖励金额 |)."""
    if not sentence.text.startswith("|"):
        return False
    header = sentence.start
    while True:
        previous = text.rfind("\n", 0, max(header - 1, 0))
        line = text[previous + 1:header - 1] if header > 0 else ""
        if not line.lstrip().startswith("|"):
            break
        header = previous + 1
    row_end = text.find("\n", header)
    return bool(P.GRANT.search(text[header:row_end if row_end >= 0 else len(text)]))


def _matching_ratios(sentence: Sentence) -> list[Mention]:
    """Matching ratios as rates: 按1:1配套 → 1, 按1:0.5的比例 → 0.5, 全额补助 → 1."""
    found = []
    for match in P.MATCHING_RATIO.finditer(sentence.text):
        if match["times"] is not None:
            value = parse_number(match["times"])
        elif match["a"] is None:
            value = Decimal(1)
        else:
            a, b = (Decimal(match[n].translate(FULLWIDTH_DIGITS)) for n in ("a", "b"))
            if a == 0:
                continue
            value = b / a
        found.append(Mention(value, sentence.start + match.start(), sentence.start + match.end(), match[0].strip()))
    return found


_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _range_low(low: re.Match[str], high: Mention) -> Decimal:
    """The lower end of a range of rates (``patterns.RATE_RANGE_LOW``) as a share, in the unit of its upper end
    when it prints none (3—15%: 0.03); never above the upper end."""
    per_mille = "‰" in (low["sign"] or high.written)
    value = Decimal(low["low"].translate(_FULL_WIDTH)) / (1000 if per_mille else 100)
    return min(value, high.value)


def _rate_choices(text: str, sentence: Sentence, items: list[_Item]) -> list[_Item]:
    """Rates joined by 或 (see ``patterns.RATE_CHOICE``): one rate from the lower to the upper end (a range),
    spanning the choice as printed."""
    if P.RATE_CHOICE_RESPECTIVE.search(sentence.text):
        return items
    merged: list[_Item] = []
    for item in items:
        last = merged[-1] if merged else None
        if last is not None and last[1] and item[1] and P.RATE_CHOICE.match(text[last[3]:item[0].start]):
            low, high = last[0], item[0]
            value, least = max(low.value, high.value), min(low.value, high.value)
            merged[-1] = (RateChoice(value, low.start, high.end, text[low.start:high.end], least), True, None,
                          high.end, False)
            continue
        merged.append(item)
    return merged


def _without_instalments(text: str, sentence: Sentence, items: list[_Item]) -> list[_Item]:
    """Amounts after an award stated before them that are its instalments (6万元，分三年拨付，第一年3万元…)."""
    kept: list[_Item] = []
    for item in items:
        before = text[_segment_start(text, item[0].start, sentence.start):item[0].start]
        staged = P.INSTALMENT.search(before) or P.PAYMENT_STAGE.search(text, sentence.start, item[0].start)
        if staged and any(not other[1] and not other[4] for other in kept) and not item[1]:
            continue
        kept.append(item)
    return kept


def _concepts(ctx: _Context, start: int, end: int) -> list[ConceptHit]:
    """Qualifications named in ``text[start:end]``: whole names only, not the party served."""
    hits = whole_names(ctx.text, ctx.vocabulary.find(ctx.text, "qualifications", start, end),
                       ctx.sentence.start)
    served = served_hits(ctx.text, hits, ctx.sentence.start)
    return [hit for hit in hits if hit not in served]


def _beneficiary(ctx: _Context, subject: tuple[int, int], amount_start: int) -> Beneficiary | None:
    if P.RESIDUAL_PART.match(ctx.text, subject[0]):  # …，其他Y企业给予…: its own party, not the part before's
        label = residual_party(ctx.text, subject[0], amount_start)
        if label:
            return Beneficiary(label=label)  # induced, as printed with 其他
    head = find_head(ctx.sentence.text, ctx.sentence.start, amount_start, ctx.vocabulary)
    if head is None:
        return None
    hits = whole_names(ctx.text, ctx.vocabulary.find(ctx.text, "qualifications", *subject), ctx.sentence.start)
    serves = tuple(sorted({h.concept.id for h in served_hits(ctx.text, hits, ctx.sentence.start)}))
    paid = beneficiary(head, ctx.vocabulary, serves)
    held = role_holds(ctx.sentence.text, head, ctx.vocabulary) if paid.label in holding_roles() else None
    return replace(paid, holds=held) if held else paid


def _unique(concepts: list[Concept]) -> list[Concept]:
    return list({c.id: c for c in concepts}.values())


def _nearest_concepts(ctx: _Context, floor: int, end: int) -> list[Concept]:
    """Concepts of the nearest comma-segment before ``end`` (not before ``floor``) naming any."""
    position = end
    while position > floor:
        start = _segment_start(ctx.text, position, floor)
        hits = _concepts(ctx, start, end)
        if hits:
            return _unique([h.concept for h in hits if h.start >= start])
        position = start - 1
    return []


def _level(ctx: _Context, start: int, end: int) -> str | None:
    """The one level named in ``text[start:end]`` outside concept names, if exactly one."""
    masked = [(h.start, h.end) for h in _concepts(ctx, start, end)]
    masked += [(h.start, h.end) for h in ctx.vocabulary.find(ctx.text, "base_quantities",
                                                              start, end)]
    found = [hit for hit in ctx.vocabulary.find(ctx.text, "levels", start, end)
             if not any(s <= hit.start < e for s, e in masked) and not P.FISCAL_SHARE.match(ctx.text, hit.end)]
    listed = {id(hit) for pair in itertools.pairwise(found)
              if P.LEVEL_LIST_JOINER.match(ctx.text[pair[0].end:pair[1].start]) for hit in pair}
    levels = [hit for hit in found if id(hit) not in listed and (
        (ctx.vocabulary.names_a_level_alone(hit) and _recognised_level(ctx.text, hit.start, hit.end, start))
        or _level_of_a_standard(ctx.text, hit.start, hit.end, start))]
    distinct = {hit.concept.id for hit in levels}
    return levels[-1].concept.id if len(distinct) == 1 else None


def _elided_standard_level(ctx: _Context, subject: tuple[int, int]) -> str | None:
    """The level of the standard an earlier part of the sentence names, for a part that sets it without naming it
    (``patterns.STANDARD_ELIDED``)."""
    if not P.STANDARD_ELIDED.search(ctx.text, subject[0], subject[1]) or subject[0] <= ctx.sentence.start:
        return None
    named = {hit.concept.id for hit in ctx.vocabulary.find(ctx.text, "levels", ctx.sentence.start, subject[0])
             if P.STANDARD_AFTER_LEVEL.match(ctx.text, hit.end)}
    return named.pop() if len(named) == 1 else None  # 国家标准、行业标准…，对参与制定的: either, no one level


def _level_of_a_standard(text: str, start: int, end: int, floor: int) -> bool:
    """Whether a level word names the level of a standard the payee sets (``patterns.SETS_A_STANDARD``)."""
    return text.startswith("标准", end) and bool(P.SETS_A_STANDARD.search(text, max(floor, start - 6), start))


def _recognised_level(text: str, start: int, end: int, floor: int) -> bool:
    """Whether a level word names the level of a recognition (see ``patterns.LEVEL_OF_RECOGNITION``)."""
    before = text[max(floor, start - 4):start]
    if "级" not in text[start:end]:
        return bool(P.BARE_LEVEL_OF_RECOGNITION.search(before))
    if P.LEVEL_IN_NAME.match(text, end):
        return False
    return text[start:end].endswith("的") or text.startswith("的", end) or bool(P.LEVEL_OF_RECOGNITION.search(before)) \
        or bool(level_after_recognised_as().search(before)) \
        or bool(P.APPROVED_TO_BUILD.search(text, max(floor, start - 8), start)) \
        or bool(P.SETTLED_BEFORE_LEVEL.search(text, max(floor, start - 10), start))


def _round(text: str) -> str | None:
    if P.ROUND_RENEWAL.search(text):
        return "renewal"
    if P.ROUND_FIRST.search(text):
        return "first"
    return None


def _merge_concepts(primary: list[Concept], inherited: list[Concept]) -> list[str]:
    """Primary concepts, then inherited ones whose group the primary ones do not name."""
    groups = {c.group for c in primary}
    merged = [c.id for c in primary]
    merged += [c.id for c in inherited if c.group not in groups]
    return list(dict.fromkeys(merged))


def _subject_start(ctx: _Context, first_group_start: int) -> int:
    starts = [m.start() for m in P.SUBJECT_START.finditer(ctx.sentence.text)
              if ctx.sentence.start + m.start() < first_group_start]
    return ctx.sentence.start + starts[-1] if starts else ctx.sentence.start


def _own_subject(ctx: _Context, subject: tuple[int, int], floor: int, group_start: int) -> tuple[int, int]:
    """The subject of the part of the sentence an amount is in: a later ``对…`` part names its own.

    对新认定的X级企业技术中心给予100万元奖励，对首次通过贯标认证的企业，给予10万元奖励: the second award's
    qualifications, level and payee come from 对首次通过贯标认证的企业, never from the technology centre before it; so
    does a later part opening with the all-others party (…Y企业认定的企业…不超过50万元，其他企业…不超过20万元:
    ``patterns.RESIDUAL_PART``).
    """
    if floor <= subject[0]:
        return subject
    opened = [m.start() for m in P.SUBJECT_START.finditer(ctx.text, floor, group_start)
              if not P.SUBJECT_REFERS_BACK.match(ctx.text, m.start())]
    opened = sorted(opened + [m.end() for m in P.RESIDUAL_PART.finditer(ctx.text, floor, group_start)])
    return (opened[-1], group_start) if opened else subject


def _base_quantity(ctx: _Context, start: int, end: int) -> str | None:
    hits = [hit for hit in ctx.vocabulary.find(ctx.text, "base_quantities", start, end)
            if not P.BASE_IN_THRESHOLD.match(ctx.text, hit.end)]
    hits = [hit for hit in hits
            if P.BASE_BEFORE.search(ctx.text, max(start, hit.start - 4), hit.start)
            or _the_payees_own(ctx, max(start, hit.start - 4), hit.start)
            or _level_right_before(ctx, hit.start)
            or (P.BASE_AFTER_CEILING.search(ctx.text, max(start, hit.start - 4), hit.start)
                and P.BASE_THEN_RATE.match(ctx.text, hit.end))]
    return hits[-1].concept.id if hits else None


def _the_payees_own(ctx: _Context, start: int, position: int) -> bool:
    """Whether a party named right before a base's label at ``position`` is the payee or the payee's own
    (按照项目总投入的30% for a project paid; 按项目服务费用 for the unit carrying it out), not a party the sentence
    pays for bringing in (引荐奖按项目注册资本实缴额): the base is then the payee's quantity
    (``patterns.BASE_OF_A_PARTY``)."""
    return bool(P.BASE_OF_A_PARTY.search(ctx.text, start, position)) and not P.INTRODUCES_A_PARTY.search(
        ctx.sentence.text)


def _level_right_before(ctx: _Context, position: int) -> bool:
    """Whether a level of the vocabulary ends right before ``position`` (按市级奖励金额的50%: the whole base)."""
    return any(not ctx.text[hit.end:position].strip()
               for hit in ctx.vocabulary.find(ctx.text, "levels", max(0, position - 5), position))


def _years_before(ctx: _Context, position: int) -> int | None:
    """Years of a multi-year award said before its amount in the sentence (连续5年, 期限为3年)."""
    paired = bool(P.FIRST_PERIOD.search(ctx.sentence.text))
    found = [m for m in P.YEARS_BEFORE.finditer(ctx.text, ctx.sentence.start, position)
             if m["side"] != "后" or paired]  # 后3年 is a period only after a 前2年 (see patterns.YEARS_BEFORE)
    if not found:
        return None
    from ingest.money import parse_number

    return int(parse_number(found[-1]["n"] or found[-1]["period"] or found[-1]["within"]))


def _years_given_after(ctx: _Context, position: int) -> int | None:
    """The years a share is paid, said right after it (see ``patterns.YEARS_GIVEN_AFTER``)."""
    match = P.YEARS_GIVEN_AFTER.match(ctx.text, position, ctx.sentence.end)
    return int(parse_number(match["n"] or match["m"])) if match else None


def _years_right_before(ctx: _Context, position: int) -> int | None:
    """The years printed right before a share (see ``patterns.YEARS_RIGHT_BEFORE_RATE``)."""
    match = P.YEARS_RIGHT_BEFORE_RATE.search(ctx.text, ctx.sentence.start, position)
    return int(parse_number(match[0].strip().removesuffix("年").removesuffix("个"))) if match else None


def _support_years(ctx: _Context) -> int | None:
    """The years a sum counted per period is paid (see ``patterns.SUPPORT_YEARS``)."""
    match = P.SUPPORT_YEARS.search(ctx.sentence.text)
    if not match:
        return None
    from ingest.money import parse_number

    return int(parse_number(match["n"] or match["n2"] or match["n3"] or match["n4"] or match["n5"] or match["n6"]))


def _years_after(text: str, start: int, end: int) -> int | None:
    match = P.YEARS_AFTER.search(text, start, end)
    if not match:
        return None
    from ingest.money import parse_number

    return int(parse_number(match["n"]))


def _new_drafts(ctx: _Context, group: _Group, subject: tuple[int, int], floor: int) -> list[
        Draft]:
    """Drafts for the amounts or rates of one group (one per tier)."""
    text = ctx.text
    seg_start = _segment_start(text, group.start, floor)
    local = text[seg_start:group.start]
    subject_concepts = [h.concept for h in _concepts(ctx, *subject)]
    local_concepts = _nearest_concepts(ctx, floor, group.start)
    n = len(group.mentions)
    tiers = align_tiers(text, ctx.vocabulary, ctx.sentence.start, group.start, n) if n > 1 \
        else None
    if n > 1 and P.RESPECTIVELY.search(text, ctx.sentence.start, group.start) \
            and (tiers is None or _ordinal_years_each(ctx, group.start) is not None):
        tiers = _declared_categories(ctx, group.start, n) or tiers  # 分为引领类、培育类…第一年分别给予…
    single_tier = (inline_tier(local, ctx.vocabulary) or _listed_label(ctx, local, seg_start)
                   or _kind_in_list(ctx, local, seg_start) or _band_step(ctx, local)) if n == 1 else None
    level_local = _level(ctx, seg_start, group.start) or _level(ctx, *subject) or _elided_standard_level(ctx, subject)
    round_ = _round(local) or _round(text[subject[0]:subject[1]])
    paid = _beneficiary(ctx, subject, group.start)
    head = find_head(ctx.sentence.text, ctx.sentence.start, group.start, ctx.vocabulary) if tiers else None
    drafts = []
    prize_level: str | None = None
    for index, mention in enumerate(group.mentions):
        draft = Draft(ProvisionKind.FIXED, ctx.sentence, discretionary=ctx.assessed(mention.start),
                      round=round_, residual=bool(P.RESIDUAL.search(local)),
                      written={"rate" if group.is_rate else "amount": mention.written},
                      beneficiary=paid)
        tier_concepts: list[Concept] = []
        if tiers:
            label = tiers[index]
            draft.tier = "".join(label.text.removesuffix("的").split())  # 至 5000万元: a line break is no part of it
            tier_concepts = [h.concept for h in ctx.vocabulary.find(label.text,
                                                                    "qualifications")]
            decided, tier_level_id = level_of_tier(label.text, ctx.vocabulary)
            if decided and label.start > 0 and ctx.text[label.start - 1] in "“\"「":
                decided, tier_level_id = True, None  # “辽宁省100强”: a level inside a quoted name is none
            if index == 0 and decided and P.PRIZE_WITH_GRADE.search(label.text):
                prize_level = tier_level_id  # 四川省专利奖特等奖、一等奖…: the grades after it are the same prize's
            draft.level = tier_level_id if decided else (prize_level or level_local)
            if head is not None and head.start <= label.start and label.end <= head.end \
                    and label.text.strip("”\"」 ").endswith(phrase_rules().party_endings):
                # 对…国家级专精特新“小巨人”企业、省隐形冠军企业…分别给予: each item of the payee list is paid its amount
                draft.beneficiary = beneficiary(Head(label.text, label.start, label.end, head.form), ctx.vocabulary)
        elif single_tier:
            draft.tier = single_tier
            tier_level = [h for h in ctx.vocabulary.find(single_tier, "levels") if h.start == 0]  # not 珠三角地区
            draft.level = tier_level[0].concept.id if tier_level else level_local
        else:
            draft.level = level_local
        primary = tier_concepts + [c for c in local_concepts
                                   if c.group not in {t.group for t in tier_concepts}]
        draft.qualifications = _merge_concepts(primary, subject_concepts)
        if group.is_rate:
            draft.kind = ProvisionKind.RATE_WITH_CAP
            draft.rate = mention.value
            draft.rate_min = mention.low if isinstance(mention, RateChoice) else \
                rate_floor(text, ctx.sentence.start, mention.start)  # 按不超过…30%: nothing of it sure
            base_from = text.rfind("按", subject[0], group.start)
            draft.base_quantity = (_base_quantity(ctx, max(base_from, subject[0]), group.start)
                                   or _base_quantity(ctx, *subject)
                                   or threshold_base(text, ctx.vocabulary, ctx.sentence.start, group.start)
                                   or implied_base(text, mention.end))
            once = bool(P.WHOLE_BASE.search(text, max(subject[0], group.start - 16), group.start)
                        or P.ONE_OFF_IN_THE_YEAR.search(ctx.sentence.text))  # 可享受50%贷款利息的一次性贴息
            yearly = not once or bool(P.YEARLY_SHARE.search(ctx.sentence.text))
            # a share of a whole spent once takes no years said beside it (按设备购置金额的20%…，连续支持2年: paid once,
            # not twice its ceiling), unless the sentence pays it by the year
            draft.years = (_years_before(ctx, group.start) or _years_after(text, group.end, ctx.sentence.end)
                           or _support_years(ctx) or _years_right_before(ctx, group.start)
                           or _years_given_after(ctx, group.end)) if yearly else None
        drafts.append(draft)
    return _per_level_of_the_base(ctx, group, drafts)


def _per_level_of_the_base(ctx: _Context, group: _Group, drafts: list[Draft]) -> list[Draft]:
    """One rate paid by each level its base lists after 分别 (``patterns.RATE_OVER_LEVELS``): a copy per level."""
    if len(drafts) != 1 or not group.is_rate or drafts[0].tier is not None:
        return drafts
    listed = P.RATE_OVER_LEVELS.search(ctx.text, ctx.sentence.start, group.start)
    if listed is None:
        return drafts
    items = [(item.strip(), at) for item, at in _split_list(listed["list"], listed.start("list"))]
    levels = [ctx.vocabulary.find(item, "levels") for item, _ in items]
    if len(items) < 2 or not all(len(hits) == 1 for hits in levels):
        return drafts
    first = drafts[0]
    return [replace(first, tier=item, level=hits[0].concept.id, qualifications=list(first.qualifications),
                    written=dict(first.written), governed=list(first.governed))
            for (item, _), hits in zip(items, levels, strict=True)]


def _declared_categories(ctx: _Context, position: int, n: int) -> list[TierLabel] | None:
    """The ``n`` categories the clause declares before ``position`` (``patterns.CATEGORY_DECLARATION``), the last
    declaration of that many."""
    start = ctx.sentence.start if ctx.clause_start is None else min(ctx.clause_start, ctx.sentence.start)
    found = None
    for match in P.CATEGORY_DECLARATION.finditer(ctx.text, start, position):
        items = [(item.strip(), at) for item, at in _split_list(match["list"], match.start("list"))]
        if len(items) == n and all(len(item) >= 2 for item, _ in items):
            found = [TierLabel(item, at, at + len(item)) for item, at in items]
    return found


def _split_list(words: str, offset: int) -> list[tuple[str, int]]:
    items, cursor = [], 0
    for joiner in P.LIST_ITEM_JOINER.finditer(words):
        items.append((words[cursor:joiner.start()], offset + cursor))
        cursor = joiner.end()
    items.append((words[cursor:], offset + cursor))
    return items


def _ordinal_years_each(ctx: _Context, position: int) -> int | None:
    """How many years a 第二、三年…每年 before ``position`` in the sentence names
    (``patterns.EACH_YEAR_OF_ORDINALS``)."""
    found = list(P.EACH_YEAR_OF_ORDINALS.finditer(ctx.text, ctx.sentence.start, position))
    if not found:
        return None
    words = found[-1]["list"]
    ordinals = [numeral_value(o) for o in P.ORDINAL.findall(words)]
    if P.ORDINAL_RANGE.search(words) and len(ordinals) == 2:
        return ordinals[1] - ordinals[0] + 1 if ordinals[1] > ordinals[0] else None
    return len(ordinals)


def _band_step(ctx: _Context, local: str) -> str | None:
    """The band of the payee's figure a step of a scale printed segment by segment opens with (see
    ``patterns.BAND_SEGMENT``), when the sentence prints enough such steps."""
    match = P.BAND_SEGMENT.match(local)
    if match is None:
        return None
    steps = 0
    for segment in P.SEGMENT_BREAK.split(ctx.sentence.text):
        head = next(iter(find_money(segment, 0)[-1:]), None)
        steps += bool(head and P.BAND_SEGMENT.match(segment[:head.start]))
    return "".join(match["label"].split()) if steps >= P.BAND_SEGMENT_STEPS else None


def _listed_label(ctx: _Context, local: str, seg_start: int) -> str | None:
    """The label a segment of a list after 其中 opens its amount with (see ``patterns.SEGMENT_LABEL``)."""
    if not P.LISTED_AFTER.search(ctx.text, ctx.sentence.start, seg_start + len(local)):
        return None
    match = P.SEGMENT_LABEL.match(local)
    return match["label"] if match else None


def _per(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    if match["thing"]:
        return f"个{match['thing']}"
    if match["bare"]:
        return "个"
    return (match["unit"] or match["item"] or match["model"] or match["one"]).strip()


def _counted(ctx: _Context, position: int) -> str | None:
    """The unit counted before the first amount after it (see ``patterns.PER_COUNTED``): 家, or 30件 when it counts
    more than one."""
    found = list(P.PER_COUNTED.finditer(ctx.text, ctx.sentence.start, position))
    if not found or find_money(ctx.text[found[-1].end():position]):
        return None
    from ingest.money import parse_number

    n = int(parse_number(found[-1]["n"]))
    return found[-1]["unit"] if n == 1 else f"{n}{found[-1]['unit']}"


def _amount_step(ctx: _Context, position: int) -> str | None:
    """The step of money an amount is counted per, printed right before it (see ``patterns.AMOUNT_STEP``): 亿元, or
    5000万元 when the step is more than one."""
    step = P.AMOUNT_STEP.search(ctx.text, ctx.sentence.start, position)
    if step is None:
        scales = list(P.STEP_SCALE.finditer(ctx.text, ctx.sentence.start, position))
        between = ctx.text[scales[0].end():position] if scales else ""
        if scales and not P.STEP_SCALE_ENDS.search(between) and \
                len(find_money(between)) == sum(1 for _ in scales[1:]):  # only the other steps' figures between
            return f"{scales[0]['n']}{scales[0]['unit']}级台阶"
        return None
    return step["unit"] if step["n"] in ("1", "１") else f"{step['n']}{step['unit']}"


def _per_item(before: str) -> str | None:
    """The item a ceiling opening its segment counts per (，单个药品奖励金额最高 → 药品)."""
    match = P.PER_ITEM_CEILING.match(before)
    return (match["item"] or match["measure"]) if match else None


def _yearly_before(before: str, sentence: str) -> bool:
    """Whether the words before an amount make it yearly: 每年, or 年度 unless a one-off follows it
    (``patterns.ONE_OFF_IN_THE_YEAR``) and the sentence states no years of support (``patterns.SEVERAL_YEARS_PAID``)."""
    return any(match.group() != "年度" or not P.ONE_OFF_IN_THE_YEAR.search(before, match.end())
               or P.SEVERAL_YEARS_PAID.search(sentence)
               for match in P.ANNUAL_BEFORE.finditer(before))


def _classify_amount(ctx: _Context, draft: Draft, group: _Group, value: int, floor: int) -> None:
    text = ctx.text
    seg_start = _segment_start(text, group.start, floor)
    before = text[seg_start:group.start]
    after = text[group.end:_segment_end(text, group.end, ctx.sentence.end)]
    ceiling = bool(P.CEILING.search(before) or P.CEILING_AFTER.match(after)) or any(
        _RANGED.search(m.written) for m in group.mentions) or _ceiling_of_the_list(text, group.start)
    annual = bool(_yearly_before(before, ctx.sentence.text) or P.ANNUAL_AFTER.match(after) or group.unit == "年"
                  or P.ANNUAL_IN_SENTENCE.search(text, ctx.sentence.start, group.start))
    per_match = P.PER_UNIT_BEFORE.search(before)
    per = (group.unit if group.unit and group.unit != "年" else _per(per_match) or _counted(ctx, group.start)
           or _amount_step(ctx, group.start))
    yearly_item = False
    if per is None and ceiling:
        corresponding = P.CORRESPONDING_UNIT.search(before)
        per = corresponding["unit"] if corresponding else _per_item(before)
        item = None if corresponding else P.PER_ITEM_CEILING.match(before)
        yearly_item = bool(item and item["yearly"])  # 单个项目年度贴息额度不超过: each item's yearly ceiling
    if per is None and P.MONTHLY.search(before):
        per = "月"  # 每月提供2000元的租房补贴
    if per and per_match and not group.unit:
        per = _with_period(per, per_match, before)  # 每平方米每月最高40元: per 平方米/月; 每人每年3000元: 人/年
    if per and (per == "月" or per.endswith(("/月", "/年"))):
        draft.years = _support_years(ctx)
    printed = draft.written.pop("amount")
    draft.written["cap" if ceiling else "unit" if per else "amount"] = printed
    if not ceiling and P.AWARD_FLOOR_BEFORE.search(before):  # 补贴标准不低于X元: the award's floor, its most open
        most = _ceiling_after_floor(ctx, group)
        if most is not None and not per and not annual:
            draft.cap_cny, draft.written["cap"] = to_cny(most.value), most.written
        draft.written["floor"] = printed
    if per:
        draft.per = per
        if ceiling:
            draft.kind, draft.cap_cny = (ProvisionKind.ANNUAL_UP_TO if yearly_item else ProvisionKind.UP_TO), value
            if yearly_item:  # 单个项目年度贴息额度不超过100万元，贴息期限不超过3年: each item's yearly ceiling, 3 years
                draft.years = (_years_after(text, group.end, ctx.sentence.end) or _years_before(ctx, group.start)
                               or _support_years(ctx))
        else:
            draft.kind, draft.unit_amount_cny = ProvisionKind.PER_UNIT, value
    elif annual:
        draft.kind = ProvisionKind.ANNUAL_UP_TO if ceiling else ProvisionKind.ANNUAL
        if ceiling:
            draft.cap_cny = value
        else:
            draft.amount_cny = value
        draft.years = (_years_after(text, group.end, ctx.sentence.end) or _years_before(ctx, group.start)
                       or _ordinal_years_each(ctx, group.start) or _support_years(ctx))
    elif ceiling:
        draft.kind, draft.cap_cny = ProvisionKind.UP_TO, value
    else:
        draft.kind, draft.amount_cny = ProvisionKind.FIXED, value


@dataclass
class _RateState:
    """Rates waiting for the ceilings that follow them in the sentence."""

    templates: list[Draft]
    capped: list[Draft]


def _attach_ceiling(ctx: _Context, state: _RateState, group: _Group, floor: int) -> list[Draft]:
    """Apply a ceiling group to the open rates; returns the new drafts it creates."""
    text = ctx.text
    seg_start = _segment_start(text, group.start, floor)
    before = text[seg_start:group.start]
    values = [to_cny(m.value) for m in group.mentions]
    local = _nearest_concepts(ctx, floor, group.start)
    residual = bool(P.RESIDUAL.search(before))
    party = None if group.labels or residual else _party_before(text, seg_start, group.start)
    if party is not None and "".join(party.text.split()) in generic_payees():
        party = None  # …，企业最高不超过200万元: the payee's own total, not a party of its own
    if state.capped and not local and not residual and not party and len(values) == 1:
        # a second ceiling on the same rate (最高5万元/次 … 年度最高50万元) caps the total
        for draft in state.capped:
            draft.cumulative_cap_cny = values[0]
            draft.written["cumulative"] = group.mentions[0].written
        return []
    labels: list[TierLabel | None]
    if group.labels and len(state.templates) == 1:  # 最高50%，为甲类企业20万元、乙类企业10万元: a row per party
        templates, mentions, labels = ([state.templates[0]] * len(group.mentions), list(group.mentions),
                                       list(group.labels))
    else:
        templates = state.templates
        mentions = (list(group.mentions) if len(group.mentions) == len(state.templates)
                    else [group.mentions[0]] * len(state.templates))
        labels = [None] * len(templates)
    created = []
    for template, mention, label in zip(templates, mentions, labels, strict=True):
        inherited = [ctx.vocabulary[q] for q in template.qualifications]
        draft = replace(template, cap_cny=to_cny(mention.value), residual=residual,
                        qualifications=_merge_concepts(local, inherited),
                        written={**template.written, "cap": mention.written},
                        per=_rate_ceiling_per(ctx, group, before))
        named = label or party
        if label is not None:
            draft.tier = "".join(label.text.split())
        if named is not None:  # the party this ceiling is for is the one it pays
            draft.beneficiary = beneficiary(Head(named.text, named.start, named.end, "ceiling_by_party"),
                                            ctx.vocabulary)
        created.append(draft)
    state.capped.extend(created)
    return created


def _with_period(per: str, per_match: re.Match[str], before: str) -> str:
    """A unit counted per period too, the period printed after or before it (每平方米每月 → 平方米/月, 每人每年最高 →
    人/年: ``patterns.PER_PERIOD_AFTER``, ``PER_PERIOD_BEFORE``)."""
    period = P.PER_PERIOD_AFTER.match(before, per_match.end()) or P.PER_PERIOD_BEFORE.search(
        before, 0, per_match.start())
    return f"{per}/{period['period']}" if period else per


def _rate_ceiling_per(ctx: _Context, group: _Group, before: str) -> str | None:
    """The unit a rate's ceiling counts per (see ``patterns.RATE_CEILING_ITEM``), with its period (每人每年最高不超过
    50万元 → 人/年)."""
    each = P.EACH_UNIT_AFTER.match(ctx.text, group.end, ctx.sentence.end)
    if each:
        return each["unit"]
    item = P.RATE_CEILING_ITEM.search(ctx.text, ctx.sentence.start, group.start)
    unit = P.PER_UNIT_BEFORE.search(before)
    counted = _per(unit)
    return (group.unit or (_with_period(counted, unit, before) if counted and unit else None)
            or _per_item(before) or (item["item"] if item else None))


def _benefit_drafts(ctx: _Context, excluded: list[tuple[int, int]]) -> list[Draft]:
    groups = _benefit_groups(ctx, excluded)
    if not groups:
        return []
    text = ctx.text
    subject_from = _subject_start(ctx, groups[0].start)
    first_after_subject = next((g.start for g in groups if g.start >= subject_from),
                               groups[0].start)
    subject = (subject_from, first_after_subject)
    drafts: list[Draft] = []
    rates: _RateState | None = None
    last_per_unit: Draft | None = None
    open_units: list[Draft] = []  # the amounts per unit since the last other amount, a project's total may bound
    last_per_ceiling: Draft | None = None
    floor = ctx.sentence.start

    periods: list[Draft] = []  # rates with no ceiling paid over a period of years (前2年…80%)

    def close_rates() -> None:
        if rates is not None and not rates.capped:
            drafts.extend(rates.templates)  # a rate with no ceiling stated
            periods.extend(d for d in rates.templates if d.years is not None)

    last_ceilings: list[Draft] = []  # the ceilings of the group just read, which a share after them may bound too
    for group in groups:
        subject = _own_subject(ctx, subject, floor, group.start)
        previous_ceilings, last_ceilings = last_ceilings, []
        if group.is_rate:
            if _second_bound(ctx, group, previous_ceilings, floor, subject):
                floor = group.end
                continue
            close_rates()
            rates = _RateState(_new_drafts(ctx, group, subject, floor), [])
            floor = group.end
            continue
        before = text[_segment_start(text, group.start, floor):group.start]
        ceiling = bool(P.CEILING.search(before))
        if rates is not None and ceiling:
            if P.PERIOD_CAP.search(before) and len(group.mentions) == 1 and all(d.years for d in rates.templates):
                for earlier in periods:  # …后3年…50%，每年最高奖励不超过5000万元: each period's yearly ceiling
                    earlier.cap_cny = to_cny(group.mentions[0].value)
                    earlier.written["cap"] = group.mentions[0].written
                periods.clear()
            drafts.extend(_attach_ceiling(ctx, rates, group, floor))
            floor = group.end
            last_per_unit, open_units = None, []
            continue
        if last_per_ceiling is not None and len(group.mentions) == 1 and ceiling and P.PAYEE_CAP.search(before):
            last_per_ceiling.cumulative_cap_cny = to_cny(group.mentions[0].value)  # 单个产品…，单个企业…最高
            last_per_ceiling.written["cumulative"] = group.mentions[0].written
            last_per_ceiling = None
            floor = group.end
            continue
        if last_per_unit is not None and len(group.mentions) == 1 and (
                P.CUMULATIVE.search(before) or ceiling):
            item = _per_item(before)  # 单个项目…最高: the project's total of every amount per unit before it
            for draft in (open_units if item else [last_per_unit]):
                draft.kind = ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP
                draft.cumulative_cap_cny = to_cny(group.mentions[0].value)
                draft.cumulative_per = item
                draft.written["cumulative"] = group.mentions[0].written
            last_per_unit, open_units = None, []
            floor = group.end
            continue
        new = _new_drafts(ctx, group, subject, floor)
        for draft, mention in zip(new, group.mentions, strict=True):
            _classify_amount(ctx, draft, group, to_cny(mention.value), floor)
        drafts.extend(new)
        per_units = [d for d in new if d.kind is ProvisionKind.PER_UNIT]
        last_per_unit = per_units[-1] if len(per_units) == 1 else None
        open_units = [*open_units, *per_units] if last_per_unit is not None else []
        per_ceilings = [d for d in new if d.kind is ProvisionKind.UP_TO and d.per]
        last_per_ceiling = per_ceilings[-1] if len(per_ceilings) == 1 else None
        last_ceilings = new if all(d.kind in (ProvisionKind.UP_TO, ProvisionKind.ANNUAL_UP_TO) for d in new) else []
        floor = group.end
    close_rates()
    return drafts


def _segment_has_amount(text: str, start: int, end: int) -> bool:
    """Whether the comma-delimited segment of ``text`` around ``[start, end)`` prints an amount of money."""
    left = max((m.end() for m in P.SEGMENT_BREAK.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in P.SEGMENT_BREAK.finditer(text, end)), len(text))
    return bool(find_money(text[left:right], 0))


def _named_award(ctx: _Context, start: int = 0) -> re.Match[str] | None:
    """An award named with no figure (see ``patterns.NAMED_AWARD``), from ``start`` in the sentence."""
    text = ctx.sentence.text
    for match in [*P.NAMED_AWARD.finditer(text, start), *P.NAMED_AWARD_OBTAINED.finditer(text, start)]:
        segment = text[_segment_start(text, match.start(), 0):match.start()]
        if not P.NAMED_AWARD_NOT.search(match["what"]) and not P.FORMULA_BEFORE.search(segment):
            return match
    return None


def _case_by_case(ctx: _Context, has_benefit: bool, states_obligation: bool) -> list[Draft]:
    text = ctx.sentence.text
    match = P.CASE_BY_CASE.search(text) or (None if states_obligation else _named_award(ctx))
    if has_benefit:  # only a later party's support with no figure (…给予1:1配套，对获批Y级平台，可“一事一议”…)
        later = [m for m in P.SUBJECT_START.finditer(text, 1)
                 if _FIGURE.search(text, 0, m.start()) and not _FIGURE.search(text, m.end())]
        match = P.CASE_BY_CASE.search(text, later[0].end()) if later and _grants_of_its_own(
            text, later[0].start(), len(text)) else None
    if not match:
        return []
    if P.EXCLUSION.search(text):
        return []  # 已享受一事一议的，不再享受: an exclusion, not a benefit
    if P.INSTALMENT_SHARES.search(text):
        return []  # 分别按应奖励额的30%、30%和40%对企业进行奖励: the stages of an award, no award of its own
    if P.LEAD_IN.search(text):
        return []  # 按以下标准给予支持： the benefits are the items that follow
    drafts: list[Draft] = []
    while match is not None:
        draft = _case_draft(ctx, match)
        if draft is not None:
            drafts.append(draft)
        # another party after it with support of its own (给予服务平台房租减免等支持，对迁入的…企业给予一次性奖励)
        part = P.SUBJECT_START.search(text, match.end())
        if part is None:
            break
        match = P.CASE_BY_CASE.search(text, part.end()) or (
            None if states_obligation else _named_award(ctx, part.end()))
    return drafts


def _case_draft(ctx: _Context, match: re.Match[str]) -> Draft | None:
    """The case-by-case provision of one support named with no figure (``_case_by_case``), or None when its words
    are no support of their own."""
    text = ctx.sentence.text
    if _segment_has_amount(text, match.start(), match.end()):
        return None  # 每年安排最高100万元经费予以支持: a number in its own segment (a budget, a threshold) is no case
    segment = text[_segment_start(text, match.start(), 0):match.end()]
    if P.NO_DOUBLE.search(segment):
        return None  # 按照“从高不重复”的原则予以支持: how awards combine (no_double_funding), no support of its own
    subject_from = _subject_start(ctx, ctx.sentence.start + match.start())
    concepts = _unique([h.concept for h in _concepts(ctx, subject_from, ctx.sentence.start
                                                     + match.start())])
    return Draft(ProvisionKind.CASE_BY_CASE, ctx.sentence, discretionary=ctx.discretionary,
                 qualifications=[c.id for c in concepts],
                 beneficiary=_beneficiary(ctx, (subject_from, ctx.sentence.start + match.start()),
                                          ctx.sentence.start + match.end()),  # 对X给予相应政策支持: X before 给予
                 level=_level(ctx, subject_from, ctx.sentence.start + match.start()))


_FIGURE = re.compile(r"[0-9０-９]")


def _grants_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether the 对-part ``text[start:end]``, printed with no figure after an award, grants support of its own
    (对获批Y级平台，可“一事一议”给予支持; 对运营成效突出的，经综合评估后择优支持) — not the payment or the amount
    of the award before it (对建设期满的，经综合评估合格后分三年拨付; 对其运行情况，经综合评估后确定支持额度: that
    award stays assessed)."""
    if P.SUBJECT_REFERS_BACK.match(text, start):
        return False  # 对其… / 对该…: the party (and award) before it, named again
    if not P.LATER_GRANT_OF_ITS_OWN.search(text, start, end) or P.LATER_GRANT_IS_THE_REST.search(text, start, end):
        return False  # 对建设期满的，经综合评估合格后给予后续补助: the same award, paid after a review
    if P.CASE_BY_CASE.search(text, start, end):
        return True
    named = P.NAMED_AWARD.search(text, start, end)
    return named is not None and not P.NAMED_AWARD_NOT.search(named["what"])


def _assessed_from(text: str, sentence: Sentence) -> int:
    """Where a sentence's discretion applies from (see ``_Context.assessed_from``)."""
    match = P.DISCRETION.search(sentence.text)
    if match is None:
        return 0
    at = sentence.start + match.start()
    parts = [m.start() for m in P.SUBJECT_START.finditer(text, sentence.start + 1, at)]
    if (parts and _FIGURE.search(text, sentence.start, parts[-1]) and not _FIGURE.search(text, parts[-1], sentence.end)
            and _grants_of_its_own(text, parts[-1], sentence.end)):
        return sentence.end  # …给予1:1配套，对获批Y级平台，可“一事一议”: the discretion is a later party's, no award's
    if not P.DISCRETION_OPENS_GRANT.match(sentence.text, match.end()):
        return 0
    # an award before it, and one after it that the discretion opens (奖励资金视情给予: the award before is assessed)
    return at if find_money(text[sentence.start:at], sentence.start) and find_money(
        text[at:sentence.end], at) else 0


def _second_bound(ctx: _Context, group: _Group, ceilings: list[Draft], floor: int, subject: tuple[int, int]) -> bool:
    """Turn the ceilings of the group before a rate into that rate's rows when the rate bounds the same award
    (``patterns.SECOND_BOUND_RATE``); whether it did. A ceiling naming no payee takes the one the sentence names
    before the rate (产业类、要素类社会组织每年每家支持金额不超过200万元，不超过…的50%)."""
    seg_start = _segment_start(ctx.text, group.start, floor)
    if not ceilings or len(group.mentions) != 1 or not P.SECOND_BOUND_RATE.match(ctx.text[seg_start:group.start]):
        return False
    mention = group.mentions[0]
    base = _base_quantity(ctx, seg_start, group.start)
    paid = _beneficiary(ctx, subject, group.start)
    for draft in ceilings:
        draft.beneficiary = draft.beneficiary or paid
        draft.kind = ProvisionKind.RATE_WITH_CAP
        draft.rate = mention.value
        draft.base_quantity = base
        draft.written["rate"] = mention.written
        if draft.years is None:
            draft.years = _years_after(ctx.text, group.end, ctx.sentence.end) or _support_years(ctx)
    return True


_TOTAL_CAPS = ("funding_share_cap", "tax_contribution_cap", "enterprise_annual_cap", "article_cap")
"""Conditions that cap what awards add up to."""


def sentence_drafts(text: str, sentence: Sentence, vocabulary: Vocabulary,
                    target_context: int | None, clause_start: int | None = None) -> list[Draft]:
    """All provisions one sentence states (see :func:`ingest.rules.rule_drafts`); ``clause_start``: where the text of
    its clause starts, for what the clause declares before it."""
    ctx = _Context(text, sentence, vocabulary, bool(P.DISCRETION.search(sentence.text)),
                   _assessed_from(text, sentence), clause_start)
    rules, excluded = rule_drafts(text, sentence, vocabulary, target_context)
    if target_context is not None and rules:
        return rules
    benefits = _benefit_drafts(ctx, excluded)
    # an obligation, or a ceiling on what the awards it names add up to (…与给予高级管理人员奖励两项合计最多不超过
    # …的20%), names no award of its own
    rule_only = any(rule.kind is ProvisionKind.OBLIGATION or rule.subtype in _TOTAL_CAPS for rule in rules)
    return rules + benefits + _case_by_case(ctx, bool(benefits), rule_only)
