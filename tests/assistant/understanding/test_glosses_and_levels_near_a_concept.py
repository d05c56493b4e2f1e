"""Glosses and levels near a concept's words: a gloss inside them (尖端（国际顶级）人才团队) keeps the concept
and names its own, a month or a place where a platform is gives no level, a place that grants still does, and the
hyphenated high-and-new-technology name is the HNTE."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF) if isinstance(fact.value, dict)]


def _kinds(message: str) -> dict[str, Any]:
    return {str(value.get("type") or value.get("id")): value.get("level") for _, value in _facts(message)
            if value.get("type") or value.get("id")}


def test_a_gloss_inside_the_concept_words_en() -> None:
    assert "leading_talent_team" in _kinds("In 2024 we recruited a leading (领军, world-class) talent team.")


def test_a_gloss_inside_the_concept_words_zh() -> None:
    assert "top_talent_team" in _kinds("我们今年引进了一个尖端（国际顶级）人才团队")


def test_what_the_gloss_names_stays_its_own() -> None:
    said = "In 2024 our team (a 领军人才团队 since 2023) was recognised as a provincial gazelle."
    assert _kinds(said) == {"leading_talent_team": None, "gazelle_enterprise": "provincial"}


def test_a_month_spelled_like_a_county_is_no_level() -> None:
    assert _kinds("Our gazelle status came through in June 2025.") == {"gazelle_enterprise": None}


def test_a_place_where_a_platform_is_gives_it_no_level_en() -> None:
    assert _kinds("In 2024 we opened an off-site enterprise incubator in Shenzhen.") == {"offshore_incubator": None}


def test_a_place_where_a_platform_is_gives_it_no_level_zh() -> None:
    assert _kinds("我们2024年设立了一个异地孵化器，设在深圳") == {"offshore_incubator": None}


def test_a_place_that_grants_still_gives_the_level() -> None:
    assert _kinds("2024年被大连市认定为瞪羚企业") == {"gazelle_enterprise": "municipal"}


def test_the_hyphenated_high_tech_name() -> None:
    assert "high_tech_enterprise" in _kinds("We received our high-and-new-technology enterprise certificate in 2023.")
