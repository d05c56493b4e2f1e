"""A lead-in sentence that says how the awards after it in its clause are decided (docs/provision-model.md,
``discretionary`` and ``years``).

A compendium card's item opens with a sentence naming no figure — 根据综合评估结果,采取后补助方式给予分档支持 or
采取后补助方式给予支持，…择优给予分档支持，连续支持3年 — and its points (（1）…给予不超过300万元的资金支持) or next
sentences print the amounts. The assessment and the years the lead-in states are theirs: every award after it in its
clause and in the points under that clause is discretionary, and a yearly award or share with no years of its own is
paid for the lead-in's years.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest import patterns as P
from ingest.draft import Draft
from ingest.model import ProvisionKind
from ingest.money import parse_number
from ingest.structure import Sentence

_PAID_EACH_YEAR = (ProvisionKind.RATE_WITH_CAP, ProvisionKind.ANNUAL, ProvisionKind.ANNUAL_UP_TO)


@dataclass(frozen=True)
class LeadIn:
    """What a lead-in sentence says of the awards after it."""

    discretionary: bool
    years: int | None
    end: int
    """Where the lead-in sentence ends in the text: it speaks of the awards printed after it only (a parent clause's
    sentence after its points, 以上…补助…企业可择优、但不得重复享受, is read before them but leads none)."""

    @classmethod
    def of(cls, sentence: Sentence, drafts: list[Draft]) -> LeadIn | None:
        """The lead-in a sentence is, if it is one: it grants (``patterns.GRANT``), names no amount (no monetary
        provision but case by case) and says the awards are assessed (``patterns.DISCRETION``) by more than a review
        of performance (``patterns.PERFORMANCE``: that decides the award of its own sentence only)."""
        if any(d.kind.monetary and d.kind is not ProvisionKind.CASE_BY_CASE for d in drafts):
            return None
        assessed = [m for m in P.DISCRETION.finditer(sentence.text) if not P.PERFORMANCE.search(m[0])]
        if not P.GRANT.search(sentence.text) or not assessed:
            return None  # 对项目投产后根据绩效可以申请奖励: performance leads to a formula after it, not an assessment
        years = P.YEARS_AFTER.search(sentence.text)
        return cls(True, int(parse_number(years["n"])) if years else None, sentence.end)

    def apply(self, draft: Draft) -> None:
        """Give an award after the lead-in the lead-in's assessment and years."""
        if not draft.kind.monetary or draft.kind is ProvisionKind.CASE_BY_CASE or draft.sentence.start < self.end:
            return
        draft.discretionary = draft.discretionary or self.discretionary
        if self.years is not None and draft.years is None and draft.kind in _PAID_EACH_YEAR:
            draft.years = self.years
