"""Which items a date reaches: a clause of only a date dates the next clause (not a status held by then),
a date reaches every item listed after it but not one with its own verb or said to be older, and a month takes
the year of its own sentence, not another event's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF) if isinstance(fact.value, dict)]


def _dated(message: str) -> dict[str, str]:
    return {str(value.get("type") or value.get("id")): str(value.get("date")) for field, value in _facts(message)
            if value.get("type") or value.get("id")}


def test_a_clause_of_only_a_date_dates_the_next_clause_en() -> None:
    assert _dated("Back in May 2024, we were named a provincial gazelle.") == {"gazelle_enterprise": "2024-05-01"}


def test_a_clause_of_only_a_date_dates_the_next_clause_zh() -> None:
    assert _dated("2024年5月，我们拿到了省级瞪羚企业的认定") == {"gazelle_enterprise": "2024-05-01"}


def test_a_clause_with_its_own_words_before_the_date_dates_nothing_else() -> None:
    dated = _dated("We moved to a new office in 2021, and we are a provincial gazelle.")
    assert dated == {"gazelle_enterprise": "None"}


def test_a_date_reaches_every_item_listed_after_it_en() -> None:
    dated = _dated("Last year we set up a key laboratory, an incubator and a technology transfer center.")
    assert set(dated.values()) == {"2024-01-01"} and len(dated) == 3


def test_a_date_reaches_every_item_listed_after_it_zh() -> None:
    dated = _dated("前年我们拿了省级工程技术研究中心，以及市级企业技术中心")
    assert dated == {"engineering_technology_research_center": "2023-01-01",
                     "enterprise_technology_center": "2023-01-01"}


def test_an_item_with_a_verb_of_its_own_is_not_a_listed_one() -> None:
    dated = _dated("In 2023 we set up an incubator, and a key laboratory is still pending.")
    assert dated.get("key_laboratory") in (None, "None")


def test_a_month_after_a_year_in_the_sentence_is_that_years_en() -> None:
    dated = _dated("Both came through in 2023: a provincial key laboratory in April and an incubator in October.")
    assert dated == {"key_laboratory": "2023-04-01", "incubator": "2023-10-01"}


def test_a_month_after_a_year_in_the_sentence_is_that_years_zh() -> None:
    dated = _dated("2023年我们拿了两个平台：4月是省级重点实验室，10月是孵化器")
    assert dated == {"key_laboratory": "2023-04-01", "incubator": "2023-10-01"}


def test_a_month_in_the_next_sentence_is_not_the_years_before() -> None:
    dated = _dated("We became a provincial gazelle in 2021. In March we opened an incubator.")
    assert dated == {"gazelle_enterprise": "2021-01-01", "incubator": "2025-03-01"}


# what the rules above must not do


def test_a_clause_of_only_a_date_before_a_status_dates_nothing_en() -> None:
    assert _dated("In 2022, we were already a provincial gazelle enterprise.") == {"gazelle_enterprise": "None"}
    assert _dated("By 2022, we had become a provincial gazelle enterprise.") == {"gazelle_enterprise": "None"}


def test_a_clause_of_only_a_date_before_a_status_dates_nothing_zh() -> None:
    assert _dated("2022年，我们已经是省级瞪羚企业了。") == {"gazelle_enterprise": "None"}


def test_a_month_after_the_year_of_another_event_is_not_that_years() -> None:
    assert _dated("We were founded in 2015, and in April we became a provincial gazelle.") \
        == {"gazelle_enterprise": "2025-04-01"}
    assert _dated("公司2015年成立，4月被认定为省级瞪羚企业") == {"gazelle_enterprise": "2025-04-01"}


def test_an_item_said_to_be_older_does_not_take_the_list_date() -> None:
    said = "We're in the Dalian FTZ. In May 2024 we opened a key laboratory, and an older municipal incubator."
    assert _dated(said).get("incubator") in (None, "None")
    said = "我们在大连自贸片区，2024年5月获批了重点实验室，还有一个以前的市级孵化器"
    assert _dated(said).get("incubator") in (None, "None")
