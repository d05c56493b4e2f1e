"""A medical device registration certificate the company obtained (拿到了二类医疗器械注册证, "we obtained a
Class II device registration certificate") makes the company its holder, and its award is read."""

from __future__ import annotations

import datetime as dt

from assistant.dialogue import new_state, respond

AS_OF = dt.date(2024, 10, 1)


def _totals(message: str, as_of: dt.date = AS_OF) -> tuple[int, int]:
    reply, _ = respond(message, new_state(as_of))
    assert reply.eligibility is not None, reply.answer
    return int(reply.eligibility["total_min_cny"]), int(reply.eligibility["total_max_cny"])


def test_a_device_registration_certificate_makes_the_company_its_holder_zh() -> None:
    said = "我们是自贸片区的医疗器械公司，2024年9月拿到了二类医疗器械注册证。"
    assert _totals(said, dt.date(2025, 3, 1)) == (0, 10_000_000)


def test_a_device_registration_certificate_makes_the_company_its_holder_en() -> None:
    said = ("We're a medical device company in the Dalian FTZ; in September 2024 we obtained a Class II device "
            "registration certificate for our monitor.")
    assert _totals(said, dt.date(2025, 3, 1)) == (0, 10_000_000)
