"""Do we have to pay it back if we move? Answered from the policy's stay-or-refund obligation
in the graph (how many years, from when, what must be refunded) and, when the company is
known, from the engine: what it would have received and whether a planned move falls inside
the promised years."""

from __future__ import annotations

import re

from assistant.answer import cny_en
from assistant.eligibility.result import EligibilityResult, Obligation
from assistant.eligibility.rules import PolicyRules
from assistant.format import cny_zh
from assistant.report import citation
from ingest.model import Provision

REFUND_QUESTION = re.compile(r"退钱|退回|退还|要不要退|要退|退吗|多久不能(?:迁|搬)|(?:迁|搬)(?:走|离|出).*(?:吗|？|\?)|"
                             r"pay (?:\w+ ){0,3}back|repay|refund|claw ?back|"
                             r"give (?:the )?(?:money|subsid\w*|funds?) back|how long (?:do|must) we stay",
                             re.IGNORECASE)
_HOW_LONG = re.compile(r"多久|多长时间|几年|how long|how many years", re.IGNORECASE)
"""A question about leaving and refunding, rather than about what the company can get."""
STAY_OR_REFUND = "stay_or_refund"


def refund_rule(rules: PolicyRules) -> Provision | None:
    """The policy's stay-or-refund obligation, if it has one."""
    return next((p for p in rules.rules if p.subtype == STAY_OR_REFUND and p.years), None)


def refund_text(rule: Provision, question: str, lang: str, result: EligibilityResult | None) -> str:
    """The rule in plain words with its sentence (a yes first, unless ``question`` asks how
    long); with the company's result, what is at stake and whether its planned move falls
    inside the promised years."""
    zh = lang == "zh"
    yes = "" if _HOW_LONG.search(question) else ("会。" if zh else "Yes. ")
    head = (f"{yes}享受本政策支持的单位须书面承诺在本区持续经营{rule.years}年以上；无正当理由迁离的，"
            f"应退回已获得的扶持资金。" if zh else
            f"{yes}A company that receives this support must commit in writing to operate here for "
            f"{rule.years} years; leaving without good reason means refunding the support received.")
    lines = [head, f"{citation(rule.clause_path)}“{rule.quote}”"]
    obligation = next((o for o in result.obligations if o.provision_id == rule.id), None) if result else None
    if obligation is not None and result is not None:
        lines.append(_company_line(obligation, result, zh))
    return "\n".join(line for line in lines if line)


def _company_line(obligation: Obligation, result: EligibilityResult, zh: bool) -> str:
    most = obligation.refund_exposure_max_cny
    if not result.benefits or not most:
        return ""
    amount = cny_zh(most) if zh else cny_en(most)
    if obligation.departure_within_period and obligation.planned_departure:
        return (f"贵公司计划于{obligation.planned_departure}迁离，在承诺的{obligation.years}年内：按目前测算，"
                f"须退回的扶持资金最多为{amount}。" if zh else
                f"Your planned move on {obligation.planned_departure} falls within the {obligation.years} years: "
                f"on the facts so far, up to {amount} would have to be refunded.")
    if obligation.departure_within_period is False and obligation.planned_departure:
        return (f"贵公司计划于{obligation.planned_departure}迁离，已在承诺的{obligation.years}年之后。" if zh else
                f"Your planned move on {obligation.planned_departure} comes after the {obligation.years} years.")
    return (f"按目前测算，贵公司可获得的扶持资金最多为{amount}，在承诺期内无正当理由迁离须全部退回。" if zh else
            f"On the facts so far, the support at stake is up to {amount}, all of it refundable if the company "
            f"leaves within that time without good reason.")
