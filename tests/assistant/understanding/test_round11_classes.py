"""Round 11's classes of misreading (blind-3 … blind-11 singles), each in fresh words in Chinese and English."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF) if isinstance(fact.value, dict)]


def _standards(message: str) -> dict[str, Any]:
    return {value["level"]: value.get("first_drafter") for field, value in _facts(message) if field == "standards"}


def test_a_drafting_place_other_than_the_first_is_no_first_drafter_en() -> None:
    said = ("In 2024 we led a national standard as the first drafting organisation. On a local standard the same "
            "year we were just the second drafting unit.")
    standards = _standards(said)
    assert standards["local"] is False and standards["national"] is not False


def test_a_drafting_place_other_than_the_first_is_no_first_drafter_zh() -> None:
    said = "2024年我们作为第一起草单位主导制定了一项国家标准；另一项地方标准我们是第二起草单位。"
    standards = _standards(said)
    assert standards["local"] is False and standards["national"] is not False


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


def test_a_clause_of_only_a_date_dates_the_next_clause_en() -> None:
    assert _dated("Back in May 2024, we were named a provincial gazelle.") == {"gazelle_enterprise": "2024-05-01"}


def test_a_clause_of_only_a_date_dates_the_next_clause_zh() -> None:
    assert _dated("2024年5月，我们拿到了省级瞪羚企业的认定") == {"gazelle_enterprise": "2024-05-01"}


def test_a_clause_with_its_own_words_before_the_date_dates_nothing_else() -> None:
    dated = _dated("We moved to a new office in 2021, and we are a provincial gazelle.")
    assert dated == {"gazelle_enterprise": "None"}


def _dated(message: str) -> dict[str, str]:
    return {str(value.get("type") or value.get("id")): str(value.get("date")) for field, value in _facts(message)
            if value.get("type") or value.get("id")}


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


def _rounds(message: str) -> list[Any]:
    return [value.get("round") for field, value in _facts(message) if field == "qualifications"]


def test_not_the_first_round_is_a_renewal_en() -> None:
    assert _rounds("Our HNTE certificate was renewed in 2024 (the second round, not the first).") == ["renewal"]


def test_not_the_first_round_is_a_renewal_zh() -> None:
    assert _rounds("高新技术企业2024年通过了，不是首次认定，是第二次") == ["renewal"]


def test_a_month_after_a_year_in_the_sentence_is_that_years_en() -> None:
    dated = _dated("Both came through in 2023: a provincial key laboratory in April and an incubator in October.")
    assert dated == {"key_laboratory": "2023-04-01", "incubator": "2023-10-01"}


def test_a_month_after_a_year_in_the_sentence_is_that_years_zh() -> None:
    dated = _dated("2023年我们拿了两个平台：4月是省级重点实验室，10月是孵化器")
    assert dated == {"key_laboratory": "2023-04-01", "incubator": "2023-10-01"}


def test_a_month_in_the_next_sentence_is_not_the_years_before() -> None:
    dated = _dated("We became a provincial gazelle in 2021. In March we opened an incubator.")
    assert dated == {"gazelle_enterprise": "2021-01-01", "incubator": "2025-03-01"}


def _granted(message: str) -> list[Any]:
    return [(value.get("granted"), str(value.get("date"))) for field, value in _facts(message) if field == "patents"]


def test_a_count_after_a_year_range_is_the_patents_count_zh() -> None:
    assert _granted("发明专利2023到2024年累计授权了18件") == [(18, "2023-01-01")]


def test_a_count_after_a_year_range_is_the_patents_count_en() -> None:
    assert [count for count, _ in _granted("From 2023 to 2024 we were granted 18 invention patents.")] == [18]


def _contracts(message: str) -> list[tuple[Any, str]]:
    return sorted((value["contract_amount_cny"], str(value.get("date"))) for field, value in _facts(message)
                  if field == "equipment")


def test_members_listed_one_by_one_are_each_a_first_set_en() -> None:
    said = ("We have two domestic first-of-kind sets: one signed in May 2024 for RMB 12 million, the other in "
            "March 2025 for RMB 26 million.")
    assert _contracts(said) == [(12000000, "2024-05-01"), (26000000, "2025-03-01")]


def test_members_listed_one_by_one_are_each_a_first_set_zh() -> None:
    said = "我们有两个国内首台套：一个是2024年5月签的，合同1200万；另一个是今年3月签的，合同2600万。"
    assert _contracts(said) == [(12000000, "2024-05-01"), (26000000, "2025-03-01")]


# review11 (und11 1–4): what the rules above must not do


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


def test_a_platform_set_up_later_does_not_date_the_company_that_is_a_platform() -> None:
    said = "我们是一家技术转移服务机构，在大连自贸片区，我们2024年5月成立了院士工作站"
    assert _dated(said) == {"technology_transfer_agency": "None", "academician_workstation": "2024-05-01"}


def test_a_first_set_takes_its_own_date_not_the_platform_before_it_en() -> None:
    said = ("We're in the Dalian FTZ. We hold a provincial key laboratory approved in April 2021, and a domestic "
            "first-set unit, contract RMB 15m signed October 2024.")
    assert _contracts(said) == [(15000000, "2024-10-01")]


def test_a_first_set_takes_its_own_date_not_the_platform_before_it_zh() -> None:
    said = "公司在大连自贸片区，有一个省级重点实验室，2021年4月获批；还有一台国内首台套，合同1500万，2024年10月签的"
    assert _contracts(said) == [(15000000, "2024-10-01")]


def _in_zone(message: str) -> Any:
    return {fact.field: fact.value for fact in understand_facts(message, AS_OF)}.get("location.in_zone")


def test_a_registration_moved_in_with_the_plant_is_in_the_zone_en() -> None:
    assert _in_zone("We were in Yingkou before, then moved our registration and plant into the Dalian FTZ in 2023.")


def test_a_registration_moved_in_with_the_plant_is_in_the_zone_zh() -> None:
    assert _in_zone("我们原来在营口，2023年把注册地和工厂都搬进了大连自贸片区")


def test_a_listed_first_set_not_held_is_left_out_en() -> None:
    said = ("We have two domestic first-set units: one signed in May 2024 for RMB 12m, the other still under "
            "negotiation, roughly RMB 25m.")
    assert _contracts(said) == [(12000000, "2024-05-01")]
    said = ("We have two domestic first-set units: one signed in May 2024 for RMB 12m, the other one's RMB 25m "
            "contract was cancelled by the buyer in June 2024.")
    assert _contracts(said) == [(12000000, "2024-05-01")]


def test_a_listed_first_set_not_held_is_left_out_zh() -> None:
    assert _contracts("我们有两个国内首台套：一个是2024年5月签的，合同1200万；另一个还在谈，大概2500万。") \
        == [(12000000, "2024-05-01")]
