"""Awards of a list of items that name no payee (对新建高级雪道、中级雪道、初级雪道分别奖励100万元、50万元、5万元): each
item its tier names is what the company must have built or obtained, as a concept the policy induced from its words
(by its printed label, like any induced payee): 新建了2条中级雪道 is two of them. A tier that grades something (四星级,
5A, a level), gives an amount or a figure (2500万元), or an ordinal (第二) names no item."""

from __future__ import annotations

import re

from assistant.eligibility.tiers import grade_of
from ingest.model import Beneficiary, Provision

MAX_ITEM_CHARS = 8
"""An item is named in a few words (中级雪道, 标准化冰场); a longer tier is a clause read as one."""
_ITEM = re.compile(rf"(?!第)[\u4e00-\u9fff]{{2,{MAX_ITEM_CHARS}}}")
_NO_ITEM = re.compile(r"[万亿元]|[级星]$")
"""Words a tier that names an amount (2500万元) or a grade (三级, 五星) has; an item has none of them."""


def names_an_item(tier: str) -> bool:
    """Whether ``tier`` names an item (中级雪道), not a grade, an amount or an ordinal."""
    words = tier.strip()
    return bool(_ITEM.fullmatch(words)) and not _NO_ITEM.search(words) and grade_of(words) is None


def payee_of(provision: Provision) -> Beneficiary | None:
    """Who ``provision`` pays: its printed payee; for an award of one of a list of items with no payee and no
    vocabulary qualification, the item its tier names (an induced concept); None otherwise."""
    if provision.beneficiary is not None or provision.qualifications or not provision.tier:
        return provision.beneficiary
    return Beneficiary(provision.tier.strip()) if names_an_item(provision.tier) else None


def is_the_item_of(provision: Provision, concept: str) -> bool:
    """Whether ``concept`` is the item ``provision``'s tier names (its tier is then the concept itself, not a grade
    the company must state)."""
    payee = payee_of(provision)
    return provision.beneficiary is None and payee is not None and payee.id == concept
