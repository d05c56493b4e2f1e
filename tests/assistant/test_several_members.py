"""A tier given to each member of a group a company can hold several of (platforms, projects,
talent): with two members of one tier, the guaranteed reading pays once, the most pays each,
and the benefit says it is a reading of the clause."""

from __future__ import annotations

import datetime as dt

from assistant.dialogue import default_context, new_state, respond
from assistant.eligibility import evaluate
from assistant.profile import parse_profile

AS_OF = dt.date(2024, 6, 30)


def _national_tier(platforms: list[dict[str, str]]):  # type: ignore[no-untyped-def]
    profile = parse_profile({"location": {"in_zone": True}, "platforms": platforms})
    result = evaluate(profile, AS_OF, default_context().rules)
    return result, next(b for b in result.benefits if b.provision_id == "sec3/sub1/item1/p1")


def test_two_members_of_one_tier_are_a_reading_range_with_a_note() -> None:
    result, benefit = _national_tier([{"type": "key_laboratory", "level": "national", "date": "2022-03-01"},
                                      {"type": "technology_innovation_center", "level": "national",
                                       "date": "2023-05-10"}])
    assert (benefit.amount_min_cny, benefit.amount_max_cny) == (5_000_000, 10_000_000)
    assert benefit.reading_range_cny == (5_000_000, 10_000_000)
    assert benefit.ambiguity is not None and "重点实验室" in benefit.ambiguity and "per item" in benefit.ambiguity
    assert benefit.ambiguity in result.ambiguities


def test_one_member_pays_once_without_a_note() -> None:
    result, benefit = _national_tier([{"type": "key_laboratory", "level": "national", "date": "2022-03-01"}])
    assert (benefit.amount_min_cny, benefit.amount_max_cny) == (5_000_000, 5_000_000)
    assert benefit.ambiguity is None and result.ambiguities == ()


def test_a_member_without_its_date_counts_only_toward_the_most() -> None:
    result, benefit = _national_tier([{"type": "key_laboratory", "level": "national", "date": "2022-03-01"},
                                      {"type": "technology_innovation_center", "level": "national"}])
    assert (benefit.amount_min_cny, benefit.amount_max_cny) == (5_000_000, 5_000_000)  # the dated one counts
    could = next(c for c in result.could_add if c.provision_id == benefit.provision_id)  # the undated one could add
    assert (could.amount_max_cny, could.hinges) == (5_000_000, ("date:technology_innovation_center",))
    assert could.amount_min_cny == 0  # once per company is a reading too: the second member adds nothing for sure


def test_undated_patents_could_add_their_own_units() -> None:
    result = evaluate(parse_profile({"location": {"in_zone": True}, "patent_funding_received_cny": 0, "patents": [
        {"type": "invention_patent", "granted": 10, "date": "2023-03-01"},
        {"type": "invention_patent", "granted": 5}]}), dt.date(2024, 6, 1), default_context().rules)
    assert [(b.amount_min_cny, b.amount_max_cny) for b in result.benefits] == [(50_000, 50_000)]  # 10 × 5000元
    assert [(c.amount_min_cny, c.amount_max_cny, c.hinges) for c in result.could_add] == \
        [(25_000, 25_000, ("date:invention_patent",))]  # 5 × 5000元 once their date is said


def test_recognitions_of_one_enterprise_are_not_several_members() -> None:
    profile = parse_profile({"location": {"in_zone": True}, "qualifications": [
        {"id": "gazelle_enterprise", "level": "provincial", "date": "2022-03-01"},
        {"id": "gazelle_enterprise", "level": "provincial", "date": "2023-03-01"}]})
    result = evaluate(profile, AS_OF, default_context().rules)
    assert result.ambiguities == ()


def test_the_conversation_dates_both_platforms_named_together() -> None:
    for message in ("我们在片区内，2022年获批国家级重点实验室和国家级工程技术研究中心",
                    "We are in the zone; in 2022 we got a national key laboratory and a national technology "
                    "innovation center."):
        reply, state = respond(message, new_state(AS_OF))
        assert [fact.value.get("date") for fact in state.facts if fact.field == "platforms"] == ["2022-01-01"] * 2
        assert reply.eligibility is not None
        assert (reply.eligibility["total_min_cny"], reply.eligibility["total_max_cny"]) == (5_000_000, 10_000_000)
        assert ("注意：〔三（一）1〕贵公司有2项" in reply.answer) or ("Note: The company holds 2 items" in reply.answer)


def test_a_date_opening_an_english_clause_dates_its_first_concept() -> None:
    _, state = respond("We are in the zone. In 2022 we were approved to lead a national key laboratory.",
                       new_state(AS_OF))
    assert next(f.value for f in state.facts if f.field == "platforms")["date"] == "2022-01-01"


def test_a_ceiling_tier_with_two_members_is_not_said_to_guarantee_anything() -> None:
    centre = {"type": "manufacturing_innovation_center", "level": "national"}
    profile = parse_profile({"location": {"in_zone": True}, "investment_total_cny": 8_000_000,
                             "other_funding_cny": 2_000_000,
                             "platforms": [{**centre, "date": "2023-01-01"}, {**centre, "date": "2023-05-01"}]})
    result = evaluate(profile, AS_OF, default_context().rules)
    benefit = next(b for b in result.benefits if b.provision_id == "sec3/sub3/item11/p2")
    assert (benefit.amount_min_cny, benefit.amount_max_cny) == (0, 2_000_000)  # 50% × 800万 − 200万
    assert benefit.reading_range_cny == (0, 2_000_000), "the readings are cut by the same cap"
    assert benefit.ambiguity is not None and "确定部分" not in benefit.ambiguity


def test_a_sentence_that_gives_the_amount_to_each_member_is_no_reading() -> None:
    profile = parse_profile({"location": {"in_zone": True}, "platforms": [
        {"type": "testing_certification_lab", "level": "national", "date": "2023-01-01"},
        {"type": "testing_certification_lab", "level": "national", "date": "2023-05-01"}]})
    result = evaluate(profile, AS_OF, default_context().rules)
    benefit = next(b for b in result.benefits if "每个机构" in b.quote)
    assert benefit.amount_max_cny == 20_000_000 and benefit.ambiguity is None and result.ambiguities == ()


def test_a_recognition_after_the_policy_ended_with_no_round_may_be_a_renewal() -> None:
    profile = parse_profile({"location": {"in_zone": True},
                             "qualifications": [{"id": "high_tech_enterprise", "date": "2026-02-10"}]})
    result = evaluate(profile, dt.date(2026, 6, 1), default_context().rules)
    assert not any(b.provision_id == "sec3/sub2/item7/p3" for b in result.benefits)  # not established
    rate = next(c for c in result.could_add if c.provision_id == "sec3/sub2/item7/p3")
    assert "round:high_tech_enterprise" in rate.hinges
    first = evaluate(parse_profile({"location": {"in_zone": True}, "qualifications": [
        {"id": "high_tech_enterprise", "round": "first", "date": "2026-02-10"}]}), dt.date(2026, 6, 1),
        default_context().rules)
    assert first.benefits == ()
