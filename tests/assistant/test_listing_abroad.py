"""A clause paying a listing abroad (境外 / 海外…上市) is not paid as sure to a company listed on a
mainland exchange, and asks where when the company did not say."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.rules import PolicyRules
from assistant.profile import parse_profile
from ingest.pipeline import ingest_file
from kg.build import build_policy_graph

POLICY = """某区鼓励企业海外上市暂行办法

第一条 凡注册在本区的企业，适用本办法。
第二条 在海外主板成功上市的企业，一次性奖励150万元。
第三条 本办法自2020年1月1日起施行，有效期五年。
"""
AS_OF = dt.date(2022, 6, 30)


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> PolicyRules:
    path: Path = tmp_path_factory.mktemp("abroad") / "haiwai_listing.txt"
    path.write_text(POLICY, encoding="utf-8")
    return rules_from_graph(build_policy_graph(ingest_file(path)))


def _sure(rules: PolicyRules, listing: dict[str, object]) -> int:
    data = {"location": {"in_zone": True}, "listings": [{"board": "main_board", "date": "2021-09-01", **listing}]}
    return evaluate(parse_profile(data), AS_OF, rules).total_min_cny


@pytest.mark.parametrize("listing", [{"exchange": "上交所"}, {"exchange": "Shanghai Stock Exchange"},
                                     {"domestic": True}], ids=["zh-exchange", "en-exchange", "said-domestic"])
def test_a_mainland_listing_is_not_paid_an_overseas_award(rules: PolicyRules, listing: dict[str, object]) -> None:
    assert _sure(rules, listing) == 0


def test_a_listing_of_unsaid_place_is_not_paid_as_sure(rules: PolicyRules) -> None:
    assert _sure(rules, {}) == 0


@pytest.mark.parametrize("listing", [{"exchange": "HKEX"}, {"domestic": False}], ids=["hong-kong", "said-abroad"])
def test_an_overseas_listing_is_paid(rules: PolicyRules, listing: dict[str, object]) -> None:
    assert _sure(rules, listing) == 1_500_000
