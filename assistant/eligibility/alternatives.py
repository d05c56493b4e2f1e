"""Tiers of one provision that are grades of one scale are paid once per holder.

对…达到五级、四级、三级的企业，分别给予X万元、Y万元、Z万元: a company holds one grade, so one tier is
paid — the highest it holds. A company that held a lower grade and later a higher one is paid the
lower tier and then the difference (追加差额) when the policy says so; either way, never more than the
highest tier in total. What could still be added on top is at most the difference to a higher tier.
Concepts a company can hold several of (platforms, projects: ``pkg:heldSeveral``) are paid per fact,
each at its own grade, as the requirement checks already match one fact to one tier.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from assistant.eligibility.facts import CompanyFacts
from assistant.eligibility.induced import is_induced, requirements_of
from assistant.eligibility.result import Benefit, CouldAdd, TraceStep
from assistant.eligibility.tiers import grade_of, printed_tier, tier_scales
from assistant.format import cny_zh
from ingest.concepts import load_vocabulary
from ingest.model import Provision, ProvisionKind
from ingest.quantity_conditions import tier_by_figure

GroupKey = tuple[str, ...]


@dataclass(frozen=True)
class OneGrade:
    """What a group of alternative tiers pays, after keeping one grade."""

    benefits: list[Benefit]
    could_add: list[CouldAdd]


COUNTED_KINDS = frozenset({ProvisionKind.PER_UNIT, ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP})
"""Amounts per unit counted (进口、出口重箱每TEU分别给予10元、50元; 博士、硕士每人…): each kind of unit is
counted on its own, so a 分别 list of them is no list of alternatives."""


def _respectively(provision: Provision, other: Provision) -> bool:
    """Two amounts of one sentence that says 分别 (respectively), for the same level and round: a list of
    tiers → amounts, even when the tiers are thresholds (1000万美元以上) or were not read at all."""
    return provision.span == other.span and any(word in provision.quote for word in respective_words()) and \
        (provision.level, provision.round) == (other.level, other.round) and \
        not {provision.kind, other.kind} & COUNTED_KINDS


def _same_scale(provision: Provision, other: Provision) -> bool:
    grade, other_grade = grade_of(tier_of(provision)), grade_of(tier_of(other))
    return grade is not None and other_grade is not None and grade.scale == other_grade.scale


def alternative_tiers(provision: Provision, siblings: Sequence[Provision]) -> tuple[Provision, ...]:
    """The tiers ``provision`` is one of (itself included) among ``siblings``: the provisions of its
    clause that pay the same concepts at another grade of one scale (五级、四级、三级) or as another amount
    of one 分别 list; () when it is no tier of such a list."""
    concepts = set(requirements_of(provision))
    if not concepts and not tier_by_figure(provision.tier):
        return ()  # (a 分别 list of tiers by a figure — 实缴注册资本达到A亿元、B亿元 — pays one tier, whoever is paid)
    members = tuple(other for other in siblings if other.clause_id == provision.clause_id
                    and set(requirements_of(other)) == concepts
                    and (other.id == provision.id or _same_scale(provision, other) or _respectively(provision, other)))
    return members if len(members) > 1 else ()


def paid_once_per_holder(members: Sequence[Provision], clause_text: str,
                         told_apart: frozenset[str] = frozenset()) -> bool:
    """Whether a holder is paid one of ``members`` in all: always, unless the company can hold several
    of the concepts (platforms, projects) — then each holding is paid at its own grade — and the clause
    does not say 就高不重复 (the highest grade only). A concept the policy induced is held several when the
    company told several of it apart by grade (``told_apart``: 两家酒店，一家四星级，另一家三星级) and the tiers are
    grades of one scale, which match each member to one tier only."""
    vocabulary = load_vocabulary()
    if not requirements_of(members[0]):
        return True  # tiers by a figure (实缴注册资本): a company has one figure, so one tier
    graded = all(grade_of(tier_of(member)) is not None for member in members)
    several = all(vocabulary.held_several(concept) or (concept in told_apart and graded)
                  for concept in requirements_of(members[0]))
    return not several or any(word in clause_text for word in tier_scales().highest_only_words)


def tier_of(provision: Provision) -> str | None:
    """The tier ``provision`` pays: as read, or the grade printed before its amount (see :func:`printed_tier`)."""
    return printed_tier(provision.tier, provision.quote, provision.written)


def _rank(provision: Provision) -> tuple[int, int]:
    grade = grade_of(tier_of(provision))
    return (grade.rank if grade is not None else -1), provision.amount_cny or provision.cap_cny or 0


def respective_words() -> tuple[str, ...]:
    return tier_scales().respective_words


def keep_one_grade(benefits: list[Benefit], could_add: list[CouldAdd], siblings: Sequence[Provision],
                   clause_text: Callable[[Provision], str], told_apart: frozenset[str] = frozenset()) -> OneGrade:
    """``benefits`` with one grade of each group of alternative tiers (the highest held), and ``could_add``
    with what a higher tier would add beyond the grade paid (nothing when it would add nothing); ``told_apart``:
    the induced concepts the company holds several of, each with its own grade (see :func:`paid_once_per_holder`)."""
    by_id = {p.id: p for p in siblings}

    def group(provision_id: str) -> GroupKey | None:
        members = alternative_tiers(by_id[provision_id], siblings)
        if not members or not paid_once_per_holder(members, clause_text(members[0]), told_apart):
            return None
        return tuple(sorted(m.id for m in members))

    groups: dict[GroupKey, list[Benefit]] = defaultdict(list)
    for benefit in benefits:
        key = group(benefit.provision_id)
        if key is not None:
            groups[key].append(benefit)
    dropped: set[str] = set()
    paid: dict[GroupKey, tuple[tuple[int, int], int, Provision]] = {}
    notes: dict[str, TraceStep] = {}
    for key, members in groups.items():
        top = max(_rank(by_id[m.provision_id]) for m in members)
        kept = [m for m in members if _rank(by_id[m.provision_id]) == top]
        lower = [m for m in members if m not in kept]
        head = by_id[kept[0].provision_id]
        paid[key] = (top, sum(m.amount_max_cny or 0 for m in kept), head)
        if not lower:
            continue
        dropped.update(m.provision_id for m in lower)
        difference = any(word in clause_text(head) for word in tier_scales().difference_words)
        notes[kept[0].provision_id] = _note(head, [(by_id[m.provision_id], m) for m in lower], difference)
    kept_benefits = [_with_note(b, notes[b.provision_id]) if b.provision_id in notes else b
                     for b in benefits if b.provision_id not in dropped]
    kept_could_add = []
    for entry in could_add:
        key = group(entry.provision_id)
        if key is None or key not in paid:
            kept_could_add.append(entry)
            continue
        top, amount, head = paid[key]
        if _rank(by_id[entry.provision_id]) <= top or entry.amount_max_cny is None or entry.amount_max_cny <= amount:
            continue  # a grade no higher than the one paid adds nothing
        counted = f"已按{tier_of(head) or head.id}计入 {cny_zh(amount)}"
        kept_could_add.append(replace(
            entry, amount_min_cny=max(0, entry.amount_min_cny - amount), amount_max_cny=entry.amount_max_cny - amount,
            basis=f"{entry.basis}（{counted}，升档只追加差额 a higher grade adds only the difference）"))
    return OneGrade(kept_benefits, kept_could_add)


def _note(head: Provision, lower: list[tuple[Provision, Benefit]], difference: bool) -> TraceStep:
    tiers = "、".join(tier_of(source) or benefit.title for source, benefit in lower)
    earlier = cny_zh(sum(benefit.amount_max_cny or 0 for _, benefit in lower))
    shown = tier_of(head) or head.id
    how = f"已获较低档的，按{shown}标准追加差额，合计不超过{shown}的金额" if difference else f"只按所持最高档{shown}计"
    detail = f"{tiers}与{shown}为同一事项的不同档次，择一不叠加（未计入 {earlier}）；{how}"
    return TraceStep("tiers.one_grade", detail, head.id, head.clause_path,
                     {"paid_tier": tier_of(head), "not_added": [tier_of(source) for source, _ in lower],
                      "difference": difference,
                      "en": "tiers of one grade are alternatives, never summed: " + (
                          "a lower grade's award is topped up by the difference" if difference else
                          "only the highest grade held is paid")})


def _with_note(benefit: Benefit, step: TraceStep) -> Benefit:
    return replace(benefit, trace=(*benefit.trace, step), basis=f"{benefit.basis}；{step.detail}")


def told_apart(facts: CompanyFacts) -> frozenset[str]:
    """The concepts a policy induced that the company holds several of, each told apart by its own grade (two
    hotels, one four-star and one three-star): two or more held facts, every one with a tier and a count (each is
    so many items of its own: 1). Facts without a count are one thing at several grades (a hotel rated three-star,
    then five-star): the highest grade only."""
    return frozenset(concept for concept, held in facts.by_concept.items() if is_induced(concept)
                     and len(members := [fact for fact in held if fact.held is not False]) >= 2
                     and all(fact.tier and fact.count for fact in members))
