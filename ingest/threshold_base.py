"""A threshold that is also the base of its rate: 总部企业实缴注册资本超过5000万元的，按1%给予落户扶持 pays 1% of the
paid-in registered capital — the quantity the threshold is on, since the rate names no other.

``patterns.BASE_IN_THRESHOLD`` drops a base quantity's label followed by an amount (a threshold, not the base),
for 年度销售额3亿元(含)以上…的批发企业，最高给予企业对我区经济贡献40%的奖励: there the rate names its own
base (对我区经济贡献). Only a rate printed bare (``BARE_RATE``: nothing between 按 / 给予 / 予以, a ceiling word
at most, and the figure) takes the quantity of a threshold (``THRESHOLD_AMOUNT``), and only when nothing but the
payee stands between the threshold and the rate (``ONLY_THE_PAYEE_BETWEEN``): 营业收入超过1亿元的企业，其新增银行
贷款按1%给予贴息 names its own base (the new loans) before 按 — the revenue is a condition, never the base. A growth
(营业收入同比增长10%以上的) is never a base.

And a share that names its base by what it is (``INTEREST_SUBSIDY_AFTER``): 给予不超过40%的贷款贴息 is 40% of the
interest paid.
"""

from __future__ import annotations

import re

from ingest import patterns as P
from ingest.concepts import Vocabulary

BARE_RATE = re.compile(r"(?:按|按照|给予|予以)\s*(?:不超过|不高于|最高|最多)?\s*$")
"""What right before a rate leaves it with no base of its own: 按1%, 给予不超过2%, 按照0.5% (no_match:
按投资额的1%, 给予企业对我区经济贡献40%)."""
THRESHOLD_AMOUNT = re.compile(r"\s*(?:达到|达|超过|在|为|不低于|不少于)?\s*[0-9０-９.．]+\s*(?:万|亿)?(?:元|美元)")
"""A base quantity's label followed by an amount: a threshold on it (实缴注册资本超过5000万元,
年度采购额达到1000万元)."""
ONLY_THE_PAYEE_BETWEEN = re.compile(
    r"\s*(?:以上|及以上|（含）|\(含\))?\s*的?\s*(?:[\u4e00-\u9fff]{0,10}?(?:企业|单位|机构|公司))?\s*[，,；;]?\s*"
    r"(?:则|可|均|一律|统一|分别)?\s*")
"""What may stand between a threshold amount and the 按 of a bare rate for the threshold to be the rate's base:
the clause's end and its payee at most (超过5000万元的，按; 超过5000万元的企业按; 达到2亿元以上的总部企业，可按).
no_match (the rate names its own base before 按): 超过1亿元的企业，其新增银行贷款按; 超过1亿元的企业新增银行贷款，按;
超过3000万元的，对其租金按."""
THRESHOLD_OWNER = re.compile(r"(?:企业|单位|机构|公司|其|对)\s*$")
"""The payee's own quantity, right before its label (总部企业实缴注册资本超过5000万元的, 对实缴注册资本达到1亿元以上的
企业): the whole quantity —
not the end of a longer word (融资租赁合同额1000万元, of which 合同额 is a label: a narrower quantity), which
``patterns.BASE_BEFORE`` or this must rule out."""


def threshold_base(text: str, vocabulary: Vocabulary, sentence_start: int, rate_start: int) -> str | None:
    """The base quantity a bare rate at ``rate_start`` is taken of: the last base quantity of the sentence before
    it that a threshold amount follows; None when the rate is not bare or no threshold names one."""
    bare = BARE_RATE.search(text, max(sentence_start, rate_start - 8), rate_start)
    if not bare:
        return None
    hits = [hit for hit in vocabulary.find(text, "base_quantities", sentence_start, rate_start)
            if (amount := THRESHOLD_AMOUNT.match(text, hit.end))
            and ONLY_THE_PAYEE_BETWEEN.fullmatch(text, amount.end(), bare.start())
            and (P.BASE_BEFORE.search(text, max(sentence_start, hit.start - 4), hit.start)
                 or THRESHOLD_OWNER.search(text, max(sentence_start, hit.start - 4), hit.start))]
    return hits[-1].concept.id if hits else None


INTEREST_SUBSIDY_AFTER = re.compile(r"\s*的?\s*(?:贷款|融资)?(?:贴息|利息补贴)(?!率)")
"""A share that is an interest subsidy (给予不超过40%的贷款贴息支持, 按50%的贴息): it is taken of the interest paid,
the base the text leaves unsaid (no_match: 给予40%的补助; 按不超过1%的贴息率, a rate on the loan)."""
INTEREST_PAID = "interest_paid"


def implied_base(text: str, rate_end: int) -> str | None:
    """The base a share names by what it is (``INTEREST_SUBSIDY_AFTER``: the interest paid); None otherwise."""
    return INTEREST_PAID if INTEREST_SUBSIDY_AFTER.match(text, rate_end) else None
