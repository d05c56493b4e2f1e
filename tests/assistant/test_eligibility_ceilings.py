"""Ceilings on what one company receives (docs/eligibility.md §4): which awards a ceiling governs (its scope), how
the awards of one calendar year are summed and cut, a range when a year is not known, and rates paid a number of
years. Totals of whole cases are in tests/scenarios/107-111."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from assistant.answer import eligibility_text
from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.ceilings import (
    PAYEE_CEILINGS_FILE,
    Share,
    apply_ceiling,
    ceiling_scope,
    document_reference,
    extends_to_others,
    yearly_shares,
)
from assistant.eligibility.result import Benefit, MatchedFact, TraceStep
from assistant.eligibility.rules import PolicyRules, rules_from_record
from assistant.profile import parse_profile
from assistant.report import eligibility_markdown
from ingest.model import ProvisionKind
from ingest.pipeline import ingest_document, ingest_file
from ingest.read import read_text
from kg.build import build_policy_graph
from tests.conftest import ROOT
from tests.internals import assert_no_internals

TEST_POLICY = ROOT / "tests" / "scenarios" / "policies" / "ceilings-test-policy.txt"


def _rules(text: str) -> PolicyRules:
    return rules_from_graph(build_policy_graph(ingest_document(read_text(text.encode("utf-8"), "t.txt"), "t")))


@pytest.fixture(scope="module")
def ceilings_policy() -> PolicyRules:
    return rules_from_graph(build_policy_graph(ingest_file(TEST_POLICY)))


def _ceiling(rules: PolicyRules, quote_part: str):  # type: ignore[no-untyped-def]
    return next(rule for rule in rules.rules if rule.subtype == "enterprise_annual_cap" and quote_part in rule.quote)


def _governed(rules: PolicyRules, quote_part: str) -> set[str]:
    scope = ceiling_scope(_ceiling(rules, quote_part), rules.record, rules.benefits)
    return {benefit.id for benefit in rules.benefits if scope.governs(benefit)}


def test_a_ceiling_in_a_sub_clause_that_pays_nothing_governs_the_article_holding_it(
        ceilings_policy: PolicyRules) -> None:
    assert _governed(ceilings_policy, "800万元") == {"ch2/art2/sub1/p1", "ch2/art2/sub1/p2", "ch2/art2/sub2/p1"}


def test_a_ceiling_in_the_closing_chapter_naming_the_document_governs_every_award(ceilings_policy: PolicyRules) -> None:
    assert _governed(ceilings_policy, "1000万元") == {benefit.id for benefit in ceilings_policy.benefits}


def test_a_ceiling_inside_an_article_of_awards_governs_that_article_only() -> None:
    rules = _rules("某区科技企业扶持办法\n第一条 对新认定的国家级技术创新中心，一次性给予500万元奖励。\n"
                   "单个企业年度奖励金额最高不超过300万元。\n"
                   "第二条 对新认定的省级独角兽企业，一次性给予400万元奖励。\n"
                   "第三条 本办法自2022年1月1日起施行，有效期至2025年12月31日。\n")
    governed = _governed(rules, "300万元")
    assert governed == {b.id for b in rules.benefits if "技术创新中心" in b.quote}
    profile = {"location": {"in_zone": True},
               "platforms": [{"type": "technology_innovation_center", "level": "national", "date": "2023-03-01"}],
               "qualifications": [{"id": "unicorn_enterprise", "level": "provincial", "date": "2023-05-01"}]}
    result = evaluate(parse_profile(profile), dt.date(2024, 1, 1), rules)
    # 500万 → 300万 by the article's ceiling; the unicorn award of another article is not cut
    assert (result.total_min_cny, result.total_max_cny) == (7_000_000, 7_000_000)


def test_a_ceiling_naming_the_document_inside_an_article_governs_the_whole_policy() -> None:
    rules = _rules("某区科技企业扶持办法\n第一条 对新认定的国家级技术创新中心，一次性给予500万元奖励。\n"
                   "依本办法，同一企业年度获得扶持资金累计不超过600万元。\n"
                   "第二条 对新认定的省级独角兽企业，一次性给予400万元奖励。\n"
                   "第三条 本办法自2022年1月1日起施行，有效期至2025年12月31日。\n")
    assert _governed(rules, "600万元") == {benefit.id for benefit in rules.benefits}


ARTICLE_NAMED = ("某区科技企业扶持办法\n第一条 对新认定的国家级技术创新中心，一次性给予500万元奖励。"
                 "凡依照{named}获得支持的企业，同一企业年度获得奖励金额最高不超过200万元。\n"
                 "第二条 对新认定的省级独角兽企业，一次性给予400万元奖励。\n"
                 "第三条 对新认定的省级瞪羚企业，一次性给予100万元奖励。\n"
                 "第四条 本办法自2022年1月1日起施行，有效期至2025年12月31日。\n")
ALL_THREE = {"location": {"in_zone": True},
             "platforms": [{"type": "technology_innovation_center", "level": "national", "date": "2023-03-01"}],
             "qualifications": [{"id": "unicorn_enterprise", "level": "provincial", "date": "2023-05-01"},
                                {"id": "gazelle_enterprise", "level": "provincial", "date": "2023-06-01"}]}


def test_a_ceiling_naming_an_article_of_the_document_governs_that_article_not_the_whole_policy() -> None:
    rules = _rules(ARTICLE_NAMED.format(named="本办法第一条"))
    assert _governed(rules, "200万元") == {"art1/p1"}
    result = evaluate(parse_profile(ALL_THREE), dt.date(2024, 1, 1), rules)
    # 500万 → 200万 by 第一条's ceiling; 400万 and 100万 of 第二条, 第三条 are not cut: 200 + 400 + 100 = 700万
    assert (result.total_min_cny, result.total_max_cny) == (7_000_000, 7_000_000)


def test_a_ceiling_naming_several_articles_governs_those_articles() -> None:
    rules = _rules(ARTICLE_NAMED.format(named="本办法第一条、第二条"))
    assert _governed(rules, "200万元") == {"art1/p1", "art2/p1"}
    result = evaluate(parse_profile(ALL_THREE), dt.date(2024, 1, 1), rules)
    # 500万 + 400万 in 2023 under one 200万 ceiling → 200万; 第三条's 100万 is not governed: 300万
    assert (result.total_min_cny, result.total_max_cny) == (3_000_000, 3_000_000)


TWO_RATES = ("某区科技企业扶持办法\n第一条 支持研发投入。\n（一）对高新技术企业，按其年度研发经费增量的10%给予补助。\n"
             "（二）对科技型中小企业，按其年度研发经费增量的15%给予奖励。\n每家企业年度补助总额最高不超过200万元。\n"
             "第二条 对新认定的省级独角兽企业，一次性给予400万元奖励。\n"
             "第三条 本办法自2022年1月1日起施行，有效期至2025年12月31日。\n")


def _as_the_reader_keeps_it(rules: PolicyRules) -> PolicyRules:
    """TWO_RATES as the reader keeps a payee-total ceiling after several open rates: each rate capped singly at
    200万 and the ceiling an enterprise_annual_cap governing both rates (reader7's fix of review7 reader7 #1)."""
    rates = [p for p in rules.record.provisions if p.kind == ProvisionKind.RATE_WITH_CAP]
    capped = {rate.id: replace(rate, cap_cny=2_000_000) for rate in rates}
    last = rates[-1]
    ceiling = replace(last, id="art1/sub2/p2", kind=ProvisionKind.CONDITION, subtype="enterprise_annual_cap",
                      quote="每家企业年度补助总额最高不超过200万元", cap_cny=2_000_000, scope="clause",
                      governs=tuple(capped), rate=None)
    provisions = (*(capped.get(p.id, p) for p in rules.record.provisions), ceiling)
    return rules_from_record(replace(rules.record, provisions=provisions))


def test_a_ceiling_the_reader_lists_over_several_rates_governs_them_together_once() -> None:
    rules = _as_the_reader_keeps_it(_rules(TWO_RATES))
    assert _governed(rules, "200万元") == {"art1/sub1/p1", "art1/sub2/p1"}
    profile = {"location": {"in_zone": True},
               "qualifications": [{"id": "high_tech_enterprise", "date": "2022-03-01"},
                                  {"id": "tech_sme", "date": "2022-03-01"},
                                  {"id": "unicorn_enterprise", "level": "provincial", "date": "2023-05-01"}],
               "rd_expense": [{"year": 2022, "amount_cny": 20_000_000}, {"year": 2023, "amount_cny": 30_000_000},
                              {"year": 2024, "amount_cny": 50_000_000}]}
    result = evaluate(parse_profile(profile), dt.date(2024, 12, 31), rules)
    paid = {b.provision_id: b.amount_max_cny for b in result.benefits}
    # increments 1000万 (2023) and 2000万 (2024). 2023: 10% = 100万 and 15% = 150万, 250万 → 200万 by the ceiling;
    # 2024: 200万 and 300万 → 200万 by its own cap, 400万 → 200万 by the ceiling. Each year's sum is cut once:
    # 200 + 200 = 400万 for the two rates; the unicorn's 400万 of 第二条 is not governed: 800万
    assert paid["art1/sub1/p1"] + paid["art1/sub2/p1"] == 4_000_000
    assert (result.total_min_cny, result.total_max_cny) == (8_000_000, 8_000_000)


def test_the_extension_words_read_their_examples() -> None:
    data = yaml.safe_load(Path(PAYEE_CEILINGS_FILE).read_text(encoding="utf-8"))["extends_to_others"]
    assert all(extends_to_others(example) for example in data["examples"])
    assert not any(extends_to_others(example) for example in data["not_examples"])


def test_the_document_parts_read_their_examples() -> None:
    data = yaml.safe_load(Path(PAYEE_CEILINGS_FILE).read_text(encoding="utf-8"))["document_parts"]
    assert {quote: list(document_reference(quote) or ()) for quote in data["examples"]} == data["examples"]
    assert all(document_reference(quote) == () for quote in data["whole_document"])
    assert document_reference("单个企业年度奖励金额最高不超过800万元。") is None


def test_a_ceiling_given_to_a_further_group_is_not_applied_and_is_said(policies) -> None:  # type: ignore[no-untyped-def]
    rules = rules_from_graph(build_policy_graph(policies["pingshan_digital_economy_2023"]))
    profile = {"location": {"in_zone": True, "settled_year": 2024},  # 1% of revenue: for new ones only
               "qualifications": [{"id": "smart_manufacturing_maturity", "tier": "五级", "date": "2024-03-01"},
                                  {"id": "above_scale_industrial", "date": "2023-01-01"}],
               "quantities": {"revenue": [{"year": 2024, "amount_cny": 500_000_000}]}}
    result = evaluate(parse_profile(profile), dt.date(2024, 12, 31), rules)
    # 500万 (五级) + 300万 (1% of revenue, capped) in 2024: above 第十四条（五）'s 500万, which is not this firm's
    assert result.total_max_cny == 8_000_000
    said = {caveat.provision_id: caveat for caveat in result.caveats}
    assert "ch4/art14/sub5/p1" in said and "另一类企业" in said["ch4/art14/sub5/p1"].zh
    assert {"ch4/art14/sub1/p1", "ch4/art14/sub2/p1"} <= set(said)  # tax contribution, no double funding
    text = eligibility_text(result, "zh", None)
    assert "未计入的限制" in text and "对口帮扶地区" in text


def _share(index: int, year: int | None, low: int, high: int) -> Share:
    return Share(index, year, low, high)


def test_awards_of_different_years_are_not_summed_against_a_yearly_ceiling() -> None:
    shares = [_share(0, 2022, 600, 600), _share(1, 2023, 700, 700)]
    assert apply_ceiling(shares, 1000, per_year=True) == {}
    assert [s.maximum for s in shares] == [600, 700]


def test_awards_of_one_year_are_cut_to_the_ceiling_the_last_listed_first() -> None:
    shares = [_share(0, 2023, 600, 600), _share(1, 2023, 700, 700), _share(2, 2024, 900, 900)]
    cuts = apply_ceiling(shares, 1000, per_year=True)
    assert [(s.minimum, s.maximum) for s in shares] == [(600, 600), (400, 400), (900, 900)]
    assert (cuts[1].maximum, cuts[1].years) == (300, {"2023": 1300})


def test_a_ceiling_over_all_years_sums_every_year() -> None:
    shares = [_share(0, 2022, 60, 60), _share(1, 2023, 70, 70)]
    apply_ceiling(shares, 100, per_year=False)
    assert sum(s.maximum for s in shares) == 100


def test_an_award_of_unknown_year_makes_a_range() -> None:
    shares = [_share(0, None, 600, 600), _share(1, 2023, 700, 700)]
    apply_ceiling(shares, 1000, per_year=True)
    assert sum(s.minimum for s in shares) == 1000  # it may fall in 2023: cut to the ceiling
    assert sum(s.maximum for s in shares) == 1300  # or in another year: nothing cut


def _benefit(kind: str, low: int, high: int, matched: tuple[MatchedFact, ...],
             parameters: dict[str, object]) -> Benefit:
    step = TraceStep(f"amount.{kind}", "", "x", (), parameters)
    return Benefit("x", (), "t", kind, low, high, False, "", "q", (0, 1), (step,), matched=matched)


def test_each_member_of_a_tier_is_placed_in_the_year_of_its_own_recognition() -> None:
    facts = (MatchedFact("key_laboratory", "national", dt.date(2023, 3, 1)),
             MatchedFact("key_laboratory", "national", dt.date(2024, 3, 1)))
    shares = yearly_shares(0, _benefit("fixed", 600, 1200, facts, {"amount_cny": 600, "items": 2}))
    assert [(s.year, s.minimum, s.maximum) for s in shares] == [(2023, 0, 600), (2024, 0, 600), (None, 600, 0)]


def test_under_a_cumulative_cap_the_units_granted_first_are_paid_first() -> None:
    facts = (MatchedFact("invention_patent", None, dt.date(2024, 5, 1), 10),
             MatchedFact("invention_patent", None, dt.date(2023, 5, 1), 15))
    benefit = _benefit("per_unit_with_cumulative_cap", 100_000, 100_000, facts, {"unit_amount_cny": 5000})
    shares = yearly_shares(0, benefit)
    assert [(s.year, s.maximum) for s in shares] == [(2023, 75_000), (2024, 25_000)]


def test_one_award_for_facts_of_several_years_has_no_known_year() -> None:
    facts = (MatchedFact("high_tech_enterprise", None, dt.date(2022, 5, 1)),
             MatchedFact("high_tech_enterprise", None, dt.date(2025, 5, 1)))
    shares = yearly_shares(0, _benefit("fixed", 200, 200, facts, {"amount_cny": 200}))
    assert [(s.year, s.minimum, s.maximum) for s in shares] == [(None, 200, 200)]


def test_a_rate_is_placed_by_the_years_it_pays_for() -> None:
    benefit = _benefit("rate_with_cap", 500, 500, (), {"paid": {"2022": 300, "2023": 200}})
    assert [(s.year, s.maximum) for s in yearly_shares(0, benefit)] == [(2022, 300), (2023, 200)]


def test_the_cut_is_said_in_the_answer_the_report_and_the_trace(ceilings_policy: PolicyRules) -> None:
    scenario = yaml.safe_load((ROOT / "tests" / "scenarios" / "107-ceilings-clause-and-policy-per-year.yaml")
                              .read_text(encoding="utf-8"))
    result = evaluate(parse_profile(scenario["profile"]), dt.date(2025, 12, 31), ceilings_policy)
    step = next(s for s in result.benefit("ch2/art4/p1").trace if s.rule == "condition.enterprise_annual_cap")
    assert step.provision_id == "ch3/art5/p1" and step.parameters["cut_max_cny"] == 7_000_000
    for lang in ("zh", "en"):
        text = eligibility_text(result, lang, None)
        assert_no_internals(text, lang)
        assert ("单个企业每年最多1000万元" if lang == "zh" else "a year") in text
    report = eligibility_markdown(result)
    assert "单个企业上限" in report and "第三章第五条" in report
    assert_no_internals(report, "both")


def test_an_article_ceiling_sums_its_awards_over_all_years_and_leaves_other_articles_alone() -> None:
    rules = _rules("某区科技企业扶持办法\n第一条 对新认定的国家级技术创新中心，一次性给予80万元奖励；"
                   "对新认定的省级独角兽企业，一次性给予50万元奖励。本条款最高资助100万元。\n"
                   "第二条 对新认定的省级瞪羚企业，一次性给予60万元奖励。\n"
                   "第三条 本办法自2022年1月1日起施行，有效期至2025年12月31日。\n")
    profile = {"location": {"in_zone": True},
               "platforms": [{"type": "technology_innovation_center", "level": "national", "date": "2022-03-01"}],
               "qualifications": [{"id": "unicorn_enterprise", "level": "provincial", "date": "2024-05-01"},
                                  {"id": "gazelle_enterprise", "level": "provincial", "date": "2024-06-01"}]}
    result = evaluate(parse_profile(profile), dt.date(2024, 12, 31), rules)
    paid = {b.provision_id: b.amount_max_cny for b in result.benefits}
    # 80万 (2022) + 50万 (2024) = 130万 under 第一条 → 100万, whatever the years; 第二条's 60万 is not governed
    assert paid == {"art1/p1": 800_000, "art1/p2": 200_000, "art2/p1": 600_000}
    assert result.total_max_cny == 1_600_000


def test_what_an_unstated_fact_could_add_is_never_more_than_a_ceiling_allows() -> None:
    rules = _rules("某区科技企业扶持办法\n第一条 对新认定的国家级技术创新中心，一次性给予500万元奖励。\n"
                   "单个企业年度奖励金额最高不超过300万元。\n"
                   "第二条 对新认定的省级独角兽企业，一次性给予400万元奖励。\n"
                   "第三条 本办法自2022年1月1日起施行，有效期至2025年12月31日。\n")
    profile = {"location": {"in_zone": True},
               "platforms": [{"type": "technology_innovation_center", "level": "national"}],  # no date yet
               "qualifications": [{"id": "unicorn_enterprise", "level": "provincial"}]}
    result = evaluate(parse_profile(profile), dt.date(2024, 1, 1), rules)
    could = {entry.provision_id: (entry.amount_min_cny, entry.amount_max_cny) for entry in result.could_add}
    assert could == {"art1/p1": (3_000_000, 3_000_000), "art2/p1": (4_000_000, 4_000_000)}


def test_the_payment_timeline_shows_what_each_year_keeps_after_a_ceiling(ceilings_policy: PolicyRules) -> None:
    from assistant.pitch.timeline import payments

    scenario = yaml.safe_load((ROOT / "tests" / "scenarios" / "107-ceilings-clause-and-policy-per-year.yaml")
                              .read_text(encoding="utf-8"))
    result = evaluate(parse_profile(scenario["profile"]), dt.date(2025, 12, 31), ceilings_policy)
    rate = result.benefit("ch2/art3/p1")
    shown = [(p.year, p.amount_zh) for p in payments(rate, "〔第二章第三条〕", "研发投入", "R&D")]
    assert shown == [(2022, "300万元"), (2023, "200万元"), (2024, "200万元")]  # 2023 cut from 300万 by the ceiling


SPLIT_WITH_YEARS = ("某区科技企业扶持办法\n第一条 对高新技术企业，连续三年按其年度研发经费增量的10%给予补助，"
                    "科技型领军企业每年最高500万元，其他企业每年最高100万元。\n"
                    "第二条 本办法自2022年1月1日起施行，有效期至2025年12月31日。\n")


def test_a_rate_whose_cap_differs_by_type_is_paid_its_years_counted_from_the_first_qualification() -> None:
    rules = _rules(SPLIT_WITH_YEARS)
    profile = {"location": {"in_zone": True},
               "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-03-01"},
                                  {"id": "tech_leader_enterprise", "date": "2023-02-01"}],
               "rd_expense": [{"year": year, "amount_cny": 100_000_000 * (year - 2020)} for year in range(2022, 2026)]}
    result = evaluate(parse_profile(profile), dt.date(2025, 12, 31), rules)
    # increments of 1亿 a year → 1000万 each, capped at the leader's 500万 in 2023 and 2024; the three years run from
    # the 2022 high-tech recognition (2022–2024), not from the 2023 leader recognition: 2025 is not paid
    assert (result.total_min_cny, result.total_max_cny) == (10_000_000, 10_000_000)


RATE_AND_AWARD = ("某区科技企业扶持办法\n第一条 对新认定的省级独角兽企业，一次性给予600万元奖励。\n"
                  "第二条 对高新技术企业，按其年度研发经费增量的10%给予补助，每年最高400万元。\n"
                  "第三条 本办法施行期间，单个企业年度所获扶持资金合计不超过800万元。\n"
                  "第四条 本办法自2022年1月1日起施行，有效期至2025年12月31日。\n")


@pytest.mark.parametrize("recognised", ["2024-05-01", "2023-05-01"])
def test_a_rate_may_be_paid_the_year_after_its_base_so_a_yearly_ceiling_gives_a_range(recognised: str) -> None:
    rules = _rules(RATE_AND_AWARD)
    profile = {"location": {"in_zone": True},
               "qualifications": [{"id": "unicorn_enterprise", "level": "provincial", "date": recognised},
                                  {"id": "high_tech_enterprise", "date": "2022-03-01"}],
               "rd_expense": [{"year": 2022, "amount_cny": 20_000_000}, {"year": 2023, "amount_cny": 50_000_000},
                              {"year": 2024, "amount_cny": 55_000_000}]}
    result = evaluate(parse_profile(profile), dt.date(2024, 12, 31), rules)
    # the rate pays 300万 on the 2023 increment (3000万) and 50万 on 2024's (500万); the unicorn award 600万.
    # Recognised 2024: counted in its base's year, 2023 300万 and 2024 650万, nothing cut (950万); paid the year
    # after, 2024 900万 → 800万 (850万). Recognised 2023: in the base's year 2023 900万 → 800万 (850万); paid
    # the year after, 2023 600万, 2024 300万, 2025 50万, nothing cut (950万). Either way 850万–950万.
    assert (result.total_min_cny, result.total_max_cny) == (8_500_000, 9_500_000)
    assert "次年拨付" in eligibility_text(result, "zh", None) and "or the next" in eligibility_text(result, "en", None)


TWO_YEARS_OF_A_RATE = ("某区科技企业扶持办法\n第一条 对科技型中小企业，连续两年按其年度研发经费增量的20%给予奖励，"
                       "每年最高150万元。\n第二条 本办法自2023年1月1日起施行，有效期至2026年12月31日。\n")


def test_a_rate_paid_for_some_years_of_a_qualification_of_unknown_date_is_a_range() -> None:
    rules = _rules(TWO_YEARS_OF_A_RATE)
    assert rules.benefits[0].years == 2
    profile = {"location": {"in_zone": True}, "qualifications": [{"id": "tech_sme"}],  # no date of recognition
               "rd_expense": [{"year": 2022, "amount_cny": 10_000_000}, {"year": 2023, "amount_cny": 15_000_000},
                              {"year": 2024, "amount_cny": 25_000_000}, {"year": 2025, "amount_cny": 28_000_000}]}
    result = evaluate(parse_profile(profile), dt.date(2025, 12, 31), rules)
    # increments 500万 (2023) → 100万; 1000万 (2024) → 200万 capped at 150万; 300万 (2025) → 60万. The two years
    # start in the year of recognition, not said: from 2023 (the window opens) 100 + 150 = 250万 at most; from 2025
    # (recognised that year) 60万 at least; from 2024, 150 + 60 = 210万 lies between
    assert (result.total_min_cny, result.total_max_cny) == (600_000, 2_500_000)
    dated = {**profile, "qualifications": [{"id": "tech_sme", "date": "2024-04-01"}]}
    result = evaluate(parse_profile(dated), dt.date(2025, 12, 31), rules)
    assert (result.total_min_cny, result.total_max_cny) == (2_100_000, 2_100_000)  # a date fixes it: 2024–2025


def test_a_funding_share_cap_standing_alone_governs_its_clause_only() -> None:
    rules = _rules("某区科技企业扶持办法\n第一条 对新认定的国家级技术创新中心，给予最高500万元补助。"
                   "各级财政资助总金额不超过企业投资总额的50%。\n"
                   "第二条 对新认定的省级独角兽企业，一次性给予400万元奖励。\n"
                   "第三条 本办法自2022年1月1日起施行，有效期至2025年12月31日。\n")
    profile = {"location": {"in_zone": True}, "investment_total_cny": 6_000_000, "other_funding_cny": 0,
               "platforms": [{"type": "technology_innovation_center", "level": "national", "date": "2023-03-01"}],
               "qualifications": [{"id": "unicorn_enterprise", "level": "provincial", "date": "2023-05-01"}]}
    result = evaluate(parse_profile(profile), dt.date(2024, 1, 1), rules)
    paid = {b.provision_id: b.amount_max_cny for b in result.benefits}
    assert paid == {"art1/p1": 3_000_000, "art2/p1": 4_000_000}  # 50% × 600万 caps 第一条; 第二条 is not governed
