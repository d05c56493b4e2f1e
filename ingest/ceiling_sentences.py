"""A sentence of ceilings only, right after a rate with none: the rate's ceiling, or a tier of the rate (针对X，…).

See ``patterns.TIER_OPENER`` and docs/provision-model.md (``rate_with_cap``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ingest import patterns as P
from ingest.draft import Draft
from ingest.model import ProvisionKind

_CEILINGS = (ProvisionKind.UP_TO, ProvisionKind.ANNUAL_UP_TO)


@dataclass
class TieredRates:
    """The rates of a clause that a sentence 针对X，… has capped: each later such sentence is a copy of them."""

    templates: list[Draft] = field(default_factory=list)


def _capped(draft: Draft, cap: Draft, cumulative: Draft | None, tier: str | None) -> Draft:
    draft.cap_cny, draft.per = cap.cap_cny, cap.per or draft.per
    draft.written["cap"] = cap.written.get("cap", "")
    if cumulative is not None:
        draft.cumulative_cap_cny = cumulative.cap_cny
        draft.written["cumulative"] = cumulative.written.get("cap", "")
    elif cap.cumulative_cap_cny is not None:  # 单项最高300万元，单个企业年度最高3000万元: read with the first already
        draft.cumulative_cap_cny = cap.cumulative_cap_cny
        draft.written["cumulative"] = cap.written.get("cumulative", "")
    if tier is not None:
        draft.tier = tier
    return draft


def _ceiling_offset(sentence: str, printed: str) -> int:
    """Where the ceiling's figure stands: the first printing of it with a ceiling word (``patterns.CEILING``) before
    it in its own segment — 投资额应不低于120万元，每家企业每年补助总额不超过120万元 prints it first as a threshold —
    else its first printing (-1 when not printed)."""
    if not printed:
        return -1
    at = sentence.find(printed)
    while at >= 0:
        segment = P.SEGMENT_BREAK.split(sentence[:at])[-1]
        if P.CEILING.search(segment):
            return at
        at = sentence.find(printed, at + 1)
    return sentence.find(printed)


def _payee_total(sentence: str, ceiling: Draft, open_rates: list[Draft], tier: str | None) -> list[Draft]:
    """A ceiling on one payee's total (see ``patterns.ONE_PAYEE``) after several open rates is also a condition over
    them (each rate singly never exceeds it, their sum neither): ``enterprise_annual_cap`` when it speaks of a year
    (单个企业年度最高补助200万元), else ``article_cap`` over all years (单个企业最高补助200万元). Only the words up
    to the ceiling's amount say whose ceiling it is: 原则上单个项目最高配套额度为500万元，每个研发机构每年可申请一项
    caps each project, and the payee named after it is counted, not capped."""
    at = _ceiling_offset(sentence, ceiling.written.get("cap", ""))
    before = sentence[:at] if at >= 0 else sentence  # 单个项目最高500万元，每个机构每年可申请一项: a count after it
    if len(open_rates) < 2 or tier is not None or not P.ONE_PAYEE.search(before):
        return []
    subtype = "enterprise_annual_cap" if P.A_YEARS_TOTAL.search(before) else "article_cap"
    return [Draft(ProvisionKind.CONDITION, ceiling.sentence, subtype=subtype, cap_cny=ceiling.cap_cny,
                  written={"cap": ceiling.written.get("cap", "")}, governed=list(open_rates))]


def ceilings_of_rates(sentence: str, drafts: list[Draft], open_rates: list[Draft], tiered: TieredRates) -> list[Draft]:
    """The sentence's drafts less the ceilings it gives to the open rates of its clause (changed in place), plus the
    rows of a further tier (copies of the rates it tiers)."""
    monetary = [d for d in drafts if d.kind.monetary]
    if not monetary or len(monetary) > 2 or any(d.kind not in _CEILINGS for d in monetary) \
            or P.GIVES.search(sentence) or P.NAMES_A_PAYEE.search(sentence):
        return drafts
    if any(d.tier or d.residual for d in monetary) or (
            len(monetary) == 2 and not (P.PAYEE_TOTAL.search(sentence) or P.CUMULATIVE.search(sentence))):
        return drafts  # X级最高100万元，Y级最高50万元: ceilings by tier, not one ceiling and a total
    opener = P.TIER_OPENER.match(sentence)
    tier = "".join(opener["tier"].split()) if opener else None
    cap, cumulative = monetary[0], monetary[1] if len(monetary) == 2 else None
    rest = [d for d in drafts if all(d is not m for m in monetary)]
    if open_rates:
        rest += _payee_total(sentence, cumulative or cap, open_rates, tier)
        for rate in open_rates:
            _capped(rate, cap, cumulative, tier)
        tiered.templates = [replace(rate, written=dict(rate.written)) for rate in open_rates] if tier else []
        open_rates.clear()
        return rest
    if tier is not None and tiered.templates:
        return rest + [_capped(replace(t, written=dict(t.written)), cap, cumulative, tier) for t in tiered.templates]
    return drafts
