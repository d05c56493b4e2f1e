"""A negation said after the thing: not approved after a planned platform is not the fact before it, and the
thing then who has not got it (瞪羚企业公司目前还没评上) is not held."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF, in_conversation=True) if isinstance(fact.value, dict)]


def test_not_approved_after_a_planned_platform_is_not_the_fact_before_zh() -> None:
    facts = _facts("去年认定了一个市级重点实验室。省级工程技术研究中心正在申报，还没批下来。")
    assert facts == [("platforms", {"type": "key_laboratory", "level": "municipal", "date": dt.date(2024, 1, 1)})]


def test_not_approved_after_a_planned_platform_is_not_the_fact_before_en() -> None:
    facts = _facts("We got a municipal key lab last year. We are applying for a provincial engineering research "
                   "center, not approved yet.")
    assert facts == [("platforms", {"type": "key_laboratory", "level": "municipal", "date": dt.date(2024, 1, 1)})]


def test_the_thing_then_who_has_not_got_it_zh() -> None:
    assert _facts("瞪羚企业公司目前还没评上，材料还在准备") == [
        ("qualifications", {"id": "gazelle_enterprise", "held": False})]
    assert _facts("高新技术企业我们2021年就评上了") == [
        ("qualifications", {"id": "high_tech_enterprise", "date": dt.date(2021, 1, 1)})]


def test_a_topic_then_its_holder_not_having_other_things() -> None:
    assert _facts("瞪羚企业我们没有拿过补贴") == [("qualifications", {"id": "gazelle_enterprise"})]
