"""A turn that goes on with the last fact (2021年首次认定，2024年重新认定; "and 30m in 2023") adds its dated
parts to it; a question about the figures is not more of them."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant.talking import talk
from tests.assistant.talking import totals as _totals


@pytest.mark.parametrize(("messages", "total"), [
    (("我们在自贸片区，是高企", "2021年首次认定，2024年重新认定"), 100_000),  # 再次认定 2024: 10万
    (("We're in the FTZ and we are an HNTE", "first recognised in 2021, renewed in 2024"), 100_000),
    (("我们在自贸片区，2022年首次认定高企，研发投入2022年2000万", "2023年3000万"), 1_200_000),  # 20万 + 100万 (cap)
    (("We're in the FTZ, first-time HNTE in 2022; R&D was 20m in 2022", "and 30m in 2023"), 1_200_000),
])
def test_a_turn_that_goes_on_with_the_last_fact_in_dated_parts(messages: tuple[str, ...], total: int) -> None:
    reply, _ = talk(dt.date(2025, 3, 1), *messages)
    assert _totals(reply) == (total, total)


def test_a_question_about_the_figures_is_not_more_of_them() -> None:
    _, state = talk(dt.date(2025, 3, 1), "我们在自贸片区，去年技术合同成交额1200万", "为什么去年只有100万？")
    assert [f.value["amount_cny"] for f in state.facts if f.field.startswith("quantities.")] == [12_000_000]
