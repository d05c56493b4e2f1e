"""Round 11b's classes of misreading (blind-12 and blind-13 singles), each in fresh words in Chinese and English:
the whole reply's totals, so a fact read into the wrong field shows as a wrong amount."""

from __future__ import annotations

import datetime as dt

from assistant.dialogue import new_state, respond

AS_OF = dt.date(2024, 10, 1)


def _totals(message: str, as_of: dt.date = AS_OF) -> tuple[int, int]:
    reply, _ = respond(message, new_state(as_of))
    assert reply.eligibility is not None, reply.answer
    return int(reply.eligibility["total_min_cny"]), int(reply.eligibility["total_max_cny"])


def test_an_investment_said_before_funding_in_one_clause_is_not_funding_received_en() -> None:
    said = ("Our Dalian FTZ centre was recognised as a provincial manufacturing innovation centre in March 2024. "
            "The total investment came to RMB 5m and the city already paid us RMB 1m for it. What else is there?")
    assert _totals(said) == (0, 1_500_000)  # 50% of 5m less the 1m received, under the 3m cap


def test_an_investment_said_before_funding_in_one_clause_is_not_funding_received_zh() -> None:
    said = "我们在自贸片区，2024年3月获批省级制造业创新中心，中心总投资500万而市里已经拨了100万。还能拿多少？"
    assert _totals(said) == (0, 1_500_000)


def test_the_city_that_holds_the_zone_before_based_is_not_outside_en() -> None:
    approved = "in May 2024 we were approved as a provincial technology transfer centre."
    assert _totals(f"We are a Dalian-headquartered battery maker; {approved}") == (1_000_000, 1_000_000)  # assumed in
    assert _totals(f"We are a Shenyang-based battery maker; {approved}") == (0, 0)


def test_the_city_that_holds_the_zone_before_based_is_not_outside_zh() -> None:
    assert _totals("我们是一家总部在大连的电池企业，2024年5月获批省级技术转移中心。") == (1_000_000, 1_000_000)
    assert _totals("我们是一家总部在沈阳的电池企业，2024年5月获批省级技术转移中心。") == (0, 0)


def test_a_comma_between_two_adjectives_keeps_the_date_with_the_thing_en() -> None:
    said = "In March 2024 our group opened a brand-new, standalone research institute in the Dalian FTZ."
    assert _totals(said) == (0, 20_000_000)


def test_the_date_before_a_whole_unit_institute_is_kept_zh() -> None:
    assert _totals("2024年3月，我们集团在自贸片区设立了整建制的研究院。") == (0, 20_000_000)


def test_a_sum_of_patent_funding_is_no_count_of_patents_en() -> None:
    said = ("We are in the Dalian FTZ. In 2023 three invention patents were granted to us. "
            "The district paid us RMB 10,000 in patent subsidies back then.")
    assert _totals(said) == (15_000, 15_000)  # 3 × 5,000, under the 100,000 cap less the 10,000 received


def test_a_sum_of_patent_funding_is_no_count_of_patents_zh() -> None:
    assert _totals("我们在自贸片区，2023年有3项发明专利获得授权。区里当时给过10,000元专利资助。") == (15_000, 15_000)


def test_ran_it_until_a_year_counts_the_years_it_ran_en() -> None:
    said = ("Our Dalian FTZ firm opened a postdoctoral research workstation in November 2021; we ran it until the end "
            "of 2022 and then shut it.")
    assert _totals(said, dt.date(2025, 3, 1)) == (0, 200_000)  # 2021 and 2022, up to 100,000 a year


def test_ran_it_until_a_year_counts_the_years_it_ran_zh() -> None:
    said = "我们在自贸片区，2021年11月设立了博士后工作站，一直运行到2022年底，之后撤站了。"
    assert _totals(said, dt.date(2025, 3, 1)) == (0, 200_000)


def test_a_device_registration_certificate_makes_the_company_its_holder_zh() -> None:
    said = "我们是自贸片区的医疗器械公司，2024年9月拿到了二类医疗器械注册证。"
    assert _totals(said, dt.date(2025, 3, 1)) == (0, 10_000_000)


def test_a_device_registration_certificate_makes_the_company_its_holder_en() -> None:
    said = ("We're a medical device company in the Dalian FTZ; in September 2024 we obtained a Class II device "
            "registration certificate for our monitor.")
    assert _totals(said, dt.date(2025, 3, 1)) == (0, 10_000_000)


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


def _qualification_dates(message: str) -> dict[str, object]:
    from assistant.understanding.facts import understand_facts

    return {fact.value["id"]: fact.value.get("date") for fact in understand_facts(message, AS_OF)
            if fact.field == "qualifications"}


def test_first_time_above_designated_size_said_as_a_statistics_entry_zh() -> None:
    said = "我们在自贸片区，今年5月刚刚第一次升规纳统。"
    assert _qualification_dates(said) == {"above_scale_industrial": dt.date(2024, 5, 1)}
    assert _qualification_dates("以上规定我们都符合。") == {}


def test_first_time_above_designated_size_en() -> None:
    said = "We're in the Dalian FTZ, and in May this year we were counted above designated size for the first time."
    assert _qualification_dates(said) == {"above_scale_industrial": dt.date(2024, 5, 1)}


def test_a_month_with_its_year_said_in_words_after_it_en() -> None:
    said = "We're in the Dalian FTZ; in March last year we were counted above designated size for the first time."
    assert _qualification_dates(said) == {"above_scale_industrial": dt.date(2023, 3, 1)}


def test_a_month_with_its_year_said_in_words_before_it_zh() -> None:
    said = "我们在自贸片区，去年3月第一次上规。"
    assert _qualification_dates(said) == {"above_scale_industrial": dt.date(2023, 3, 1)}


def test_a_workstation_held_since_a_date_and_still_running_en() -> None:
    said = "Dalian FTZ company here. We've had a post-doctoral workstation since May 2022, still operating."
    assert _totals(said, dt.date(2024, 6, 30)) == (0, 300_000)  # 2022, 2023, 2024: up to 100,000 a year


def test_a_workstation_held_since_a_date_and_still_running_zh() -> None:
    said = "我们在自贸片区，2022年5月设立了博士后科研工作站，至今一直在运行。"
    assert _totals(said, dt.date(2024, 6, 30)) == (0, 300_000)
