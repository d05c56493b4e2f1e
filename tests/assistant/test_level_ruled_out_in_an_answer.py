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
