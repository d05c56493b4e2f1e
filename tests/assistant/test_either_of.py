"""Concepts of different groups a sentence joins with 或 are alternatives (对通过省级“专精特新”中小企业或国家高新
技术企业认定的…: either), never both required; joined by 和 they stay all required (#13, set-3 tianhe zh-001: a
high-tech enterprise recognised in the window was paid nothing for 第五条（三）: a 中小企业 was required besides).
``ontology/either_of.yaml``, its examples, and the whole chain on fresh policy texts, hand-computed."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from assistant.eligibility.either_of import EITHER_OF_FILE, joined_by_or, merged_groups
from tests.assistant_contexts import context_of_text, reply_after

EXAMPLES = yaml.safe_load(EITHER_OF_FILE.read_text(encoding="utf-8"))["examples"]
CLOSING = "第三条 本办法自2024年1月1日起施行，有效期至2026年12月31日。\n"
AS_OF = dt.date(2025, 3, 1)
MESSAGE = "我们是本区企业，2024年5月首次认定为高新技术企业。"


@pytest.mark.parametrize("words", EXAMPLES["match"])
def test_words_that_join_alternatives(words: str) -> None:
    assert joined_by_or().match(words)


@pytest.mark.parametrize("words", EXAMPLES["no_match"])
def test_words_that_do_not(words: str) -> None:
    assert not joined_by_or().match(words)


def test_groups_joined_by_or_merge_and_others_stay() -> None:
    groups = {"enterprise_type": ["sme"], "enterprise_recognition": ["high_tech_enterprise"]}
    assert len(merged_groups("对中小企业或高新技术企业给予5万元", groups)) == 1
    assert len(merged_groups("对同时为中小企业和高新技术企业的给予5万元", groups)) == 2


@pytest.mark.parametrize(("article", "paid"), [
    ("第二条 对认定为中小企业或国家高新技术企业的本区企业，一次性给予5万元奖励。\n", (50_000, 50_000)),
    ("第二条 对同时为中小企业和国家高新技术企业的本区企业，一次性给予5万元奖励。\n", (0, 0)),
])
def test_a_high_tech_enterprise_is_paid_where_either_is_enough_and_only_there(article: str,
                                                                              paid: tuple[int, int]) -> None:
    # by hand: 或 — the high-tech enterprise recognised 2024-05 (in the window) is enough: 50,000; 和 — a 中小企业 is
    # required besides and not said: nothing sure
    context = context_of_text("某区扶持企业发展办法\n" + article + CLOSING, "fresh_either_of")
    result = reply_after(context, AS_OF, MESSAGE).eligibility
    assert (result["total_min_cny"], result["total_max_cny"]) == paid


def test_a_label_ending_a_longer_name_is_no_alternative_the_company_meets() -> None:
    # 或 joins “专精特新”中小企业 (a kind the vocabulary does not name; its 中小企业 is only the end of the name) and
    # 高新技术企业: a company that only says it is a 中小企业 is not paid (by hand: 0); a high-tech enterprise is
    # (50,000)
    article = "第二条 对通过省级“专精特新”中小企业或国家高新技术企业认定的本区企业，一次性给予5万元奖励。\n"
    context = context_of_text("某区扶持企业发展办法\n" + article + CLOSING, "fresh_either_of_longer_name")
    result = reply_after(context, AS_OF, "我们是本区的中小企业，2024年成立。").eligibility
    assert (result["total_min_cny"], result["total_max_cny"]) == (0, 0)
    result = reply_after(context, AS_OF, MESSAGE).eligibility
    assert (result["total_min_cny"], result["total_max_cny"]) == (50_000, 50_000)


def test_the_payees_own_kind_stays_required_beside_the_alternatives() -> None:
    # review11 chain11 #2: 对规模以上工业企业，且通过省级“专精特新”中小企业或国家高新技术企业认定的 — the payee
    # 规模以上工业企业 is required whatever the 或: by hand a high-tech enterprise that is not above scale gets 0;
    # above scale it would get 200,000 — the reading left 规模以上工业企业 out, so nothing is merged and nothing
    # over 200,000 is sure
    article = "第二条 对规模以上工业企业，且通过省级“专精特新”中小企业或国家高新技术企业认定的，给予20万元奖励。\n"
    context = context_of_text("某区扶持企业发展办法\n" + article + CLOSING, "fresh_either_of_payee")
    result = reply_after(context, AS_OF,
                         "我们是本区企业，2024年3月首次认定为国家高新技术企业。我们不是规上企业。").eligibility
    assert (result["total_min_cny"], result["total_max_cny"]) == (0, 0)
    result = reply_after(context, AS_OF,
                         "我们是本区的规模以上工业企业，2024年3月首次认定为国家高新技术企业。").eligibility
    assert result["total_min_cny"] <= 200_000 and result["total_max_cny"] <= 200_000
