"""A sentence paying two parties (对A给予…，对B的企业，给予…) pays a holder of A only A's award for sure: the second
award needs the second part's own words and is asked about, never counted (issue #13). Fresh sentences read
through ingest → graph → rules → engine."""

from __future__ import annotations

import datetime as dt

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.result import EligibilityResult
from assistant.profile import parse_profile
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph

AS_OF = dt.date(2025, 6, 1)
TWO_PARTS = ("某区企业创新奖励办法\n第一条 对新认定的高新技术企业给予20万元奖励，"
             "对首次通过知识产权管理体系贯标认证的企业，给予10万元奖励。\n"
             "第二条 本办法自2022年1月1日起施行，有效期至2026年12月31日。\n")


def _high_tech_enterprise() -> EligibilityResult:
    rules = rules_from_graph(build_policy_graph(ingest_document(read_text(TWO_PARTS.encode("utf-8"), "t.txt"), "t")))
    profile = parse_profile({"location": {"in_zone": True},
                             "qualifications": [{"id": "high_tech_enterprise", "date": "2024-03-01"}]})
    return evaluate(profile, AS_OF, rules)


def test_the_holder_of_the_first_parts_qualification_is_sure_of_its_award_only() -> None:
    result = _high_tech_enterprise()
    assert [(b.amount_min_cny, b.amount_max_cny) for b in result.benefits] == [(200_000, 200_000)]
    assert "高新技术企业" in result.benefits[0].quote
    assert (result.total_min_cny, result.total_max_cny) == (200_000, 200_000)


def test_the_second_parts_award_is_asked_about_not_counted() -> None:
    result = _high_tech_enterprise()
    (asked,) = [q for q in result.questions if q.value_cny == 100_000]
    # the certification the second part names is a vocabulary recognition: asked whether the company holds it
    assert asked.key == "holds:ip_management_certified" or asked.key.startswith("applies:")
