"""What "it" / 该站 refers to: the platform just named or the company, and the company that is a platform dated
by its setting up, while a platform set up later keeps its own date."""

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


def test_it_in_the_next_sentence_is_the_platform_just_named_en() -> None:
    facts = _facts("Our site hosts a postdoctoral workstation. It was set up in March 2022 and is still running.")
    assert facts == [("platforms", {"type": "postdoctoral_workstation", "date": dt.date(2022, 3, 1),
                                    "operating_until": AS_OF})]


def test_it_in_the_next_sentence_is_the_platform_just_named_zh() -> None:
    facts = _facts("我们有一个博士后工作站。该站2022年3月设立，至今仍在运行。")
    assert facts == [("platforms", {"type": "postdoctoral_workstation", "date": dt.date(2022, 3, 1),
                                    "operating_until": AS_OF})]


def test_it_after_the_company_is_the_company() -> None:
    facts = understand_facts("Our company is in Shenyang. It was set up in 2019.", AS_OF)
    assert {fact.field: fact.value for fact in facts}.get("location.settled_year") == 2019


def test_the_company_that_is_the_platform_dates_it_by_its_setting_up_en() -> None:
    dated = _dated("We are an offshore incubator, founded in Singapore in June 2023, bringing startups to Dalian.")
    assert dated == {"offshore_incubator": "2023-06-01"}


def test_the_company_that_is_the_platform_dates_it_by_its_setting_up_zh() -> None:
    dated = _dated("公司是2022年5月在自贸片区注册成立的，属于高层次人才创业")
    assert dated == {"high_level_talent_startup": "2022-05-01"}


def test_a_platform_the_company_set_up_later_keeps_its_own_date() -> None:
    dated = _dated("We're a hydrogen equipment maker founded in 2015; in 2024 we set up a key laboratory.")
    assert dated == {"key_laboratory": "2024-01-01"}


# what the rules above must not do


def test_a_platform_set_up_later_does_not_date_the_company_that_is_a_platform() -> None:
    said = "我们是一家技术转移服务机构，在大连自贸片区，我们2024年5月成立了院士工作站"
    assert _dated(said) == {"technology_transfer_agency": "None", "academician_workstation": "2024-05-01"}
