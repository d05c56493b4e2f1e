"""Round 10's classes of misreading (blind-3 … blind-9), each in fresh words in Chinese and English:
a date that opens the next listed item, "both still running", a negation after a planned platform, and a
negation said after the thing and its holder (高企我们还没评上)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF, in_conversation=True) if isinstance(fact.value, dict)]


def _dated(message: str) -> dict[str, str]:
    return {str(value.get("type") or value.get("id")): str(value.get("date")) for _, value in _facts(message)}


def test_a_date_after_and_opens_the_next_item_en() -> None:
    dated = _dated("In Feb 2023 we got a provincial key lab, and in Nov 2024 a municipal technology innovation centre.")
    assert dated == {"key_laboratory": "2023-02-01", "technology_innovation_center": "2024-11-01"}


def test_a_date_after_and_opens_the_next_item_zh() -> None:
    dated = _dated("前年拿了省级重点实验室，又在今年4月拿了市级技术创新中心")
    assert dated == {"key_laboratory": "2023-01-01", "technology_innovation_center": "2025-04-01"}


def test_a_recognition_keeps_its_own_date_before_and() -> None:
    dated = _dated("Two years ago we became a provincial gazelle and this year a municipal enterprise "
                   "technology centre.")
    assert dated == {"gazelle_enterprise": "2023-01-01", "enterprise_technology_center": "2025-01-01"}


def test_both_still_running_is_said_of_both_en() -> None:
    facts = _facts("An academician workstation opened in 2021 and a postdoctoral workstation in 2024; both are still "
                   "running.")
    assert sorted(value.get("operating_until") == AS_OF for _, value in facts if _ == "platforms") == [True, True]


def test_both_still_running_is_said_of_both_zh() -> None:
    facts = _facts("院士工作站2021年建的，博士后工作站2024年建的，两个站现在都还在运行")
    assert sorted(value.get("operating_until") == AS_OF for _, value in facts if _ == "platforms") == [True, True]


def test_one_still_running_is_said_of_that_one() -> None:
    facts = _facts("院士工作站2021年建的，博士后工作站2024年建的，博士后工作站一直运行到现在")
    running = {value["type"]: "operating_until" in value for _, value in facts if _ == "platforms"}
    assert running == {"academician_workstation": False, "postdoctoral_workstation": True}


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


def _fields(message: str) -> dict[str, Any]:
    return {fact.field: fact.value for fact in understand_facts(message, AS_OF) if not isinstance(fact.value, dict)}


def test_the_seat_and_a_plant_said_together_are_both_in_the_zone() -> None:
    assert _fields("Headquarters and plant in the Dalian Bonded Zone, we make pumps.")["location.in_zone"] is True
    assert _fields("Our HQ & factory are in the Dalian FTZ.")["location.in_zone"] is True


def test_a_company_said_based_elsewhere_before_based() -> None:
    assert _fields("We're a Seoul-based battery maker; some of our buyers sit in the Dalian FTZ.")[
        "location.in_zone"] is False
    assert _fields("We are a Harbin-headquartered company.")["location.in_zone"] is False


def test_english_words_beside_chinese_ones() -> None:
    facts = _facts("我们公司在Dalian FTZ里面，last year拿到了市级工程技术研究中心")
    assert facts == [("platforms", {"type": "engineering_technology_research_center", "level": "municipal",
                                    "date": dt.date(2024, 1, 1)})]
    assert _fields("我们公司在Dalian FTZ里面")["location.in_zone"] is True


def test_funding_from_levels_of_government_and_the_sum_put_in() -> None:
    en = _fields("Our provincial manufacturing innovation center: total investment RMB 30m; we have received 4m "
                 "from different levels of government so far.")
    assert (en["investment_total_cny"], en["other_funding_cny"]) == (30_000_000, 4_000_000)
    zh = _fields("去年获批省级制造业创新中心，前后一共投了2600万，区里给过150万的补助")
    assert (zh["investment_total_cny"], zh["other_funding_cny"]) == (26_000_000, 1_500_000)
    assert "investment_total_cny" not in _fields("研发投入了500万")


def test_a_standard_of_an_international_body_is_international() -> None:
    assert _facts("As first drafter we led an IEC 60601 standard in 2024.") == [
        ("standards", {"level": "international", "first_drafter": True, "date": dt.date(2024, 1, 1)})]
    assert _facts("我们作为第一起草单位主导制定了一项国际电工委员会标准，2023年发布") == [
        ("standards", {"level": "international", "first_drafter": True, "date": dt.date(2023, 1, 1)})]


def test_taking_part_in_a_standard_is_no_first_drafter() -> None:
    assert _facts("We took part in an industry standard in 2023.") == [
        ("standards", {"level": "industry", "first_drafter": False, "date": dt.date(2023, 1, 1)})]


def test_class_one_new_drugs_and_inspection_certification() -> None:
    assert _facts("我们有一个1类新药项目，今年2月进入临床") == [
        ("holdings", {"type": "innovative_drug_project", "date": dt.date(2025, 2, 1)})]
    assert _facts("In March 2025 our lab gained provincial-level testing and inspection certification.") == [
        ("platforms", {"type": "testing_certification_lab", "level": "provincial", "date": dt.date(2025, 3, 1)})]


def test_funding_received_then_its_sum_alone() -> None:
    assert _fields("这个平台以前拿过区里和省里的补助，合计三百五十万")["other_funding_cny"] == 3_500_000
    assert _fields("We did receive grants from the district and the city, RMB 2.5 million in total.")[
        "other_funding_cny"] == 2_500_000


def test_still_going_and_a_longer_name_of_a_leader() -> None:
    facts = _facts("Our academician workstation opened in 2023 and is still going.")
    assert facts[0][1]["operating_until"] == AS_OF
    assert _facts("We became a science and technology leading enterprise in 2024.") == [
        ("qualifications", {"id": "tech_leader_enterprise", "date": dt.date(2024, 1, 1)})]


def test_held_since_a_year_then_renewed_is_two_facts() -> None:
    expected = [("qualifications", {"id": "high_tech_enterprise", "date": dt.date(2020, 1, 1)}),
                ("qualifications", {"id": "high_tech_enterprise", "round": "renewal", "date": dt.date(2023, 1, 1)})]
    assert _facts("We've held high-tech enterprise status since 2020, renewed in 2023 too.") == expected
    assert _facts("我们从2020年开始就是高新技术企业，2023年又重新认定了") == expected


def test_a_renewal_beside_another_dated_event_takes_its_own_date_only() -> None:
    assert _facts("Our hi-tech status was renewed in 2023 and we opened a postdoctoral workstation in 2022.") == [
        ("qualifications", {"id": "high_tech_enterprise", "round": "renewal", "date": dt.date(2023, 1, 1)}),
        ("platforms", {"type": "postdoctoral_workstation", "date": dt.date(2022, 1, 1)})]


def test_both_still_running_leaves_a_stopped_one_stopped() -> None:
    facts = _facts("院士工作站2020年建的，2022年停止运行了；博士后工作站2023年建的，现在都还在运行")
    ends = {value["type"]: value.get("operating_until") for _, value in facts}
    assert ends == {"academician_workstation": dt.date(2022, 12, 31), "postdoctoral_workstation": AS_OF}


def test_a_topic_then_its_holder_not_having_other_things() -> None:
    assert _facts("瞪羚企业我们没有拿过补贴") == [("qualifications", {"id": "gazelle_enterprise"})]


def _running(message: str) -> dict[str, object]:
    return {value["type"]: value.get("operating_until") for field, value in _facts(message) if field == "platforms"}


def test_still_said_with_du_of_one_platform_is_that_ones() -> None:
    # review10 und10-3: 到现在都还在运行 is "still running", said of the platform of its clause only
    assert _running("2021年3月设了博士后工作站，2022年底已经停了；院士工作站2022年设立的，到现在都还在运行") == {
        "postdoctoral_workstation": dt.date(2022, 12, 31), "academician_workstation": AS_OF}


def test_all_of_them_running_skips_one_said_closed_en() -> None:
    assert _running("We set up a postdoctoral workstation in 2021 and shut it down at the end of 2022; an "
                    "academician workstation followed in 2023. They are all still running.") == {
        "postdoctoral_workstation": dt.date(2022, 12, 31), "academician_workstation": AS_OF}
