"""Tiers of one provision that are grades of one scale are paid once per holder.

对…达到五级、四级、三级的企业，分别给予500万元、300万元、100万元: a company holds one grade, so one tier is
paid — the highest it holds. A company that held a lower grade and later a higher one is paid the
lower tier and then the difference (追加差额) when the policy says so; either way, never more than the
highest tier in total. What could still be added on top is at most the difference to a higher tier.
Concepts a company can hold several of (platforms, projects: ``pkg:heldSeveral``) are paid per fact,
each at its own grade, as the requirement checks already match one fact to one tier.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.eligibility.induced import requirements_of
from assistant.eligibility.result import Benefit, CouldAdd, TraceStep
from assistant.eligibility.tiers import grade_of, tier_scales
from assistant.format import cny_zh
from ingest.concepts import load_vocabulary
from ingest.model import Provision

GroupKey = tuple[str, frozenset[str], str]


@dataclass(frozen=True)
class OneGrade:
    """What a group of alternative tiers pays, after keeping one grade."""

    benefits: list[Benefit]
    could_add: list[CouldAdd]


def alternatives_key(provision: Provision) -> GroupKey | None:
    """The group of alternative tiers ``provision`` belongs to: its clause, the concepts it requires
    and the scale of its tier; None when its tier is no grade or each holding is paid on its own."""
    grade = grade_of(provision.tier)
    concepts = requirements_of(provision)
    if grade is None or not concepts:
        return None
    vocabulary = load_vocabulary()
    if all(vocabulary.held_several(concept) for concept in concepts):
        return None
    return provision.clause_id, frozenset(concepts), grade.scale


def _rank(provision: Provision) -> int:
    grade = grade_of(provision.tier)
    return grade.rank if grade is not None else -1


def keep_one_grade(benefits: list[Benefit], could_add: list[CouldAdd], provision: Callable[[str], Provision],
                   says_difference: Callable[[Provision], bool]) -> OneGrade:
    """``benefits`` with one grade of each group of alternative tiers (the highest held), and ``could_add``
    with what a higher tier would add beyond the grade paid (nothing when it would add nothing)."""
    groups: dict[GroupKey, list[Benefit]] = defaultdict(list)
    for benefit in benefits:
        key = alternatives_key(provision(benefit.provision_id))
        if key is not None:
            groups[key].append(benefit)
    dropped: set[str] = set()
    paid: dict[GroupKey, tuple[int, int, Provision]] = {}
    notes: dict[str, TraceStep] = {}
    for key, members in groups.items():
        top = max(_rank(provision(m.provision_id)) for m in members)
        kept = [m for m in members if _rank(provision(m.provision_id)) == top]
        lower = [m for m in members if m not in kept]
        head = provision(kept[0].provision_id)
        paid[key] = (top, sum(m.amount_max_cny or 0 for m in kept), head)
        if not lower:
            continue
        dropped.update(m.provision_id for m in lower)
        notes[kept[0].provision_id] = _note(head, lower, provision, says_difference(head))
    kept_benefits = [_with_note(b, notes[b.provision_id]) if b.provision_id in notes else b
                     for b in benefits if b.provision_id not in dropped]
    kept_could_add = []
    for entry in could_add:
        source = provision(entry.provision_id)
        key = alternatives_key(source)
        if key is None or key not in paid:
            kept_could_add.append(entry)
            continue
        top, amount, head = paid[key]
        if _rank(source) <= top or entry.amount_max_cny is None or entry.amount_max_cny <= amount:
            continue  # a grade no higher than the one paid adds nothing
        kept_could_add.append(replace(
            entry, amount_min_cny=max(0, entry.amount_min_cny - amount), amount_max_cny=entry.amount_max_cny - amount,
            basis=f"{entry.basis}（已按{head.tier}计入 {cny_zh(amount)}，升档只追加差额 a higher grade adds only the "
                  f"difference）"))
    return OneGrade(kept_benefits, kept_could_add)


def _note(head: Provision, lower: list[Benefit], provision: Callable[[str], Provision], difference: bool) -> TraceStep:
    tiers = "、".join(provision(m.provision_id).tier or m.title for m in lower)
    earlier = cny_zh(sum(m.amount_max_cny or 0 for m in lower))
    how = (f"已获较低档的，按{head.tier}标准追加差额，合计不超过{head.tier}的金额" if difference else
           f"只按所持最高档{head.tier}计")
    detail = f"{tiers}与{head.tier}为同一事项的不同档次，择一不叠加（未计入 {earlier}）；{how}"
    return TraceStep("tiers.one_grade", detail, head.id, head.clause_path,
                     {"paid_tier": head.tier, "not_added": [provision(m.provision_id).tier for m in lower],
                      "difference": difference,
                      "en": "tiers of one grade are alternatives, never summed: " + (
                          "a lower grade's award is topped up by the difference" if difference else
                          "only the highest grade held is paid")})


def _with_note(benefit: Benefit, step: TraceStep) -> Benefit:
    return replace(benefit, trace=(*benefit.trace, step), basis=f"{benefit.basis}；{step.detail}")


def difference_words() -> tuple[str, ...]:
    """Words by which a policy tops a lower grade's award up to a higher one (追加差额)."""
    return tier_scales().difference_words
