"""Platforms named in a message: members listed after a count are each their own, the other one said by its
level alone, a concept named again in a question is not one more, a level said far after its concept is its level,
and testing and certification named without "laboratory"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2024, 6, 30)


def _read(message: str) -> list[tuple[str, Any]]:
    return [(fact.key, fact.value) for fact in understand_facts(message, AS_OF)]


def _of(message: str, field_prefix: str) -> list[Any]:
    return [value for key, value in _read(message) if key.startswith(field_prefix)]


def test_members_listed_after_a_count_are_each_their_own() -> None:
    labs = _of("我们有两个重点实验室：一个2022年获批国家级，另一个2023年获批省级", "platform:key_laboratory")
    assert sorted(lab["level"] for lab in labs) == ["national", "provincial"]


def test_the_other_member_said_by_its_level_alone() -> None:
    incubators = _of("We run two incubators: one became provincial in December 2023, the other a municipal one in 2022",
                     "platform:incubator")
    assert sorted(value["level"] for value in incubators) == ["municipal", "provincial"]


def test_a_concept_named_again_in_a_question_is_not_one_more() -> None:
    found = _of("我们2023年获批市级科技孵化器，孵化器能给多少钱", "platform:incubator")
    assert [value.get("level") for value in found] == ["municipal"]


def test_a_level_said_far_after_its_concept_is_its_level() -> None:
    found = _of("Our key laboratory here in the Dalian free trade zone was approved as provincial-level in 2023",
                "platform:key_laboratory")
    assert [value.get("level") for value in found] == ["provincial"]


@pytest.mark.parametrize("message", ["检测中心今年1月拿到了省级检验检测认证",
                                     "our centre got national testing and certification status in 2024"])
def test_testing_and_certification_named_without_laboratory(message: str) -> None:
    assert _of(message, "platform:testing_certification_lab")
