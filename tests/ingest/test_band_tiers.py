"""A 分别 list whose first tier is a band of a quantity (营业收入在X万元—Y亿元（含）、Y亿元以上的，分别奖励…): the
band's two ends bound that tier's award only; the tier after it never inherits the band's upper end
(``quantity_conditions._tier_bounds``; why8 a4). Fresh synthetic sentences."""

from __future__ import annotations

import datetime as dt

from ingest.model import ProvisionKind
from tests.assistant_contexts import context_of_text, reply_after, totals_of
from tests.ingest.sentences import policy_of


def _governed_by_value() -> dict[tuple[str, int], set[str | None]]:
    provisions = policy_of("对批发企业年度销售额在3000万元—1亿元（含）、1亿元以上的，"
                           "每户分别奖励3万元、8万元。").provisions
    tiers = {p.id: p.tier for p in provisions if p.kind.monetary}
    return {(p.subtype or "", int(p.value or 0)): {tiers.get(g) for g in p.governs}
            for p in provisions if p.kind is ProvisionKind.CONDITION and p.value is not None}


def test_a_bands_ends_bound_only_its_own_tier() -> None:
    governed = _governed_by_value()
    assert governed[("quantity_at_most", 100_000_000)] == {"3000万元—1亿元（含）"}
    assert governed[("quantity_at_least", 100_000_000)] == {"1亿元以上"}
    assert all("1亿元以上" not in tiers for (subtype, _), tiers in governed.items() if subtype == "quantity_at_most")


_POLICY = ("某区促进商贸发展的若干措施\n一、支持措施\n"
           "商品流通企业年度营业收入在3000万元—1亿元（含）、1亿元以上的，每户分别奖励3万元、8万元。\n"
           "二、附则\n本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")


def test_a_company_above_the_band_is_not_refused_the_higher_tier_nor_paid_it_as_sure() -> None:
    context = context_of_text(_POLICY, "band_tiers")
    for message in ("我们是本区的商品流通企业，2024年营业收入1.5亿元。",
                    "We are a commodity circulation enterprise in the district; our 2024 operating revenue was "
                    "RMB 150 million."):
        reply = reply_after(context, dt.date(2025, 5, 10), message)
        sure, most = totals_of(reply)
        assert sure <= 80_000 and most <= 80_000  # never the two tiers added, never more than the higher one
        refused = {entry["title"] for entry in reply.eligibility["not_eligible"]}
        assert not any(title.endswith("（1亿元以上）") for title in refused), refused  # no longer refused by the band
