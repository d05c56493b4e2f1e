"""A limit on how many units a per-unit amount is paid for: a count cap, kept as a condition.

每家企业每年最多补贴5名 after 按每人3000元给予补贴 bounds the units paid (at most 5 persons a year), not the money;
前5件额外给予2000元/件 pays the first 5 items only. Without the limit the per-unit amount reads as unbounded and a
company with more units is shown more money than the text gives. The limit becomes a ``condition`` of subtype
``unit_count_cap`` in the sentence of the amounts it bounds (so it governs them, docs/provision-model.md): ``value``
the count, ``unit`` the unit counted as printed (名, 件, 个展位), ``per`` ``年`` when the count is per year.

Only a count of the unit a per-unit amount of the same sentence is paid per is read (名 and 人 and 位 count the same
persons): 每人只能享受一次 counts times, not persons paid, and 招用5名以上 is a threshold, not a limit.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.draft import Draft
from ingest.model import ProvisionKind
from ingest.money import parse_number

COUNT_CAP = re.compile(
    r"(?:[^，。；;0-9０-９]{0,6}?(?:最多|最高|不超过|限)\s*(?:补贴|补助|奖励|资助|支持|享受)?\s*"
    r"(?P<n>[0-9０-９]+|[一二两三四五六七八九十]+)\s*(?P<unit>名|人|位|件|项|个[\u4e00-\u9fff]{1,3}|家|台|套)"
    r"(?![\u4e00-\u9fff]{0,2}(?:以上|及以上)))"
    r"|前\s*(?P<first>[0-9０-９]+|[一二两三四五六七八九十]+)\s*(?P<first_unit>名|件|项|个[\u4e00-\u9fff]{1,3}|家|台|套)")
"""At most N units (每家企业每年最多补贴5名, 每家企业最多补贴2个展位) or the first N (前5件额外给予2000元/件)."""

YEARLY = re.compile(r"每年|年度")
"""A count per year (每家企业每年最多补贴5名)."""

_PERSONS = {"名": "人", "位": "人"}
"""Words counting persons, as the per-unit amount's own unit (每人 → 人)."""


def _same_unit(counted: str, per: str | None) -> bool:
    if per is None:
        return False
    counted = _PERSONS.get(counted, counted)
    return per.split("/")[0].removeprefix("个") == counted.removeprefix("个")


def _printed_count(match: re.Match[str]) -> str:
    """The count as printed, from its number to its unit (5名, 3件)."""
    return match[0][match.start("n" if match["n"] else "first") - match.start():]


def count_caps(sentence: str, drafts: list[Draft]) -> list[Draft]:
    """The count caps ``sentence`` sets on its per-unit amounts (``drafts``), as conditions."""
    per_unit = [d for d in drafts if d.kind in (ProvisionKind.PER_UNIT, ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP)]
    if not per_unit:
        return []
    caps = []
    for match in COUNT_CAP.finditer(sentence):
        counted = match["unit"] or match["first_unit"]
        governed = [d for d in per_unit if _same_unit(counted, d.per)]
        if not governed:
            continue
        caps.append(Draft(ProvisionKind.CONDITION, governed[0].sentence, subtype="unit_count_cap",
                          value=Decimal(parse_number(match["n"] or match["first"])), unit=counted,
                          per="年" if YEARLY.search(match[0]) else None, written={"value": _printed_count(match)},
                          governed=governed))
    return caps

