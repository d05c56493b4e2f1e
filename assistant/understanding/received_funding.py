"""Funding already received — "already received 3 million in grants", 已获得市级资助300万, or none
(没拿过其他财政资金 → 0) — with the characters it was read from. Wording is data
(``ontology/cues/received_funding.yaml``); a clause that plans or expects funding is not funding
received (:mod:`assistant.understanding.tense`)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.understanding.casual_amounts import Amount, all_amounts
from assistant.understanding.cue_files import CueFileError, compile_pattern, language_section
from assistant.understanding.cues import cue
from assistant.understanding.tense import event_tense

_HAN = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE = re.compile(r"(?:[^，,。；;！!？?\n]|(?<=\d),(?=\d))+")  # 20,000 stays whole


@dataclass(frozen=True)
class ReceivedFunding:
    """Funding received, said in ``text[start:end]`` (one clause): its total in yuan (``0`` when the
    clause says none was received; None when received with no amount said), the amounts summed (each
    with its span), and its kind (``patent`` funding or ``other``)."""

    start: int
    end: int
    text: str
    amount_cny: Decimal | None
    amounts: tuple[Amount, ...]
    kind: str

    @property
    def explicit_zero(self) -> bool:
        return self.amount_cny == 0 and not self.amounts


@dataclass(frozen=True)
class FundingWording:
    funding: re.Pattern[str]
    received: re.Pattern[str]
    own_money: re.Pattern[str]
    none: re.Pattern[str]
    kinds: dict[str, re.Pattern[str]]
    examples: dict[str, list[str]]


@functools.cache
def funding_wording(lang: str) -> FundingWording:
    section, flags = language_section("received_funding", lang)

    def pattern(name: str) -> re.Pattern[str]:
        if name not in section:
            raise CueFileError(f"received_funding.yaml {lang}", f"needs `{name}`")
        return compile_pattern(str(section[name]), f"received_funding.yaml {lang}.{name}", flags)

    kinds = {kind: compile_pattern(str(words), f"received_funding.yaml {lang}.kinds.{kind}", flags)
             for kind, words in section.get("kinds", {}).items()}
    return FundingWording(pattern("funding"), pattern("received"), pattern("own_money"), pattern("none"), kinds,
                          section.get("examples", {}))


def received_funding(text: str, lang: str | None = None) -> list[ReceivedFunding]:
    """Every clause of ``text`` that says funding was received (with its amounts) or that none was."""
    found = []
    for clause in _CLAUSE.finditer(text):
        first = lang or ("zh" if _HAN.search(clause[0]) else "en")
        for language in (first, *(other for other in ("zh", "en") if other != first and lang is None)):
            reading = _read_clause(clause[0], clause.start(), language, funding_wording(language))
            if reading is not None:  # English words around 2亿 are read as English too
                found.append(reading)
                break
    return found


def _investment_lead(clause: str, wording: FundingWording) -> int:
    """Where the funding part of ``clause`` begins: after the amount of an investment said before any word of
    funding ("Total investment was RMB 8m and the province already gave us 1.5m": the 8m is the investment,
    not funding received); 0 when no investment amount comes first."""
    invested = cue("investment").search(clause)
    first_funding = min((m.start() for m in (wording.funding.search(clause), wording.received.search(clause)) if m),
                        default=len(clause))
    if invested is None or invested.start() >= first_funding:
        return 0
    before = [a for a in all_amounts(clause) if invested.end() <= a.start and a.end <= first_funding]
    return before[-1].end if before else 0


def _read_clause(clause: str, offset: int, lang: str, wording: FundingWording) -> ReceivedFunding | None:
    if not wording.funding.search(clause):
        return None
    lead = _investment_lead(clause, wording)
    clause, offset = clause[lead:], offset + lead
    kind = next((name for name, pattern in wording.kinds.items() if pattern.search(clause)), "other")
    start, end = offset + len(clause) - len(clause.lstrip()), offset + len(clause.rstrip())
    words = clause.strip()
    if wording.none.search(clause):
        return ReceivedFunding(start, end, words, Decimal(0), (), kind)
    if not wording.received.search(clause) or event_tense(clause, lang) in ("planned", "expected") \
            or wording.own_money.search(clause):  # 我们已经给中心拨了150万: the company's own money, not funding received
        return None
    amounts = tuple(Amount(item.value, item.start + offset, item.end + offset, item.text)
                    for item in all_amounts(clause))
    total = sum((item.value for item in amounts), Decimal(0)) if amounts else None
    return ReceivedFunding(start, end, words, total, amounts, kind)
