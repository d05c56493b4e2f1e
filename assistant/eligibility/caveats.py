"""Rules the engine does not apply that could lower what a company gets: each becomes a caveat naming its sentence
(docs/eligibility.md §4, the table of subtypes)."""

from __future__ import annotations

from assistant.eligibility.ceilings import CEILING_SUBTYPES, extends_to_others
from assistant.eligibility.result import Benefit, Caveat
from assistant.eligibility.rules import PolicyRules
from ingest.model import Provision

NOT_APPLIED: dict[str, tuple[str, str]] = {
    "no_double_funding": ("同一事项不重复享受：贵公司已就同一事项获得的其他资助，本测算未扣除",
                          "the same item is not funded twice: support the company already receives for the same "
                          "item was not deducted"),
    "tax_contribution_cap": ("支持总额不超过企业地方财力贡献的一定比例：本测算未按此核减",
                             "support is capped by the company's local tax contribution: not applied here"),
    "actual_cost_cap": ("补助不超过实际发生费用：本测算未按此核减",
                        "support is capped by the cost actually incurred: not applied here"),
    "top_up_difference": ("只补足差额：已获同类支持的部分，本测算未扣除",
                          "only the difference is paid: support already received for the same was not deducted"),
    "payment_stage": ("分期或按条件拨付：部分金额可能在满足条件后或以后年度才拨付",
                      "paid in stages or on conditions: part may be paid only later or once a condition is met"),
    "funding_share_cap": ("各级财政资助不超过投资额的一定比例：条文比例未能读出，本测算未按此核减",
                          "government funding is capped as a share of the investment: the share could not be read, "
                          "so it was not applied"),
}
EXTENDED_CEILING = ("该上限给予条文所述的另一类企业，本测算无法判断贵公司是否属于该类，未按此核减",
                    "this ceiling is given to a further group of companies the text names; whether the company "
                    "is one is not known, so it was not applied")


def _not_applied(rule: Provision) -> tuple[str, str] | None:
    """What a rule would do that the totals do not reflect; None when the engine applies it (or it cannot lower
    an amount: expert review, implementation rules, stay-or-refund…)."""
    if rule.subtype in CEILING_SUBTYPES:
        return EXTENDED_CEILING if extends_to_others(rule.quote) else None
    if rule.subtype == "funding_share_cap":
        return NOT_APPLIED["funding_share_cap"] if rule.rate is None else None
    return NOT_APPLIED.get(rule.subtype or "")


def caveats(rules: PolicyRules, benefits: list[Benefit]) -> tuple[Caveat, ...]:
    """The caveats of the rules that govern a listed benefit (a rule of the whole policy governs them all)."""
    listed = {benefit.provision_id for benefit in benefits}
    found = []
    for rule in rules.rules:
        words = _not_applied(rule)
        if words is None or not listed or (rule.governs and not listed & set(rule.governs)):
            continue
        found.append(Caveat(rule.id, rule.clause_path, rule.subtype or "", rule.quote, rule.span, *words))
    return tuple(found)
