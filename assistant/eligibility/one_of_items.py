"""A rule that pays one of the policy's own items only: the highest of their awards, never the sum.

（一）对新认定的X级企业技术中心，给予20万元奖励。（二）对新认定的X级工程技术研究中心，给予50万元奖励。（三）同一企业同一
年度获得第（一）、（二）项奖励的，不得兼得，按就高原则执行 — a company holding both is paid 50万, not 70万. Left as a
caveat ("not applied"), the sum was shown as sure.

A ``no_double_funding`` condition whose sentence names items of the policy — by number (第（一）、（二）项) or as the
awards printed before it at its own level (以上奖励, 上述支持) — and speaks of no funding outside them
(``ontology/one_of_items.yaml``) makes the listed benefits of those items alternatives: the one paying most is kept
(its sure part at least the largest sure part of any of them), the others are dropped with a note, and what a
could-add entry of those items would add is cut to what it adds above the award kept. A rule naming the whole
document's awards (同一年度内符合本办法中多项奖励条件的…至多只能获得一项奖励) makes every award of the policy such an
alternative; when it says 同一年度 the awards are alternatives within a year only (each year's facts pay their highest),
and an award whose year is not known counts with all of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

import cn2an

from assistant.eligibility.pattern_file import patterns_of
from assistant.eligibility.result import Benefit, CouldAdd, TraceStep
from assistant.format import cny_zh
from ingest.model import Provision
from ontology import ONTOLOGY_DIR

ONE_OF_ITEMS_FILE = ONTOLOGY_DIR / "one_of_items.yaml"
RULE = "condition.one_of_items"
_SEPARATOR = re.compile(r"\s*(?:项|款|条|点)?\s*(?:、|，|和|及|与|或|至|到|—|-)\s*第?\s*")
_RANGE = re.compile(r"至|到|—|-")


@dataclass(frozen=True)
class ItemWords:
    numbered: re.Pattern[str]
    said_before: re.Pattern[str]
    other_funding: re.Pattern[str]
    whole_policy: re.Pattern[str]
    same_year: re.Pattern[str]

    def numbers(self, sentence: str) -> tuple[str, ...]:
        """The item numbers the sentence names (第（一）、（二）项 → 1, 2; 第一至三款 → 1, 2, 3), as digits."""
        found = self.numbered.search(sentence)
        if found is None:
            return ()
        items = found["items"]
        parts = [item_number(part) for part in _SEPARATOR.split(items)]
        if len(parts) == 2 and _RANGE.search(items) and all(part.isdigit() for part in parts):
            return tuple(str(n) for n in range(int(parts[0]), int(parts[1]) + 1))
        return tuple(parts)

    def names_items_before(self, sentence: str) -> bool:
        return bool(self.said_before.search(sentence))

    def of_other_funding(self, sentence: str) -> bool:
        return bool(self.other_funding.search(sentence))

    def names_whole_policy(self, sentence: str) -> bool:
        return bool(self.whole_policy.search(sentence))

    def within_a_year(self, sentence: str) -> bool:
        return bool(self.same_year.search(sentence))


_KEYS = ("numbered", "said_before", "other_funding", "whole_policy", "same_year")


@cache
def item_words() -> ItemWords:
    return ItemWords(*patterns_of(ONE_OF_ITEMS_FILE, _KEYS))


def item_number(label: str) -> str:
    """A clause's or an item's number as digits: （二） → 2, 三 → 3, (4) → 4; other labels as written."""
    bare = re.sub(r"[（()）\s第]", "", label)
    if bare.isdigit():
        return str(int(bare))
    try:
        return str(cn2an.cn2an(bare, "smart"))
    except ValueError:
        return bare


def _items_of(rule: Provision, benefits: Sequence[Benefit]) -> tuple[tuple[str, ...], ...]:
    """The clause paths of the items ``rule`` names, among those ``benefits`` are paid by; () when it names none."""
    words = item_words()
    if rule.subtype != "no_double_funding" or words.of_other_funding(rule.quote):
        return ()
    path = rule.clause_path
    numbers = words.numbers(rule.quote)
    if not numbers and words.names_whole_policy(rule.quote):
        return tuple(sorted({b.clause_path for b in benefits}))
    for depth in reversed(range(len(path))):
        prefix, own = path[:depth], item_number(path[depth])
        if numbers:
            named = {b.clause_path[:depth + 1] for b in benefits if len(b.clause_path) > depth
                     and b.clause_path[:depth] == prefix and item_number(b.clause_path[depth]) in numbers}
        elif words.names_items_before(rule.quote):
            named = {b.clause_path[:depth + 1] for b in benefits if len(b.clause_path) > depth
                     and b.clause_path[:depth] == prefix and b.clause_path[depth] != path[depth]
                     and b.span[0] < rule.span[0]}
        else:
            return ()
        if len(named) > 1 and own not in {item_number(p[-1]) for p in named}:
            return tuple(sorted(named))
    return ()


def _paid_by(benefit: Benefit | CouldAdd, items: tuple[tuple[str, ...], ...]) -> bool:
    return any(benefit.clause_path[:len(item)] == item for item in items)


def one_of_items(benefits: list[Benefit], could_add: list[CouldAdd], rules: Sequence[Provision]
                 ) -> tuple[list[Benefit], list[CouldAdd]]:
    """``benefits`` with one award of each group of items a rule pays one of (the highest; of each year when the
    rule says 同一年度), and ``could_add`` cut to what it adds above that award."""
    for rule in rules:
        items = _items_of(rule, benefits)
        members = [b for b in benefits if _paid_by(b, items)] if items else []
        if not members:
            continue
        groups = _by_year(members) if item_words().within_a_year(rule.quote) else [members]
        ceilings = []
        for group in groups:
            benefits, ceiling = _keep_highest(benefits, group, rule)
            ceilings.append(ceiling)
        if len(groups) == 1:
            could_add = _above(could_add, items, ceilings[0])
    return benefits, could_add


def _year_of(benefit: Benefit) -> int | None:
    """The year of the facts ``benefit`` is paid for; None when a fact has no date or their years differ."""
    years = {fact.date.year if fact.date else None for fact in benefit.matched}
    return years.pop() if len(years) == 1 else None


def _by_year(members: list[Benefit]) -> list[list[Benefit]]:
    """``members`` grouped by the year of their facts; one group of all when the year of any is not known."""
    years = [_year_of(b) for b in members]
    known = {year for year in years if year is not None}
    if None in years:
        return [members]
    return [[b for b, y in zip(members, years, strict=True) if y == year] for year in sorted(known)]


def _keep_highest(benefits: list[Benefit], members: list[Benefit], rule: Provision) -> tuple[list[Benefit], int | None]:
    """``benefits`` with the highest of ``members`` kept (noted) and the others dropped; the kept award's ceiling."""
    kept = max(members, key=lambda b: (b.amount_max_cny is None, b.amount_max_cny or 0, b.amount_min_cny))
    floor = max(b.amount_min_cny for b in members)
    ceiling = kept.amount_max_cny
    dropped = [b for b in members if b is not kept]
    gone = {id(b) for b in dropped}
    detail = f"{rule.quote}：只取其一（就高）{cny_zh(ceiling) if ceiling is not None else ''}" + (
        f"，不计 {'、'.join(b.title for b in dropped)}" if dropped else "")
    step = TraceStep(RULE, detail, rule.id, rule.clause_path, {"kept": kept.provision_id,
                                                                 "dropped": [b.provision_id for b in dropped]})
    return [replace(b, amount_min_cny=min(floor, ceiling) if ceiling is not None else floor,
                    basis=f"{b.basis}; {detail}", trace=(*b.trace, step)) if b is kept else b
            for b in benefits if id(b) not in gone], ceiling


def _above(could_add: list[CouldAdd], items: tuple[tuple[str, ...], ...], paid: int | None) -> list[CouldAdd]:
    """Could-add entries of the items, each cut to what it adds above the award ``paid`` (none when nothing)."""
    result = []
    for entry in could_add:
        if not _paid_by(entry, items) or entry.amount_max_cny is None or paid is None:
            result.append(entry)
        elif entry.amount_max_cny > paid:
            result.append(replace(entry, amount_min_cny=max(0, entry.amount_min_cny - paid),
                                  amount_max_cny=entry.amount_max_cny - paid))
    return result


def applied_rules(benefits: Sequence[Benefit]) -> frozenset[str]:
    """The rules applied to ``benefits`` by :func:`one_of_items` (no longer caveats)."""
    return frozenset(step.provision_id for b in benefits for step in b.trace if step.rule == RULE)
