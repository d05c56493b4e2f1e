"""A recognition the payee must obtain, said after the payee (其首次被评为X的: ``ingest/required_recognitions.py``):
the award is no sure money for every payee of the sentence — it is asked of a company that does not say it holds X
(fresh synthetic policy, zh and en)."""

from __future__ import annotations

import datetime as dt

from ingest.required_recognitions import PAYEE_RECOGNITION
from tests.assistant_contexts import context_of_text, reply_after, totals_of

_POLICY = ("某区楼宇经济办法\n"
           "第一条 经认定的重点楼宇企业，自认定之日起，其首次被评为全省纳税百强的，给予一次性80万元奖励。\n"
           "第二条 本办法自2024年1月1日起施行，有效期至2026年12月31日。\n")
AS_OF = dt.date(2025, 4, 1)


def test_a_recognition_of_the_payee_is_asked_not_paid_zh() -> None:
    context = context_of_text(_POLICY, "required_recognition")
    reply = reply_after(context, AS_OF, "我们是2024年新落户本区的企业，2024年认定为重点楼宇企业。")
    assert (totals_of(reply)[0] if reply.eligibility is not None else 0) == 0


def test_a_recognition_of_the_payee_is_asked_not_paid_en() -> None:
    context = context_of_text(_POLICY, "required_recognition")
    reply = reply_after(context, AS_OF, "We moved into the district in 2024 and were recognised as a 重点楼宇企业 "
                                        "in 2024.")
    assert (totals_of(reply)[0] if reply.eligibility is not None else 0) == 0


def test_recognition_words() -> None:
    found = PAYEE_RECOGNITION.search("经认定的研发中心，其首次入选国家级创新平台名单的，给予50万元")
    assert found and found["kind"] == "国家级创新平台名单"
    assert not PAYEE_RECOGNITION.search("对首次被评为五星级酒店的企业，给予20万元")  # the payee itself
    assert not PAYEE_RECOGNITION.search("对其给予奖励")
