"""What a company says of itself, in four classes set-8 missed (fresh wordings and fresh policies, not the bench's):

- a later tier of a grade the policy induced (国家X级物流企业, then 又升到了Y级) tops the award up to the higher
  tier, and "assessed again and reached level N" is a later grade in English;
- a question on an expired policy that also asks how much (还能拿多少？, "How much can we still claim?") is answered
  with the policy's status *and* the totals, never a validity line without a total;
- a yes or a no (是的 / 对的，我们就是 / "yes, we are" / "no, we are not") to 贵公司是否属于「…」？ binds to that
  phrase, and a yes to 贵公司是否具备「X」？ that says when (对的，2023年认定的, "Yes we are, since 2023") dates X;
- a buyer's payment for technology said in plain words (花了X万从高校买了专利, "paid a university X for a patent
  licence") is the base of a clause paying a share of what was paid for technology bought."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dialogue import AssistantContext
from tests.assistant_contexts import context_of_text, reply_after, totals_of

GRADED = """某区现代服务业奖励办法
第一条 对新评定为国家5A级、4A级、3A级的仓储配送企业，分别给予60万元、40万元、20万元奖励；\
晋级的，按照以上奖励金额给予补差奖励。
第二条 对智能制造能力成熟度达到五级、四级、三级的企业，分别给予300万元、200万元、80万元一次性奖励。\
已获奖励的企业此后认定为更高等级的，按新等级标准补足差额奖励。
第三条 本办法自2021年1月1日起施行，有效期至2026年12月31日。
"""
EXPIRED = """某县酒店业提升办法
第一条 对新评定为五星级的旅游饭店，一次性给予100万元奖励。
第二条 本办法自2020年3月1日起施行，有效期两年。
"""
PAYEE = """某区青年创业扶持办法
第一条 对由港澳青年创办的国家高新技术企业，给予10万元一次性奖励。
第二条 本办法自2023年1月1日起施行，有效期至2026年12月31日。
"""
PURCHASE = """某区技术转移促进办法
第一条 对在本区注册的企业，按实际支付的技术转让合同交易金额的5%给予资助，每家企业最高50万元。
第二条 本办法自2023年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.fixture(scope="module")
def graded() -> AssistantContext:
    return context_of_text(GRADED, "graded")


@pytest.mark.parametrize("messages", [
    ("我们是区里注册的仓储配送企业，2022年3月被评为国家3A级仓储配送企业，2024年5月又升到了4A级。能拿多少？",),
    ("我们是区里注册的仓储配送企业，2022年3月被评为国家3A级仓储配送企业。能拿多少？", "2024年5月又升到了4A级。"),
])
def test_a_later_tier_of_an_induced_grade_tops_the_award_up(graded: AssistantContext,
                                                           messages: tuple[str, ...]) -> None:
    assert totals_of(reply_after(graded, dt.date(2025, 1, 6), *messages)) == (400_000, 400_000)


@pytest.mark.parametrize("later", [
    "At a fresh review in January 2025 we were graded again and reached level 4.",
    "In January 2025 we were evaluated again and attained level 4.",
    "2025年1月我们复评达到了四级。",
])
def test_assessed_again_and_reached_is_a_later_grade(graded: AssistantContext, later: str) -> None:
    first = ("We make gearboxes and are registered in the district. In June 2023 our intelligent manufacturing "
             "capability maturity was rated level 3. What can we get?")
    assert totals_of(reply_after(graded, dt.date(2025, 3, 3), first)) == (800_000, 800_000)
    assert totals_of(reply_after(graded, dt.date(2025, 3, 3), first, later)) == (2_000_000, 2_000_000)


@pytest.mark.parametrize("message", [
    "我们的饭店在县里，2023年评上了五星级旅游饭店，按这个办法现在还能拿多少？",
    "Our hotel is in the county and was rated five-star in 2023. How much can we still get from this scheme now?",
    "这个办法现在还能拿多少钱？",
    "这个办法到期了没有？我们还能拿多少？",
])
def test_how_much_on_an_expired_policy_has_a_total_and_its_status(message: str) -> None:
    reply = reply_after(context_of_text(EXPIRED, "expired"), dt.date(2024, 9, 1), message)
    assert reply.eligibility is not None, reply.answer
    assert reply.eligibility["policy_status"] == "expired"
    assert "2022-02-28" in reply.answer or "2022-02-2" in reply.answer  # the end of its window, said first


def test_a_validity_question_alone_still_has_no_total() -> None:
    reply = reply_after(context_of_text(EXPIRED, "expired"), dt.date(2024, 9, 1), "这个办法现在还有效吗？")
    assert reply.intent == "validity" and reply.eligibility is None


@pytest.fixture(scope="module")
def payee() -> AssistantContext:
    return context_of_text(PAYEE, "payee")


FIRST_ZH = "我们是区里的国家高新技术企业，2023年3月认定的，能拿多少？"
FIRST_EN = ("We are a national high-tech enterprise registered in the district, recognised in March 2023. "
            "What can we get?")


@pytest.mark.parametrize(("first", "answer", "total"), [
    (FIRST_ZH, "是的", 100_000), (FIRST_ZH, "对的，我们就是", 100_000), (FIRST_ZH, "没错", 100_000),
    (FIRST_EN, "yes, we are", 100_000), (FIRST_EN, "That's right, we are one.", 100_000),
    (FIRST_ZH, "不是", 0), (FIRST_EN, "No, we are not", 0),
])
def test_a_yes_or_no_to_the_payee_question_binds_to_it(payee: AssistantContext, first: str, answer: str,
                                                       total: int) -> None:
    asked = reply_after(payee, dt.date(2024, 6, 3), first)
    assert totals_of(asked) == (0, 0) and "港澳青年" in asked.answer  # asked, never paid on the certificate alone
    reply = reply_after(payee, dt.date(2024, 6, 3), first, answer)
    assert reply.intent == "eligibility"
    assert totals_of(reply)[0] == total


@pytest.mark.parametrize("message", [
    "我们是本区注册的企业，2024年我们花了80万从一所高校买了两项专利，能拿多少？",
    "我们是本区注册的企业，去年公司支付了80万元向研究院购买技术成果，能拿多少？",
    "We are registered in the district. In 2024 we paid a university RMB 800,000 for a patent licence. "
    "What can we get?",
    "We are registered in the district. Last year we spent 800k buying two patents from a research institute. "
    "What can we get?",
])
def test_a_payment_for_technology_said_plainly_is_the_base(message: str) -> None:
    reply = reply_after(context_of_text(PURCHASE, "purchase"), dt.date(2025, 4, 1), message)
    assert totals_of(reply) == (40_000, 40_000)


@pytest.mark.parametrize("message", [
    "我们是本区注册的企业，2024年一所高校花了80万从我们这里买了专利，能拿多少？",
    "We are registered in the district. In 2024 a buyer paid us RMB 800,000 for our patent. What can we get?",
])
def test_technology_sold_is_no_payment_for_technology_bought(message: str) -> None:
    reply = reply_after(context_of_text(PURCHASE, "purchase"), dt.date(2025, 4, 1), message)
    assert totals_of(reply)[0] == 0


CATERING = """某县商贸服务业扶持办法
第一条 纯餐饮企业年度营业收入在1000—2000万元（含）的，每户奖励5万元。
第二条 本办法自2024年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.mark.parametrize("message", [
    "Registered in the county, we run a pure catering business; 2024 revenue came to 16 million yuan.",
    "Our company is a pure catering enterprise in the county; 2024 revenue was 16 million yuan.",
    "We operate a pure catering business in the county.",
    "我们是县里注册的一家纯餐饮企业，2024年营业收入1600万元。",
])
def test_a_kind_of_business_said_in_english_composes_the_printed_payee(message: str) -> None:
    reply = reply_after(context_of_text(CATERING, "catering"), dt.date(2025, 3, 3), message)
    assert [fact.value["label"] for fact in reply.profile if fact.field == "policy_concepts"] == ["纯餐饮企业"]


@pytest.mark.parametrize("message", ["We run a restaurant supply business in the county.",
                                     "We are a catering company in the county."])
def test_other_kinds_of_business_name_no_printed_payee(message: str) -> None:
    reply = reply_after(context_of_text(CATERING, "catering"), dt.date(2025, 3, 3), message)
    assert not [fact for fact in reply.profile if fact.field == "policy_concepts"]


NEW_HIGH_TECH = """某区科技企业扶持办法
第一条 对新认定的国家高新技术企业，给予10万元一次性奖励。
第二条 本办法自2023年1月1日起施行，有效期至2026年12月31日。
"""


@pytest.mark.parametrize(("answer", "total"), [
    ("对的，2023年认定的", 100_000), ("是的，去年3月认定的", 100_000), ("Yes we are, since 2023", 100_000),
    ("Yes, certified in May 2023.", 100_000), ("是的，2019年认定的", 0), ("不是", 0),
    ("yes, that one from March 2023 is the main thing for us", 0),  # points at a thing said before: not dated
])
def test_a_yes_that_says_when_dates_the_qualification_asked(answer: str, total: int) -> None:
    reply = reply_after(context_of_text(NEW_HIGH_TECH, "new_high_tech"), dt.date(2024, 6, 3),
                        "我们是本区注册的企业，能拿多少？", answer)
    assert totals_of(reply)[0] == total


LAPSED = """某县科技企业奖励办法
第一条 对在本县注册的国家高新技术企业，给予10万元奖励。
第二条 本办法自2019年1月1日起施行，有效期至2021年12月31日。
"""


@pytest.mark.parametrize(("message", "said", "unsaid"), [
    ("我们是县里注册的国家高新技术企业，2020年认定的，这办法过期了吗？还能拿多少？", "有效期内本可得", "确定可得"),
    ("We are a national high-tech enterprise registered in the county, recognised in 2020. Has this policy lapsed? "
     "How much can we still claim?", "Would have been guaranteed while in force", "Guaranteed:"),
])
def test_an_expired_policy_s_total_is_what_it_would_have_paid(message: str, said: str, unsaid: str) -> None:
    reply = reply_after(context_of_text(LAPSED, "lapsed"), dt.date(2024, 9, 1), message)
    assert reply.eligibility is not None and reply.eligibility["policy_status"] == "expired", reply.answer
    assert reply.eligibility["total_min_cny"] == 100_000, reply.answer
    assert said in reply.answer and unsaid not in reply.answer.replace(said, ""), reply.answer
