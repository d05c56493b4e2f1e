"""Who a benefit pays: whole names only, induced concepts from the printed words, the party served."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.beneficiaries import (
    PHRASES_FILE,
    BeneficiaryDataError,
    _leading_party,
    _strip_modifiers,
    beneficiary,
    ceiling_party,
    find_head,
    is_whole_name,
    parse_phrase_rules,
    phrase_rules,
)
from ingest.concepts import load_vocabulary, parse_vocabulary
from ingest.model import IngestedPolicy, Provision
from ingest.pipeline import ingest_document
from ingest.read import read_text
from ontology import VOCABULARY_FILE

RULES = phrase_rules()
FIRST_AMOUNT = re.compile(r"[0-9０-９]|$")


def _head_label(sentence: str) -> str | None:
    head = find_head(sentence, 0, FIRST_AMOUNT.search(sentence).start(), load_vocabulary())  # type: ignore[union-attr]
    return beneficiary(head, load_vocabulary()).label if head else None


def _policy(body: str) -> IngestedPolicy:
    text = (f"某区支持产业发展的若干措施\n一、支持措施\n{body}\n二、附则\n"
            "本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")
    return ingest_document(read_text(text.encode("utf-8"), "test.txt"), "test-policy")


def _benefits(policy: IngestedPolicy) -> list[Provision]:
    return [p for p in policy.provisions if p.kind.monetary]


@pytest.mark.parametrize("form", RULES.raw["forms"], ids=lambda f: f["name"])
def test_every_phrase_form_reads_its_examples(form: dict) -> None:  # type: ignore[type-arg]
    assert form["examples"], f"form {form['name']} has no example"
    for example in form["examples"]:
        assert _head_label(example["sentence"]) == example["head"], example["sentence"]


def test_party_noun_examples() -> None:
    """Bodies of the authority's own area, pools and joint bodies end the names of parties paid (fresh sentences)."""
    for example in RULES.raw["party_nouns"]["examples"]:
        assert _head_label(example["sentence"]) == example["head"], example["sentence"]


def test_generic_payee_yields_to_a_narrower_party_named_before_it() -> None:
    for example in RULES.raw["generic_yields"]["examples"]:
        assert _head_label(example["sentence"]) == example["head"], example["sentence"]


def test_a_heading_of_support_names_the_payee_of_its_clause() -> None:
    """A heading line 支持X发展 names the party the benefits below it pay when they name none (a fresh clause)."""
    clause = "（一）支持工业设计服务机构发展。\n采取后补助方式给予支持，每家每年支持金额不超过100万元。"
    (benefit,) = _benefits(_policy(clause))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == "工业设计服务机构"


def test_a_party_encouraged_inside_a_sentence_of_a_benefit_is_no_payee_of_its_own() -> None:
    """鼓励X开展…，每年给予… names who is encouraged; only a heading line of support names the clause's payee."""
    (benefit,) = _benefits(_policy("（一）推动标准化工作创新，鼓励企业和协会开展标准化活动，每年给予最高50万元奖励。"))
    assert benefit.beneficiary is None or benefit.beneficiary.label != "企业和协会"


def test_a_party_before_what_it_does_is_the_payee() -> None:
    for example in RULES.raw["acting_party"]["examples"]:
        assert _head_label(example["sentence"]) == example["head"], example["sentence"]


def test_ceiling_party_examples() -> None:
    for example in RULES.raw["ceiling_by_party"]["examples"]:
        found = ceiling_party(example["segment"])
        assert (found[0] if found else None) == example["party"], example["segment"]


def test_modifier_examples() -> None:
    for example in RULES.raw["head_modifiers"]["examples"]:
        assert _strip_modifiers(example["head"], RULES) == example["stripped"]


def test_whole_name_examples() -> None:
    vocabulary = load_vocabulary()
    for example in RULES.raw["name_boundaries"]["examples"]:
        hits = [h for h in vocabulary.find(example["text"], "qualifications") if h.text == example["label"]]
        assert hits, example
        assert is_whole_name(example["text"], hits[0]) is example["whole"], example["text"]


@pytest.mark.parametrize(("sentence", "wrong", "label", "group"), [
    ("对规模以上服务业企业给予10万元奖励", "above_scale_industrial", "规模以上服务业企业", None),
    ("对专精特新中小企业给予10万元奖励", "sme", "专精特新中小企业", "enterprise_type"),
    ("对工业设计领军企业给予10万元奖励", "tech_leader_enterprise", "工业设计领军企业", "enterprise_type"),
])
def test_a_label_inside_a_longer_name_is_not_that_concept(sentence: str, wrong: str, label: str,
                                                          group: str | None) -> None:
    (benefit,) = _benefits(_policy(sentence + "。"))
    assert wrong not in benefit.qualifications
    payee = benefit.beneficiary
    assert payee is not None and payee.induced and payee.label == label and payee.group == group


def test_a_whole_label_links_the_payee_to_the_vocabulary() -> None:
    (benefit,) = _benefits(_policy("对区内首次认定的高新技术企业，一次性给予20万元补助。"))
    assert benefit.qualifications == ("high_tech_enterprise",)
    assert benefit.beneficiary is not None and benefit.beneficiary.concepts == ("high_tech_enterprise",)
    assert not benefit.beneficiary.induced


def test_the_party_paid_is_told_apart_from_the_party_it_attracts() -> None:
    (example,) = RULES.raw["served_party"]["examples"]
    (benefit,) = _benefits(_policy(example["sentence"] + "。"))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == example["head"]
    assert benefit.beneficiary.serves == tuple(example["serves"])
    assert "high_tech_enterprise" not in benefit.qualifications


def test_an_induced_concept_has_an_english_label_only_when_the_vocabulary_composes_it() -> None:
    benefits = _benefits(_policy("对新评定的酒店，一次性给予20万元奖励；对高新技术企业孵化器给予10万元补助；"
                                 "对离岸及异地企业孵化器给予10万元补助。"))
    payees = {b.beneficiary.label: b.beneficiary for b in benefits if b.beneficiary}
    assert payees["酒店"].label_en is None and payees["酒店"].induced
    assert payees["高新技术企业孵化器"].label_en == "High and New Technology Enterprise technology business incubator"
    assert payees["高新技术企业孵化器"].group == "platform"
    assert payees["离岸及异地企业孵化器"].concepts == ("offshore_incubator",)  # one name, though 及 joins lists


def test_ingest_warns_of_every_induced_concept() -> None:
    policy = _policy("对新评定为三星级、四星级的酒店，一次性分别给予20万元、50万元奖励。"
                     "对专精特新中小企业给予10万元奖励。")
    (warning,) = [w for w in policy.warnings if "induced" in w]
    assert "酒店〔一〕" in warning and "专精特新中小企业〔一〕" in warning and "policykg concepts" in warning


def test_linking_an_induced_concept_is_data_an_alt_label(tmp_path: Path) -> None:
    extended = tmp_path / "vocabulary.ttl"
    extended.write_text(VOCABULARY_FILE.read_text(encoding="utf-8") +
                        '\npkv:little_giant skos:altLabel "专精特新中小企业"@zh .\n', encoding="utf-8")
    text = "某区措施\n一、支持\n对专精特新中小企业给予10万元奖励。\n"
    policy = ingest_document(read_text(text.encode("utf-8"), "t.txt"), "t", parse_vocabulary(extended))
    (benefit,) = _benefits(policy)
    assert benefit.beneficiary is not None and benefit.beneficiary.concepts == ("little_giant",)
    assert benefit.qualifications == ("little_giant",)


def test_a_malformed_phrase_file_is_named() -> None:
    data = dict(RULES.raw, forms=[{"name": "broken", "pattern": "给予(", "examples": []}])
    with pytest.raises(BeneficiaryDataError, match=rf"{PHRASES_FILE.name}: forms/broken: bad pattern"):
        parse_phrase_rules(data)
    with pytest.raises(BeneficiaryDataError, match="missing or malformed entry"):
        parse_phrase_rules({"forms": []})


def test_a_benefit_naming_no_payee_pays_the_one_named_before_it_in_its_clause() -> None:
    policy = _policy("对新落户的新型研发机构，按以下标准给予支持：\n（一）最高2000万元落户奖励；\n"
                     "（二）最高3000万元科研条件建设补助。")
    benefits = _benefits(policy)
    assert [b.clause_path for b in benefits] == [("一", "（一）"), ("一", "（二）")]
    assert {b.beneficiary.label for b in benefits if b.beneficiary} == {"新型研发机构"}
    assert all(b.beneficiary is not None and b.beneficiary.induced for b in benefits)


def test_a_benefit_named_by_the_vocabulary_does_not_inherit_another_payee() -> None:
    policy = _policy("对新落户的新型研发机构给予50万元奖励；按研发投入的30%给予补助，高新技术企业最高不超过100万元。")
    named = [b for b in _benefits(policy) if b.qualifications]
    assert named and all(b.beneficiary is None or b.beneficiary.concepts for b in named)


def test_a_to_whom_phrase_over_commas_names_the_party_before_the_benefit() -> None:
    policy = _policy("对国家科研机构、知名高校在南沙区单独设立的，主要从事科学研究的新型研发机构，在建设期内，"
                     "采取前资助、后补助方式，分期合计投入最高1亿元的建设运行费。")
    (benefit,) = _benefits(policy)
    assert benefit.beneficiary is not None and benefit.beneficiary.label == "新型研发机构"


@pytest.mark.parametrize(("sentence", "label"), [
    ("非总部型建筑业企业年度总产值达到2亿元以上的，以年度总产值为基数，给予0.05%的奖励。", "非总部型建筑业企业"),
    ("对新型研发机构围绕我区重点发展的战略性新兴产业，与高校共建联合实验室，按照投入资金总额度的30%给予资金补助。",
     "新型研发机构"),
    ("在基地入驻企业连续就业满1年的港澳青年，在职期间可领取每人每年3000元交通补贴。", "港澳青年"),
])
def test_the_party_named_first_does_what_follows(sentence: str, label: str) -> None:
    (benefit,) = _benefits(_policy(sentence))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == label


def test_the_words_after_give_name_the_award_when_a_to_whom_phrase_names_the_payee() -> None:
    (benefit,) = _benefits(_policy("对年度应纳税工资薪金30万元以上的骨干人才，"
                                   "按照其个人经济贡献40%比例给予特殊人才奖励。"))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == "骨干人才"
    (direct,) = _benefits(_policy("对新引进的项目，按项目实际固定资产投资额的2%给予新项目投资方奖励。"))
    assert direct.beneficiary is not None and direct.beneficiary.label == "新项目投资方"


def test_a_party_before_a_served_verb_is_the_payee() -> None:
    for example in RULES.raw["served_party"]["cut_examples"]:
        assert _head_label(example["sentence"]) == example["head"], example["sentence"]


def test_subject_verb_examples() -> None:
    for example in RULES.raw["subject_verbs"]["examples"]:
        assert _head_label(example["sentence"]) == example["head"], example["sentence"]


def test_a_support_without_a_number_pays_the_party_named_right_before_its_verb() -> None:
    (benefit,) = _benefits(_policy("对新入选的青年人才给予相应政策支持。"))
    assert benefit.kind.value == "case_by_case" and benefit.beneficiary is not None
    assert benefit.beneficiary.label == "青年人才"


def test_each_party_of_a_listed_payee_is_paid_its_own_amount() -> None:
    listed = _benefits(_policy("对首次认定的国家级技术创新示范企业、省级工业设计中心，分别给予100万元、50万元奖励。"))
    assert [(b.tier, b.amount_cny, b.beneficiary and b.beneficiary.label) for b in listed] == [
        ("国家级技术创新示范企业", 1_000_000, "技术创新示范企业"), ("省级工业设计中心", 500_000, "工业设计中心")]
    levels = _benefits(_policy("对企业新设立的省级和国家级院士工作站分别给予30万元、60万元补助。"))
    assert {b.beneficiary and b.beneficiary.label for b in levels} == {"院士工作站"}  # a level is no party


@pytest.mark.parametrize(("body", "label"), [
    ("年度营业额3亿元以上，且同比增长10%以上的零售企业，最高给予企业对本区经济贡献30%的奖励。", "零售企业"),
    ("非总部型物流企业年度新增营业收入2亿元以上的，给予企业年度新增经济贡献15%的奖励。", "非总部型物流企业"),
    # a subject naming another party (the staff a firm trains) is not the one paid: the printed 企业 stays
    ("本区企业当年培养的高技能人才，经考核合格的，按每人1万元标准给予企业补贴。", "企业"),
])
def test_any_party_after_give_yields_to_the_narrower_party_its_subject_names(body: str, label: str) -> None:
    (benefit,) = _benefits(_policy(body))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == label


@pytest.mark.parametrize("body", [
    "企业向检验检测机构支付认证费用的，按实际支付费用的40%给予补贴，最高15万元。",
    "对小微企业向人力资源服务机构支付的猎头服务费，按30%给予补助，每家最高8万元。",
])
def test_the_party_a_company_pays_is_not_the_payee(body: str) -> None:
    (benefit,) = _benefits(_policy(body))
    assert benefit.beneficiary is not None and "机构" not in benefit.beneficiary.label, benefit.beneficiary


@pytest.mark.parametrize(("body", "label"), [
    ("区财政按每人5000元标准向实训基地拨付实训补贴。", "实训基地"),
    # 支付 of a grant (…补贴) pays it out to the party: not a fee the company pays
    ("市人社局按每人3000元标准向职业培训学校支付职业技能培训补贴。", "职业培训学校"),
])
def test_a_grant_paid_out_to_a_party_names_that_party(body: str, label: str) -> None:
    (benefit,) = _benefits(_policy(body))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == label


@pytest.mark.parametrize("body", [
    # a leading phrase holding a preposition names two parties, not one: the one granted to is the printed 企业
    "高等院校向本区科技型企业许可专利技术的，按许可费的20%给予企业补助，最高30万元。",
    "律师事务所为本区民营企业提供常年法律顾问服务的，按服务费的30%给予企业补贴，最高5万元。",
    # the party served by the company (the people it employs) is not paid when 给予企业 names the payee
    "退役军人到本区中小企业就业并缴纳社会保险满一年的，给予企业每人2000元补贴。",
    "港澳青年在本区企业实习满三个月的，给予企业每名5000元补贴。",
])
def test_a_party_the_company_serves_or_deals_with_yields_to_the_printed_payee(body: str) -> None:
    (benefit,) = _benefits(_policy(body))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == "企业", benefit.beneficiary


def test_leading_party_examples() -> None:
    for example in RULES.raw["leading_party"]["examples"]:
        phrase = example["phrase"] + "年度营业收入首次超过1亿元"
        assert _leading_party(phrase, RULES) == (len(example["phrase"]) if example["name"] else 0), example["phrase"]


def test_a_heading_of_support_naming_what_a_party_does_names_no_payee_of_a_benefit_per_person() -> None:
    """支持X招引Y (a heading): X does what follows and Y is served, so the heading's party is no name running across
    the verb (企业招引高端人才); and a benefit per person (每人) pays that person, never the heading's party (fresh
    clause)."""
    clause = "（一）支持园区企业招引高端人才。\n对首次来区工作的硕士研究生，按每人3万元给予安家补助。"
    (benefit,) = _benefits(_policy(clause))
    assert benefit.beneficiary is None or not benefit.beneficiary.label.startswith("园区企业")
    assert _head_label("支持企业招引急需紧缺人才") in (None, "企业")


def test_persons_a_heading_party_employs_counted_per_person_keep_the_heading_party() -> None:
    """按招用…每人N元的标准 counts the persons the heading's party employs: that party is still paid (fresh clause)."""
    clause = "（一）支持物流企业招用本地员工。\n按招用本地员工每人2000元的标准给予补贴。"
    (benefit,) = _benefits(_policy(clause))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == "物流企业"


def test_a_clause_of_the_awards_basis_or_a_place_names_no_payee() -> None:
    """A head holding a word that never stands in a party's name (根据, 按照, 不得…), or ending with a place whose name
    ends like a party's (中关村), is no payee (``not_a_party``; fresh sentences)."""
    for example in [*RULES.raw["not_a_party"]["examples"], *RULES.raw["not_a_party"]["place_examples"]]:
        assert _head_label(example["sentence"]) == example["head"], example["sentence"]
    # the words stand in no name of the party nouns' own examples
    for example in RULES.raw["party_nouns"]["examples"]:
        assert _head_label(example["sentence"]) == example["head"], example["sentence"]
