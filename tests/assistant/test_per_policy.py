"""What the engine reads from a provision's words is kept once per policy: the same value for the same provision and
vocabulary, computed again for another object or another vocabulary, never pickled; and the conditions governing a
provision are found by an index that gives what a scan of every provision gives, in the policy's order."""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import replace
from pathlib import Path

from assistant.dialogue import default_context
from assistant.eligibility import evaluate
from assistant.eligibility.per_policy import PerPolicy
from assistant.profile import parse_profile
from ingest.concepts import VOCABULARY_FILE, vocabulary_file
from ingest.model import Provision, ProvisionKind


def _provision(provision_id: str = "sec1/p1", quote: str = "对新认定的企业给予10万元奖励") -> Provision:
    return Provision(provision_id, "sec1", ("一",), ProvisionKind.FIXED, quote, (0, len(quote)))


def test_a_value_is_computed_once_per_provision_and_variant() -> None:
    memo, calls = PerPolicy(), []
    provision = _provision()

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert [memo.once("n", provision, compute), memo.once("n", provision, compute)] == [1, 1]
    assert memo.once("n", provision, compute, variant=True) == 2
    assert memo.once("other", provision, compute) == 3


def test_another_object_with_the_same_id_is_read_again() -> None:
    memo = PerPolicy()
    first, second = _provision(), _provision(quote="对首次认定的企业给予20万元奖励")
    assert memo.once("quote", first, lambda: first.quote) == first.quote
    assert memo.once("quote", second, lambda: second.quote) == second.quote
    assert memo.once("quote", first, lambda: first.quote) == first.quote


def test_another_vocabulary_is_read_again(tmp_path: Path) -> None:
    memo = PerPolicy()
    provision = _provision()
    copy = tmp_path / "vocabulary.ttl"
    copy.write_text(VOCABULARY_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    assert memo.once("file", provision, lambda: "default") == "default"
    with vocabulary_file(copy):
        assert memo.once("file", provision, lambda: "chosen") == "chosen"
    assert memo.once("file", provision, lambda: "default again") == "default again"  # replaced, so read again
    assert memo.once("file", provision, lambda: "not read") == "default again"


def test_the_memo_is_not_pickled() -> None:
    memo = PerPolicy()
    provision = _provision()
    memo.once("n", provision, lambda: 1)
    assert pickle.loads(pickle.dumps(memo)).once("n", provision, lambda: 2) == 2


def test_evaluating_twice_gives_the_same_result() -> None:
    rules = replace(default_context().rules)  # a fresh memo
    profile = parse_profile({"location": {"in_zone": True},
                             "qualifications": [{"id": "high_tech_enterprise", "round": "first",
                                                 "date": "2022-11-15"}]})
    first = evaluate(profile, dt.date(2025, 6, 30), rules)
    assert evaluate(profile, dt.date(2025, 6, 30), rules) == first


def test_one_companys_reading_never_reaches_another() -> None:
    """Profiles taking different paths through the memoised checks (a payee phrase, alternatives, bounds, a newly
    settled company), evaluated in turn on one memo, each give what a fresh memo gives."""
    profiles = [parse_profile(data) for data in (
        {"location": {"in_zone": True, "settled_year": 2024},
         "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-15"},
                            {"id": "above_scale_industrial", "date": "2023-01-01"}]},
        {"location": {"in_zone": False},
         "qualifications": [{"id": "gazelle_enterprise", "level": "provincial", "date": "2023-03-01"}],
         "rd_expense": [{"year": 2023, "amount_cny": 30000000}, {"year": 2024, "amount_cny": 50000000}]},
        {},
    )]
    as_of = dt.date(2025, 6, 30)
    shared = replace(default_context().rules)
    for profile in [*profiles, *reversed(profiles), *profiles]:
        assert evaluate(profile, as_of, shared) == evaluate(profile, as_of, replace(shared)), profile


def test_the_index_of_conditions_gives_what_a_scan_gives() -> None:
    record = default_context().rules.record
    for provision in record.provisions:
        scanned = [rule for rule in record.provisions
                   if rule.kind is ProvisionKind.CONDITION and provision.id in rule.governs]
        assert list(record.conditions_governing(provision.id)) == scanned
    assert record.conditions_governing("no such provision") == ()
