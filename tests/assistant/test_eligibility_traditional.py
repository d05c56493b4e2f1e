"""The engine on a policy written in traditional characters pays exactly what it pays on the
simplified original: every wording the engine reads (境内, 首发…) is read the same way."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import opencc
import pytest

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.rules import PolicyRules
from assistant.eligibility.samples import random_profile
from assistant.profile import parse_profile
from ingest.model import IngestedPolicy
from ingest.pipeline import ingest_file
from kg.build import build_policy_graph

NAME = "dalian-ftz-innovation-zone-plan-2021"
HONG_KONG = {"location": {"in_zone": True}, "listings": [{"board": "main_board", "exchange": "HKEX",
                                                           "date": "2023-03-01"}]}
BACKDOOR = {"location": {"in_zone": True}, "listings": [{"board": "star_market", "ipo": False,
                                                          "date": "2023-03-01"}]}


@pytest.fixture(scope="module")
def both(policies: dict[str, IngestedPolicy], tmp_path_factory: pytest.TempPathFactory
         ) -> tuple[PolicyRules, PolicyRules]:
    simplified = policies[NAME]
    path: Path = tmp_path_factory.mktemp("big5") / f"{NAME}.txt"
    path.write_bytes(opencc.OpenCC("s2tw").convert(simplified.text).encode("big5"))
    return rules_from_graph(build_policy_graph(simplified)), rules_from_graph(build_policy_graph(ingest_file(path)))


def _outcome(rules: PolicyRules, data: dict[str, object], as_of: dt.date) -> tuple[object, ...]:
    result = evaluate(parse_profile(data), as_of, rules)
    return (result.total_min_cny, result.total_max_cny, result.total_max_unbounded,
            [(b.provision_id, b.amount_min_cny, b.amount_max_cny) for b in result.benefits],
            sorted(n.provision_id for n in result.not_eligible))


@pytest.mark.parametrize("data", [HONG_KONG, BACKDOOR], ids=["hong-kong-listing", "backdoor-listing"])
def test_listing_wording_is_read_in_traditional_characters(both: tuple[PolicyRules, PolicyRules],
                                                           data: dict[str, object]) -> None:
    simplified, traditional = both
    as_of = dt.date(2024, 6, 30)
    assert _outcome(traditional, data, as_of) == _outcome(simplified, data, as_of)
    assert _outcome(simplified, data, as_of)[3] == []  # neither pays a listing it should refuse


def test_random_companies_get_the_same_from_both_copies(both: tuple[PolicyRules, PolicyRules]) -> None:
    simplified, traditional = both
    rng = random.Random(20261126)
    for _ in range(60):
        data = random_profile(rng)
        as_of = dt.date(2022 + rng.randrange(4), rng.randrange(1, 13), 1)
        assert _outcome(traditional, data, as_of) == _outcome(simplified, data, as_of), data
