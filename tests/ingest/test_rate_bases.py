"""The base a rate is taken of (round 13): printed bases the vocabulary names (研发投入, 订货合同及发票认定金额,
场地租金, 算力服务费用, 融资金额), a ceiling then the base then 的 and the rate (``patterns.BASE_THEN_RATE``), a
threshold that is also the base of a bare rate (``ingest/threshold_base.py``), a share that is an interest subsidy
(``threshold_base.INTEREST_SUBSIDY_AFTER``) and a raised rate (``ingest/raised_rates.py``). Fresh synthetic
sentences, not the corpus's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.model import ProvisionKind
from ingest.raised_rates import RAISED_RATE
from ingest.threshold_base import BARE_RATE, INTEREST_SUBSIDY_AFTER
from tests.ingest.sentences import benefits_of


def _rates(body: str) -> list[tuple[Decimal | None, str | None, int | None]]:
    return [(b.rate, b.base_quantity, b.cap_cny) for b in benefits_of(body) if b.kind is ProvisionKind.RATE_WITH_CAP]


@pytest.mark.parametrize(("body", "base"), [
    ("对企业实施的关键技术攻关项目，按不超过项目研发投入的25%给予资助，最高50万元。", "rd_expense"),
    ("对首次采购本市首台（套）装备的用户企业，给予不超过订货合同及发票认定金额8%的补贴，最高150万元。",
     "contract_amount"),
    ("对入驻创业园区的初创企业，按其当年场地租金的40%给予补贴，每年最高3万元。", "rent_paid"),
    ("对使用公共算力平台的企业，按算力服务费用的30%给予补助，每家最高10万元。", "computing_service_fee"),
    ("对通过股权方式融资的企业，按照不超过融资金额的1%给予奖励，最高100万元。", "financing_amount"),
    ("对采购本区企业产品的企业，给予当年购买总额的1.5%补贴，最高80万元。", "purchase_amount"),
    # round 14 (why7 a1): a modifier that names the whole base (the year's; the project's for a project paid) and
    # base labels read
    ("对入选的数字化转型标杆项目，按照项目总投入的20%给予最高80万元支持。", "investment_total"),
    ("对开展知识产权托管项目的服务机构，按项目服务费用的50%给予补助，最高10万元。", "service_fee"),
    ("对购置物流车辆的企业，每辆车按照年贷款利息的30%给予贴息，单辆最高5万元。", "interest_paid"),
    ("对在本区购买自用办公楼的企业，按购房价的3%给予补助，最高150万元。", "premises_purchase_price"),
    ("对承接技术成果转化的企业，按实际支付的技术转让合同交易金额给予企业4%的资助，最高40万元。",
     "technology_purchase_paid"),  # review RB2: the buyer's payment, not a seller's turnover
    ("鼓励众创空间为入驻团队减免租金，对其场租减免部分，每年给予运营机构40%的补贴，每年最高15万元。", "rent_relief"),
])
def test_a_printed_base_is_linked(body: str, base: str) -> None:
    assert [base_quantity for _, base_quantity, _ in _rates(body)] == [base]


def test_a_narrower_quantity_ending_in_a_label_stays_unlinked() -> None:
    assert _rates("按不超过实际投入额的20%给予补助，最高100万元。") == [(Decimal("0.2"), None, 1_000_000)]


@pytest.mark.parametrize("body", [
    "对成功引荐落地的产业项目，按项目注册资本实缴额的2‰给予引荐方奖励。",
    "对引进外资项目落户本区的中介机构，按项目注册资本实缴额的1‰给予奖励，最高不超过20万元。",
])
def test_another_partys_base_is_not_the_payees(body: str) -> None:
    # review RB1: the introduced project's paid-in capital is not the introducer's registered capital: left printed
    assert [b for _, b, _ in _rates(body)] == [None]


def test_a_sum_of_years_is_no_years_base() -> None:
    # 按3年贷款利息: three years' interest, not the year's; only a year right after 按 / 的 names the year's
    assert [b for _, b, _ in _rates("对购置设备的企业，按3年贷款利息总和的10%给予一次性补助，最高20万元。")] == [None]


@pytest.mark.parametrize(("body", "base", "cap"), [
    ("对新引进的区域总部，实缴注册资本达到2亿元的，按0.5%给予落户奖励，最高500万元。", "registered_capital", 5_000_000),
    ("总部企业实缴注册资本超过3000万元的，给予不超过2%的开办补助，最高不超过100万元。", "registered_capital",
     1_000_000),
])
def test_a_threshold_is_the_base_of_a_bare_rate(body: str, base: str, cap: int) -> None:
    assert [(b, c) for _, b, c in _rates(body)] == [(base, cap)]


@pytest.mark.parametrize("body", [
    "年度销售额5亿元以上的商贸企业，最高给予企业对本区经济贡献30%的奖励。",  # the rate names its own base
    "营业收入同比增长15%以上的企业，按3%给予奖励，最高20万元。",  # a growth is no base
    "融资租赁合同额2000万元以上的，按照不超过4%的费率给予补贴，最高60万元。",  # 合同额 ends a longer name
])
def test_no_threshold_base_where_the_rate_has_its_own_or_none(body: str) -> None:
    assert [b for _, b, _ in _rates(body)] == [None]


def test_bare_rate_words() -> None:
    for said in ("按", "给予不超过", "按照"):
        assert BARE_RATE.search(said), said
    for said in ("按投资额的", "给予企业对本区经济贡献"):
        assert not BARE_RATE.search(said), said


def test_an_interest_subsidy_is_taken_of_the_interest_paid() -> None:
    assert _rates("对获得银行贷款的中小企业，给予不超过50%的贷款贴息，每家每年最高30万元。") == [
        (Decimal("0.5"), "interest_paid", 300_000)]
    assert INTEREST_SUBSIDY_AFTER.match("的贴息支持")
    assert not INTEREST_SUBSIDY_AFTER.match("的贴息率")  # a rate on the loan, not a share of the interest


def test_a_raised_rate_is_the_rate_before_it_plus_the_raise_for_its_own_payee() -> None:
    benefits = [b for b in benefits_of(
        "对企业研发项目，按项目研发投入的20%给予补助，单项最高60万元。专精特新“小巨人”企业补助比例可上调5%。")
        if b.kind is ProvisionKind.RATE_WITH_CAP]
    assert [(b.rate, b.rate_min, b.base_quantity, b.cap_cny) for b in benefits] == [
        (Decimal("0.2"), None, "rd_expense", 600_000), (Decimal("0.25"), Decimal("0.2"), "rd_expense", 600_000)]
    assert benefits[1].qualifications == ("little_giant",)  # 可上调: a possible raise, nothing of it sure


def test_a_raise_the_text_decides_pays_its_lower_reading_for_sure() -> None:
    benefits = [b for b in benefits_of(
        "对企业技改项目，按项目设备投资额的10%给予补助，单项最高200万元。制造业单项冠军企业补助比例上调20%。")
        if b.kind is ProvisionKind.RATE_WITH_CAP]
    assert [(b.rate, b.rate_min) for b in benefits] == [(Decimal("0.1"), None), (Decimal("0.3"), Decimal("0.12"))]


def test_a_rate_printed_as_a_ceiling_pays_nothing_for_sure_raised_or_not() -> None:
    benefits = [b for b in benefits_of(
        "对企业研发项目，按不超过项目研发投入的20%给予补助，单项最高60万元。高新技术企业补助比例可上调5%。")
        if b.kind is ProvisionKind.RATE_WITH_CAP]
    assert [(b.rate, b.rate_min) for b in benefits] == [(Decimal("0.2"), 0), (Decimal("0.25"), 0)]


@pytest.mark.parametrize(("body", "floor"), [
    ("对企业，最高可按当年技术改造投资额的5%给予一次性奖励。", 0),
    ("对企业，给予不超过30%的贷款贴息。", 0),
    ("对企业，按技术改造投资额的5%给予补助，最高不超过100万元。", None),
])
def test_a_rate_ceiling_before_the_rate(body: str, floor: int | None) -> None:
    assert [b.rate_min for b in benefits_of(body) if b.kind is ProvisionKind.RATE_WITH_CAP] == [floor]


def test_raise_words() -> None:
    for said in ("补助比例可上调10%", "资助比例提高5个百分点", "补贴标准上浮10%"):
        assert RAISED_RATE.search(said), said
    for said in ("补助比例提高至40%", "上调后不超过200万元"):
        assert not RAISED_RATE.search(said), said


@pytest.mark.parametrize("body", [
    "对上年度营业收入超过2亿元的企业，其新增技改贷款按2%给予贴息，最高不超过40万元。",  # its own base before 按
    "企业实缴注册资本超过6000万元的企业新建厂房，按3%给予补助，最高30万元。",  # the equipment, named after the payee
])
def test_a_threshold_is_no_base_when_the_rate_names_its_own_before_an(body: str) -> None:
    assert [b for _, b, _ in _rates(body)] == [None]


def test_a_base_named_before_an_is_the_base_not_the_threshold() -> None:
    body = "实缴注册资本超过8000万元的，对其办公用房租金按20%给予补贴，最高60万元。"
    assert [b for _, b, _ in _rates(body)] == ["rent_paid"]


def test_a_threshold_then_only_the_payee_is_still_the_base() -> None:
    body = "对实缴注册资本达到1亿元以上的区域总部企业，可按0.8%给予开办补助，最高300万元。"
    assert [b for _, b, _ in _rates(body)] == ["registered_capital"]
