"""Count limits on per-unit awards (docs/eligibility.md §4, ``unit_count_cap``): a company declaring more units than
the text pays for is paid for the limit only, each calendar year apart when the limit is yearly, and a range when the
year of some units is not known. Policies are fresh sentences read through ingest → graph → rules → engine."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.count_caps import capped_count
from assistant.eligibility.result import Benefit, EligibilityResult, MatchedFact
from assistant.eligibility.rules import PolicyRules
from assistant.profile import parse_profile
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph

AS_OF = dt.date(2025, 6, 1)
CLOSING = "第三条 本办法自2022年1月1日起施行，有效期至2026年12月31日。\n"
YEARLY_FIVE = ("某区知识产权资助办法\n第一条 对新授权的发明专利，每件给予1万元资助，每家企业每年最多资助5件。\n"
               "第二条 对新获得授权的境外专利，每件给予2000元资助。\n" + CLOSING)
THREE_IN_ALL = ("某县专利奖励办法\n第一条 对新授权的发明专利，每件奖励8000元，每家企业最多奖励3件。\n" + CLOSING)


def _rules(text: str) -> PolicyRules:
    return rules_from_graph(build_policy_graph(ingest_document(read_text(text.encode("utf-8"), "t.txt"), "t")))


def _evaluate(text: str, *patents: dict[str, Any]) -> EligibilityResult:
    profile = parse_profile({"location": {"in_zone": True}, "patents": list(patents)})
    return evaluate(profile, AS_OF, _rules(text))


def _benefit(result: EligibilityResult, quote_part: str) -> Benefit:
    return next(benefit for benefit in result.benefits if quote_part in benefit.quote)


def test_units_over_a_yearly_limit_are_not_paid() -> None:
    result = _evaluate(YEARLY_FIVE, {"type": "invention_patent", "granted": 8, "date": "2024-03-01"})
    paid = _benefit(result, "发明专利")
    assert (paid.amount_min_cny, paid.amount_max_cny) == (50_000, 50_000)  # 5 × 1万, not 8 × 1万
    (step,) = [step for step in paid.trace if step.rule == "condition.unit_count_cap"]
    assert step.clause_path == ("第一条",) and step.provision_id != paid.provision_id
    assert (step.parameters["value"], step.parameters["counted"], step.parameters["paid_max"]) == (5, 8, 5)
    assert step.parameters["over"] == {"2024": 8}
    assert "每年最多5件" in paid.basis and paid.basis.endswith("→ 5万元")


def test_units_within_the_limit_are_all_paid_and_the_limit_is_named() -> None:
    result = _evaluate(YEARLY_FIVE, {"type": "invention_patent", "granted": 3, "date": "2024-03-01"})
    paid = _benefit(result, "发明专利")
    assert (paid.amount_min_cny, paid.amount_max_cny) == (30_000, 30_000)
    (step,) = [step for step in paid.trace if step.rule == "condition.unit_count_cap"]
    assert step.parameters["paid_max"] == 3 and step.parameters["over"] == {}
    assert "未超出" in step.detail and "数量上限" not in paid.basis


def test_units_of_no_date_could_add_no_more_than_the_limit() -> None:
    result = _evaluate(YEARLY_FIVE, {"type": "invention_patent", "granted": 8})  # 新授权: the date is asked
    (entry,) = [entry for entry in result.could_add if "发明专利" in entry.quote]
    assert entry.amount_max_cny == 50_000 and "数量上限" in entry.basis  # 8 × 1万 would be 8万


def test_units_of_no_date_could_add_what_a_limit_over_all_years_leaves() -> None:
    result = _evaluate(THREE_IN_ALL, {"type": "invention_patent", "granted": 2, "date": "2023-05-01"},
                       {"type": "invention_patent", "granted": 4})
    assert _benefit(result, "发明专利").amount_max_cny == 16_000
    (entry,) = result.could_add
    assert entry.amount_max_cny == 8_000  # one more of the 3 paid in all, not 4 × 8000


def test_a_yearly_limit_caps_the_units_of_each_calendar_year_apart() -> None:
    result = _evaluate(YEARLY_FIVE, {"type": "invention_patent", "granted": 7, "date": "2023-05-01"},
                       {"type": "invention_patent", "granted": 4, "date": "2024-05-01"})
    paid = _benefit(result, "发明专利")
    assert (paid.amount_min_cny, paid.amount_max_cny) == (90_000, 90_000)  # 5 of 2023 + 4 of 2024
    (step,) = [step for step in paid.trace if step.rule == "condition.unit_count_cap"]
    assert step.parameters["over"] == {"2023": 7}


def test_units_of_an_unknown_year_give_a_range_counted_together_for_the_guaranteed_amount() -> None:
    facts = (MatchedFact("invention_patent", date=dt.date(2023, 5, 1), count=4),
             MatchedFact("invention_patent", date=dt.date(2024, 5, 1), count=2),
             MatchedFact("invention_patent", count=3))
    capped = capped_count(9, facts, 5, per_year=True)
    # guaranteed: the 3 of unknown year join 2023 (4 + 3 → 5) + 2 of 2024 = 7; most: 4 + 2 + 3 each in its own year
    assert (capped.least, capped.most, capped.year_unknown) == (7, 9, True)
    assert capped.pools == (("2023", 7),)
    assert capped_count(9, facts, 5, per_year=False).most == 5


def test_a_limit_over_all_years_sums_the_units_of_every_year() -> None:
    result = _evaluate(THREE_IN_ALL, {"type": "invention_patent", "granted": 2, "date": "2023-05-01"},
                       {"type": "invention_patent", "granted": 2, "date": "2024-05-01"})
    paid = _benefit(result, "发明专利")
    assert (paid.amount_min_cny, paid.amount_max_cny) == (24_000, 24_000)  # 3 × 8000, not 4 × 8000


def test_a_limit_of_another_provision_does_not_cut_this_one() -> None:
    result = _evaluate(YEARLY_FIVE, {"type": "invention_patent", "granted": 8, "date": "2024-03-01"},
                       {"type": "foreign_patent", "granted": 8, "date": "2024-03-01"})
    foreign = _benefit(result, "境外专利")
    assert (foreign.amount_min_cny, foreign.amount_max_cny) == (16_000, 16_000)  # 8 × 2000: the limit is 第一条's
    assert not [step for step in foreign.trace if step.rule == "condition.unit_count_cap"]
    assert result.total_max_cny == 50_000 + 16_000


def test_the_conversation_shows_the_limit_and_the_capped_amount() -> None:
    from assistant.dialogue import AssistantContext, new_state, respond

    context = AssistantContext(_rules(THREE_IN_ALL))
    reply, state = respond("2024年3月获得6件发明专利授权，能拿多少？", new_state(AS_OF), context)
    assert "确定可得 2.4万元，最高可得 2.4万元" in reply.answer  # 3 × 8000, not 6 × 8000
    assert "最多3件 → 8000元 × 3 = 2.4万元" in reply.answer
    why, _ = respond("为什么？", state, context)
    assert "〔第一条〕规定最多3件：贵公司有6件，计补3件，即2.4万元。" in why.answer
