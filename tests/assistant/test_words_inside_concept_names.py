"""Words inside a concept's name: a field word (海工装备研究院), hyphenated words ("tech-transfer"), and a plan
character or word inside another word or name (出题, "PlanToWill") neither break the name nor make a plan."""

from __future__ import annotations

import datetime as dt

from assistant.dialogue import new_state, respond

AS_OF = dt.date(2024, 10, 1)


def _totals(message: str, as_of: dt.date = AS_OF) -> tuple[int, int]:
    reply, _ = respond(message, new_state(as_of))
    assert reply.eligibility is not None, reply.answer
    return int(reply.eligibility["total_min_cny"]), int(reply.eligibility["total_max_cny"])


def test_a_field_word_inside_a_concept_name_zh() -> None:
    assert _totals("我们是一家船舶集团，2024年4月在大连自贸片区设立了整建制的海工装备研究院。") == (0, 20_000_000)


def test_hyphenated_words_of_a_concept_name_en() -> None:
    said = "Our marine tech-transfer service agency has been registered in the Dalian FTZ since 2023."
    assert _totals(said) == (0, 500_000)


def test_a_plan_character_inside_a_word_is_no_plan_zh() -> None:
    said = "我们是自贸片区企业，2024年6月我们出题、某大学揭榜的揭榜挂帅项目（工业仿真模拟平台）正式立项了。"
    assert _totals(said) == (0, 10_000_000)


def test_a_plan_word_inside_a_name_is_no_plan_en() -> None:
    said = ("We're in the Dalian FTZ. In June 2024 our 'jiebang guashuai' (open competition) project for the "
            "PlanToWill simulation suite was formally approved, with a university solving it.")
    assert _totals(said) == (0, 10_000_000)
