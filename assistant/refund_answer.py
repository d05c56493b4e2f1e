"""Do we have to pay it back if we move? Answered from the policy's stay-or-refund obligation
in the graph (how many years, from when, what must be refunded) and, when the company is
known, from the engine: what it would have received and whether a planned move falls inside
the promised years."""

from __future__ import annotations

import re

from assistant.answer import obligation_sentence
from assistant.eligibility.result import EligibilityResult, Obligation
from assistant.eligibility.rules import PolicyRules
from assistant.format import cny_en, cny_zh
from assistant.report import citation
from ingest.model import Provision

REFUND_QUESTION = re.compile(r"退钱|退回|退还|要不要退|要退|退吗|多久不能(?:迁|搬)|"
                             r"(?:迁|搬)(?:走|离|出).*(?:吗|呢|？|\?)|pay (?:\w+ ){0,3}back|repay|refund|claw ?back|"
                             r"give (?:the )?(?:money|subsid\w*|funds?) back|how long (?:do|must) we stay|"
                             r"\bif we (?:leave|move out|move away|relocate)\b", re.IGNORECASE)
"""A question about leaving and refunding, rather than about what the company can get."""
_HOW_LONG = re.compile(r"多久|多长时间|几年|how long|how many years", re.IGNORECASE)
_ABOUT_LEAVING = re.compile(r"迁(?!入)|搬(?!入|到片区|进)|离开|撤出|\bmov(?:e|ing)\b(?! in)|\bleav(?:e|ing)\b|relocat",
                            re.IGNORECASE)
MOVING_IN = re.compile(r"迁入|搬入|搬进|落户|入驻|\bmov(?:e|ing) (?:in|into|to the)\b|\brelocat\w* (?:to|into) the\b",
                       re.IGNORECASE)
"""Moving into the area (如果从上海迁入片区): a question about what the company gets, not about refunds."""
"""Only a question about leaving is answered yes: the stay-or-refund rule is about leaving."""
STAY_OR_REFUND = "stay_or_refund"


def leaving_words(message: str) -> str | None:
    """The part of ``message`` that speaks of leaving (a date in it is the supposed departure)."""
    return next((part for part in re.split(r"[。；;！!？?，,\n]|\.\s", message) if _ABOUT_LEAVING.search(part)), None)


def asks_about_refunds(message: str) -> bool:
    """A question about leaving and refunding — not one about moving into the area."""
    return bool(REFUND_QUESTION.search(message)) and not MOVING_IN.search(message)


def refund_rule(rules: PolicyRules) -> Provision | None:
    """The policy's stay-or-refund obligation, if it has one."""
    return next((p for p in rules.rules if p.subtype == STAY_OR_REFUND and p.years), None)


def refund_text(rule: Provision, question: str, lang: str, result: EligibilityResult | None) -> str:
    """The rule in plain words with its sentence (a yes first when ``question`` asks about
    leaving, not how long); with the company's result, what is at stake and whether its
    planned move falls inside the promised years."""
    zh = lang == "zh"
    leaving = _ABOUT_LEAVING.search(question) and not _HOW_LONG.search(question)
    yes = ("会。" if zh else "Yes: ") if leaving else ""
    rule_words = obligation_sentence(_as_obligation(rule), lang) or ""
    lines = [f"{yes}{rule_words}{'。' if zh else '.'}", f"{citation(rule.clause_path)}“{rule.quote}”"]
    obligation = next((o for o in result.obligations if o.provision_id == rule.id), None) if result else None
    if obligation is not None and result is not None:
        lines.append(_company_line(obligation, result, zh))
    return "\n".join(line for line in lines if line)


def _company_line(obligation: Obligation, result: EligibilityResult, zh: bool) -> str:
    most = obligation.refund_exposure_max_cny
    if not result.benefits or not most:
        return ""
    amount = cny_zh(most) if zh else cny_en(most)
    since, moving, years = obligation.counted_from_year, obligation.planned_departure, obligation.years
    if obligation.departure_within_period and moving and since:
        return (f"按最晚享受支持的年份（{since}年）起算，{moving:%Y年}迁离在承诺的{years}年内：按目前测算，"
                f"须退回的扶持资金最多为{amount}。" if zh else
                f"Counted from the latest year support is enjoyed ({since}), leaving in {moving:%Y} falls within "
                f"the {years} years: on the facts so far, up to {amount} would have to be refunded.")
    if obligation.departure_within_period is False and moving and since:
        return (f"按最晚享受支持的年份（{since}年）起算，{moving:%Y年}迁离已在承诺的{years}年之后"
                f"（以实际享受年度为准）。" if zh else
                f"Counted from the latest year support is enjoyed ({since}), leaving in {moving:%Y} comes after the "
                f"{years} years (the actual years of payment decide).")
    return (f"按目前测算，贵公司可获得的扶持资金最多为{amount}，在承诺期内无正当理由迁离须全部退回。" if zh else
            f"On the facts so far, the support at stake is up to {amount}, all of it refundable if the company "
            f"leaves within that time without good reason.")


def _as_obligation(rule: Provision) -> Obligation:
    return Obligation(rule.id, rule.clause_path, rule.kind.value, rule.subtype, rule.quote, rule.span, None,
                      rule.years)
