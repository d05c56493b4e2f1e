"""A figure the payee must have, printed bare before its award, kept as a condition on that award.

到位注册资本2亿元人民币的，给予200万元奖励；到位注册资本5亿元的，给予400万元奖励: 2亿元 closes a 的-phrase in a
segment that grants nothing (``patterns.CLOSES_A_CONDITION``), so it is no award; it is what the company must have
for the 200万元. Dropped, the two awards would read as unconditional alternatives. It becomes a ``condition`` of
subtype ``quantity_at_least`` (a bare figure is reached when the quantity is at least it): ``value`` the figure in
yuan, ``unit`` 元, ``written`` the figure as printed, ``base_quantity`` the vocabulary's base quantity named before
it in its sentence (none when the vocabulary has no concept for it), governing the awards of its sentence
(docs/provision-model.md). A figure after a word of comparison (达到, 超过, 至 — ``patterns.THRESHOLD_BEFORE``) or a
step (每超过1亿元), or the last of a list of figures (达到1亿元、3亿元的，分别给予…: tiers of its awards) is not read
here.
"""

from __future__ import annotations

from decimal import Decimal

from ingest import patterns as P
from ingest.concepts import Vocabulary
from ingest.draft import Draft
from ingest.model import ProvisionKind
from ingest.money import find_money, to_cny
from ingest.provisions import closes_a_condition
from ingest.structure import Sentence

AT_LEAST = "quantity_at_least"
"""The subtype of a bound a quantity must reach, the figure included."""

_LOOK_BACK = 6
"""How many characters before a figure may hold its word of comparison or step (首次突破, 每超过)."""


def _bare(text: str, start: int, floor: int) -> bool:
    """No word of comparison nor step right before the figure at ``start``."""
    before = max(floor, start - _LOOK_BACK)
    return not (P.THRESHOLD_BEFORE.search(text, before, start) or P.STEP_BEFORE_AMOUNT.search(text, before, start))


def closing_thresholds(text: str, sentence: Sentence, vocabulary: Vocabulary, awards: list[Draft]) -> list[Draft]:
    """The bare figures ``sentence`` requires of the payee of its ``awards``, as conditions governing them."""
    if not awards:
        return []
    bounds = []
    mentions = find_money(sentence.text, sentence.start)
    for previous, mention in zip([None, *mentions], mentions, strict=False):
        if previous is not None and P.GROUP_JOINER.match(text[previous.end:mention.start]):
            continue  # 达到1亿元、3亿元、5亿元的，分别给予: the last of a list of tiers, read as its awards' tiers
        if not _bare(text, mention.start, sentence.start) \
                or not closes_a_condition(text, mention, mention.end, sentence):
            continue
        named = vocabulary.find(text, "base_quantities", sentence.start, mention.start)
        nearest = max(named, key=lambda hit: hit.end) if named else None
        bounds.append(Draft(ProvisionKind.CONDITION, sentence, subtype=AT_LEAST,
                            base_quantity=nearest.concept.id if nearest else None,
                            value=Decimal(to_cny(mention.value)), unit="元",
                            written={"value": "".join(mention.written.removesuffix("人民币").split())},
                            governed=list(awards)))
    return bounds
