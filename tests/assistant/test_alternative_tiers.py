"""Tiers of one provision that are grades of one scale (五级、四级、三级; 三星级、四星级、五星级; 3A、4A、5A) are
alternatives: a company is paid one grade, never the tiers summed — for vocabulary concepts (智能制造成熟度)
and concepts a policy induced (酒店, 旅游景区) alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.induced import same_tier
from assistant.eligibility.result import EligibilityResult
from assistant.eligibility.rules import PolicyRules
from assistant.eligibility.tiers import TierScalesError, grade_of, tier_scales
from assistant.profile import parse_profile
from ingest.model import induced_concept_id
from kg.build import build_policy_graph

MATURITY = "smart_manufacturing_maturity"
PINGSHAN_AS_OF, LIUHE_AS_OF = dt.date(2024, 6, 30), dt.date(2020, 6, 1)
ARTICLE_4 = ("第二章", "第四条")
HOTEL, SCENIC = induced_concept_id("酒店"), induced_concept_id("旅游景区")
RURAL = induced_concept_id("乡村旅游示范单位")


@pytest.fixture(scope="module")
def pingshan(policies: dict[str, Any]) -> PolicyRules:
    return rules_from_graph(build_policy_graph(policies["pingshan_digital_economy_2023"]))


@pytest.fixture(scope="module")
def liuhe(policies: dict[str, Any]) -> PolicyRules:
    return rules_from_graph(build_policy_graph(policies["liuhe_tourism_2019"]))


def _maturity(rules: PolicyRules, *facts: dict[str, Any]) -> EligibilityResult:
    profile = {"location": {"in_zone": True}, "qualifications": [{"id": MATURITY, **fact} for fact in facts]}
    return evaluate(parse_profile(profile), PINGSHAN_AS_OF, rules)


def _paid(result: EligibilityResult, clause: tuple[str, ...]) -> list[int | None]:
    return [b.amount_max_cny for b in result.benefits if b.clause_path == clause]


def _could(result: EligibilityResult, clause: tuple[str, ...]) -> list[tuple[int, int | None]]:
    return [(c.amount_min_cny, c.amount_max_cny) for c in result.could_add if c.clause_path == clause]


@pytest.mark.parametrize("said", ["五级", "5级", "引领级", "五级（引领级）"])
def test_a_fifth_grade_is_paid_the_fifth_tier_only(pingshan: PolicyRules, said: str) -> None:
    result = _maturity(pingshan, {"tier": said, "date": "2024-03-01"})
    assert _paid(result, ARTICLE_4) == [5_000_000]
    assert (result.total_min_cny, result.total_max_cny) == (5_000_000, 5_000_000)
    refused = {n.provision_id for n in result.not_eligible if n.clause_path == ARTICLE_4}
    assert refused == {"ch2/art4/p2", "ch2/art4/p3"}


def test_a_third_grade_then_a_fifth_is_the_fifth_tier_in_total(pingshan: PolicyRules) -> None:
    result = _maturity(pingshan, {"tier": "三级", "date": "2023-09-01"}, {"tier": "五级", "date": "2024-03-01"})
    assert _paid(result, ARTICLE_4) == [5_000_000] and result.total_max_cny == 5_000_000
    step = next(s for s in result.benefits[0].trace if s.rule == "tiers.one_grade")
    assert step.parameters["difference"] is True  # 按相应标准追加差额奖励: the lower grade's award topped up
    assert "差额" in result.benefits[0].basis and "三级" in step.detail


def test_a_higher_grade_still_missing_its_date_adds_only_the_difference(pingshan: PolicyRules) -> None:
    result = _maturity(pingshan, {"tier": "三级", "date": "2023-09-01"}, {"tier": "五级"})
    assert _paid(result, ARTICLE_4) == [1_000_000] and result.total_max_cny == 1_000_000
    assert _could(result, ARTICLE_4) == [(4_000_000, 4_000_000)]


def test_an_unstated_grade_is_one_could_add_range_not_in_the_total(pingshan: PolicyRules) -> None:
    result = _maturity(pingshan, {"date": "2024-03-01"})
    assert _paid(result, ARTICLE_4) == [] and result.total_max_cny == 0
    assert _could(result, ARTICLE_4) == [(1_000_000, 5_000_000)]
    asked = {q.key: q.value_cny for q in result.questions}
    assert asked[f"tier:{MATURITY}"] == 5_000_000  # the most the answer can add: one tier, not three summed


def test_a_lower_grade_is_not_paid_a_higher_tier(pingshan: PolicyRules) -> None:
    result = _maturity(pingshan, {"tier": "四级", "date": "2024-03-01"})
    assert _paid(result, ARTICLE_4) == [3_000_000]


def _induced(concept: str, label: str, *facts: dict[str, Any]) -> dict[str, Any]:
    return {"location": {"in_zone": True}, "policy_concepts": [{"id": concept, "label": label, **f} for f in facts]}


def test_a_hotel_rated_three_then_five_stars_is_paid_the_five_star_tier(liuhe: PolicyRules) -> None:
    profile = _induced(HOTEL, "酒店", {"tier": "三星级", "date": "2019-09-01"}, {"tier": "五星", "date": "2020-05-01"})
    result = evaluate(parse_profile(profile), LIUHE_AS_OF, liuhe)
    assert _paid(result, ("三", "8")) == [1_000_000] and result.total_max_cny == 1_000_000
    step = next(s for s in result.benefits[0].trace if s.rule == "tiers.one_grade")
    assert step.parameters["difference"] is False  # Liuhe says nothing of a difference: the highest grade only


@pytest.mark.parametrize("said", ["AAAAA", "5A", "五A级", "国家5A级"])
def test_a_5a_scenic_spot_is_paid_the_5a_tier_without_saying_its_level(liuhe: PolicyRules, said: str) -> None:
    result = evaluate(parse_profile(_induced(SCENIC, "旅游景区", {"tier": said, "date": "2020-05-01"})),
                      LIUHE_AS_OF, liuhe)
    assert _paid(result, ("三", "9")) == [1_000_000] and result.total_max_cny == 1_000_000


def test_a_scenic_spot_of_unstated_grade_is_one_could_add_range(liuhe: PolicyRules) -> None:
    result = evaluate(parse_profile(_induced(SCENIC, "旅游景区", {"date": "2020-05-01"})), LIUHE_AS_OF, liuhe)
    assert result.total_max_cny == 0 and _could(result, ("三", "9")) == [(100_000, 1_000_000)]


def test_a_rural_tourism_unit_of_three_stars_is_paid_its_tier(liuhe: PolicyRules) -> None:
    result = evaluate(parse_profile(_induced(RURAL, "乡村旅游示范单位", {"tier": "3星", "date": "2020-05-01"})),
                      LIUHE_AS_OF, liuhe)
    assert _paid(result, ("三", "10")) == [40_000]


def test_platforms_of_different_levels_are_each_paid(policies: dict[str, Any]) -> None:
    rules = rules_from_graph(build_policy_graph(policies["dalian-ftz-innovation-zone-plan-2021"]))
    profile = {"location": {"in_zone": True}, "platforms": [
        {"type": "key_laboratory", "level": "national", "date": "2022-03-15"},
        {"type": "engineering_technology_research_center", "level": "provincial", "date": "2023-07-01"}]}
    result = evaluate(parse_profile(profile), dt.date(2024, 6, 30), rules)
    assert sorted(_paid(result, ("三", "（一）", "1"))) == [1_000_000, 5_000_000]  # two platforms, not two grades


@pytest.mark.parametrize(("one", "other"), [("五级（引领级）", "引领级"), ("四星级", "4星"), ("国家3A", "AAA"),
                                            ("第一名", "冠军"), ("前一百名", "百强"), ("一等奖", "1等奖")])
def test_one_grade_has_many_names(one: str, other: str) -> None:
    assert grade_of(one) == grade_of(other) is not None and same_tier(one, other)


def test_grades_are_ordered_and_levels_are_known() -> None:
    assert grade_of("五级").rank > grade_of("三级").rank  # type: ignore[union-attr]
    assert grade_of("第一名").rank > grade_of("第三名").rank  # type: ignore[union-attr]
    assert grade_of("国家级").level == "national" and grade_of("国家级").is_level  # type: ignore[union-attr]
    assert grade_of("5A").level == "national"  # type: ignore[union-attr]
    assert grade_of("高级雪道") is None and grade_of("1000万美元以上") is None and not same_tier("三星级", "四星级")


def test_every_scale_gives_an_example_that_names_two_of_its_grades() -> None:
    import yaml

    from assistant.eligibility.tiers import TIER_SCALES_FILE, normalise

    for scale in yaml.safe_load(TIER_SCALES_FILE.read_text(encoding="utf-8"))["scales"]:
        named = [{rank for rank, words in enumerate(scale["grades"]) for word in words
                  if len(word) > 1 and normalise(word) in normalise(example)} for example in scale["examples"]]
        assert max(map(len, named)) >= 2, scale["id"]


def test_a_malformed_scales_file_names_what_is_wrong(tmp_path: Path) -> None:
    bad = tmp_path / "tier_scales.yaml"
    bad.write_text("scales:\n  - id: stars\n    examples: [三星级]\n    grades: [[3星]]\n", encoding="utf-8")
    with pytest.raises(TierScalesError, match="scale stars: `grades` must be two or more"):
        tier_scales(bad)
    bad.write_text("scales:\n  - id: a\n    examples: [x]\n    grades: [[1星], [2星]]\n"
                   "  - id: b\n    examples: [x]\n    grades: [[2星], [3星]]\n", encoding="utf-8")
    with pytest.raises(TierScalesError, match="scale b: the word '2星' already names"):
        tier_scales(bad)


def test_a_demonstration_line_workshop_or_factory_is_paid_one_of_them(pingshan: PolicyRules) -> None:
    five_g = ("第二章", "第五条", "（二）")  # 5G 全连接示范产线、示范车间和示范工厂，分别再给予 25万、50万、100万
    unsaid = {"location": {"in_zone": True}, "holdings": [{"type": "digital_demo_factory", "date": "2024-03-01"}]}
    result = evaluate(parse_profile(unsaid), PINGSHAN_AS_OF, pingshan)
    assert _paid(result, five_g) == [] and _could(result, five_g) == [(250_000, 1_000_000)]
    said = {**unsaid, "holdings": [{"type": "digital_demo_factory", "date": "2024-03-01", "tier": "示范车间"}]}
    assert _paid(evaluate(parse_profile(said), PINGSHAN_AS_OF, pingshan), five_g) == [500_000]


SIZES_AND_LEVELS = "\n".join([
    "某区促进产业发展若干措施",
    "第一条 对新设立的股权投资基金企业，实缴注册资本达到3亿、10亿、20亿元人民币的，分别最高给予300万元、800万元、"
    "1000万元的落户奖励。",
    "第二条 对企业牵头建设的重点实验室、工程技术研究中心等创新平台，根据其所认定级别按就高不重复的原则，国家级、省级、"
    "市级分别给予300万元、200万元、50万元一次性资助。",
    "第三条 本措施自2024年1月1日起施行，有效期至2026年12月31日。", ""])


@pytest.fixture(scope="module")
def sizes_and_levels(tmp_path_factory: pytest.TempPathFactory) -> PolicyRules:
    from ingest.pipeline import ingest_file

    path = tmp_path_factory.mktemp("policy") / "sizes_and_levels.txt"
    path.write_text(SIZES_AND_LEVELS, encoding="utf-8")
    return rules_from_graph(build_policy_graph(ingest_file(path)))


def test_amounts_listed_respectively_by_size_are_never_summed(sizes_and_levels: PolicyRules) -> None:
    fund = induced_concept_id("股权投资基金企业")
    profile = _induced(fund, "股权投资基金企业", {"date": "2024-03-01"})
    result = evaluate(parse_profile(profile), dt.date(2024, 6, 30), sizes_and_levels)
    assert _paid(result, ("第一条",)) == [] and result.total_max_cny == 0  # which size is not said: nothing sure
    assert len(_could(result, ("第一条",))) == 1  # one could-add entry for the list, not one per size


def test_highest_only_pays_one_level_even_of_platforms(sizes_and_levels: PolicyRules) -> None:
    profile = {"location": {"in_zone": True}, "platforms": [
        {"type": "key_laboratory", "level": "provincial", "date": "2024-02-01"},
        {"type": "key_laboratory", "level": "national", "date": "2024-05-01"}]}
    result = evaluate(parse_profile(profile), dt.date(2024, 6, 30), sizes_and_levels)
    assert _paid(result, ("第二条",)) == [3_000_000] and result.total_max_cny == 3_000_000  # 就高不重复


@pytest.mark.parametrize(("message", "grade"), [("我们通过了国家智能制造成熟度五级认定，2024年3月", "5级"),
                                                ("我们的智能制造成熟度是引领级", "引领级"),
                                                ("我们是高新技术企业，2023年首次认定", None)])
def test_the_chat_reads_the_grade_said_beside_the_concept(message: str, grade: str | None) -> None:
    from assistant.understanding.facts import understand_facts

    values = [fact.value for fact in understand_facts(message, PINGSHAN_AS_OF) if fact.field == "qualifications"]
    assert [value.get("tier") for value in values] == [grade]


def test_a_grade_read_from_the_chat_pays_its_tier_only(pingshan: PolicyRules) -> None:
    from assistant.understanding.facts import profile_data, understand_facts

    facts = understand_facts("我们在坪山，2024年3月通过了智能制造成熟度五级认定", PINGSHAN_AS_OF)
    data = profile_data(facts)
    data["location"] = {"in_zone": True}
    assert _paid(evaluate(parse_profile(data), PINGSHAN_AS_OF, pingshan), ARTICLE_4) == [5_000_000]


def test_amounts_printed_grade_by_grade_are_one_grade_per_holding(pingshan: PolicyRules) -> None:
    demo = ("第二章", "第五条", "（一）")  # …示范产线，单条产线奖励 80 万元；…示范车间，…150 万元；…300 万元
    unsaid = {"location": {"in_zone": True}, "holdings": [{"type": "digital_demo_factory", "date": "2024-03-01"}]}
    result = evaluate(parse_profile(unsaid), PINGSHAN_AS_OF, pingshan)
    assert _paid(result, demo) == [] and _could(result, demo) == [(800_000, 3_000_000)]
    said = {**unsaid, "holdings": [{"type": "digital_demo_factory", "date": "2024-03-01", "tier": "车间级"}]}
    assert _paid(evaluate(parse_profile(said), PINGSHAN_AS_OF, pingshan), demo) == [1_500_000]


@pytest.mark.parametrize(("stated", "printed"), [("5", "五级"), ("5", "五级（引领级）"), ("4", "四星级"), ("5", "5"),
                                                 ("引领", "五级（引领级）")])
def test_a_word_that_names_no_grade_is_no_tier(stated: str, printed: str) -> None:
    assert not same_tier(stated, printed)
