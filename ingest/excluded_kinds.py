"""A kind of company an article does not pay (``EXCLUDED_KIND``): 本措施第十条资助范围不含数字产品制造企业 leaves
数字产品制造企业 out of 第十条's awards. The reader keeps it as a condition (``excluded_kind``, the kind as its
``tier``; ``kind_named``: the words a company names it by, a concept of the policy the company may say it is)
governing the awards of the article it cites (``cited_article``), of its own article (本条), or of the whole
measure when it names none (本措施资助范围不含房地产企业, 本办法不适用于类金融企业); the engine refuses those awards to
a company that says it is of that kind (``assistant/eligibility/excluded_kinds.py``)."""

from __future__ import annotations

import re

from ingest.draft import Draft
from ingest.model import ProvisionKind
from ingest.money import NumberFormatError, parse_number
from ingest.structure import Sentence

EXCLUDED_KIND_SUBTYPE = "excluded_kind"
_KIND = r"(?P<kind>[^，,。；;、]{2,24}?(?:企业|单位|机构|项目))"
EXCLUDED_KIND = re.compile(
    r"(?:本(?:措施|办法|政策|细则|规定|方案|通知))?\s*(?:第\s*(?P<article>[0-9一二三四五六七八九十百]+)\s*条|(?P<this>本条))?"
    r"[^，,。；;]{0,12}?(?:资助|支持|奖励|扶持|补贴|适用)?范围(?:内)?不(?:含|包括|包含)\s*" + _KIND
    + r"|不适用于\s*" + _KIND.replace("kind", "kind2") + r"(?=\s*[。；;，,]|$)")
"""Awards leaving a kind out: of one article (本措施第十条资助范围不含数字产品制造企业, 第五条支持范围不包括房地产企业),
of the article it is in (本条资助范围不含金融企业), or of the whole measure when it names no article
(本措施资助范围不含房地产企业; 本办法不适用于类金融企业; 资助范围不包括房地产企业) — no_match:
资助范围包括数字产品制造企业; 奖励金额不含税; 本办法适用范围为…."""


def _kind(match: re.Match[str]) -> str:
    return (match["kind"] or match["kind2"] or "").strip()


def excluded_kind_drafts(sentence: Sentence) -> list[Draft]:
    """The kinds ``sentence`` leaves out of an article's awards, one condition each."""
    return [Draft(ProvisionKind.CONDITION, sentence, subtype=EXCLUDED_KIND_SUBTYPE, tier=_kind(match))
            for match in EXCLUDED_KIND.finditer(sentence.text)]


PARTY_WORD = re.compile(r"(?:企业|单位|机构|公司)$")
"""The party word a kind ends in: the kind is named without it too (属于数字产品制造 names 数字产品制造企业)."""
MIN_KIND_CHARS = 4


def kind_named(kind: str) -> str:
    """The words that name an excluded kind in a company's own description: the kind less its party word when
    what remains is long enough to be a name (数字产品制造企业 → 数字产品制造; 房地产企业 stays whole)."""
    stem = PARTY_WORD.sub("", kind.strip())
    return stem if len(stem) >= MIN_KIND_CHARS else kind.strip()


def names_its_own_article(quote: str) -> bool:
    """Whether an exclusion is of the article it is printed in (本条资助范围不含…)."""
    match = EXCLUDED_KIND.search(quote)
    return match is not None and match["this"] is not None


def cited_article(quote: str) -> int | None:
    """The article an exclusion names (第十条 → 10); None when it names none (the whole measure, or 本条) or none
    readable."""
    match = EXCLUDED_KIND.search(quote)
    if match is None or match["article"] is None:
        return None
    try:
        return int(parse_number(match["article"]))
    except (NumberFormatError, ValueError):
        return None
