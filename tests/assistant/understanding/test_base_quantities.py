"""Issues #11/#13: every base quantity of the vocabulary (营业收入, 服务费用, 地方财力贡献…) is read from
what a company says, by year, and a policy that pays a rate on it pays it; a base quantity added to the
vocabulary in data is read with no Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility import rules_from_graph
from assistant.profile import parse_profile
from assistant.understanding.base_quantities import quantity_words
from assistant.understanding.facts import names_topic, profile_data, understand_facts
from ingest.concepts import load_vocabulary, vocabulary_file
from ingest.pipeline import IngestedPolicy
from kg.build import build_policy_graph
from ontology import VOCABULARY_FILE

AS_OF = dt.date(2025, 4, 15)


def _yearly(message: str, as_of: dt.date = AS_OF) -> dict[str, dict[int, Decimal]]:
    """The base quantities (and R&D) the message states, by field and year."""
    found: dict[str, dict[int, Decimal]] = {}
    for fact in understand_facts(message, as_of):
        if fact.field.startswith("quantities.") or fact.field == "rd_expense":
            found.setdefault(fact.field, {})[fact.value["year"]] = Decimal(str(fact.value["amount_cny"]))
    return found


@pytest.fixture(scope="module")
def pingshan(policies: dict[str, IngestedPolicy]) -> AssistantContext:
    return AssistantContext(rules_from_graph(build_policy_graph(policies["pingshan_digital_economy_2023"])))


def _ask(context: AssistantContext, *messages: str) -> Any:
    state = new_state(AS_OF)
    reply = None
    for message in messages:
        reply, state = respond(message, state, context)
    return reply


@pytest.mark.parametrize(("messages", "revenue", "total"), [
    # 第三章第十条（一）: 按营业收入的 1%，最高 300 万元 (营业收入 3000 万元以上, 规上): by hand 1% × 4600万 = 46万
    # 新设立或新迁入 and 落户当年 (review 8, item 1): the company says when it settled
    (["我们是坪山区的规上企业，2024年新迁入，做工业软件的，2024年营业收入4600万元"], 46_000_000, (460_000, 460_000)),
    # 去年 = 2024 (as of April 2025); 大概3900万: 1% × 3900万 ± 10% = 35.1万–42.9万 (test_figures_said)
    (["我们是去年新落户坪山的规上企业，去年营收大概3900万"], 39_000_000, (351_000, 429_000)),
    (["We are an above-scale enterprise making industrial software, founded in Pingshan in 2024; our 2024 "
      "operating revenue was RMB 52 million"], 52_000_000, (520_000, 520_000)),
    # said, then corrected: the corrected year's figure counts (1% × 4800万 = 48万)
    (["我们是坪山区的规上企业，2024年新设立，2024年营收4600万", "不对，2024年营收是4800万"], 48_000_000,
     (480_000, 480_000)),
])
def test_revenue_said_pays_the_pingshan_rate_on_it(pingshan: AssistantContext, messages: list[str], revenue: int,
                                                   total: tuple[int, int]) -> None:
    reply = _ask(pingshan, *messages)
    # 大概3900万 is kept as said (bound "about"): paid as a range on it, with the assumption said
    assert [{k: v for k, v in fact.value.items() if k != "bound"} for fact in reply.profile
            if fact.field == "quantities.revenue"] == [{"year": 2024, "amount_cny": revenue}]
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == total
    asked = " ".join(q["question_zh"] + q["question_en"] for q in reply.questions)
    assert "营业收入" not in asked and "revenue" not in asked.lower()  # not asked again what was just said


def test_a_quantity_the_policy_does_not_pay_on_is_kept_and_changes_nothing(pingshan: AssistantContext) -> None:
    alone = _ask(pingshan, "我们是坪山区的规上企业，2024年新设立，2024年营业收入4600万元")
    with_more = _ask(pingshan, "我们是坪山区的规上企业，2024年新设立，2024年营业收入4600万元",
                     "另外2024年地方财力贡献300万")
    assert [fact.value for fact in with_more.profile if fact.field == "quantities.tax_contribution"] == [
        {"year": 2024, "amount_cny": 3_000_000}]
    assert with_more.eligibility["total_min_cny"] == alone.eligibility["total_min_cny"] == 460_000
    assert with_more.eligibility["total_max_cny"] == alone.eligibility["total_max_cny"]


@pytest.mark.parametrize(("message", "expected"), [
    ("2022年营业额2800万、2023年3500万、2024年4100万", {"quantities.revenue": {2022: 28_000_000, 2023: 35_000_000,
                                                                      2024: 41_000_000}}),
    ("2023年的营收是3000万元，2024年涨到了5000万元", {"quantities.revenue": {2023: 30_000_000, 2024: 50_000_000}}),
    ("2023年和2024年的销售额分别是1200万和1800万", {"quantities.sales_amount": {2023: 12_000_000, 2024: 18_000_000}}),
    ("Our turnover was RMB 30m in 2023 and RMB 45m in 2024", {"quantities.revenue": {2023: 30_000_000,
                                                                                    2024: 45_000_000}}),
    ("Sales revenue came to 12 million yuan and 18 million yuan in 2023 and 2024",
     {"quantities.sales_amount": {2023: 12_000_000, 2024: 18_000_000}}),
])
def test_several_years_in_a_clause_make_a_series(message: str, expected: dict[str, dict[int, int]]) -> None:
    assert _yearly(message) == expected


@pytest.mark.parametrize("message", [
    "预计今年营收能过8000万",
    "明年营业收入计划做到1.2亿",
    "We expect revenue of around RMB 80m this year",
    "2025年营收目标是8000万",  # a target: 营收目标 is another word
])
def test_a_planned_or_expected_figure_is_no_fact(message: str) -> None:
    assert _yearly(message) == {}


@pytest.mark.parametrize("message", [
    "2024年物业服务费120万",  # 物业服务费 is a longer word than 服务费
    "上半年营收2000万",  # half a year's figure is not the year's
    "2024年12月营收600万",
    "Our monthly revenue in 2024 was about RMB 4 million",
    "Our 2024 revenue target was RMB 80m",
    "2024年服务费率是8%，合同额300万",
    "2024年前三个月营收600万",
    "2024年服务费收入300万",  # fees earned are income, not the service fees a company paid
    "2024年研发实际投入800万",  # R&D's, not a project's actual investment
    "Our Q1 revenue was RMB 5m in 2024",
    "Service fee revenue of RMB 3m in 2024",
])
def test_a_label_inside_a_longer_word_or_a_part_of_a_year_is_not_read(message: str) -> None:
    assert not any(field.startswith("quantities.") and field != "quantities.contract_amount"
                   for field in _yearly(message))


@pytest.mark.parametrize(("message", "expected"), [
    ("2024年营收5000万，2023年利润800万", {2024: 50_000_000}),  # 利润 is not revenue
    ("2024年营收5000万，2022年买了一台设备500万", {2024: 50_000_000}),
    ("Revenue was RMB 30m in 2023, profit RMB 5m in 2024", {2023: 30_000_000}),
    ("2023年营收3000万，2024年则是5000万左右", {2023: 30_000_000, 2024: 50_000_000}),
    ("Revenue was RMB 30m in 2023, and RMB 45m in 2024", {2023: 30_000_000, 2024: 45_000_000}),
])
def test_a_following_clause_continues_the_quantity_only_when_it_names_nothing_else(
        message: str, expected: dict[int, int]) -> None:
    assert _yearly(message) == {"quantities.revenue": expected}


def test_a_label_is_found_whole_and_longest_first() -> None:
    assert [(w.concept, w.text) for w in quantity_words("累计销售额2000万，实际发生服务费用15万")] == [
        ("sales_amount", "累计销售额"), ("service_fee", "实际发生服务费用")]
    assert [w.concept for w in quantity_words("revenues of 50m; revenue-sharing of 5m")] == ["revenue"]
    assert quantity_words("物业服务费和营收目标") == []


def test_several_quantities_in_one_clause_each_get_their_own_amount() -> None:
    assert _yearly("2024年营收5000万、销售额4200万") == {"quantities.revenue": {2024: 50_000_000},
                                                    "quantities.sales_amount": {2024: 42_000_000}}
    assert _yearly("去年实际发生服务费用16万、地方财力贡献90万") == {"quantities.service_fee": {2024: 160_000},
                                                         "quantities.tax_contribution": {2024: 900_000}}
    assert _yearly("营收和销售额分别是5000万和4000万，都是2024年的") == {}  # which is which: asked, never guessed


def test_a_figure_without_its_year_certain_is_not_stored() -> None:
    assert _yearly("营收5000万左右") == {}  # no year: the reply asks by year
    # two years, one amount: the year said before it, never the one after (nearer as it is)
    assert _yearly("2024年营收5000万比2023年多") == {"quantities.revenue": {2024: 50_000_000}}
    assert _yearly("revenue of RMB 50m, more than 2023's") == {}  # no year said before it: asked
    assert _yearly("2024年营收5000万、利润800万") == {"quantities.revenue": {2024: 50_000_000}}


@pytest.mark.parametrize(("message", "expected"), [
    ("2024年营收从4000万增长到5000万", {2024: 50_000_000}),  # where it ended is the year's
    ("去年营业额由3000万涨到了5000万", {2024: 50_000_000}),
    ("Our revenue rose from RMB 40m to RMB 50m in 2024", {2024: 50_000_000}),
    ("营收从2023年的3000万涨到2024年的5000万", {2023: 30_000_000, 2024: 50_000_000}),
    ("2024年营收5000万比2023年多1000万", {2024: 50_000_000}),  # the difference is no year's figure
])
def test_a_figure_said_as_a_change_gives_the_year_its_end(message: str, expected: dict[int, int]) -> None:
    assert _yearly(message) == {"quantities.revenue": expected}


def test_an_upper_bound_is_no_figure() -> None:
    """不到3000万 read as 3000万 would show more money than may be due; a lower bound shows no more."""
    assert _yearly("2024年营收不到3000万") == {}
    assert _yearly("Revenue in 2024 was under RMB 30m") == {}
    assert _yearly("2024年营收3000万以内") == {}
    assert _yearly("2023年营收不到3000万、2024年5000万") == {"quantities.revenue": {2024: 50_000_000}}
    assert _yearly("2024年营收3000万以上") == {"quantities.revenue": {2024: 30_000_000}}


def test_the_existing_readers_keep_their_words() -> None:
    assert _yearly("2024年研发投入800万") == {"rd_expense": {2024: 8_000_000}}
    assert _yearly("We signed two technology contracts in 2024, turnover RMB 6m") == {
        "quantities.technology_transaction_amount": {2024: 6_000_000}}
    assert _yearly("2024年技术合同成交额600万") == {"quantities.technology_transaction_amount": {2024: 6_000_000}}
    facts = understand_facts("项目总投资3000万", AS_OF)
    assert [(f.field, f.value) for f in facts] == [("investment_total_cny", 30_000_000)]


def test_a_correction_of_a_base_quantity_names_its_topic() -> None:
    assert names_topic("不对，2024年营收是4800万", "quantities.revenue")
    assert not names_topic("不对，2024年营收是4800万", "rd_expense")
    assert not names_topic("研发投入记错了，是800万", "quantities.revenue")


def test_the_profile_takes_what_is_read() -> None:
    profile = parse_profile(profile_data(understand_facts("2023年营收3000万，2024年5000万", AS_OF)))
    assert [(v.year, v.amount_cny) for v in profile.quantities["revenue"]] == [(2023, 30_000_000),
                                                                             (2024, 50_000_000)]


NEW_QUANTITY = """
pkv:export_value a skos:Concept, pkg:BaseQuantity ; skos:inScheme pkv:base_quantities ;
    skos:topConceptOf pkv:base_quantities ;
    skos:prefLabel "出口额"@zh, "export value"@en ; skos:altLabel "出口交货值"@zh, "exports"@en .
"""


@pytest.fixture
def vocabulary_with_a_new_quantity(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "vocabulary.ttl"
    path.write_text(VOCABULARY_FILE.read_text(encoding="utf-8") + NEW_QUANTITY, encoding="utf-8")
    with vocabulary_file(path):
        yield path
    assert "export_value" not in load_vocabulary().concepts


@pytest.mark.usefixtures("vocabulary_with_a_new_quantity")
def test_a_base_quantity_added_in_data_is_read() -> None:
    assert _yearly("2024年出口交货值2600万") == {"quantities.export_value": {2024: 26_000_000}}
    assert _yearly("Exports reached RMB 26m in 2024") == {"quantities.export_value": {2024: 26_000_000}}
