"""A sum of patent funding received (给过10,000元专利资助, "RMB 10,000 in patent subsidies") is no count of
patents: the patents are counted and the sum is netted."""

from __future__ import annotations

import datetime as dt

from assistant.dialogue import new_state, respond

AS_OF = dt.date(2024, 10, 1)


def _totals(message: str, as_of: dt.date = AS_OF) -> tuple[int, int]:
    reply, _ = respond(message, new_state(as_of))
    assert reply.eligibility is not None, reply.answer
    return int(reply.eligibility["total_min_cny"]), int(reply.eligibility["total_max_cny"])


def test_a_sum_of_patent_funding_is_no_count_of_patents_en() -> None:
    said = ("We are in the Dalian FTZ. In 2023 three invention patents were granted to us. "
            "The district paid us RMB 10,000 in patent subsidies back then.")
    assert _totals(said) == (15_000, 15_000)  # 3 × 5,000, under the 100,000 cap less the 10,000 received


def test_a_sum_of_patent_funding_is_no_count_of_patents_zh() -> None:
    assert _totals("我们在自贸片区，2023年有3项发明专利获得授权。区里当时给过10,000元专利资助。") == (15_000, 15_000)
