"""A rate's base is a quantity of the party or the thing its sentence names (round 14 review RB1–RB4): the introduced
project's paid-in capital is not the introducer's registered capital; what a buyer actually paid for technology is
not a seller's contract turnover; a purchase made before the policy is not paid, its date the one said; a loan's
interest on working capital is not the interest of the equipment loan a per-machine subsidy pays. Each is asked or
refused, never paid as sure. A fresh synthetic policy, not the corpus's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.assistant_contexts import context_of_text, reply_after

POLICY = """某区促进企业创新和楼宇经济若干措施
第一条 本措施自2023年1月1日起施行，有效期至2026年12月31日。
第二条 企业受让技术成果的，按其实际支付的技术成果转让合同交易金额的6%给予补助，最高不超过40万元。
第三条 企业购置自用办公用房的，按购房价的3%给予补助，最高不超过90万元。
第四条 对引荐外资项目落户本区的企业，按项目注册资本实缴额的2‰给予引荐奖励，最高不超过20万元。
第五条 企业购置生产设备的，每台设备按照年贷款利息的25%给予贴息，每台最高不超过4万元。
"""
AS_OF = dt.date(2025, 6, 30)


@pytest.fixture(scope="module")
def context():  # type: ignore[no-untyped-def]
    return context_of_text(POLICY, "fresh_bases_of_other_parties_policy")


def _sure_of(reply, article: str) -> int:  # type: ignore[no-untyped-def]
    result = reply.eligibility
    assert result is not None, reply.answer
    return sum(b.get("amount_min_cny") or 0 for b in result["benefits"] if b.get("clause_path") == [article])


@pytest.mark.parametrize("message", ["我们是本区一家咨询企业，公司实缴注册资本8000万元。",
                                     "We are a consulting firm in the district; our paid-in registered capital is "
                                     "RMB 80 million."], ids=["zh", "en"])
def test_the_introducers_own_capital_is_not_the_projects(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # RB1: 8000万 × 2‰ = 16万 would pay the company on its own capital; the project's paid-in capital is asked
    assert _sure_of(reply_after(context, AS_OF, message), "第四条") == 0


@pytest.mark.parametrize("message", ["我们是本区企业，2024年技术合同成交额600万元，全部是我们向外转让专利的收入。",
                                     "We are a company in the district; in 2024 our technology contract turnover was "
                                     "RMB 6 million, all from patents we licensed out."], ids=["zh", "en"])
def test_a_sellers_turnover_is_not_what_a_buyer_paid(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # RB2: 600万 × 6% = 36万 would pay a seller the buyer's subsidy
    assert _sure_of(reply_after(context, AS_OF, message), "第二条") == 0


@pytest.mark.parametrize("message", ["我们是本区企业，2016年购置的办公楼，购房价3000万。",
                                     "We are a company in the district; we bought our office building in 2016, and the "
                                     "office purchase price was RMB 30 million."], ids=["zh", "en"])
def test_a_purchase_before_the_policy_is_not_paid(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # RB3: bought in 2016, before the policy's 2023–2026 window: 3000万 × 3% = 90万 is not paid as sure
    reply = reply_after(context, AS_OF, message)
    assert _sure_of(reply, "第三条") == 0
    assert not any(f.field == "quantities.premises_purchase_price" and f.value.get("year") != 2016
                   for f in reply.profile)  # never dated to a later year than said


@pytest.mark.parametrize("message", ["我们是本区企业，2024年贷款利息80万元，都是流动资金贷款。",
                                     "We are a company in the district; our loan interest in 2024 was RMB 800,000, all "
                                     "on working-capital loans."], ids=["zh", "en"])
def test_working_capital_interest_is_not_an_equipment_loans(context, message: str) -> None:  # type: ignore[no-untyped-def]
    # RB4: no machine bought; the interest of working-capital loans is not the per-machine loan's
    assert _sure_of(reply_after(context, AS_OF, message), "第五条") == 0


@pytest.mark.parametrize(("name", "kind"), [(name, kind) for name in ("item_base", "unit_condition")
                                            for kind in ("match", "no_match")])
def test_words_of_a_base_or_thing_of_each_item(name: str, kind: str) -> None:
    import yaml

    from assistant.eligibility.kind_at_the_event import UNREAD_CONDITIONS_FILE
    from assistant.eligibility.unread_units import item_base, unit_condition

    pattern = {"item_base": item_base, "unit_condition": unit_condition}[name]()
    examples = yaml.safe_load(UNREAD_CONDITIONS_FILE.read_text(encoding="utf-8"))["examples"][name][kind]
    for words in examples:
        assert bool(pattern.search(words)) is (kind == "match"), words
