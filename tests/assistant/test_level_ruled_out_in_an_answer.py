"""A level the user rules out in an answer to the assistant's "which level?" question is never the level taken
(levels.level_denied: cue ``level_denial`` before the level word, ``level_denied_after`` after it): "X级，不是Y级",
"不是Y级，是X级", "Y级的不是，是X级", "X, not Y", "Y? No, X" all state X, in any order. An answer that only rules
levels out states none, so no level is guessed (the more senior one least of all)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk, totals

AS_OF = dt.date(2024, 9, 10)
CENTRE_ZH = "我们在大连自贸片区，今年2月我们的工程技术研究中心获批了。"
INNOVATION_EN = "We're in the Dalian FTZ and had a technology innovation center approved in 2023."
EQUIPMENT_ZH = "我们在大连自贸片区，2023年有台设备评上了首台套，合同金额500万。"
EQUIPMENT_EN = "We're in the Dalian FTZ; our first-of-its-kind press was recognised in 2023, contract RMB 5 million."


@pytest.mark.parametrize(("first", "answer", "total"), [
    (CENTRE_ZH, "市级的，不是省级", 500_000),
    (CENTRE_ZH, "省级的不是，是市级", 500_000),
    (CENTRE_ZH, "国家级？不是，是省级", 1_000_000),
    (INNOVATION_EN, "Provincial, not national.", 1_000_000),
    (INNOVATION_EN, "National? No, provincial.", 1_000_000),
    (EQUIPMENT_ZH, "并非国际首台套，是国内的", 1_000_000),
    (EQUIPMENT_EN, "Not international, domestic.", 1_000_000),
])
def test_the_level_ruled_out_is_not_the_level_taken(first: str, answer: str, total: int) -> None:
    reply, _ = talk(AS_OF, first, answer)
    assert totals(reply) == (total, total)


def test_an_answer_that_only_rules_a_level_out_guesses_none() -> None:
    _, state = talk(AS_OF, CENTRE_ZH, "不是省级的")
    centre = [fact.value for fact in state.facts if isinstance(fact.value, dict)
              and fact.value.get("type") == "engineering_technology_research_center"]
    assert centre and all("level" not in value for value in centre)


@pytest.mark.parametrize(("first", "answer", "total"), [
    (CENTRE_ZH, "不算国家级，省级", 1_000_000),
    (CENTRE_ZH, "不属于省级，是市级的", 500_000),
    (CENTRE_ZH, "不是辽宁省科技厅认定的，是大连市科技局认定的", 500_000),
    (EQUIPMENT_ZH, "没被评为国际首台套，国内的", 1_000_000),
    (INNOVATION_EN, "It wasn't national - provincial.", 1_000_000),
    (INNOVATION_EN, "Provincial rather than national.", 1_000_000),
    (INNOVATION_EN, "Municipal instead of provincial.", 500_000),
    (EQUIPMENT_EN, "It isn't international; domestic.", 1_000_000),
])
def test_more_words_that_rule_a_level_out(first: str, answer: str, total: int) -> None:
    """Denial words beyond 不是 / "not" (cue ``level_denial``): 不算, 不属于, 没被评为, "wasn't", "rather than",
    "instead of"; a body named after a denial (不是X省科技厅认定的) is not the body that granted."""
    reply, _ = talk(AS_OF, first, answer)
    assert totals(reply) == (total, total)


@pytest.mark.parametrize(("first", "answer"), [
    (INNOVATION_EN, "Not provincial."),
    (INNOVATION_EN, "It isn't national."),
    (CENTRE_ZH, "不算国家级的"),
    (CENTRE_ZH, "不是省里批的"),
])
def test_an_answer_that_only_rules_out_is_no_sure_amount(first: str, answer: str) -> None:
    """An answer that only rules levels out (in English, or by a body: 不是省里批的) states none: no sure amount for
    the platform, its level asked again — never the level or the body ruled out."""
    reply, state = talk(AS_OF, first, answer)
    assert totals(reply) == (0, 0)
    assert state.asked and state.asked[0].startswith("level:")


@pytest.mark.parametrize(("first", "answer"), [
    (CENTRE_ZH, "可能是国家级，也可能是省级"),
    (CENTRE_ZH, "省级或者是市级吧，说不好"),
    (INNOVATION_EN, "It might be national or provincial."),
    (INNOVATION_EN, "Either provincial or municipal, I think."),
])
def test_two_levels_said_as_possibilities_state_none(first: str, answer: str) -> None:
    """可能是X级，也可能是Y级 / "might be X or Y" (cue ``unsure``) in an answer: no level taken, the question stays."""
    reply, _ = talk(AS_OF, first, answer)
    assert totals(reply) == (0, 0)
