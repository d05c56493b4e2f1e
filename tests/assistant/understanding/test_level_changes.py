"""A level said again for the concept said before, as raised: the new level from the raise's date, the earlier
level only for the years before it; and a standard the company only complies with is none it drafted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _values(message: str, field: str) -> list[dict[str, Any]]:
    return [{k: v for k, v in fact.value.items() if k != "date_precision"}
            for fact in understand_facts(message, AS_OF) if fact.field == field]


def test_raised_years_later_zh() -> None:
    assert _values("公司2019年获批市级工程技术研究中心，三年后升级为省级", "platforms") == [
        {"type": "engineering_technology_research_center", "level": "municipal", "date": dt.date(2019, 1, 1),
         "operating_until": dt.date(2021, 12, 31)},
        {"type": "engineering_technology_research_center", "level": "provincial", "date": dt.date(2022, 1, 1)}]


def test_raised_years_later_en() -> None:
    assert _values("We opened a municipal key laboratory in 2019, which was upgraded to provincial three years "
                   "later.", "platforms") == [
        {"type": "key_laboratory", "level": "municipal", "date": dt.date(2019, 1, 1),
         "operating_until": dt.date(2021, 12, 31)},
        {"type": "key_laboratory", "level": "provincial", "date": dt.date(2022, 1, 1)}]


def test_raised_in_the_same_clause_takes_the_raise_date_not_the_first() -> None:
    assert _values("Our technology innovation center was provincial in 2020 and was promoted to national level "
                   "in 2024.", "platforms") == [
        {"type": "technology_innovation_center", "level": "provincial", "date": dt.date(2020, 1, 1),
         "operating_until": dt.date(2023, 12, 31)},
        {"type": "technology_innovation_center", "level": "national", "date": dt.date(2024, 1, 1)}]


def test_raised_at_a_date_said_before_the_verb_zh() -> None:
    assert _values("重点实验室2018年是市级的，2023年升为省级", "platforms")[-1] == {
        "type": "key_laboratory", "level": "provincial", "date": dt.date(2023, 1, 1)}


def test_raised_without_a_date_keeps_the_earlier_for_its_own_year_only() -> None:
    assert _values("我们的重点实验室去年是市级的，后来升级为省级", "platforms") == [
        {"type": "key_laboratory", "level": "municipal", "date": dt.date(2024, 1, 1),
         "operating_until": dt.date(2024, 12, 31)},
        {"type": "key_laboratory", "level": "provincial"}]


def test_a_recognition_raised_keeps_both_grants() -> None:
    assert _values("2021年评为市级瞪羚企业，两年后升为省级", "qualifications") == [
        {"id": "gazelle_enterprise", "level": "municipal", "date": dt.date(2021, 1, 1)},
        {"id": "gazelle_enterprise", "level": "provincial", "date": dt.date(2023, 1, 1)}]


def test_raised_to_another_concept_is_that_concept() -> None:
    ids = [value["id"] for value in _values("我们是专精特新中小企业，今年升级为国家级专精特新小巨人", "qualifications")]
    assert ids == ["sme", "little_giant"]


def test_a_standard_complied_with_is_not_drafted_en() -> None:
    assert _values("We were first drafter of a provincial standard in 2023, and our lines are certified to the "
                   "ISO 14001 international standard.", "standards") == [
        {"level": "provincial", "first_drafter": True, "date": dt.date(2023, 1, 1)}]
    assert _values("As the first drafter of standards we also comply with the IEC 61508 standard.", "standards") == []


def test_a_standard_complied_with_is_not_drafted_zh() -> None:
    assert _values("我们是第一起草单位，产品符合ISO 14001国际标准", "standards") == []
    drafted = _values("公司执行ISO 13485国际标准，还牵头起草了一项行业标准", "standards")
    assert [value["level"] for value in drafted] == ["industry"]


def test_a_body_standard_a_drafted_one_builds_on_is_not_drafted() -> None:
    # review10 und10-2: the company's standard is the provincial one; the ISO standard it refers to is none of its own
    assert [v["level"] for v in _values("In 2023 we were first drafter of a municipal standard based on the IEC 62443 "
                                        "standard.", "standards")] == ["municipal"]
    assert _values("2023年我们牵头起草了一项团体标准，参照了国际电工委员会标准", "standards") == []
    assert [v["level"] for v in _values("Our products are certified to the IEC 61010 standard, and in 2022 we led an "
                                        "industry standard as first drafter.", "standards")] == ["industry"]


def test_a_body_standard_led_is_still_international() -> None:
    assert [v["level"] for v in _values("In 2022 we were first drafter of an IEC standard.", "standards")] == [
        "international"]
