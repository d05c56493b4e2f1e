"""A profile seen as facts about vocabulary concepts, quantities and money."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.profile import CompanyProfile
from assistant.understanding.currencies import YUAN

STANDARD = "standard_first_drafter"
EQUIPMENT = "first_major_equipment"
RD_EXPENSE_INCREMENT = "rd_expense_increment"
CONTRACT_AMOUNT = "contract_amount"


@dataclass(frozen=True)
class ConceptFact:
    """The company holds (or not) a concept, with what is known about it."""

    concept: str
    held: bool
    source: str
    level: str | None = None
    round: str | None = None
    date: dt.date | None = None
    count: int | None = None
    amount: Decimal | None = None
    domestic: bool | None = None
    ipo: bool | None = None
    date_precision: str | None = None
    """"year" or "month" when only that much of ``date`` is known."""
    tier: str | None = None
    """The grade the company named (五级, 四星级), as it wrote it."""
    operating_until: dt.date | None = None
    """The last day a platform is said to operate (a yearly grant counts its years up to it)."""
    valid_on: dt.date | None = None
    """A day the company said the recognition is still valid on (a clause paying holders within their validity
    is met by it, whenever the recognition was got)."""


@dataclass(frozen=True)
class CompanyFacts:
    in_zone: bool | None
    planned_departure: dt.date | None
    by_concept: dict[str, tuple[ConceptFact, ...]]
    series: dict[str, dict[int, Decimal]] = field(default_factory=dict)
    """Base quantities by year (``rd_expense`` holds R&D levels, not increments)."""
    said: dict[str, dict[int, str]] = field(default_factory=dict)
    """How a figure of ``series`` was said when not exactly: ``at_least`` (超过3000万: a lower bound) or ``about``."""
    foreign: dict[str, dict[int, dict[str, Decimal]]] = field(default_factory=dict)
    """Base quantities said in another currency, by year and currency (实缴注册资本3500万美元: registered_capital →
    {2019: {USD: 35000000}}): never yuan; only a bound in the same currency reads them
    (:mod:`assistant.eligibility.foreign_bounds`)."""
    foreign_said: dict[str, dict[int, str]] = field(default_factory=dict)
    """How a figure of ``foreign`` was said when not exactly (``at_least``, ``about``)."""
    patent_funding_received: Decimal | None = None
    investment_total: Decimal | None = None
    other_funding: Decimal | None = None
    settled_year: int | None = None
    """The year the company was set up in or moved into the place it is in (None: not said)."""
    newly_settled: bool | None = None
    """Said to be newly set up or moved in (True), long established (False), or not said (None)."""

    def facts(self, concept: str) -> tuple[ConceptFact, ...]:
        return self.by_concept.get(concept, ())


MAINLAND_BOARDS = frozenset({"star_market", "chinext", "sme_board"})
"""Boards that exist only on mainland exchanges (科创板 on the SSE; 创业板, 中小企业板 on the SZSE)."""
MAINLAND_EXCHANGES = frozenset({"sse", "szse", "bse", "上交所", "深交所", "北交所", "上海证券交易所", "深圳证券交易所",
                                "北京证券交易所", "shanghai stock exchange", "shenzhen stock exchange",
                                "beijing stock exchange"})


def _domestic(board: str, exchange: str | None, stated: bool | None) -> bool | None:
    """On a mainland exchange? Stated, or implied by the board or the exchange; else unknown."""
    if stated is not None:
        return stated
    if exchange is not None:
        return exchange.strip().lower() in MAINLAND_EXCHANGES
    return True if board in MAINLAND_BOARDS else None


def company_facts(profile: CompanyProfile) -> CompanyFacts:
    found: dict[str, list[ConceptFact]] = defaultdict(list)
    for i, q in enumerate(profile.qualifications):
        found[q.id].append(ConceptFact(q.id, q.held, f"qualifications[{i}]", q.level, q.round, q.date,
                                       date_precision=q.date_precision, tier=q.tier, valid_on=q.valid_on))
    for i, platform in enumerate(profile.platforms):
        found[platform.type].append(ConceptFact(platform.type, platform.held, f"platforms[{i}]",
                                                platform.level, platform.round, platform.date,
                                                date_precision=platform.date_precision, tier=platform.tier,
                                                operating_until=platform.operating_until))
    for i, listing in enumerate(profile.listings):
        found[listing.board].append(ConceptFact(listing.board, True, f"listings[{i}]", None, None, listing.date,
                                                domestic=_domestic(listing.board, listing.exchange, listing.domestic),
                                                ipo=listing.ipo, date_precision=listing.date_precision))
    for i, standard in enumerate(profile.standards):
        found[STANDARD].append(ConceptFact(STANDARD, standard.first_drafter, f"standards[{i}]", standard.level,
                                           None, standard.date, date_precision=standard.date_precision))
    for i, patent in enumerate(profile.patents):
        found[patent.type].append(ConceptFact(patent.type, patent.granted > 0, f"patents[{i}]", None, None,
                                              patent.date, count=patent.granted, date_precision=patent.date_precision))
    for i, item in enumerate(profile.equipment):
        found[EQUIPMENT].append(ConceptFact(EQUIPMENT, True, f"equipment[{i}]", item.level, None, item.date,
                                            amount=item.contract_amount_cny))
    for i, holding in enumerate(profile.holdings):
        found[holding.type].append(ConceptFact(holding.type, holding.held, f"holdings[{i}]", holding.level,
                                               None, holding.date, date_precision=holding.date_precision,
                                               tier=holding.tier))
    for i, concept in enumerate(profile.policy_concepts):
        found[concept.id].append(ConceptFact(concept.id, concept.held, f"policy_concepts[{i}]", concept.level, None,
                                             concept.date, date_precision=concept.date_precision, tier=concept.tier,
                                             count=concept.count))
    series = {name: years for name, values in profile.quantities.items()
              if (years := {v.year: v.amount_cny for v in values if v.currency == YUAN})}
    if profile.rd_expense:
        series["rd_expense"] = {v.year: v.amount_cny for v in profile.rd_expense}
    said: dict[str, dict[int, str]] = {
        name: {v.year: v.bound for v in values if v.bound and getattr(v, "currency", YUAN) == YUAN}
        for name, values in [*profile.quantities.items(), ("rd_expense", profile.rd_expense)]}
    foreign: dict[str, dict[int, dict[str, Decimal]]] = {}
    foreign_said: dict[str, dict[int, str]] = {}
    for name, amounts in profile.quantities.items():
        for amount in (a for a in amounts if a.currency != YUAN):  # 3500万美元: kept in its currency, never yuan
            foreign.setdefault(name, {}).setdefault(amount.year, {})[amount.currency] = amount.amount_cny
            if amount.bound:
                foreign_said.setdefault(name, {})[amount.year] = amount.bound
    return CompanyFacts(
        in_zone=profile.location.in_zone,
        planned_departure=profile.location.planned_departure,
        by_concept={k: tuple(v) for k, v in found.items()},
        series=series,
        said={name: years for name, years in said.items() if years},
        foreign=foreign,
        foreign_said=foreign_said,
        patent_funding_received=profile.patent_funding_received_cny,
        investment_total=profile.investment_total_cny,
        other_funding=profile.other_funding_cny,
        settled_year=profile.location.settled_year,
        newly_settled=profile.location.newly_settled,
    )
