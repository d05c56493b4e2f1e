"""A kind of company an article does not pay (``EXCLUDED_KIND``): 本措施第十条资助范围不含数字产品制造企业 leaves
数字产品制造企业 out of 第十条's awards. The reader keeps it as a condition (``excluded_kind``, the kind as its
``tier``; ``kind_named``: the words a company names it by, a concept of the policy the company may say it is)
governing the awards of the article it cites (``cited_article``); the engine refuses those awards to a company that
says it is of that kind (``assistant/eligibility/excluded_kinds.py``)."""

from __future__ import annotations

import re

from ingest.draft import Draft
from ingest.model import ProvisionKind
from ingest.money import NumberFormatError, parse_number
from ingest.structure import Sentence

EXCLUDED_KIND_SUBTYPE = "excluded_kind"
EXCLUDED_KIND = re.compile(
    r"第\s*(?P<article>[0-9一二三四五六七八九十百]+)\s*条[^，,。；;]{0,12}?(?:资助|支持|奖励|扶持|补贴|适用)?范围"
    r"(?:内)?不(?:含|包括|包含)\s*(?P<kind>[^，,。；;]{2,24}?(?:企业|单位|机构|项目))")
"""An article's awards leaving a kind out: 本措施第十条资助范围不含数字产品制造企业, 第五条支持范围不包括房地产企业
(no_match: 资助范围包括数字产品制造企业; 本办法适用范围为…)."""


def excluded_kind_drafts(sentence: Sentence) -> list[Draft]:
    """The kinds ``sentence`` leaves out of an article's awards, one condition each."""
    return [Draft(ProvisionKind.CONDITION, sentence, subtype=EXCLUDED_KIND_SUBTYPE, tier=match["kind"].strip())
            for match in EXCLUDED_KIND.finditer(sentence.text)]


PARTY_WORD = re.compile(r"(?:企业|单位|机构|公司)$")
"""The party word a kind ends in: the kind is named without it too (属于数字产品制造 names 数字产品制造企业)."""
MIN_KIND_CHARS = 4


def kind_named(kind: str) -> str:
    """The words that name an excluded kind in a company's own description: the kind less its party word when
    what remains is long enough to be a name (数字产品制造企业 → 数字产品制造; 房地产企业 stays whole)."""
    stem = PARTY_WORD.sub("", kind.strip())
    return stem if len(stem) >= MIN_KIND_CHARS else kind.strip()


def cited_article(quote: str) -> int | None:
    """The article an exclusion names (第十条 → 10); None when it names none readable."""
    match = EXCLUDED_KIND.search(quote)
    if match is None:
        return None
    try:
        return int(parse_number(match["article"]))
    except (NumberFormatError, ValueError):
        return None
