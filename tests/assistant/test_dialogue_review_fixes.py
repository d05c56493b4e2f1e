"""Conversation defects found in review: platforms of one type at two levels, one more
platform of a kind, questions about a measure in the middle of a conversation, and refund
questions answered from the stay-or-refund obligation."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import DialogueState, Reply, new_state, respond
from tests.assistant.talking import talk as talk_on

AS_OF = dt.date(2024, 6, 1)


def talk(*messages: str) -> tuple[Reply, DialogueState]:
    return talk_on(AS_OF, *messages)


def totals(reply: Reply) -> tuple[int, int]:
    assert reply.eligibility is not None
    return reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]


def test_a_national_and_a_provincial_laboratory_both_pay() -> None:
    reply, state = talk("我们在片区内，2023年获批国家级重点实验室和省级重点实验室")
    assert totals(reply) == (6_000_000, 6_000_000)
    assert sorted(f.value["level"] for f in state.facts if f.field == "platforms") == ["national", "provincial"]


def test_one_more_laboratory_of_the_same_level_is_added_not_replaced() -> None:
    reply, state = talk("我们在片区内，2023年获批国家级重点实验室", "2024年又获批了一个国家级重点实验室")
    assert totals(reply) == (5_000_000, 10_000_000)
    assert len([f for f in state.facts if f.field == "platforms"]) == 2
    reply, state = respond("不对，是省级的", state)  # corrects the latest one only
    assert sorted(f.value["level"] for f in state.facts if f.field == "platforms") == ["national", "provincial"]
    assert totals(reply) == (6_000_000, 6_000_000)


def test_a_level_said_later_completes_the_platform() -> None:
    reply, state = talk("我们在片区内，2023年获批了重点实验室", "国家级的")
    assert [f.value.get("level") for f in state.facts if f.field == "platforms"] == ["national"]
    assert totals(reply) == (5_000_000, 5_000_000)


def test_asking_what_something_gets_mid_conversation_adds_no_fact() -> None:
    _, before = talk("我们在片区内，2023年获得省级瞪羚认定")
    for question, words in [("孵化器有什么支持？", "〔三（一）3〕"), ("独角兽有什么奖励", "独角兽：200万元"),
                            ("高新技术企业能拿多少？", "首次认定：20万元")]:
        reply, after = respond(question, before)
        assert reply.intent == "clause_question" and words in reply.answer, question
        assert after.facts == before.facts, question


def test_a_measure_question_naming_the_zone_is_about_the_measure() -> None:
    reply, state = talk("What can a national key laboratory in the zone get?")
    assert reply.intent == "clause_question" and "national: 500万元" in reply.answer
    assert state.facts == ()


def test_refund_questions_are_answered_from_the_obligation() -> None:
    reply, _ = talk("搬走了要退钱吗？")
    assert reply.answer.startswith("会。") and "10年以上" in reply.answer and "〔五2〕" in reply.answer
    reply, _ = talk("拿了补贴以后多久不能迁走？")
    assert not reply.answer.startswith("会") and "10年以上" in reply.answer
    reply, _ = talk("政策到期后已经拿到的钱要退吗？")  # not about leaving: no yes, the rule is quoted
    assert not reply.answer.startswith("会") and "〔五2〕" in reply.answer
    reply, _ = talk("Do we have to pay it back if we move to Shanghai in 2027?")
    assert reply.answer.startswith("Yes: ") and "10 years" in reply.answer


def test_a_refund_question_says_what_the_company_has_at_stake() -> None:
    reply, _ = talk("我们在片区内，2023年获得省级瞪羚认定", "我们打算2027年搬到上海，要退钱吗？")
    assert "按最晚享受支持的年份（2023年）起算，2027年迁离在承诺的10年内" in reply.answer
    assert "最多为50万元" in reply.answer
    assert reply.unsupported_numbers() == []


def test_the_promised_years_run_from_the_latest_support_not_the_earliest_event() -> None:
    reply, _ = talk("我们在片区内，2018年首次认定为高新技术企业，2024年3月获批省级重点实验室，"
                    "打算2030年搬离片区，要退钱吗？")
    assert "（2024年）起算，2030年迁离在承诺的10年内" in reply.answer


def test_a_supposed_departure_is_judged_but_not_stored() -> None:
    reply, state = talk("我们在片区内，2024年3月获批省级重点实验室。如果2027年搬走要退钱吗？")
    assert "2027年迁离在承诺的10年内" in reply.answer
    assert "location.in_zone" in {f.key for f in state.facts}, "the statement before the question is kept"
    assert "location.planned_departure" not in {f.key for f in state.facts}
    reply, _ = talk("我们在片区内，2024年3月获批省级重点实验室。如果搬走要退钱吗？")
    assert "2024年迁离" not in reply.answer, "the laboratory's date is not a departure date"


def test_a_question_back_is_not_an_answer_to_the_assistants_question() -> None:
    _, before = talk("我们在片区内，获得省级瞪羚认定")
    assert before.asked  # the assistant asked when
    _, after = respond("如果2027年搬走，要退钱吗？", before)
    gazelle = next(f.value for f in after.facts if f.field == "qualifications")
    assert "date" not in gazelle


def test_a_number_of_platforms_is_that_many_members() -> None:
    for message in ("我们在片区内，有两个省级重点实验室，都是2023年获批的",
                    "We are in the zone and have two provincial key laboratories, both approved in 2023."):
        reply, state = talk(message)
        assert len([f for f in state.facts if f.field == "platforms"]) == 2, message
        assert totals(reply) == (1_000_000, 2_000_000), message
    reply, state = talk("我们在片区内，2023年获批3个省级重点实验室")
    assert totals(reply) == (1_000_000, 3_000_000)


def test_a_year_is_not_a_number_of_platforms() -> None:
    reply, state = talk("我们在片区内，2023年获批国家级重点实验室")
    assert len([f for f in state.facts if f.field == "platforms"]) == 1
    assert totals(reply) == (5_000_000, 5_000_000)


def test_a_first_recognition_and_its_renewal_told_together_are_two_facts() -> None:
    for message in ("We are in the zone. We were first recognised as a high-tech enterprise in 2019 and renewed in "
                    "March 2022.", "我们在片区内，2022年首次认定为高企，2024年3月再次认定"):
        _, state = talk(message)
        rounds = {f.value["round"]: f.value["date"] for f in state.facts if f.field == "qualifications"}
        assert set(rounds) == {"first", "renewal"}, message
        assert rounds["renewal"] in ("2022-03-01", "2024-03-01") and rounds["first"] < rounds["renewal"], message


def test_a_recognition_dated_outside_the_window_is_said_not_dropped() -> None:
    reply, _ = talk("我们在片区内，2021年5月首次认定为高新技术企业")
    said = "〔三（二）6〕 实施创新主体倍增计划：高新技术企业日期为2021-05，早于政策生效日（2021-08-18）"
    assert said in reply.answer
    reply, _ = talk("We are in the zone and were first recognised as a high-tech enterprise in May 2021.")
    said = "not available: High and New Technology Enterprise dated 2021-05, before the policy took effect"
    assert said in reply.answer


def test_promotion_staff_can_describe_a_prospective_company() -> None:
    reply, _ = talk("A company in the zone leads a national key laboratory approved in 2023. How much can it get?")
    assert reply.intent == "eligibility" and totals(reply) == (5_000_000, 5_000_000)
    reply, _ = talk("一家企业同时是国家级重点实验室和国家级技术创新中心的牵头单位，2023年获批，在片区内，能拿多少？")
    assert reply.intent == "eligibility" and totals(reply)[1] == 10_000_000
    assert reply.answer.count("「一家企业同时是") == 1, "words already shown inside longer words are not echoed again"


def test_an_undated_what_if_says_why_it_is_not_guaranteed() -> None:
    reply, _ = talk("我们在片区内，2022年11月再次认定为高新技术企业", "如果我们再拿到省级瞪羚呢？")
    assert reply.answer.startswith("如果「我们再拿到省级瞪羚」：")  # the question's 呢 is not echoed
    assert "未说明何时取得：日期决定它是否在政策有效期内" in reply.answer
    reply, _ = talk("我们在片区内，2022年11月再次认定为高新技术企业", "如果我们2024年3月再拿到省级瞪羚呢？")
    assert "未说明何时取得" not in reply.answer


def test_a_restated_platform_is_not_one_more() -> None:
    _, state = talk("我们在片区内，2023年获批国家级重点实验室", "国家级重点实验室今年又通过了评估")
    assert len([f for f in state.facts if f.field == "platforms"]) == 1


def test_one_more_without_its_level_does_not_overwrite_the_known_one() -> None:
    _, state = talk("我们在片区内，2023年获批国家级重点实验室", "又获批了一个重点实验室，2024年")
    platforms = sorted((f.value.get("level") or "", f.value["date"]) for f in state.facts if f.field == "platforms")
    assert platforms == [("", "2024-01-01"), ("national", "2023-01-01")]


def test_members_counted_together_take_what_is_said_of_them_together() -> None:
    _, state = talk("我们在片区内，有两个国家级重点实验室，2022年获批")
    assert [f.value.get("date") for f in state.facts if f.field == "platforms"] == ["2022-01-01"] * 2
    reply, state = talk("我们在片区内，2022年有两个省级重点实验室", "不对，是国家级的")
    assert [f.value["level"] for f in state.facts if f.field == "platforms"] == ["national"] * 2
    assert totals(reply) == (5_000_000, 10_000_000)


@pytest.mark.parametrize(("words", "count"), [("十二个", 12), ("二十个", 20), ("10个", 10), ("两个", 2), ("一百个", 1)])
def test_a_count_in_chinese_numerals_or_digits(words: str, count: int) -> None:
    _, state = talk(f"我们在片区内，2022年获批{words}省级重点实验室")
    assert len([f for f in state.facts if f.field == "platforms"]) == count


def test_a_correction_naming_a_platform_corrects_that_platform() -> None:
    _, state = talk("我们在片区内，2022年获批国家级重点实验室和省级技术创新中心", "不对，重点实验室是省级的")
    assert sorted((f.value["type"], f.value["level"]) for f in state.facts if f.field == "platforms") == [
        ("key_laboratory", "provincial"), ("technology_innovation_center", "provincial")]


def test_a_renewal_after_a_dated_recognition_is_a_second_fact() -> None:
    reply, state = talk("我们在片区内，2019年被认定为高企，2022年12月又通过了复审")
    rounds = sorted((f.value.get("round") or "", f.value["date"]) for f in state.facts if f.field == "qualifications")
    assert rounds == [("", "2019-01-01"), ("renewal", "2022-12-01")]
    assert totals(reply)[0] == 100_000


@pytest.mark.parametrize(("messages", "words"), [
    (("我们在片区内，2022年11月首次认定为高新技术企业", "独角兽企业奖励多少"), "独角兽：200万元"),
    (("我们在片区内，2022年11月首次认定为高新技术企业", "评上省级瞪羚能拿多少"), "瞪羚企业：50万元"),
    (("What do we get for listing on the STAR Market?",), "STAR Market: 500万元"),
    (("What would it get if it listed on ChiNext in 2025?",), "ChiNext, Main Board, SME Board: 300万元"),
])
def test_a_question_about_what_something_would_get_states_no_fact(messages: tuple[str, ...], words: str) -> None:
    _, before = talk(*messages[:-1]) if len(messages) > 1 else (None, new_state(AS_OF))
    reply, after = respond(messages[-1], before)
    assert reply.intent == "clause_question" and words in reply.answer
    assert after.facts == before.facts


def test_english_plurals_of_platforms_are_understood() -> None:
    reply, state = talk("We are in the zone and have two provincial technology innovation centers, both approved in "
                        "2023.")
    assert len([f for f in state.facts if f.field == "platforms"]) == 2
    assert totals(reply) == (1_000_000, 2_000_000)


def test_a_what_if_one_more_adds_a_member_instead_of_replacing() -> None:
    reply, state = talk("我们在片区内，2023年获批一个省级重点实验室", "如果再加一个国家级的呢？")
    assert reply.intent == "whatif"
    assert reply.eligibility is not None and reply.baseline is not None
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (1_000_000, 1_000_000)
    # the supposed national laboratory has no date: it could add the national tier once dated, never counted
    could = {c["provision_id"]: c for c in reply.eligibility["could_add"]}
    assert could["sec3/sub1/item1/p1"]["amount_max_cny"] == 5_000_000 and "未说明何时取得" in reply.answer
    levels = [f.value["level"] for f in state.facts if f.field == "platforms"]
    assert levels == ["provincial"], "a what-if stores nothing"


def test_equipment_takes_the_date_said_with_it() -> None:
    reply, state = talk("我们在片区内，2021年技术合同交易额3000万元，"
                        "2021年9月有一台设备被评为国内首台套，合同金额2000万元")
    assert next(f.value for f in state.facts if f.field == "equipment")["date"] == "2021-09-01"
    assert totals(reply) == (5_000_000, 5_000_000)  # 20% × 2000万 + 10% × 3000万 capped at 100万


def test_english_questions_about_what_something_gets_mid_conversation_store_nothing() -> None:
    _, before = talk("We are in the zone. We lead a national key laboratory approved in May 2022.")
    for question in ("What do unicorns get?", "What would a provincial gazelle get?"):
        reply, after = respond(question, before)
        assert reply.intent == "clause_question" and after.facts == before.facts, question


def test_the_year_before_points_back_one_year() -> None:
    _, state = talk("We are in the zone, a high-tech enterprise first recognised in 2022. Our R&D expense was "
                    "30 million yuan last year and 20 million the year before.")
    series = sorted((f.value["year"], f.value["amount_cny"]) for f in state.facts if f.field == "rd_expense")
    assert series == [(2022, 20_000_000), (2023, 30_000_000)]


def test_a_what_if_about_the_date_changes_the_date() -> None:
    reply, state = talk("我们在片区内，2021年9月首次认定为高新技术企业", "如果首次认定是2021年7月呢")
    assert reply.eligibility is not None and reply.eligibility["total_min_cny"] == 0  # before the window: no 20万
    assert next(f.value for f in state.facts if f.field == "qualifications")["date"] == "2021-09-01"


@pytest.mark.parametrize("messages", [
    ("我们在片区内，2022年获批国家级重点实验室", "如果研发经费多一个亿呢？"),
    ("我们在片区内，2022年获批国家级重点实验室", "What if we wait another year?"),
])
def test_an_ordinary_what_if_supposes_no_extra_platform(messages: tuple[str, str]) -> None:
    reply, _ = talk(*messages)
    assert reply.eligibility is not None and reply.eligibility["total_max_cny"] == 5_000_000


@pytest.mark.parametrize(("messages", "count"), [
    (("我们在片区内，有两个国家级重点实验室", "一个是2022年获批的，另一个是2023年获批的"), 2),
    (("我们在片区内，2022年获批国家级重点实验室", "国家级重点实验室又获得了2024年度的考核优秀"), 1),
    (("我们在片区内，2022年获批国家级重点实验室", "2024年获批了第二个国家级重点实验室"), 2),
    (("我们在片区内，2022年获批两个国家级重点实验室", "2023年又获批了一个省级重点实验室", "不对，是国家级的"), 3),
])
def test_members_are_neither_invented_nor_lost(messages: tuple[str, ...], count: int) -> None:
    _, state = talk(*messages)
    platforms = [f for f in state.facts if f.field == "platforms"]
    assert len(platforms) == count and len({f.key for f in platforms}) == count


def test_a_renewal_in_a_later_message_keeps_the_earlier_recognition() -> None:
    _, state = talk("我们在片区内，2021年10月被认定为高企", "2024年10月通过了复审")
    assert len([f for f in state.facts if f.field == "qualifications"]) == 2


def test_moving_into_the_zone_is_no_refund_question() -> None:
    reply, _ = talk("如果我们从上海搬离，迁入片区，能拿多少？")
    assert "10年以上" not in reply.answer


def test_a_yearly_fund_extends_the_years_a_departure_is_counted_from() -> None:
    reply, _ = talk("我们在片区内，2022年获批国家级科技创新联盟", "我们打算2033年搬走，要退钱吗？")
    assert "（2024年）起算，2033年迁离在承诺的10年内" in reply.answer  # funds paid 2022–2024


def test_a_departure_date_is_read_from_the_words_about_leaving() -> None:
    reply, _ = talk("我们在片区内，2024年3月获批省级重点实验室，如果2027年搬走要退钱吗？")
    assert "2027年迁离" in reply.answer


def test_why_the_total_explains_every_line_of_it() -> None:
    reply, _ = talk("我们在片区内，2023年获批国家级重点实验室和两个省级工程技术研究中心", "为什么是700万？")
    assert reply.intent == "explanation" and reply.answer.startswith("合计由以下各项相加：")
    assert "500万元" in reply.answer and "100万元 – 200万元" in reply.answer and reply.unsupported_numbers() == []


def test_a_date_said_after_two_things_named_together_dates_both() -> None:
    _, state = talk("我们在片区内，建有院士工作站和博士后工作站，2022年设立的")
    assert [f.value.get("date") for f in state.facts if f.field == "platforms"] == ["2022-01-01"] * 2


def test_belonging_to_a_kind_of_project_is_a_statement() -> None:
    _, state = talk("我们在片区内，投资5亿元，属于氢能产业重点项目，2022年认定")
    assert any(f.key == "holding:hydrogen_key_project" for f in state.facts)


def test_a_what_if_about_a_known_platforms_level_changes_that_platform() -> None:
    reply, state = talk("我们在片区内，2022年获批两个省级重点实验室和一个国家级临床医学研究中心",
                        "如果临床医学研究中心是市级的呢")
    assert reply.eligibility is not None
    assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (1_500_000, 2_500_000)
    assert "未说明何时取得" not in reply.answer, "the centre keeps its date"
    assert any(f.value.get("level") == "national" for f in state.facts if f.field == "platforms"), "nothing stored"


@pytest.mark.parametrize(("correction", "rd_2024"), [
    ("说错了，研发是2000万", 20_000_000),  # 2000万 is no R&D figure of the year 2000
    ("sorry, R&D in 2024 was 2000 万", 20_000_000),
    ("不对，2024年是2000万", 20_000_000),
])
def test_an_amount_that_looks_like_a_year_is_no_year_of_a_correction(correction: str, rd_2024: int) -> None:
    state = new_state(dt.date(2025, 6, 1))
    _, state = respond("我们在大连保税区，研发投入2023年3000万，2024年3500万", state)
    _, state = respond(correction, state)
    rd = {fact.value["year"]: fact.value["amount_cny"] for fact in state.facts if fact.field == "rd_expense"}
    assert rd == {2023: 30_000_000, 2024: rd_2024}
