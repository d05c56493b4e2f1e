"""A kind an article leaves out (本办法第一条资助范围不含房地产开发企业: ``ingest.excluded_kinds``): its awards are
refused to a company that says it is of that kind (属于房地产开发), paid to one that does not (fresh synthetic policy,
zh and en)."""

from __future__ import annotations

import datetime as dt

from ingest.excluded_kinds import EXCLUDED_KIND, cited_article, kind_named, names_its_own_article
from tests.assistant_contexts import context_of_text, reply_after, totals_of

_POLICY = ("某区企业发展扶持办法\n第一条 对在本区注册的规模以上工业企业，给予10万元奖励。\n"
           "第二条 本办法第一条资助范围不含房地产开发企业。\n"
           "第三条 本办法自2024年1月1日起施行，有效期至2026年12月31日。\n")
AS_OF = dt.date(2025, 3, 1)


def test_a_company_saying_it_is_of_the_excluded_kind_is_refused_the_article() -> None:
    context = context_of_text(_POLICY, "excluded_kind")
    said = "我们是2024年认定的规上工业企业，在本区注册。"
    assert totals_of(reply_after(context, AS_OF, said)) == (100_000, 100_000)  # not said to be one: paid
    assert totals_of(reply_after(context, AS_OF, said, "我们主要做商品房开发，属于房地产开发。")) == (0, 0)
    en = reply_after(context, AS_OF, "We became an above-scale industrial enterprise in 2024, "
                                     "registered in the district.")
    assert totals_of(en) == (100_000, 100_000)


def test_exclusion_words() -> None:
    assert cited_article("本措施第十条资助范围不含数字产品制造企业") == 10
    assert kind_named("数字产品制造企业") == "数字产品制造"
    assert kind_named("房地产企业") == "房地产企业"  # too short a name without its party word
    assert EXCLUDED_KIND.search("第五条支持范围不包括房地产企业")
    assert not EXCLUDED_KIND.search("第五条资助范围包括数字产品制造企业")


_WHOLE = ("某区先进制造业奖励细则\n第一条 对首次获评省级专精特新企业的，给予15万元奖励。\n"
          "第二条 对首次纳入规模以上工业企业统计的，给予8万元奖励。\n"
          "第三条 本细则资助范围不包括房地产开发企业。\n"
          "第四条 本细则自2024年1月1日起施行，有效期至2026年12月31日。\n")


def test_an_exclusion_naming_no_article_leaves_the_kind_out_of_every_award() -> None:
    context = context_of_text(_WHOLE, "excluded_kind_whole")
    said = "我们在本区注册，2024年首次获评省级专精特新企业，同年首次纳入规上工业统计。"
    assert totals_of(reply_after(context, AS_OF, said))[0] > 0
    assert totals_of(reply_after(context, AS_OF, said, "我们主要做商品房开发，属于房地产开发。")) == (0, 0)


def test_a_company_saying_in_english_it_is_of_the_excluded_kind_is_refused() -> None:
    context = context_of_text(_POLICY, "excluded_kind")
    en = reply_after(context, AS_OF, "We are a real estate development company registered in the district; we "
                                     "became an above-scale industrial enterprise in 2024.")
    assert totals_of(en) == (0, 0)


def test_exclusions_of_the_whole_measure_or_of_its_own_article() -> None:
    whole = EXCLUDED_KIND.search("本规定资助范围不含类金融企业")
    assert whole and whole["kind"] == "类金融企业" and cited_article(whole[0]) is None
    assert EXCLUDED_KIND.search("本办法不适用于典当机构。")
    assert names_its_own_article("本条支持范围不包括房地产企业")
    assert not EXCLUDED_KIND.search("奖励金额不含税。")
