"""Sentences that state rules rather than amounts: validity, obligations, conditions, targets."""

from __future__ import annotations

import re
from datetime import date

from ingest import patterns as P
from ingest.beneficiaries import Head, beneficiary
from ingest.concepts import Vocabulary
from ingest.draft import Draft
from ingest.excluded_kinds import excluded_kind_drafts
from ingest.model import ProvisionKind
from ingest.money import find_money, parse_number, parse_percent, to_cny
from ingest.required_recognitions import required_recognition_drafts
from ingest.structure import Sentence


def _date(match: re.Match[str], name: str) -> date | None:
    """The date a match prints; a month with no day is its first day (从 2022 年 6 月起 → 2022-06-01)."""
    try:
        return date(int(match[f"{name}_y"]), int(match[f"{name}_m"]), int(match[f"{name}_d"] or 1))
    except ValueError:
        return None


def add_years(start: date, years: int) -> date:
    """The last day of a period of ``years`` years that begins on ``start`` (the day before
    the anniversary; 2024-02-29 + 1 year ends on 2025-02-28)."""
    year = start.year + years
    try:
        anniversary = date(year, start.month, start.day)
    except ValueError:  # 29 February in a year that has none
        anniversary = date(year, 3, 1)
    return date.fromordinal(anniversary.toordinal() - 1)


def _validity(sentence: Sentence) -> Draft | None:
    start = (P.VALID_FROM.search(sentence.text) or P.VALID_FROM_RANGE.search(sentence.text)
             or P.VALID_FROM_ONWARD.search(sentence.text))
    until = P.VALID_UNTIL.search(sentence.text)
    whole_year = P.VALID_WHOLE_YEAR.search(sentence.text)
    if whole_year:
        year = int(whole_year["year"])
        return Draft(ProvisionKind.VALIDITY, sentence, valid_from=date(year, 1, 1), valid_until=date(year, 12, 31))
    years_only = P.VALID_YEAR_RANGE.search(sentence.text)
    if years_only and not start and not until:
        first, last = int(years_only["from_y"]), int(years_only["until_y"])
        if first <= last:
            return Draft(ProvisionKind.VALIDITY, sentence, valid_from=date(first, 1, 1),
                         valid_until=date(last, 12, 31), years=last - first + 1)
    if not start and not (until and P.VALID_SAYS_WHEN.search(sentence.text)):
        return None
    valid_from = _date(start, "from") if start else None
    valid_until = _date(until, "until") if until else None
    years = None
    if valid_until is None and valid_from is not None:
        span = P.VALID_YEARS.search(sentence.text)
        if span:
            years = int(parse_number(span["n"]))
            valid_until = add_years(valid_from, years)
    if valid_from is None and valid_until is None:
        return None
    return Draft(ProvisionKind.VALIDITY, sentence, valid_from=valid_from, valid_until=valid_until, years=years)


def _obligations(sentence: Sentence) -> list[Draft]:
    stay = P.STAY_YEARS.search(sentence.text)
    if stay and (P.REFUND.search(sentence.text) or P.COMMITMENT.search(sentence.text)):
        return [Draft(ProvisionKind.OBLIGATION, sentence, subtype="stay_or_refund",
                      years=int(parse_number(stay["n"] or stay["n2"])))]
    if P.COMPLIANCE.search(sentence.text):
        return [Draft(ProvisionKind.OBLIGATION, sentence, subtype="compliance")]
    return []


def _list_total(text: str, sentence: Sentence, payee_cap: re.Match[str] | None, vocabulary: Vocabulary
                ) -> tuple[Draft, tuple[int, int]] | None:
    """A payee's total ceiling heading a list (see ``patterns.LIST_AFTER``): a ``list_total`` placeholder, and the
    span it used, that the pipeline gives to the unit sums of the clause as their cumulative ceiling."""
    if payee_cap is None:
        return None
    after = sentence.start + payee_cap.end()
    amounts = [m for m in find_money(text[after:sentence.end], after) if m.start - after <= 8]
    if not amounts or P.SEGMENT_BREAK.search(text, after, amounts[0].start):
        return None
    unit_end = amounts[0].end + (1 if text[amounts[0].end:amounts[0].end + 1] == "元" else 0)
    if not P.LIST_AFTER.match(text, unit_end):
        return None
    who = Head(payee_cap["who"], sentence.start + payee_cap.start("who"), sentence.start + payee_cap.end("who"),
               "payee_cap")
    draft = Draft(ProvisionKind.CONDITION, sentence, subtype="list_total", cap_cny=to_cny(amounts[0].value),
                  written={"cap": amounts[0].written}, beneficiary=beneficiary(who, vocabulary))
    return draft, (sentence.start + payee_cap.start(), amounts[0].end)


def _conditions(text: str, sentence: Sentence, vocabulary: Vocabulary) -> tuple[
        list[Draft], list[tuple[int, int]]]:
    drafts: list[Draft] = []
    excluded: list[tuple[int, int]] = []
    body = sentence.text
    if P.IMPLEMENTATION_RULES.search(body) and P.PUBLISHED_SEPARATELY.search(body):
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype="implementation_rules"))
    if P.EXPERT_REVIEW.search(body):
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype="expert_review"))
    elif P.APPROVAL_REVIEW.search(body):
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype="approval_review"))
    if P.ACTUAL_COST_CAP.search(body):
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype="actual_cost_cap"))
    if P.TOP_UP.search(body):
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype="top_up_difference"))
    share = P.SHARE_CAP.search(body)
    if share and any(m.start() <= share.start("rate") < m.end() for m in P.AWARD_INSTALMENT.finditer(body)):
        share = None  # 预拨总额不超过资助金额的80%: an instalment of the award, no cap on funding
    if share:
        base_start = sentence.start + share.start("base")
        bases = vocabulary.find(text, "base_quantities", base_start,
                                sentence.start + share.end("base"))
        rate = parse_percent(share["rate"])
        base = bases[-1].concept.id if bases else None
        contribution = base == "tax_contribution" or bool(P.CONTRIBUTION.search(share["base"]))
        subtype = "tax_contribution_cap" if contribution else "funding_share_cap"
        governed = vocabulary.find(text, "qualifications", sentence.start,
                                   sentence.start + share.start())
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype=subtype, rate=rate,
                            base_quantity=base, written={"rate": share["rate"]},
                            qualifications=list(dict.fromkeys(h.concept.id for h in governed))))
        excluded.append((sentence.start + share.start(), sentence.start + share.end()))
    clause_cap = P.CLAUSE_CAP.search(body)
    if clause_cap:
        amounts = find_money(body[clause_cap.end():], sentence.start + clause_cap.end())
        if amounts and amounts[0].start == sentence.start + clause_cap.end():
            drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype="article_cap",
                                cap_cny=to_cny(amounts[0].value),
                                written={"cap": amounts[0].written}))
            excluded.append((sentence.start + clause_cap.start(), amounts[0].end))
    period_total = P.PERIOD_TOTAL_CAP.search(body)
    if period_total:  # 支持周期一般不超过3年，支持总金额不超过2000万元: the sum of the period's awards
        amounts = find_money(body[period_total.end():], sentence.start + period_total.end())
        if amounts and amounts[0].start == sentence.start + period_total.end():
            drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype="article_cap",
                                cap_cny=to_cny(amounts[0].value), written={"cap": amounts[0].written}))
            excluded.append((sentence.start + period_total.start(), amounts[0].end))
    above = P.ABOVE_CAP.search(body)
    if above:
        amounts = find_money(body[above.end():], sentence.start + above.end())
        if amounts and amounts[0].start == sentence.start + above.end() and P.ABOVE_CAP_AFTER.match(
                text, amounts[0].end + (1 if text[amounts[0].end:amounts[0].end + 1] == "元" else 0)):
            drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype="article_cap",
                                cap_cny=to_cny(amounts[0].value), written={"cap": amounts[0].written}))
            excluded.append((sentence.start + above.start(), amounts[0].end))
    payee_cap = P.PAYEE_CAP.search(body)
    if payee_cap and any(start < sentence.start + payee_cap.end() and sentence.start + payee_cap.start() < end
                         for start, end in excluded):
        payee_cap = None  # 申请人年度获得本项资助的总金额不超过…: read once, as the clause's ceiling
    heads_list = _list_total(text, sentence, payee_cap, vocabulary)
    if heads_list is not None:
        drafts.append(heads_list[0])
        excluded.append(heads_list[1])
    # 对…机构，每个机构最高资助 names its payee: a grant, not a ceiling on grants made elsewhere
    elif payee_cap and not P.GIVES.search(body) and not P.SUBJECT_START.search(body) and not P.BASE_LIMIT.search(body):
        amounts = find_money(body, sentence.start)
        between = text[sentence.start + payee_cap.end():amounts[0].start] if len(amounts) == 1 else "，"
        if len(between) <= 8 and not P.SEGMENT_BREAK.search(between):  # 最高资助或奖励 500 万元
            drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype="enterprise_annual_cap",
                                cap_cny=to_cny(amounts[0].value), written={"cap": amounts[0].written}))
            excluded.append((sentence.start + payee_cap.start(), amounts[0].end))
    for limit in P.BASE_LIMIT.finditer(body):  # 单个企业纳入计算规模的金额不超过3000万元: a limit on the base, no award
        amounts = find_money(body[limit.end():], sentence.start + limit.end())
        if amounts and not P.SEGMENT_BREAK.search(text, sentence.start + limit.end(), amounts[0].start):
            excluded.append((sentence.start + limit.start(), amounts[0].end))
    stage = P.PAYMENT_STAGE.search(body)
    shares = list(P.INSTALMENT_SHARES.finditer(body))
    instalments = list(P.AWARD_INSTALMENT.finditer(body))  # 先期拨付资助资金总额的50%: a stage, no rate
    excluded += [(sentence.start + m.start(), sentence.start + m.end()) for m in instalments]
    first_stage = bool(instalments) and (len(instalments) > 1 or bool(P.FIRST_STAGE.search(body)))
    if stage or shares or first_stage or P.INSTALMENT_STAGES.search(body) or P.PAYMENT_MODE.search(body):
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype="payment_stage"))
    if stage:
        excluded.append((sentence.start + stage.start(), sentence.start + stage.end()))
    excluded += [(sentence.start + share.start(), sentence.start + share.end()) for share in shares]
    if P.NO_DOUBLE.search(body):
        drafts.append(Draft(ProvisionKind.CONDITION, sentence, subtype="no_double_funding",
                            discretionary=bool(P.DISCRETION.search(body))))
    return drafts, excluded


def _targets(text: str, sentence: Sentence, context_start: int) -> list[Draft]:
    years = list(P.TARGET_YEAR.finditer(text, context_start, sentence.end))
    year = int(years[-1]["year"]) if years else None
    drafts = []
    for match in P.TARGET_FIGURE.finditer(sentence.text):
        value = parse_number(match["num"])
        unit = match["unit"]
        draft = Draft(ProvisionKind.TARGET, sentence, value=value, unit=unit, year=year,
                      written={"value": match[0].removeprefix("达到").strip()})
        if unit.endswith("元"):
            draft.amount_cny = to_cny(parse_number(match["num"] + unit[:-1]) if unit != "元"
                                      else value)
        drafts.append(draft)
    return drafts


def rule_drafts(text: str, sentence: Sentence, vocabulary: Vocabulary,
                target_context: int | None) -> tuple[list[Draft], list[tuple[int, int]]]:
    """Rule provisions of a sentence, and the spans whose numbers they have used.

    ``target_context`` is where the enclosing targets section's text starts, or None when
    the sentence is not in a section of targets.
    """
    if target_context is not None:
        targets = _targets(text, sentence, target_context)
        if targets:
            return targets, [(sentence.start, sentence.end)]
    drafts: list[Draft] = []
    excluded: list[tuple[int, int]] = []
    validity = _validity(sentence)
    if validity:
        drafts.append(validity)
        excluded.append((sentence.start, sentence.end))
    drafts += _obligations(sentence)
    drafts += excluded_kind_drafts(sentence)  # 第十条资助范围不含X企业
    drafts += required_recognition_drafts(sentence, vocabulary)  # 其首次被评为世界企业500强的: asked of the payee
    conditions, spans = _conditions(text, sentence, vocabulary)
    return drafts + conditions, excluded + spans
