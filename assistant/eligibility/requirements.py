"""Does a provision apply to the company? Each requirement is met, unmet or unknown."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from assistant.eligibility.alternatives import alternative_tiers, tier_of
from assistant.eligibility.either_of import merged_groups
from assistant.eligibility.excluded_kinds import excluded_checks
from assistant.eligibility.facts import CompanyFacts, ConceptFact
from assistant.eligibility.figure_clause import figure_clause
from assistant.eligibility.foreign_bounds import foreign_bound_checks, foreign_bounds
from assistant.eligibility.held_while_valid import valid_holder_check
from assistant.eligibility.induced import InducedLabels, concept_label, is_induced, requirements_of, same_tier
from assistant.eligibility.item_tiers import is_the_item_of, payee_of
from assistant.eligibility.kind_at_the_event import DATE_BEFORE_WINDOW, DATE_NOT_STATED, held_at_the_event
from assistant.eligibility.money_steps import MONEY_UNIT
from assistant.eligibility.newly_settled import newly_checks
from assistant.eligibility.payee_qualifiers import qualifier_checks
from assistant.eligibility.person_awards import person_award_checks
from assistant.eligibility.quantity_bounds import bound_checks
from assistant.eligibility.registered_elsewhere import area_check_elsewhere, for_companies_elsewhere
from assistant.eligibility.required_recognitions import recognition_checks
from assistant.eligibility.rules import PolicyRules
from assistant.eligibility.tiers import grade_of
from assistant.eligibility.unread_units import unread_unit_checks
from ingest.concepts import load_vocabulary
from ingest.model import Provision, ProvisionKind
from ingest.script import simplified_text


class Status(Enum):
    MET = "met"
    UNKNOWN = "unknown"
    UNMET = "unmet"
    NOT_ASKED = "not_asked"
    """The profile says nothing about any concept of a required group."""


_ORDER = {Status.MET: 0, Status.UNKNOWN: 1, Status.UNMET: 2, Status.NOT_ASKED: 3}
EVENT_KINDS = frozenset(ProvisionKind) - {ProvisionKind.RATE_WITH_CAP}
LISTING_BOARDS = frozenset({"star_market", "main_board", "sme_board", "chinext"})
"""Kinds paid for an event (a recognition, a listing…) whose date must be in the window."""
ABROAD_WORDS = ("境外", "海外")
"""Place words of a listing clause that pays only listings outside mainland China (境外主板上市)."""


_ROUND_ZH = {"first": "首次认定", "renewal": "再次认定"}


@dataclass(frozen=True)
class Fix:
    """What would satisfy an unmet requirement: one of some concepts, at a level or round."""

    concepts: tuple[str, ...]
    level: str | None = None
    round: str | None = None

    def en(self, labels: InducedLabels | None = None) -> str:
        """In English; ``labels`` name the concepts the policy induced."""
        names = " or ".join(_label(c, "en", labels) for c in self.concepts)
        level = f"{self.level} " if self.level else ""
        round_ = f" ({'first recognition' if self.round == 'first' else 'renewal'})" if self.round else ""
        return f"{level}{names}{round_}"

    def zh(self, labels: InducedLabels | None = None) -> str:
        """In Chinese; ``labels`` name the concepts the policy induced."""
        names = "或".join(_label(c, "zh", labels) for c in self.concepts)
        level = _label(self.level, "zh") if self.level else ""
        round_ = f"（{_ROUND_ZH[self.round]}）" if self.round else ""
        return f"{level}{names}{round_}"


def _label(concept: str, language: str, labels: InducedLabels | None = None) -> str:
    return concept_label(concept, language, labels)


@dataclass(frozen=True)
class Check:
    """One requirement and how the profile answers it."""

    requirement: str
    status: Status
    detail: str
    question: str | None = None
    """The fact to ask for when unknown, e.g. ``date:gazelle_enterprise``."""
    fix: Fix | None = None
    """What the company would need, when unmet and changeable."""
    detail_zh: str | None = None
    """The detail in Chinese (given for unmet requirements, which are shown to users)."""
    parameters: dict[str, object] = field(default_factory=dict)
    """What the check read (the concept, its level, round or date…), for explanations in words."""


@dataclass(frozen=True)
class Assessment:
    provision: Provision
    checks: tuple[Check, ...]
    matched: tuple[ConceptFact, ...]
    pending: tuple[ConceptFact, ...] = ()
    """Matched facts whose own checks are not all met yet (no date, no level…): they count
    toward what the provision could add, not toward what the stated facts establish."""
    pending_checks: tuple[Check, ...] = ()
    """The unknown checks of the pending facts: the questions that would settle them."""

    @property
    def status(self) -> Status:
        return max((c.status for c in self.checks), key=_ORDER.__getitem__, default=Status.MET)

    def unmet(self) -> list[Check]:
        return [c for c in self.checks if c.status is Status.UNMET]

    def unknown(self) -> list[Check]:
        return [c for c in self.checks if c.status is Status.UNKNOWN]

    def not_asked(self) -> list[Check]:
        return [c for c in self.checks if c.status is Status.NOT_ASKED]


def _area(facts: CompanyFacts) -> Check:
    if facts.in_zone is True:
        return Check("area", Status.MET, "registered and operating in the policy's area", parameters={"stated": True})
    if facts.in_zone is False:
        return Check("area", Status.UNMET, "not in the policy's area", detail_zh="不在政策区域内注册经营")
    # not stated: a company asking about a policy is taken to be (or to be coming) in its area;
    # the engine says so as an assumption and still asks
    return Check("area", Status.MET, "assumed in the policy's area (not stated)", parameters={"stated": False})


def _fact_checks(provision: Provision, fact: ConceptFact, window: tuple[dt.date | None, dt.date | None],
                 as_of: dt.date, siblings: Sequence[Provision] = (), labels: InducedLabels | None = None
                 ) -> list[Check]:
    """How one fact of the company meets the provision: its level, round, tier, date and listing."""
    checks = [_level_check(provision, fact, labels), _round_check(provision, fact, labels)]
    if tier_decides(provision, fact.concept, siblings):
        checks.append(_tier_check(fact.concept, fact, tier_of(provision), labels))
    checks.append(_held_check(provision, fact, window, as_of, labels))
    return [check for check in checks if check is not None] + _listing_checks(provision, fact, labels)


def _level_check(provision: Provision, fact: ConceptFact, labels: InducedLabels | None = None) -> Check | None:
    """The level the fact is at (stated, or implied by its grade) against the level the clause pays."""
    if provision.level is None:
        return None
    concept = fact.concept
    named = _label(concept, "en", labels)  # what the English reasons call it
    level = fact.level or implied_level(fact.tier)
    if level == provision.level:
        return Check("level", Status.MET, f"{named} at {level} level", parameters={"concept": concept, "level": level})
    if level is None:
        return Check("level", Status.UNKNOWN, f"level of {named} not stated", question=f"level:{concept}")
    return Check("level", Status.UNMET, f"{named} is {level}, the clause pays {provision.level}",
                 fix=Fix((concept,), level=provision.level),
                 detail_zh=f"{_label(concept, 'zh', labels)}为{_label(level, 'zh')}，"
                           f"本条支持{_label(provision.level, 'zh')}")


def _round_check(provision: Provision, fact: ConceptFact, labels: InducedLabels | None = None) -> Check | None:
    """The fact's recognition round (first or renewal) against the round the clause pays. A concept the
    policy induced is not recognised in rounds the vocabulary knows: "新认定的" is the recognition's date in
    the window (the date check), not a round the company must name."""
    concept = fact.concept
    newly = provision.round == "first" and fact.round is None and is_induced(concept)
    if provision.round is None or newly:
        return None
    named = _label(concept, "en", labels)
    if fact.round == provision.round:
        return Check("round", Status.MET, f"{named} recognition round: {fact.round}",
                     parameters={"concept": concept, "round": fact.round})
    if fact.round is None:
        return Check("round", Status.UNKNOWN, f"whether {named} is a first or renewed recognition is not stated",
                     question=f"round:{concept}")
    return Check("round", Status.UNMET, f"{named} recognition is a {fact.round}; the clause pays a {provision.round}",
                 fix=Fix((concept,), round=provision.round),
                 detail_zh=f"{_label(concept, 'zh', labels)}为{_ROUND_ZH.get(fact.round, fact.round)}，"
                           f"本条支持{_ROUND_ZH.get(provision.round, provision.round)}")


def _defined_kind_beside_a_recognition(provision: Provision, concept: str) -> bool:
    """对首次认定为R的K with K a kind the policy defines (本办法所称K，是指…): the event paid is R's recognition, dated
    by R's fact; K is a kind the company is (held by the as-of date), not a second event to date."""
    payee = payee_of(provision)
    return bool(provision.qualifications) and payee is not None and payee.restricts and payee.id == concept


def _held_check(provision: Provision, fact: ConceptFact, window: tuple[dt.date | None, dt.date | None],
                as_of: dt.date, labels: InducedLabels | None = None) -> Check | None:
    """When the fact was held: an event's date in the policy's window; anything else held by ``as_of``
    and not only after the policy ended."""
    concept = fact.concept
    if provision.kind in EVENT_KINDS and not MONEY_UNIT.fullmatch(provision.per or "") \
            and not _defined_kind_beside_a_recognition(provision, concept):  # 每超过1亿元: no event
        if fact.date is None:  # 并在有效期内的企业 and 证书还在有效期: held while valid, whenever got
            valid = valid_holder_check(provision, fact, as_of, _label(concept, "en", labels),
                                       _label(concept, "zh", labels))
            if valid is not None:
                return valid
        return _date_check(concept, fact.date, window, as_of, fact.date_precision, labels)
    named = _label(concept, "en", labels)
    if fact.date is not None and fact.date > as_of:
        return Check("date", Status.UNMET, f"{named} dated {fact.date}, after {as_of}: not yet held",
                     detail_zh=f"{_label(concept, 'zh', labels)}日期为{fact.date}，晚于测算日{as_of}，尚未取得")
    if fact.date is None or window[1] is None or fact.round == "renewal" \
            or date_range(fact.date, fact.date_precision)[0] <= window[1]:
        return None
    # held only after the policy ended (a renewal says it was held before its date)
    shown = _shown(fact.date, fact.date_precision)
    if fact.round is None and load_vocabulary().in_rounds(concept):  # it may be a renewal: ask
        return Check("round", Status.UNKNOWN, f"{named} dated {shown}, after the policy ended: only a renewal says "
                     "it was held before", question=f"round:{concept}")
    return Check("date", Status.UNMET, f"{named} held only from {shown}, after the policy ended ({window[1]})",
                 detail_zh=f"{_label(concept, 'zh', labels)}自{shown}起才具备，晚于政策失效日（{window[1]}）")


def _listing_checks(provision: Provision, fact: ConceptFact, labels: InducedLabels | None = None) -> list[Check]:
    """A listing against a clause that pays only domestic (境内), foreign (境外) or initial (首发) listings."""
    checks = []
    wording = simplified_text(provision.quote)  # a policy written in 繁體 says 境內, 首發
    if "境内" in wording and fact.concept in LISTING_BOARDS:
        if fact.domestic is False:
            checks.append(Check("listing", Status.UNMET, "the clause pays listings on exchanges in mainland China "
                                "(境内)", detail_zh="本条支持境内上市"))
        elif fact.domestic is None:
            named = _label(fact.concept, "en", labels)
            checks.append(Check("listing", Status.UNKNOWN, f"whether the {named} listing is on an exchange in "
                                "mainland China is not stated", question=f"domestic:{fact.concept}"))
    abroad = next((w for w in ABROAD_WORDS if w in wording), None)
    if abroad is not None and "境内" not in wording and fact.concept in LISTING_BOARDS:
        if fact.domestic is True:
            checks.append(Check("listing", Status.UNMET, f"the clause pays listings on exchanges outside mainland "
                                f"China ({abroad})", detail_zh=f"本条支持{abroad}上市"))
        elif fact.domestic is None:
            named = _label(fact.concept, "en", labels)
            checks.append(Check("listing", Status.UNKNOWN, f"whether the {named} listing is on an exchange outside "
                                "mainland China is not stated", question=f"domestic:{fact.concept}"))
    if fact.ipo is False and "首发" in wording:
        checks.append(Check("listing", Status.UNMET, "the clause pays initial public offerings (首发上市)",
                            detail_zh="本条支持首发上市"))
    return checks


def implied_level(tier: str | None) -> str | None:
    """The level a stated grade is awarded at (a 5A scenic spot, a maturity grade 五级: national)."""
    grade = grade_of(tier)
    return grade.level if grade is not None else None


def tier_decides(provision: Provision, concept: str, siblings: Sequence[Provision]) -> bool:
    """Whether the provision's tier must be the company's: when it is one of a list of alternative tiers
    (五级、四级、三级; 分别给予 one amount per tier), or any printed tier of a concept the policy induced —
    but not an administrative level the level check already decides (X级 with the level X)."""
    if provision.tier and foreign_bounds(provision.tier):
        return False  # 2000万美元以上: a figure's tier, checked in its currency (foreign_bounds.py), not a grade held
    grade = grade_of(tier_of(provision))
    if (grade is not None and grade.is_level and provision.level is not None) or is_the_item_of(provision, concept):
        return False  # …nor the item a list of items names (中级雪道 is the concept itself)
    return bool(alternative_tiers(provision, siblings)) or (provision.tier is not None and is_induced(concept))


def _tier_check(concept: str, fact: ConceptFact, printed: str | None, labels: InducedLabels | None = None) -> Check:
    """Whether the tier the company named (四星级) is the provision's: tiers of one clause are paid by
    grade (三星级、四星级、五星级的酒店; 五级、四级、三级的企业), and no tier said leaves it open."""
    name, named = _label(concept, "zh", labels), _label(concept, "en", labels)
    stated = fact.tier
    grade = grade_of(printed)
    if stated is None and fact.level is not None and grade is not None and grade.is_level:
        stated = _label(fact.level, "zh")  # a level said as the fact's level (X级) is that grade
    if stated is None:
        return Check("tier", Status.UNKNOWN, f"tier of {named} not stated", question=f"tier:{concept}")
    if printed is None:  # one of a list of amounts whose tier was not read: which one is open
        return Check("tier", Status.UNKNOWN, f"which of the clause's tiers {named} ({stated}) is "
                     "paid is not known", question=f"tier:{concept}")
    if same_tier(stated, printed):
        return Check("tier", Status.MET, f"{named} tier {stated}",
                     parameters={"concept": concept, "tier": printed})
    return Check("tier", Status.UNMET, f"{named} is {stated}; the clause pays {printed}",
                 detail_zh=f"{name}为{stated}，本条支持{printed}")


def date_range(when: dt.date, precision: str | None) -> tuple[dt.date, dt.date]:
    """The first and last day a date may be: the day itself, or its whole month or year."""
    if precision == "year":
        return dt.date(when.year, 1, 1), dt.date(when.year, 12, 31)
    if precision == "month":
        return when.replace(day=1), when.replace(day=calendar.monthrange(when.year, when.month)[1])
    return when, when


def _shown(when: dt.date, precision: str | None) -> str:
    return str(when.year) if precision == "year" else f"{when:%Y-%m}" if precision == "month" else str(when)


def _date_check(concept: str, when: dt.date | None, window: tuple[dt.date | None, dt.date | None],
                as_of: dt.date, precision: str | None = None, labels: InducedLabels | None = None) -> Check:
    """Whether the event's date is in the policy's window (and not after ``as_of``). A date known
    only to the year or month is met when its whole year or month is in, unmet when none of it
    is, and otherwise unknown: the exact date is asked."""
    start, end = window
    name, named = _label(concept, "zh", labels), _label(concept, "en", labels)
    if when is None:
        return Check("date", Status.UNKNOWN, f"date of {named} not stated", question=f"date:{concept}",
                     parameters={"concept": concept, "why": DATE_NOT_STATED})
    first, last = date_range(when, precision)
    last = min(last, as_of) if first <= as_of else last  # a stated event has happened by the as-of date
    shown = _shown(when, precision)
    if start is not None and last < start:
        return Check("date", Status.UNMET, f"{named} dated {shown}, before the policy took effect ({start})",
                     detail_zh=f"{name}日期为{shown}，早于政策生效日（{start}）",
                     parameters={"concept": concept, "why": DATE_BEFORE_WINDOW})
    if end is not None and first > end:
        return Check("date", Status.UNMET, f"{named} dated {shown}, after the policy ended ({end})",
                     detail_zh=f"{name}日期为{shown}，晚于政策失效日（{end}）")
    if first > as_of:
        return Check("date", Status.UNMET, f"{named} dated {shown}, after {as_of}",
                     detail_zh=f"{name}日期为{shown}，晚于测算日（{as_of}）")
    if (start is not None and first < start) or (end is not None and last > end):
        return Check("date", Status.UNKNOWN, f"{named} dated {shown}: the exact date decides whether it falls "
                     f"within the policy's window ({start} – {end})", question=f"date:{concept}")
    return Check("date", Status.MET, f"{named} dated {shown}, within the policy's window",
                 parameters={"concept": concept, "date": shown, "valid_from": str(start) if start else None,
                             "valid_until": str(end) if end else None})


def _best(provision: Provision, candidates: list[ConceptFact], window: tuple[dt.date | None, dt.date | None],
          as_of: dt.date, siblings: Sequence[Provision], labels: InducedLabels | None = None
          ) -> tuple[list[ConceptFact], list[ConceptFact], list[Check], list[Check]]:
    """The facts that can satisfy the group (best first), those of them still pending, the
    checks of the best one, and the unknown checks of the pending ones."""
    scored = []
    for fact in candidates:
        checks = _fact_checks(provision, fact, window, as_of, siblings, labels)
        worst = max((c.status for c in checks), key=_ORDER.__getitem__, default=Status.MET)
        scored.append((_ORDER[worst], fact, checks))
    scored.sort(key=lambda item: item[0])
    best_order, _, checks = scored[0]
    usable = [fact for order, fact, _ in scored if order <= max(best_order, _ORDER[Status.UNKNOWN])]
    pending = [fact for order, fact, _ in scored if order == _ORDER[Status.UNKNOWN]]
    pending_checks = [c for order, _, fact_checks in scored if order == _ORDER[Status.UNKNOWN]
                      for c in fact_checks if c.status is Status.UNKNOWN]
    return usable or [scored[0][1]], pending, checks, pending_checks


def _person_award(provision: Provision, rules: PolicyRules) -> tuple[Check, ...]:
    """评选出…带头人，分别给予: the unmet check of an award paid to a person, read in the clause of the award's own
    figure (给予企业…，给予个人10万元); the same for every company (read once per policy)."""
    payee = provision.beneficiary.label if provision.beneficiary is not None else None
    return tuple(person_award_checks(provision.quote, payee, figure_clause(provision, rules.benefits)))


def _groups(provision: Provision, rules: PolicyRules) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The groups of the concepts the provision requires (any of one group; every group), those its sentence joins
    by 或 merged into one (A或B: either); the same for every company (read once per policy)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for concept in requirements_of(provision):
        groups[rules.group_of(concept)].append(concept)
    payee = provision.beneficiary.concepts if provision.beneficiary is not None else ()
    return tuple((group, tuple(concepts)) for group, concepts in merged_groups(provision.quote, groups, payee).items())


def assess(provision: Provision, facts: CompanyFacts, rules: PolicyRules, as_of: dt.date,
           tiers: dict[str, Assessment] | None = None) -> Assessment:
    """Every requirement of ``provision`` checked against the company's facts; ``tiers``: the higher tiers already
    assessed in this evaluation (each is assessed once, not once per lower tier: 2^n for n tiers otherwise)."""
    record, labels = rules.record, rules.induced_labels
    window = (record.valid_from, record.valid_until)
    elsewhere = rules.memo.once("registered elsewhere", provision, lambda: for_companies_elsewhere(provision))
    area = area_check_elsewhere(facts) if elsewhere else _area(facts)  # 对注册地不在南沙的船公司: the area inverted
    checks = [area, *rules.memo.once("person award", provision, lambda: _person_award(provision, rules))]
    matched: list[ConceptFact] = []
    pending: list[ConceptFact] = []
    pending_checks: list[Check] = []
    for group, concepts in rules.memo.once("groups", provision, lambda: _groups(provision, rules)):
        known = [fact for concept in concepts for fact in facts.facts(concept)]
        held = [fact for fact in known if fact.held]
        if held:
            usable, waiting, fact_checks, waiting_checks = _best(provision, held, window, as_of, rules.benefits, labels)
            matched.extend(usable)
            pending.extend(waiting)
            pending_checks.extend(waiting_checks)
            fact = usable[0]
            named = _label(fact.concept, "en", labels)
            checks.append(Check(f"holds {group}", Status.MET, f"holds {named} ({fact.source})",
                                parameters={"concept": fact.concept, "level": fact.level, "round": fact.round,
                                            "date": _shown(fact.date, fact.date_precision) if fact.date else None}))
            checks.extend(fact_checks)
        elif known:
            names = " or ".join(_label(concept, "en", labels) for concept in concepts)
            checks.append(Check(f"holds {group}", Status.UNMET, f"does not hold {names}",
                                fix=Fix(tuple(concepts), provision.level, provision.round),
                                detail_zh="不具备" + "或".join(_label(c, "zh", labels) for c in concepts)))
        else:
            for concept in concepts:
                checks.append(Check(f"holds {group}", Status.NOT_ASKED, f"{_label(concept, 'en', labels)} not stated",
                                    question=f"holds:{concept}"))
    seen = {} if tiers is None else tiers

    def not_refused(tier: Provision) -> bool:  # another tier's award
        if tier.id not in seen:
            seen[tier.id] = assess(tier, facts, rules, as_of, seen)
        return not seen[tier.id].unmet()

    checks.extend(bound_checks(provision, facts, record, as_of, not_refused))  # 营业收入3000万元以上: its figures
    checks.extend(newly_checks(provision, facts, record, as_of))  # 对新设立或新迁入的企业: when it settled
    checks.extend(excluded_checks(provision, facts, record))  # 第十条资助范围不含X企业: is the company an X?
    checks.extend(recognition_checks(provision, facts, record))  # 其首次被评为世界企业500强的: does it hold that?
    checks.extend(unread_unit_checks(provision))  # 自建或租用1000平方米以上海外仓: a threshold no bound reads
    checks.extend(foreign_bound_checks(provision, facts, rules, as_of))  # 1000万美元以上: in that currency
    checks = held_at_the_event(provision, checks, record)  # 首次超过5亿元的总部企业: the year of the revenue
    checks = qualifier_checks(provision, facts, rules, as_of, checks)  # 对首次上规模的Y (the payee): a condition too
    return Assessment(provision, tuple(checks), tuple(matched), tuple(pending), tuple(pending_checks))
