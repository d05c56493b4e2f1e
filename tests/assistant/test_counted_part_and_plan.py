"""review9 "Found in main": a part said inside a whole holds what the part got (开发了5个…，其中3个通过了认定 counts 3,
not 5: it paid the whole as sure), and a count planned for later (明年计划再申报4个) replaces no count held."""

from __future__ import annotations

import datetime as dt

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 5, 20)


def _counts(message: str) -> list[tuple[object, object]]:
    return [(fact.value.get("granted"), fact.value.get("date")) for fact in understand_facts(message, AS_OF)
            if fact.field == "patents" and isinstance(fact.value, dict)]


def test_only_the_part_that_passed_is_counted() -> None:
    message = "公司2024年一共研发了5个首版次软件产品，其中3个通过了认定"
    assert _counts(message) == [(3, dt.date(2024, 1, 1))]


def test_only_the_part_that_passed_is_counted_en() -> None:
    message = "In 2024 we built 5 first-version software products, 3 of which were recognised."
    assert _counts(message) == [(3, dt.date(2024, 1, 1))]


def test_a_count_planned_for_next_year_replaces_none_held() -> None:
    message = "去年我们有2个首版次软件产品通过了认定，明年打算再申报4个首版次软件产品"
    assert _counts(message) == [(2, dt.date(2024, 1, 1))]


def test_a_count_planned_for_next_year_replaces_none_held_en() -> None:
    message = ("In 2024 we had 2 first-version software products recognised. Next year we plan to apply for "
               "4 first-version software products.")
    assert _counts(message) == [(2, dt.date(2024, 1, 1))]
