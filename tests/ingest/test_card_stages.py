"""A card row's titled part that numbers its items afresh (资助方式： / 1．…), and shares of an award paid by stages
(先期拨付资助资金总额的40%…拨付剩余60%的资助资金): the part is cited under its title, the shares are the award's
payment stage, not rates of a base (``structure._row_part_heading``, ``patterns.AWARD_INSTALMENT``)."""

from __future__ import annotations

from ingest.model import ProvisionKind
from ingest.pipeline import ingest_document
from ingest.read import read_text
from tests.ingest.sentences import benefits_of, policy_of

_CARD = ("某市文艺创作扶持项目\n【服务内容】\n1．长篇小说创作项目申请资助的额度不超过 30 万元。\n"
         "2．中短篇作品创作项目申请资助的额度不超过 8 万元。\n"
         "拨付办法：\n"
         "1．对立项的长篇小说项目，主管部门先期拨付资助资金总额的40%；完成初稿并经评审后，拨付资助资金总额的 30%；"
         "出版后拨付剩余 30%的资助资金。\n"
         "2．对立项的中短篇作品，先期拨付资助资金总额的 60%，发表后拨付剩余 40%的资助资金。\n"
         "【条件要求】\n1．申报主体为本市登记的文艺机构。\n")


def _card() -> list[tuple[tuple[str, ...], ProvisionKind, str | None]]:
    policy = ingest_document(read_text(_CARD.encode("utf-8"), "card.txt"), "card-policy")
    return [(p.clause_path, p.kind, p.subtype) for p in policy.provisions]


def test_a_titled_part_of_a_row_cites_its_items_under_its_title() -> None:
    found = _card()
    assert (("服务内容", "2"), ProvisionKind.UP_TO, None) in found
    assert {path for path, kind, _ in found if kind is ProvisionKind.CONDITION} == {
        ("服务内容", "拨付办法", "1"), ("服务内容", "拨付办法", "2")}


def test_shares_of_the_award_paid_by_stages_are_one_payment_stage_and_no_rates() -> None:
    found = _card()
    assert not [kind for _, kind, _ in found if kind is ProvisionKind.RATE_WITH_CAP]
    stages = [path for path, _, subtype in found if subtype == "payment_stage"]
    assert stages == [("服务内容", "拨付办法", "1"), ("服务内容", "拨付办法", "2")]


def test_a_share_of_a_base_paid_out_stays_a_rate() -> None:
    (rate,) = benefits_of("对新建的中试基地，按项目投资额的20%拨付补助资金，最高不超过300万元。")
    assert (rate.kind, rate.cap_cny) == (ProvisionKind.RATE_WITH_CAP, 3_000_000)


def test_a_title_line_that_goes_on_numbering_heads_nothing() -> None:
    policy = policy_of("1．对新认定的孵化器给予不超过20万元资金支持。\n支持标准：\n"
                       "2．对新认定的众创空间给予不超过10万元资金支持。")
    assert [p.clause_path for p in policy.provisions if p.kind.monetary] == [("一", "1"), ("一", "2")]


def test_an_advance_and_the_rest_of_the_award_are_its_stages_not_rates_or_a_funding_cap() -> None:
    policy = policy_of("对示范应用项目按合同金额的15%给予补助。合同签订后，一次性拨付补助金额的70%，"
                       "项目验收后，再拨付剩余的30%。项目按进度分期预拨资金，预拨总额不超过资助金额的60%。")
    rates = [p.rate for p in policy.provisions if p.kind is ProvisionKind.RATE_WITH_CAP]
    assert [str(r) for r in rates] == ["0.15"]
    subtypes = [p.subtype for p in policy.provisions if p.kind is ProvisionKind.CONDITION]
    assert subtypes == ["payment_stage", "payment_stage"]
