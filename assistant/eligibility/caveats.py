"""Rules the engine does not apply that could lower what a company gets: each becomes a caveat naming its sentence
(docs/eligibility.md §4, the table of subtypes)."""

from __future__ import annotations

from assistant.eligibility.actual_cost import ACTUAL_COST_CAP, APPLIED
from assistant.eligibility.ceilings import CEILING_SUBTYPES, extends_to_others
from assistant.eligibility.one_of_items import applied_rules
from assistant.eligibility.result import Benefit, Caveat
from assistant.eligibility.rules import PolicyRules
from assistant.kind_words import subtype_label
from ingest.model import Provision
from ingest.quantity_conditions import NEWLY_ESTABLISHED, newly_names_the_company

NOT_APPLIED = frozenset({"no_double_funding", "tax_contribution_cap", "actual_cost_cap", "top_up_difference",
                         "payment_stage"})
"""Subtypes the engine does not apply that can lower (or delay) what a company gets."""
NOT_APPLIED_WORDS = ("本测算未按此核减或扣除", "not applied in these figures")
EXTENDED_CEILING = ("该上限给予条文所述的另一类企业，本测算无法判断贵公司是否属于该类，未按此核减",
                    "this ceiling is given to a further group of companies the text names; whether the company "
                    "is one is not known, so it was not applied")
NOT_CHECKED_NEW = ("本测算未核实是否为新设立或新迁入", "whether it is newly established or newly relocated was not "
                   "checked")
UNREAD_SHARE = ("条文比例未能读出，本测算未按此核减", "the share could not be read, so it was not applied")


def _words(subtype: str, note: tuple[str, str]) -> tuple[str, str]:
    """The rule by its name in words (from the ontology's labels) and what the figures do not reflect."""
    return f"{subtype_label(subtype, 'zh')}：{note[0]}", f"{subtype_label(subtype, 'en')}: {note[1]}"


def _not_applied(rule: Provision) -> tuple[str, str] | None:
    """What a rule would do that the totals do not reflect; None when the engine applies it (or it cannot lower
    an amount: expert review, implementation rules, stay-or-refund…)."""
    subtype = rule.subtype or ""
    if subtype in CEILING_SUBTYPES:
        return _words(subtype, EXTENDED_CEILING) if extends_to_others(rule.quote) else None
    if subtype == "funding_share_cap":
        return _words(subtype, UNREAD_SHARE) if rule.rate is None else None
    if subtype == NEWLY_ESTABLISHED:  # on the company a requirement (newly_settled.py); on a platform, not checked
        return None if newly_names_the_company(rule.quote) else _words(subtype, NOT_CHECKED_NEW)
    return _words(subtype, NOT_APPLIED_WORDS) if subtype in NOT_APPLIED else None


def caveats(rules: PolicyRules, benefits: list[Benefit]) -> tuple[Caveat, ...]:
    """The caveats of the rules that govern a listed benefit (a rule of the whole policy governs them all)."""
    listed = {benefit.provision_id for benefit in benefits}
    applied = applied_rules(benefits)  # 第（一）、（二）项…不得兼得: the highest item was kept (one_of_items.py)
    found = []
    for rule in rules.rules:
        words = _not_applied(rule)
        if words is None or not listed or rule.id in applied or (rule.governs and not listed & set(rule.governs)):
            continue
        if rule.subtype == ACTUAL_COST_CAP and rule.governs and all(
                APPLIED in step.parameters for b in benefits if b.provision_id in rule.governs for step in b.trace
                if step.rule.startswith("amount.")):
            continue  # the spend was stated: the awards were held to it (actual_cost.py)
        found.append(Caveat(rule.id, rule.clause_path, rule.subtype or "", rule.quote, rule.span, *words))
    return tuple(found)
