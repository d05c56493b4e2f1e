"""The printable report and the pitch sheet: what a company misses and why, and text from
users or documents shown as text, never as HTML or Markdown."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.dialogue import new_state, respond
from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.rules import PolicyRules
from assistant.pitch import pitch_markdown, pitch_sheet
from assistant.profile import parse_profile
from assistant.report import closest_misses, eligibility_markdown
from kg.store import open_store

LATE_RECOGNITION = {"location": {"in_zone": True},
                    "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2026-05-01"}]}


@pytest.fixture(scope="module")
def rules() -> PolicyRules:
    return rules_from_graph(open_store(None).graph())


def test_the_report_says_what_is_missed_and_why_once_per_reason(rules: PolicyRules) -> None:
    result = evaluate(parse_profile(LATE_RECOGNITION), dt.date(2024, 6, 1), rules)
    misses = closest_misses(result)
    first_recognition = [m for m in misses if m.clause_path == ("三", "（二）", "6")]
    assert len(first_recognition) == 1 and len(first_recognition[0].reasons) == 1  # not the renewal row too
    assert len(misses) == len({(m.clause_path, m.reasons) for m in misses})
    report = eligibility_markdown(result, "Late Co.")
    assert "## 未能适用 Not available, and why" in report
    assert "高新技术企业日期为2026-05-01，晚于政策失效日（2025-12-31） / High and New Technology Enterprise " \
           "dated 2026-05-01, after the policy ended (2025-12-31)" in report


@pytest.mark.parametrize(("message", "expected"), [
    ("我们不在片区内，2022年11月首次认定为高新技术企业，能拿多少？",
     "〔三（二）6〕 实施创新主体倍增计划：不在政策区域内注册经营"),
    ("We are not in the zone; we became a high-tech enterprise in November 2022. What can we get?",
     "〔三（二）6〕 not available: not in the policy's area"),
])
def test_with_no_benefit_the_chat_says_why(message: str, expected: str) -> None:
    reply, _ = respond(message, new_state(dt.date(2024, 6, 1)))
    assert reply.eligibility is not None and reply.eligibility["benefits"] == []
    assert expected in reply.answer


def test_a_name_with_html_or_markdown_is_shown_as_text(rules: PolicyRules) -> None:
    name = "<img src=x onerror=alert(1)> **Evil** [link](http://evil.example) a|b"
    result = evaluate(parse_profile({**LATE_RECOGNITION, "name": name}), dt.date(2024, 6, 1), rules)
    for shown in (eligibility_markdown(result, name), pitch_markdown(pitch_sheet(result, name))):
        assert "<img" not in shown and not re.search(r"(?<!\\)\]\(http", shown) and "**Evil**" not in shown
        assert "&lt;img src=x onerror=alert(1)&gt; \\*\\*Evil\\*\\* \\[link\\](http://evil.example) a\\|b" in shown


def test_the_pitch_timeline_pays_a_yearly_rate_year_by_year(rules: PolicyRules) -> None:
    profile = {"location": {"in_zone": True},
               "qualifications": [{"id": "high_tech_enterprise", "round": "renewal", "date": "2021-12-10"}],
               "rd_expense": [{"year": year, "amount_cny": amount} for year, amount in
                              [(2021, 10_000_000), (2022, 50_000_000), (2023, 80_000_000), (2024, 120_000_000)]]}
    sheet = pitch_sheet(evaluate(parse_profile(profile), dt.date(2025, 6, 30), rules), "Yearly Co.")
    rd = [(p.year, p.amount_zh) for p in sheet.timeline if p.citation == "〔三（二）7〕"]
    assert rd == [(2022, "100万元"), (2023, "100万元"), (2024, "100万元")]
    # the renewal's one-off is dated by the renewal it is paid for (2021-12-10), not left yearless
    renewal = [(p.year, p.amount_zh, p.when_en) for p in sheet.timeline if p.citation == "〔三（二）6〕"]
    assert renewal == [(2021, "10万元", "year of recognition (one-off)")]
    assert "| 2023 | 当年 / that year | 激发创新主体创新活力" in pitch_markdown(sheet)


def test_a_yearly_rate_without_its_figures_is_could_add_not_on_the_timeline(rules: PolicyRules) -> None:
    profile = {"location": {"in_zone": True},
               "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-01"}]}
    sheet = pitch_sheet(evaluate(parse_profile(profile), dt.date(2024, 6, 30), rules), "No Figures Co.")
    cited = {p.citation: (p.year, p.when_zh) for p in sheet.timeline}
    assert "〔三（二）7〕" not in cited and cited["〔三（二）6〕"] == (2022, "认定当年（一次性）")
    assert [c.citation for c in sheet.could_add] == ["〔三（二）7〕"]
    markdown = pitch_markdown(sheet)
    assert "Could add, if… (not in the totals)" in markdown and "| 〔三（二）7〕 | 激发创新主体创新活力" in markdown


def test_another_tier_of_a_clause_that_pays_is_not_listed_as_missed(rules: PolicyRules) -> None:
    profile = {"location": {"in_zone": True},
               "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-01"},
                                  {"id": "gazelle_enterprise", "level": "municipal", "date": "2023-03-01"}]}
    result = evaluate(parse_profile(profile), dt.date(2024, 6, 30), rules)
    misses = closest_misses(result)
    assert not any("renewal" in " ".join(m.reasons) for m in misses)  # the first recognition is paid
    assert any("gazelle enterprise is municipal" in " ".join(m.reasons) for m in misses)  # a real miss stays


def test_a_fact_still_to_confirm_is_asked_in_words_not_by_its_key(rules) -> None:  # type: ignore[no-untyped-def]
    result = evaluate(parse_profile({"location": {"in_zone": True},
                                     "qualifications": [{"id": "unicorn_enterprise", "date": "2023-01-01"}]}),
                      dt.date(2024, 6, 1), rules)
    report = eligibility_markdown(result)
    assert "「独角兽企业」是哪一级" in report and "level:unicorn_enterprise" not in report
