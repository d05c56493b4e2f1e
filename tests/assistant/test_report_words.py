"""The report and the kinds' words: labels in words, never ids, JSON, clause paths or spans."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.rules import PolicyRules
from assistant.eligibility.whatif import compare
from assistant.kind_words import kind_label, kind_words, parse_kind_words, round_label, subtype_label
from assistant.profile import parse_profile
from assistant.report import eligibility_markdown, whatif_markdown
from ingest.model import IngestedPolicy, ProvisionKind
from kg.store import open_store
from tests.assistant.test_explanation import EXPLAINED, scenario_result
from tests.internals import assert_no_internals


@pytest.fixture(scope="module")
def rules() -> PolicyRules:
    return rules_from_graph(open_store(None).graph())


@pytest.mark.parametrize("name", EXPLAINED)
def test_the_report_shows_no_internals(name: str, rules: PolicyRules) -> None:
    assert_no_internals(eligibility_markdown(scenario_result(name, rules), name), "both")


def test_obligations_are_named_in_words(rules: PolicyRules) -> None:
    report = eligibility_markdown(scenario_result("013-hte-first", rules))
    assert "在本区持续经营10年，否则退回已获资金 / stay in the area, or refund what was received (10 years)" in report
    assert "申报细则另行发布 / application rules published separately" in report
    assert "stay_or_refund" not in report and "implementation_rules" not in report


def test_an_obligation_for_some_benefits_cites_their_clauses(rules: PolicyRules) -> None:
    result = scenario_result("051-mic-national-share-cap", rules)
    governed = [o for o in result.obligations if o.applies_to]
    assert governed
    report = eligibility_markdown(result)
    for obligation in governed:
        assert all(provision_id not in report for provision_id in obligation.applies_to)
    assert "适用于 applies to 〔" in report


def test_the_comparison_says_the_status_in_words(rules: PolicyRules) -> None:
    profile = parse_profile({"location": {"in_zone": True},
                             "qualifications": [{"id": "high_tech_enterprise", "round": "first",
                                                 "date": "2022-11-15"}]}, "p")
    table = whatif_markdown(compare(evaluate(profile, dt.date(2024, 6, 30), rules),
                                    evaluate(profile, dt.date(2026, 6, 30), rules)))
    assert "有效 in force" in table and "已失效 expired" in table
    assert_no_internals(table, "both")


def test_every_kind_subtype_and_round_of_the_ingested_policies_has_words(
        policies: dict[str, IngestedPolicy]) -> None:
    words = kind_words().words
    assert set(words["provision_kinds"]) == {kind.value for kind in ProvisionKind}
    subtypes = {p.subtype for policy in policies.values() for p in policy.provisions if p.subtype}
    assert subtypes and subtypes <= set(words["condition_subtypes"]), subtypes - set(words["condition_subtypes"])
    rounds = {p.round for policy in policies.values() for p in policy.provisions if p.round}
    assert rounds <= set(words["rounds"])


@pytest.mark.parametrize(("said", "expected"), [
    (kind_label("rate_with_cap", "zh"), "按比例补助，设上限"),
    (kind_label("rate_with_cap", "en"), "a share of a base, capped"),
    (subtype_label("stay_or_refund", "zh"), "在本区持续经营，否则退回已获资金"),
    (round_label("renewal", "en"), "renewal"),
    (kind_label("not_a_kind", "zh"), "条款"), (subtype_label(None, "en"), "condition"),
])
def test_labels_are_words_and_an_unknown_key_is_never_shown(said: str, expected: str) -> None:
    assert said == expected


def test_a_broken_words_file_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "words.ttl"
    path.write_text('@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
                    '@prefix pkk: <https://w3id.org/policykg/kinds/> .\n'
                    'pkk:fixed a skos:Concept ; skos:inScheme pkk:provision_kinds ; skos:prefLabel "定额"@zh .\n',
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"words\.ttl: .*fixed has no prefLabel in 'en'"):
        parse_kind_words(path)
