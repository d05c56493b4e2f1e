"""Facts about a company read from a message, each with the words it came from.

A message is cut into clauses (at ，。；！？ and line breaks); in each clause, vocabulary
concepts are found by their labels and aliases (高企, HNTE, 瞪羚, STAR Market…), and the
level, round, date and negation written in the same clause are attached to them.
Quantities (R&D by year, technology contract turnover, investment) are read the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from assistant.understanding.quantities import Found, amounts, counts, dates
from ingest.concepts import Concept, load_vocabulary

_CLAUSE_BREAK = re.compile(r"[，。；;！!？?\n]|,\s|\.(?:\s|$)|\bbut\b|\band\b(?=\s+(?:we|our|it)\b)|但是?|不过|而且|另外|"
                           r"并且")
_NEGATION = re.compile(r"不是|还不是|并非|不属于|没有|还没|尚未|未|没|不在|\bnot\b|n't\b|\bno\b|\bnever\b|\byet to\b",
                       re.IGNORECASE)
_FIRST = re.compile(r"首次|第一次|初次|头一回|\bfirst\b|\bfirst-time\b|\bnewly\b", re.IGNORECASE)
_RENEWAL = re.compile(r"再次|重新认定|复审|第二次|续期|\brenew(?:ed|al)?\b|\bre-?certifi|\bagain\b", re.IGNORECASE)
_LEVEL_WORDS = {
    "international": r"国际级?|\binternational\b",
    "national": r"国家级|国字号|\bnational\b|\bstate-level\b",
    "provincial": r"省级|省里|省里的|\bprovincial\b|\bprovince\b",
    "municipal": r"市级|市里|\bmunicipal\b|\bcity-level\b|\bcity level\b",
    "district": r"区级|县级|\bdistrict\b",
}
_RD = re.compile(r"研发(?:投入|经费|费用|支出|开支)|研发花|R&D|research and development", re.IGNORECASE)
_TECH_TURNOVER = re.compile(r"技术合同(?:成交额|交易额)?|技术交易额|technology (?:contract|transaction)", re.IGNORECASE)
_INVESTMENT = re.compile(r"投资总额|总投资|项目投资|\binvest(?:ed|ment)\b", re.IGNORECASE)
_OTHER_FUNDING = re.compile(r"(?:已|已经)(?:获得|拿到|拿了|收到)[^，。；]{0,12}(?:财政|政府|资助|补助|补贴|资金)|"
                            r"(?:government|public) (?:funding|grants?|subsid)", re.IGNORECASE)
_IN_AREA = re.compile(r"片区|自贸区|自贸片区|保税区|园区|区内|本区|辖区|\bthe zone\b|\bFTZ\b|free trade zone|pilot zone|"
                      r"bonded zone", re.IGNORECASE)
_LEAVING = re.compile(r"(?:计划|打算|准备|要)(?:迁到|搬到|迁往|搬去|迁出|搬走)|(?:plan|planning|intend)s? to (?:move|relocate)|"
                      r"relocating to", re.IGNORECASE)
_FOREIGN_MARKET = re.compile(r"港股|香港|港交所|纳斯达克|纽交所|美股|海外上市|Hong Kong|HKEX|NASDAQ|NYSE|overseas", re.I)
_PATENT_TYPES = (("foreign_patent", re.compile(r"PCT|国外专利|海外专利|外国专利|foreign patent|overseas patent|"
                                               r"美国专利|欧洲专利|日本专利", re.IGNORECASE)),
                 ("invention_patent", re.compile(r"发明专利|invention patent|\bpatents?\b", re.IGNORECASE)))


@dataclass(frozen=True)
class Understood:
    """One fact read from the message: where it goes in the profile, and the words it came from."""

    key: str
    """Identity: a later fact with the same key replaces this one (``qualification:high_tech_enterprise``)."""
    field: str
    value: Any
    source: str

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "field": self.field, "value": _plain(self.value), "source": self.source}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass
class _Clause:
    text: str
    start: int
    dates: list[Found] = field(default_factory=list)


def clauses(message: str) -> list[_Clause]:
    parts, cursor = [], 0
    for match in _CLAUSE_BREAK.finditer(message):
        parts.append(_Clause(message[cursor:match.start()], cursor))
        cursor = match.end()
    parts.append(_Clause(message[cursor:], cursor))
    return [part for part in parts if part.text.strip()]


def _level(text: str) -> str | None:
    for level, pattern in _LEVEL_WORDS.items():
        if re.search(pattern, text, re.IGNORECASE):
            return level
    return None


def _round(text: str) -> str | None:
    if _RENEWAL.search(text):
        return "renewal"
    if _FIRST.search(text):
        return "first"
    return None


def _concept_facts(clause: _Clause, concept: Concept, words: str) -> Understood | None:
    text = clause.text
    held = not _NEGATION.search(text)
    when = clause.dates[0].value if clause.dates else None
    group = concept.group
    if group in ("enterprise_recognition", "enterprise_type"):
        value: dict[str, Any] = {"id": concept.id}
        if not held:
            value["held"] = False
        level, round_ = _level(text), _round(text)
        if level:
            value["level"] = level
        if round_ and concept.id == "high_tech_enterprise":
            value["round"] = round_
        if when and held:
            value["date"] = when
        return Understood(f"qualification:{concept.id}", "qualifications", value, words)
    if group == "platform":
        value = {"type": concept.id}
        if not held:
            value["held"] = False
        if level := _level(text):
            value["level"] = level
        if when and held:
            value["date"] = when
        return Understood(f"platform:{concept.id}", "platforms", value, words)
    if group == "listing_board":
        if not held:
            return None
        value = {"board": concept.id}
        if _FOREIGN_MARKET.search(text):
            value["domestic"] = False
        if when:
            value["date"] = when
        return Understood(f"listing:{concept.id}", "listings", value, words)
    if group in ("project", "talent"):
        value = {"type": concept.id}
        if not held:
            value["held"] = False
        if when and held:
            value["date"] = when
        return Understood(f"holding:{concept.id}", "holdings", value, words)
    return None


def _patents(clause: _Clause) -> list[Understood]:
    found = []
    numbers = counts(clause.text)
    for concept_id, pattern in _PATENT_TYPES:
        match = pattern.search(clause.text)
        if not match:
            continue
        nearby = [n for n in numbers if n.end <= match.start() + 2] or numbers
        if not nearby:
            continue
        value: dict[str, Any] = {"type": concept_id, "granted": nearby[-1].value}
        if clause.dates:
            value["date"] = clause.dates[0].value
        found.append(Understood(f"patent:{concept_id}", "patents", value, clause.text.strip()))
        break  # one patent type per clause: "30件发明专利" is not also 30 PCT patents
    return found


def _series_years(clause: _Clause, values: list[Found], as_of: dt.date) -> list[tuple[int, Decimal, str]]:
    """Give each amount a year: the nearest year written next to it (2023年3000万, 30 million in
    2023), else relative to the last complete year (去年从X涨到Y → year−2, year−1)."""
    years = [(d.start, d.end, d.value.year) for d in clause.dates if isinstance(d.value, dt.date)]
    if len(years) >= len(values):
        pairs, used = [], set()
        for amount in values:
            candidates = sorted((min(abs(amount.start - end), abs(start - amount.end)), year)
                                for start, end, year in years if year not in used)
            if not candidates:
                break
            year = candidates[0][1]
            used.add(year)
            pairs.append((year, amount.value, amount.text))
        if len(pairs) == len(values):
            return sorted(pairs, key=lambda p: p[0])  # type: ignore[arg-type,return-value]
    last = years[-1][2] if years else as_of.year - 1
    first = last - len(values) + 1
    return [(first + i, amount.value, amount.text) for i, amount in enumerate(values)]  # type: ignore[misc]


def understand_facts(message: str, as_of: dt.date) -> list[Understood]:
    """Every fact the message states, in order."""
    vocabulary = load_vocabulary()
    facts: list[Understood] = []
    topic: str | None = None
    for clause in clauses(message):
        clause.dates = dates(clause.text, as_of)
        hits = vocabulary.find(clause.text, "qualifications")
        for hit in hits:
            fact = _concept_facts(clause, hit.concept, clause.text.strip())
            if fact is not None:
                facts.append(fact)
        facts.extend(_patents(clause))
        quantities, topic = _quantities(clause, as_of, None if hits else topic)
        facts.extend(quantities)
        facts.extend(_location(clause))
    return facts


def _quantities(clause: _Clause, as_of: dt.date, previous_topic: str | None) -> tuple[list[Understood], str | None]:
    """Amounts of a clause, and the topic (R&D, turnover) a following clause may continue
    (2023年研发投入3000万，2024年5000万)."""
    text = clause.text
    topic = ("rd" if _RD.search(text) else "turnover" if _TECH_TURNOVER.search(text) else
             "funding" if _OTHER_FUNDING.search(text) else "investment" if _INVESTMENT.search(text) else None)
    values = amounts(text)
    if topic is None and values and clause.dates and previous_topic in ("rd", "turnover"):
        topic = previous_topic
    if not values or topic is None:
        return [], topic or (previous_topic if not values else None)
    source = text.strip()
    if topic == "rd":
        return [Understood(f"rd_expense:{year}", "rd_expense", {"year": year, "amount_cny": value}, source)
                for year, value, _ in _series_years(clause, values, as_of)], topic
    if topic == "turnover":
        return [Understood(f"quantity:technology_transaction_amount:{year}",
                           "quantities.technology_transaction_amount", {"year": year, "amount_cny": value}, source)
                for year, value, _ in _series_years(clause, values, as_of)], topic
    if topic == "funding":
        return [Understood("other_funding_cny", "other_funding_cny", values[-1].value, source)], topic
    return [Understood("investment_total_cny", "investment_total_cny", values[-1].value, source)], topic


def _location(clause: _Clause) -> list[Understood]:
    text = clause.text
    source = text.strip()
    if _LEAVING.search(text):
        found = [Understood("location.in_zone", "location.in_zone", True, source)]
        if clause.dates:
            found.append(Understood("location.planned_departure", "location.planned_departure",
                                    clause.dates[0].value, source))
        return found
    if _IN_AREA.search(text):
        negated = re.search(r"不在|不属于|并非|\bnot (?:in|located|registered|based)|outside", text, re.IGNORECASE)
        return [Understood("location.in_zone", "location.in_zone", not negated, source)]
    elsewhere = re.search(r"\b(?:based|located|registered|headquartered) in (?!the zone)([A-Z][a-z]+)", text)
    if elsewhere:
        return [Understood("location.in_zone", "location.in_zone", False, source)]
    return []


def profile_data(facts: list[Understood]) -> dict[str, Any]:
    """The profile (as data for :func:`assistant.profile.parse_profile`) that the facts describe;
    a later fact with the same key replaces an earlier one."""
    latest: dict[str, Understood] = {}
    for fact in facts:
        latest[fact.key] = fact
    data: dict[str, Any] = {}
    for fact in latest.values():
        if fact.field.startswith("location."):
            data.setdefault("location", {})[fact.field.split(".", 1)[1]] = _plain(fact.value)
        elif fact.field.startswith("quantities."):
            data.setdefault("quantities", {}).setdefault(fact.field.split(".", 1)[1], []).append(_plain(fact.value))
        elif fact.field in ("investment_total_cny", "other_funding_cny", "patent_funding_received_cny"):
            data[fact.field] = _plain(fact.value)
        else:
            data.setdefault(fact.field, []).append(_plain(fact.value))
    if "rd_expense" in data:
        data["rd_expense"].sort(key=lambda v: v["year"])
    return data
