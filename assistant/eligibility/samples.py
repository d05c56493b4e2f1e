"""Random but valid company profiles, for property tests and benchmarks."""

from __future__ import annotations

import random
from typing import Any

LEVELS = ("national", "provincial", "municipal")
RECOGNITIONS = ("high_tech_enterprise", "gazelle_enterprise", "unicorn_enterprise", "tech_leader_enterprise",
                "above_scale_industrial")
PLATFORMS = ("key_laboratory", "technology_innovation_center", "incubator", "innovation_alliance",
             "manufacturing_innovation_center", "offshore_incubator", "academician_workstation",
             "postdoctoral_workstation")
BOARDS = ("star_market", "main_board", "sme_board", "chinext")
HOLDINGS = ("challenge_project", "hydrogen_key_project", "top_talent_team", "outstanding_young_talent",
            "shortage_talent", "ip_creation_activity")


def _date(rng: random.Random) -> str | None:
    if rng.random() < 0.15:
        return None
    return f"{rng.randint(2020, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def random_profile(rng: random.Random) -> dict[str, Any]:
    """A profile as a user might send it: some facts, some unknown, some known false."""
    profile: dict[str, Any] = {"location": {"in_zone": rng.choice([True, True, True, None, False])}}
    profile["qualifications"] = [
        {"id": q, "held": rng.random() < 0.85, "level": rng.choice([None, *LEVELS]),
         "round": rng.choice([None, "first", "renewal"]), "date": _date(rng)}
        for q in rng.sample(RECOGNITIONS, rng.randint(0, 3))]
    profile["platforms"] = [{"type": t, "level": rng.choice([None, *LEVELS]), "date": _date(rng)}
                            for t in rng.sample(PLATFORMS, rng.randint(0, 2))]
    if rng.random() < 0.2:
        profile["listings"] = [{"board": rng.choice(BOARDS), "date": _date(rng),
                                "domestic": rng.choice([None, True, False])}]
    if rng.random() < 0.3:
        profile["patents"] = [{"type": "invention_patent", "granted": rng.randint(0, 40), "date": _date(rng)}]
        profile["patent_funding_received_cny"] = rng.choice([None, 0, 20000, 100000])
    profile["holdings"] = [{"type": t, "date": _date(rng)} for t in rng.sample(HOLDINGS, rng.randint(0, 2))]
    if rng.random() < 0.6:
        start = rng.randint(2019, 2024)
        profile["rd_expense"] = [{"year": y, "amount_cny": rng.randint(0, 80_000_000)}
                                 for y in range(start, start + rng.randint(1, 4))]
    if rng.random() < 0.3:
        profile["investment_total_cny"] = rng.randint(0, 50_000_000)
        profile["other_funding_cny"] = rng.randint(0, 5_000_000)
    return profile
