"""A machine or a service bought with technology in it is no payment for technology bought (review15a U3): a clause
paying a share of 技术转让合同 amounts does not pay on 一台带专利技术的设备 / 软件技术服务 / "a machine with patented
technology" / "technology services", while a patent or a licence bought still counts. Fresh wordings."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext
from tests.assistant_contexts import context_of_text, reply_after, totals_of

TRANSFER = """某区科技成果转化资助办法
第一条 对在本区注册的企业，按实际支付的技术转让合同交易金额的10%给予资助，每家企业最高30万元。
第二条 本办法自2023年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.fixture(scope="module")
def policy() -> AssistantContext:
    return context_of_text(TRANSFER, "transfer")


@pytest.mark.parametrize("message", [
    "我们是本区注册的企业，去年我们花了200万从日本买了一套含专利技术的检测仪器，能拿多少？",
    "我们是本区注册的企业，2024年公司支付了60万向一家软件公司购买了技术服务，能拿多少？",
    "我们是本区注册的企业，2024年花了150万从外地买了两台专利设备，能拿多少？",
    "We are registered in the district. Last year we paid 2 million for testing equipment using patented technology. "
    "What can we get?",
    "We are registered in the district. In 2024 we spent 600k on technology services from a software firm. "
    "What can we get?",
    "We are registered in the district. In 2024 we paid RMB 1.5 million for two machines with licensed technology. "
    "What can we get?",
])
def test_equipment_or_a_service_is_no_technology_bought(policy: AssistantContext, message: str) -> None:
    assert totals_of(reply_after(policy, dt.date(2025, 4, 1), message))[0] == 0


@pytest.mark.parametrize("message", [
    "我们是本区注册的企业，2024年我们花了60万从一家研究所买了一项发明专利，能拿多少？",
    "We are registered in the district. In 2024 we paid a research institute 600k for a patent licence. "
    "What can we get?",
])
def test_a_patent_bought_still_counts(policy: AssistantContext, message: str) -> None:
    assert totals_of(reply_after(policy, dt.date(2025, 4, 1), message)) == (60_000, 60_000)
