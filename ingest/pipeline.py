"""Read → structure → provisions: one policy file into an :class:`IngestedPolicy`."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from ingest import patterns as P
from ingest.beneficiaries import beneficiary, find_head
from ingest.ceiling_sentences import TieredRates, ceilings_of_rates
from ingest.closing_thresholds import closing_thresholds
from ingest.concepts import Vocabulary, load_vocabulary
from ingest.count_caps import count_caps
from ingest.decreases import without_decreases
from ingest.defined_terms import mark_defined_payees
from ingest.document_layout import document_layout
from ingest.draft import Draft
from ingest.errors import IngestError
from ingest.excluded_kinds import EXCLUDED_KIND_SUBTYPE, cited_article, names_its_own_article
from ingest.lead_ins import LeadIn
from ingest.marginal_bands import without_restated_bands
from ingest.model import Beneficiary, IngestedPolicy, Provision, ProvisionKind
from ingest.per_unit_ceilings import ceilings_of_per_units, still_open
from ingest.policy_area import read_policy_area
from ingest.provisions import sentence_drafts
from ingest.quantity_conditions import BOUNDS, NEWLY_ESTABLISHED, quantity_conditions, without_bound_figures
from ingest.raised_rates import with_raised_rates
from ingest.read import SourceDocument, read_document
from ingest.restricted_payees import mark_restricted_payees
from ingest.script import SimplifiedReading, simplified_reading
from ingest.structure import Clause, ClauseKind, DocumentStructure, Sentence, parse_structure
from ingest.sub_yuan_units import with_rates_below_a_yuan
from ingest.tier_payees import strip_listed_tiers

POLICY_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")


def policy_id_from_path(path: Path) -> str:
    """A policy id from a file name: lower case letters, digits, ``-`` and ``_``; a name
    without such characters (某区政策.txt) gets ``policy-`` and a short hash of the name."""
    slug = re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-_")
    if slug and POLICY_ID.match(slug) and len(slug) >= len(path.stem) / 2:
        return slug[:80]
    digest = hashlib.sha1(path.stem.encode("utf-8")).hexdigest()[:8]
    return f"{slug[:60]}-{digest}" if slug and POLICY_ID.match(slug) else f"policy-{digest}"


def check_policy_id(policy_id: str) -> str:
    if not POLICY_ID.match(policy_id):
        raise IngestError(policy_id, "a policy id is 1–80 lower-case letters, digits, - or _, "
                                     "starting with a letter or digit")
    return policy_id


def _target_context(clause: Clause, structure: DocumentStructure, text: str) -> int | None:
    """Where the enclosing section of targets (二、发展目标; 一、培育目标到2025年… run in) starts, if there is one."""
    node: Clause | None = clause
    while node is not None:
        if node.kind in (ClauseKind.SECTION, ClauseKind.CHAPTER, ClauseKind.SUBSECTION) and (
                (node.heading and P.TARGET_SECTION.search(node.heading))
                or (not node.heading and P.TARGET_RUN_IN.match(text, node.body_start))):
            return node.body_start
        node = structure.clause(node.parent_id) if node.parent_id else None
    return None


def _provision(draft: Draft, clause: Clause, number: int) -> Provision:
    sentence = draft.sentence
    return Provision(
        id=f"{clause.id}/p{number}",
        clause_id=clause.id,
        clause_path=clause.path,
        kind=draft.kind,
        quote=sentence.text,
        span=(sentence.start, sentence.end),
        tier=draft.tier,
        level=draft.level,
        qualifications=tuple(draft.qualifications),
        base_quantity=draft.base_quantity,
        amount_cny=draft.amount_cny,
        rate=draft.rate,
        rate_min=draft.rate_min,
        cap_cny=draft.cap_cny,
        unit_amount_cny=draft.unit_amount_cny,
        per=draft.per,
        cumulative_cap_cny=draft.cumulative_cap_cny,
        years=draft.years,
        discretionary=draft.discretionary,
        round=draft.round,
        residual=draft.residual,
        subtype=draft.subtype,
        valid_from=draft.valid_from,
        valid_until=draft.valid_until,
        value=draft.value,
        unit=draft.unit,
        year=draft.year,
        written=tuple(draft.written.items()),
        beneficiary=draft.beneficiary if draft.kind.monetary else None,
    )


def _ancestors(clause_id: str) -> list[str]:
    """``a/b/c`` → ``a``, ``a/b``, ``a/b/c``: the clause and every clause it is within."""
    parts = clause_id.split("/")
    return ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]


def _article_of(clause_id: str) -> str:
    """The article a clause is within (``…/art3/item2`` → ``…/art3``); the clause itself when none is named."""
    return next((c for c in reversed(_ancestors(clause_id)) if c.split("/")[-1].startswith("art")), clause_id)


@dataclass(frozen=True)
class _Benefits:
    """The amount-bearing provisions, indexed by every clause they are within and by their
    span, so that scoping every rule is linear in the document, not rules × provisions."""

    by_clause: dict[str, list[Provision]]
    by_span: dict[tuple[int, int], list[Provision]]

    @classmethod
    def of(cls, provisions: list[Provision]) -> _Benefits:
        by_clause: dict[str, list[Provision]] = defaultdict(list)
        by_span: dict[tuple[int, int], list[Provision]] = defaultdict(list)
        for provision in provisions:
            if provision.kind.monetary:
                for clause_id in _ancestors(provision.clause_id):
                    by_clause[clause_id].append(provision)
                by_span[provision.span].append(provision)
        return cls(by_clause, by_span)


def _ceiling_scope(rule: Provision, benefits: _Benefits, listed: tuple[str, ...]) -> Provision:
    """Which awards a ceiling on a payee's total governs (docs/provision-model.md): all when it names the document
    (本措施所列奖励…, 按本办法第二条…: the engine reads which parts) or sits where nothing is paid (the closing, 附则);
    those it was read over (``listed``: the rates before it, the awards of the list it closes); else those of its
    sentence, or of the nearest clause holding it that pays awards (第二条（三） after （一）（二）: 第二条's)."""
    if document_layout().names_itself(rule.quote):
        return replace(rule, scope="policy")
    if listed:
        return replace(rule, scope="clause", governs=listed)
    same_sentence = benefits.by_span.get(rule.span, [])
    if same_sentence:
        return replace(rule, scope="sentence", governs=tuple(p.id for p in same_sentence))
    for clause_id in reversed(_ancestors(rule.clause_id)):
        if benefits.by_clause.get(clause_id):
            return replace(rule, scope="clause", governs=tuple(p.id for p in benefits.by_clause[clause_id]))
    return replace(rule, scope="policy")


def _with_scope(rule: Provision, benefits: _Benefits, listed: tuple[str, ...] = ()) -> Provision:
    """Which benefits a condition or obligation governs: its sentence, its clause, or all."""
    if rule.subtype == EXCLUDED_KIND_SUBTYPE:  # 第十条资助范围不含X企业: the awards of the article it names
        article = cited_article(rule.quote)
        if article is None and names_its_own_article(rule.quote):  # 本条资助范围不含X企业: its own article's
            governed = benefits.by_clause.get(_article_of(rule.clause_id), [])
            return replace(rule, scope="clause", governs=tuple(dict.fromkeys(p.id for p in governed)))
        if article is None:  # 本措施资助范围不含X企业: every award of the measure
            every = [p.id for in_clause in benefits.by_clause.values() for p in in_clause]
            return replace(rule, scope="policy", governs=tuple(dict.fromkeys(every)))
        cited = [p.id for clause_id, in_clause in benefits.by_clause.items()
                 if clause_id.split("/")[-1] == f"art{article}" for p in in_clause]
        return replace(rule, scope="clause", governs=tuple(dict.fromkeys(cited)))
    if rule.subtype in BOUNDS and listed:  # a tier's bound (实缴注册资本达到1亿元、5亿元…): its own award
        return replace(rule, scope="sentence", governs=listed)
    if rule.subtype in _CAPS_OF_RATES and not P.CLAUSE_SCOPE.search(rule.quote):
        return _ceiling_scope(rule, benefits, listed)
    if P.CLAUSE_SCOPE.search(rule.quote) or rule.subtype == NEWLY_ESTABLISHED:  # 对新迁入的…企业，…；…: the payee's
        governed = benefits.by_clause.get(rule.clause_id, [])
        return replace(rule, scope="clause", governs=tuple(p.id for p in governed))
    same_sentence = benefits.by_span.get(rule.span, [])
    if same_sentence:
        return replace(rule, scope="sentence", governs=tuple(p.id for p in same_sentence))
    return replace(rule, scope="policy")


def _inherit_payee(draft: Draft, clause: Clause, payees: dict[str, Beneficiary]) -> None:
    """A benefit that names no payee pays the one named last in its clause or, failing that, in the
    clauses it is within (对新型研发机构…：（一）最高2000万元落户奖励): the subject carries over."""
    if draft.beneficiary is not None:
        payees[clause.id] = draft.beneficiary
        return
    if draft.qualifications or P.EACH_PERSON_PAID.search(draft.sentence.text):
        return  # the vocabulary names who benefits, or each person is paid; a payee from elsewhere would contradict it
    for clause_id in reversed(_ancestors(clause.id)):
        if clause_id in payees:
            draft.beneficiary = payees[clause_id]
            return


_CAPS_OF_RATES = ("enterprise_annual_cap", "article_cap")


def _caps_open_rates(drafts: list[Draft], open_rates: list[Draft], *,
                     total_of: list[Draft] | None = None) -> list[Draft]:
    """A payee's ceiling in a sentence of no award (单个企业年度贴息金额最高不超过1000万元。), or a ceiling on
    the awards above (上述奖励金额以1000万元为上限), after rates of its clause that have none caps each of them (a
    rate never exceeds the total). After exactly one open rate of its own clause it is that rate's ceiling and no
    condition of its own; after several, after a list (``total_of``: the awards of the list it closes) or naming
    the document (本措施所列奖励…) it is a total over them all and stays a condition the engine applies. Returns
    the sentence's other drafts (with the condition when it stays)."""
    caps = [d for d in drafts if d.subtype in _CAPS_OF_RATES and d.cap_cny is not None]
    if len(caps) != 1 or not open_rates or any(d.kind.monetary for d in drafts):
        return drafts
    for rate in open_rates:
        rate.cap_cny = caps[0].cap_cny
        rate.written["cap"] = caps[0].written["cap"]
    total = len(open_rates) > 1 or total_of is not None or document_layout().names_itself(caps[0].sentence.text)
    caps[0].governed = list(open_rates if total_of is None else total_of)
    open_rates.clear()
    return drafts if total else [d for d in drafts if d is not caps[0]]


def _after_its_list(sentence: Sentence, clause: Clause, structure: DocumentStructure) -> bool:
    """Whether a sentence of a clause comes after the clauses within it: the paragraph after the last of its
    points or items, which the structure gives to the clause holding them (``structure._list_tails``)."""
    children = structure.children(clause.id)
    return bool(children) and sentence.start >= children[0].start


def _closes_its_list(sentence: Sentence, clause: Clause, structure: DocumentStructure) -> bool:
    """Whether a sentence is the last of the last bracketed point of a list and points back at the list
    (（2）…按租金的30%给予补助。上述补助单个企业年度合计最高不超过50万元。): a payee's ceiling there ends the list as
    one on the next line does and binds every point. One that does not point back (…按租金的30%给予补助。单个企业
    年度租金补助最高不超过50万元。) is the point's own ceiling."""
    if clause.kind is not ClauseKind.NUMBERED_POINT or clause.parent_id is None or not clause.sentences:
        return False
    if not document_layout().list_reference.match(sentence.text.strip()):
        return False
    siblings = [c for c in structure.children(clause.parent_id) if c.kind is ClauseKind.NUMBERED_POINT]
    return siblings[-1].id == clause.id and sentence == clause.sentences[-1]


def _caps_open_rates_within(clause_drafts: list[tuple[Clause, list[Draft]]], open_at_end: dict[str, list[Draft]],
                            structure: DocumentStructure) -> None:
    """A payee's ceiling in a sentence of no award after a clause's list (1．… （1）按设备投资额的10%给予补助。
    （2）按年租金的30%给予补助。 / 每家企业年度补助总额最高不超过200万元。) binds every point of it: it caps the rates
    still open at the end of the clause and of every clause within it (see :func:`_caps_open_rates`), and stays a
    condition over every award of the list; so does one that ends the last point of the list pointing back at it
    (:func:`_closes_its_list`). A ceiling inside another point caps that point's rates only (its own clause). The
    closing is the whole document's: a ceiling there (本措施所列奖励，单个企业年度奖励金额最高不超过500万元) caps
    every open rate and stays a condition of the whole policy."""
    nearest_first = [*(entry for entry in reversed(clause_drafts) if entry[0].kind is not ClauseKind.CLOSING),
                     *(entry for entry in clause_drafts if entry[0].kind is ClauseKind.CLOSING)]
    for clause, drafts in nearest_first:  # a ceiling within a list before the one after it, the closing's last
        closing = clause.kind is ClauseKind.CLOSING
        tail = drafts if closing else [d for d in drafts if _after_its_list(d.sentence, clause, structure)
                                       or _closes_its_list(d.sentence, clause, structure)]
        if not tail:
            continue
        holder = clause.parent_id if clause.kind is ClauseKind.NUMBERED_POINT and clause.parent_id else clause.id
        within = [other.id for other, _ in clause_drafts] if closing else \
            [holder, *(other.id for other, _ in clause_drafts if other.id.startswith(f"{holder}/"))]
        for span in dict.fromkeys((d.sentence.start, d.sentence.end) for d in tail):
            sentence = [d for d in tail if (d.sentence.start, d.sentence.end) == span]
            open_rates = [rate for clause_id in within for rate in open_at_end.get(clause_id, [])]
            awards = [] if closing else [d for other, held in clause_drafts if other.id in within
                                         for d in held if d.kind.monetary]
            if not open_rates:
                continue
            kept = {id(d) for d in _caps_open_rates(sentence, open_rates, total_of=awards)}
            if open_rates:
                continue  # no ceiling for them in this sentence
            for clause_id in within:
                open_at_end.get(clause_id, []).clear()
            dropped = {id(d) for d in sentence} - kept
            drafts[:] = [d for d in drafts if id(d) not in dropped]


def _without_refund_of_stay(drafts: list[Draft], before: list[Draft]) -> list[Draft]:
    """若违反承诺，应退回… right after a commitment to stay (stay_or_refund) is that obligation's refund, not a
    compliance rule of its own."""
    if before and before[-1].subtype == "stay_or_refund":
        return [d for d in drafts if d.subtype != "compliance"]
    return drafts


def _with_list_totals(drafts: list[Draft]) -> list[Draft]:
    """A payee's total heading a list (``list_total``, see ``patterns.LIST_AFTER``) is the cumulative ceiling of the
    unit sums after it in the clause; with none after it, it is a ceiling on all the payee receives."""
    total: Draft | None = None
    used: set[int] = set()
    for draft in drafts:
        if draft.subtype == "list_total":
            total = draft
        elif total is not None and draft.kind is ProvisionKind.PER_UNIT:
            draft.kind = ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP
            draft.cumulative_cap_cny = total.cap_cny
            draft.written["cumulative"] = total.written["cap"]
            draft.beneficiary = total.beneficiary or draft.beneficiary  # 每个单位或个人…总额: who the list pays
            used.add(id(total))
    for draft in drafts:
        if draft.subtype == "list_total" and id(draft) not in used:
            draft.subtype = "enterprise_annual_cap"
    return [d for d in drafts if d.subtype != "list_total"]


def _without_manner_only(drafts: list[Draft]) -> list[Draft]:
    """A case by case that only names how support is paid (see ``patterns.MANNER_OF_SUPPORT``), or the categories
    it is paid by (分为引领类、培育类给予支持: ``patterns.CATEGORY_DECLARATION``), is dropped when an amount follows it
    in its clause (the amount is the benefit it introduces); one after the amounts, or in a clause with none, is a
    benefit of its own."""
    kept: list[Draft] = []
    for index, draft in enumerate(drafts):
        introduces = any(d.kind.monetary and d.kind is not ProvisionKind.CASE_BY_CASE for d in drafts[index + 1:])
        if not (introduces and draft.kind is ProvisionKind.CASE_BY_CASE
                and (P.MANNER_OF_SUPPORT.search(draft.sentence.text)
                     or _declares_categories(draft.sentence.text)
                     or P.AWARD_ANNOUNCED.search(draft.sentence.text))):
            kept.append(draft)
    return kept


def _period_totals(drafts: list[Draft]) -> list[Draft]:
    """A total over a support period (``patterns.PERIOD_TOTAL_CAP``) read as a ceiling on the sum of the awards after
    it stays so only where its clause prints such awards after it; with none
    (给予租金补贴，补贴期限为3年，补贴总额不超过 30万元) it is the award's own ceiling, an up_to row paying the payee
    the sentence names."""
    kept: list[Draft] = []
    for index, draft in enumerate(drafts):
        if draft.subtype == "article_cap" and P.PERIOD_TOTAL_CAP.search(draft.sentence.text) and not any(
                d.kind.monetary and d.kind is not ProvisionKind.CASE_BY_CASE for d in drafts[index + 1:]):
            named = [d for d in drafts if d.sentence is draft.sentence and d.kind is ProvisionKind.CASE_BY_CASE]
            draft.kind, draft.subtype = ProvisionKind.UP_TO, None
            if named:
                draft.beneficiary, draft.qualifications = named[0].beneficiary, named[0].qualifications
                draft.level, draft.discretionary = named[0].level, named[0].discretionary
        kept.append(draft)
    return [d for d in kept if not (d.kind is ProvisionKind.CASE_BY_CASE and any(
        other.sentence is d.sentence and other.kind is ProvisionKind.UP_TO and P.PERIOD_TOTAL_CAP.search(
            other.sentence.text) for other in kept))]


def _declares_categories(sentence: str) -> bool:
    """Whether a sentence declares two categories or more (分为引领类、培育类: ``patterns.CATEGORY_DECLARATION``)."""
    return any(len(P.LIST_ITEM_JOINER.split(match["list"])) > 1 for match in P.CATEGORY_DECLARATION.finditer(sentence))


_PAID_EACH_YEAR = (ProvisionKind.RATE_WITH_CAP, ProvisionKind.ANNUAL, ProvisionKind.ANNUAL_UP_TO)


def _give_years_of_period(sentence: str, before: list[Draft]) -> None:
    """A sentence stating only the years of support (see ``patterns.PERIOD_ALONE``) gives them to the rates and
    yearly awards of its clause above it that have none."""
    match = P.PERIOD_ALONE.search(sentence)
    if not match:
        return
    from ingest.money import parse_number

    for draft in before:
        if draft.kind in _PAID_EACH_YEAR and draft.years is None:
            draft.years = int(parse_number(match["n"]))


def _share_list_cap(sentence: str, monetary: list[Draft], open_rates: list[Draft]) -> None:
    """Shares of a list whose last item closes with a ceiling per item or payee (see ``patterns.SHARED_CAP``)
    take that ceiling too."""
    capped = [d for d in monetary if d.kind is ProvisionKind.RATE_WITH_CAP and d.cap_cny is not None]
    if not capped or not P.SHARED_CAP.search(sentence):
        return
    rates = [d for d in monetary if d.kind is ProvisionKind.RATE_WITH_CAP]
    before = [d for d in rates[:rates.index(capped[-1])] if d.cap_cny is None]
    if len(capped) == 1 and rates[-1] is capped[-1]:  # its own sentence: the shares before the ceiling's
        for rate in before:
            rate.cap_cny, rate.per = capped[-1].cap_cny, capped[-1].per
            rate.written["cap"] = capped[-1].written.get("cap", "")
    if not open_rates or len(capped) != len(monetary):
        return
    for rate in open_rates:
        rate.cap_cny, rate.per = capped[-1].cap_cny, capped[-1].per
        rate.written["cap"] = capped[-1].written.get("cap", "")
    open_rates.clear()


def extract_provisions(text: str, structure: DocumentStructure,
                       vocabulary: Vocabulary) -> tuple[Provision, ...]:
    payees: dict[str, Beneficiary] = {}  # the last payee named in each clause
    lead_ins: dict[str, LeadIn] = {}  # the lead-in sentence of each clause, over the awards after it
    drafts_by_clause: list[tuple[Clause, list[Draft]]] = []
    open_at_end: dict[str, list[Draft]] = {}  # rates with no ceiling at the end of each clause
    for clause in structure.clauses:
        target_context = _target_context(clause, structure, text)
        clause_drafts: list[Draft] = []
        open_rates: list[Draft] = []  # rates of the clause, since its last ceiling, that have none
        open_per_units: list[Draft] = []  # amounts per unit of the clause, since its last payment, with no total
        tiered = TieredRates()
        bounds: list[Draft] = []  # conditions on base quantities, after the clause's other provisions (ids kept)
        for sentence in clause.sentences:
            drafts = sentence_drafts(text, sentence, vocabulary, target_context, clause.body_start)
            found = quantity_conditions(text, sentence, vocabulary, [d for d in drafts if d.kind.monetary])
            drafts, bounds = without_bound_figures(drafts, found, sentence), bounds + found
            if not drafts:
                _give_years_of_period(sentence.text, clause_drafts)
            if not (_after_its_list(sentence, clause, structure)  # after it: see _caps_open_rates_within
                    or _closes_its_list(sentence, clause, structure)):
                drafts = _caps_open_rates(drafts, open_rates)
            drafts = ceilings_of_rates(sentence.text, drafts, open_rates, tiered)
            drafts = ceilings_of_per_units(sentence.text, drafts, open_per_units)
            open_per_units = still_open(drafts, open_per_units)
            drafts = _without_refund_of_stay(drafts, clause_drafts)
            monetary = [d for d in drafts if d.kind.monetary]
            _share_list_cap(sentence.text, monetary, open_rates)
            if monetary:
                uncapped = [d for d in monetary if d.kind is ProvisionKind.RATE_WITH_CAP and d.cap_cny is None]
                open_rates = open_rates + uncapped if len(uncapped) == len(monetary) else []
            lead_in = LeadIn.of(sentence, drafts)
            if lead_in is not None:
                lead_ins[clause.id] = lead_in
            for draft in drafts:
                if draft.kind.monetary:
                    _inherit_payee(draft, clause, payees)
                    for clause_id in _ancestors(clause.id):
                        if clause_id in lead_ins:
                            lead_ins[clause_id].apply(draft)
            closing = [c for c in closing_thresholds(text, sentence, vocabulary, monetary)
                       if not any(bound.value == c.value for bound in found)]  # read already as a bound
            clause_drafts += drafts + count_caps(sentence.text, monetary) + closing
            if not any(d.kind.monetary for d in drafts):
                head = find_head(sentence.text, sentence.start, sentence.end, vocabulary)
                if head is not None:  # 对新型研发机构，按以下标准给予支持：the items below pay it
                    payees[clause.id] = beneficiary(head, vocabulary)
        clause_drafts = without_restated_bands(clause_drafts)  # a band's rate printed again in a later bracket
        clause_drafts = with_raised_rates(clause_drafts)  # 比例可上调10%: the rate before it, raised
        clause_drafts = without_decreases(_with_list_totals(_without_manner_only(_period_totals(clause_drafts))))
        clause_drafts = with_rates_below_a_yuan(clause_drafts)  # 0.X元/千瓦时, X.5元/千瓦时: a rate per unit
        drafts_by_clause.append((clause, clause_drafts + bounds))
        open_at_end[clause.id] = open_rates
    _caps_open_rates_within(drafts_by_clause, open_at_end, structure)
    ids = {id(draft): f"{clause.id}/p{number}" for clause, drafts in drafts_by_clause
           for number, draft in enumerate(drafts, 1)}
    listed = {ids[id(draft)]: tuple(ids[id(d)] for d in draft.governed if id(d) in ids)
              for _, drafts in drafts_by_clause for draft in drafts if draft.governed}
    provisions = [_provision(draft, clause, number)
                  for clause, drafts in drafts_by_clause for number, draft in enumerate(drafts, 1)]
    rules = (ProvisionKind.CONDITION, ProvisionKind.OBLIGATION)
    benefits = _Benefits.of(provisions)
    return tuple(_with_scope(p, benefits, listed.get(p.id, ())) if p.kind in rules else p for p in provisions)


def _structure_as_written(structure: DocumentStructure, text: str, reading: SimplifiedReading
                          ) -> DocumentStructure:
    """The structure found in the simplified reading, with its strings as the document wrote them."""
    def written(value: str | None) -> str | None:
        return reading.original(value) if value is not None else None

    clauses = tuple(replace(clause, heading=written(clause.heading),
                            sentences=tuple(replace(s, text=text[s.start:s.end]) for s in clause.sentences))
                    for clause in structure.clauses)
    return replace(structure, title=written(structure.title), doc_number=written(structure.doc_number),
                   clauses=clauses)


def _provision_as_written(provision: Provision, text: str, reading: SimplifiedReading) -> Provision:
    start, end = provision.span
    return replace(provision, quote=text[start:end],
                   tier=reading.original(provision.tier) if provision.tier else None,
                   per=reading.original(provision.per) if provision.per else None,
                   unit=reading.original(provision.unit) if provision.unit else None,
                   written=tuple((role, reading.original(value)) for role, value in provision.written))


INDUCED_SHOWN = 12
"""How many induced concepts a warning names before it says how many more there are."""


def concept_warnings(provisions: tuple[Provision, ...]) -> list[str]:
    """Warnings naming who the benefits pay where the vocabulary does not: the concepts induced
    from the policy's words, and the benefits whose payee was not found."""
    induced: dict[str, list[str]] = {}
    unnamed = 0
    for provision in provisions:
        if not provision.kind.monetary:
            continue
        payee = provision.beneficiary
        if payee is None:
            unnamed += not provision.qualifications
        elif payee.induced:
            induced.setdefault(payee.label, []).append("".join(provision.clause_path))
    warnings = []
    if induced:
        named = [f"{label}〔{'、'.join(dict.fromkeys(clauses))}〕" for label, clauses in induced.items()]
        more = f" and {len(named) - INDUCED_SHOWN} more" if len(named) > INDUCED_SHOWN else ""
        warnings.append(f"{len(named)} beneficiary concepts induced from the text, not in the vocabulary "
                        f"(review with `policykg concepts`): {'; '.join(named[:INDUCED_SHOWN])}{more}")
    if unnamed:
        warnings.append(f"{unnamed} benefits name no beneficiary the reader could find and no vocabulary "
                        "concept (review with `policykg concepts`)")
    return warnings


def ingest_document(document: SourceDocument, policy_id: str,
                    vocabulary: Vocabulary | None = None) -> IngestedPolicy:
    """Structure and mine a decoded document."""
    check_policy_id(policy_id)
    vocabulary = vocabulary or load_vocabulary()
    reading = simplified_reading(document.text)
    matched = reading.text if reading else document.text
    structure = parse_structure(matched)
    provisions = mark_restricted_payees(
        mark_defined_payees(strip_listed_tiers(extract_provisions(matched, structure, vocabulary)), matched))
    warnings = []
    if reading:
        structure = _structure_as_written(structure, document.text, reading)
        provisions = tuple(_provision_as_written(p, document.text, reading) for p in provisions)
        warnings.append("written in traditional characters: matched on a simplified reading (OpenCC t2s, "
                        "character for character); quotes are the original text")
    windows = [p for p in provisions if p.kind is ProvisionKind.VALIDITY]  # 自…起施行 / 有效期至… in two sentences
    validity = next(iter(windows), None)
    if validity is not None and validity.valid_until is None:
        validity = next((replace(validity, valid_until=w.valid_until) for w in windows if w.valid_until), validity)
    if validity is None:
        warnings.append("no validity window found (起…实施 / 有效期至): status cannot be judged")
    elif validity.valid_until is None:
        warnings.append("the policy states when it starts but not when it ends: it is taken to stay in force")
    elif validity.valid_from is None:
        warnings.append("the policy states when it ends but not the date it starts")
    warnings += concept_warnings(provisions)
    if not any(p.kind.monetary for p in provisions):
        warnings.append("no amount-bearing provisions found in this document")
    title = structure.title
    if title is None:
        warnings.append(f"no title found; using the policy id {policy_id!r} as title")
    return IngestedPolicy(
        id=policy_id,
        title=title or policy_id,
        source=document.source,
        encoding=document.encoding,
        text=document.text,
        sha256=document.sha256,
        structure=structure,
        provisions=provisions,
        valid_from=validity.valid_from if validity else None,
        valid_until=validity.valid_until if validity else None,
        warnings=tuple(warnings),
        area=read_policy_area(title or "", document.text),
    )


def ingest_file(path: Path, policy_id: str | None = None) -> IngestedPolicy:
    """Read a policy file and ingest it."""
    document = read_document(path)
    return ingest_document(document, policy_id or policy_id_from_path(path))
