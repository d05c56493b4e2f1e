"""A ceiling on a rate (``RATE_CEILING_BEFORE``): 按不超过项目研发投入的30%, 给予不超过40%的贷款贴息, 最高可按当年研发
投入额的5%, 原则上不超过产品订货合同及发票认定金额的10% — the rate is the most that may be paid, set after review,
so nothing of it is sure: the row's lower rate (``rate_min``) is 0. A rate printed bare (按投资额的5%) is paid as
printed; a ceiling on the award after the rate (…的5%，最高不超过100万元) is the row's cap, not this."""

from __future__ import annotations

import re
from decimal import Decimal

RATE_CEILING_BEFORE = re.compile(r"(?:不超过|不高于|最高|最多)(?:[^，,。；;：:0-9０-９%％]{0,24})$")
"""Words of a ceiling between the start of the rate's segment and the rate, with no figure between
(按不超过项目研发投入的30%, 最高可按当年研发投入额的, 给予不超过); no_match: 按投资额的, 单个企业最高100万元，按
(another segment's cap)."""
SEGMENT_START = re.compile(r"[，,。；;：:]")
NOTHING_SURE = Decimal(0)


def rate_floor(text: str, sentence_start: int, rate_start: int) -> Decimal | None:
    """0 when the rate at ``rate_start`` is printed as a ceiling (``RATE_CEILING_BEFORE``) — what is surely paid at
    that rate —, else None (the rate itself)."""
    starts = [m.end() for m in SEGMENT_START.finditer(text, sentence_start, rate_start)]
    segment = starts[-1] if starts else sentence_start
    return NOTHING_SURE if RATE_CEILING_BEFORE.search(text[segment:rate_start]) else None
