"""Who a benefit pays, round 14: a role the company plays requires nothing, a label inside a longer name is not
that concept, a residual part of a sentence does not inherit the recognitions of the part before it, and a party
before 在 + a place + what it does is the payee (fresh sentences, zh; the engine's side in zh and en)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility import evaluate, rules_from_graph
from assistant.eligibility.induced import induced_requirement, names_a_party_only
from assistant.profile import parse_profile
from ingest.beneficiaries import phrase_rules
from ingest.model import IngestedPolicy, Provision
from ingest.pipeline import ingest_document
from ingest.read import read_text
from kg.build import build_policy_graph
from ontology.generic_payees import company_roles, generic_payees
from tests.ingest.test_beneficiaries import _head_label

RULES = phrase_rules()


def _policy(body: str) -> IngestedPolicy:
    text = (f"某区支持产业发展的若干措施\n一、支持措施\n{body}\n二、附则\n"
            "本措施自2024年1月1日起施行，有效期至2026年12月31日。\n")
    return ingest_document(read_text(text.encode("utf-8"), "test.txt"), "test-policy")


def _benefits(policy: IngestedPolicy) -> list[Provision]:
    return [p for p in policy.provisions if p.kind.monetary]


# ---------------------------------------------------------------- roles the company plays

def test_a_role_the_company_plays_requires_nothing_but_stays_the_printed_payee() -> None:
    assert "用人单位" in company_roles() and "用人单位" not in generic_payees()  # a role never yields in ingest
    assert names_a_party_only("用人单位") and names_a_party_only("项目单位") and not names_a_party_only("酒店")
    (benefit,) = _benefits(_policy("当年引进X类人才的企业，按每人3万元的标准一次性给予用人单位引才补助。"))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == "用人单位"
    assert induced_requirement(benefit) is None


@pytest.mark.parametrize("language", ["zh", "en"])
def test_an_employer_award_is_not_asked_as_a_concept_the_company_must_hold(language: str) -> None:
    policy = _policy("当年引进X类人才的企业，按每人3万元的标准一次性给予用人单位引才补助。")
    rules = rules_from_graph(build_policy_graph(policy))
    result = evaluate(parse_profile({"location": {"in_zone": True}}), dt.date(2024, 6, 1), rules)
    asked = [q.question_zh if language == "zh" else q.question_en for q in result.questions]
    assert not any("用人单位" in question or "employing unit" in question.lower() for question in asked), asked


def test_every_role_example_of_the_data_reads_its_payee() -> None:
    import yaml

    from ontology.generic_payees import GENERIC_PAYEES_FILE

    data = yaml.safe_load(GENERIC_PAYEES_FILE.read_text(encoding="utf-8"))
    for example in data["role_examples"]:
        assert _head_label(example["sentence"]) == example["payee"], example["sentence"]
        assert names_a_party_only(example["payee"])


# ---------------------------------------------------------------- a label inside a longer name

@pytest.mark.parametrize("sentence", [
    "本地整车企业首次采购本地集成电路企业设备，可给予不超过合同金额10%的风险补贴，最高不超过100万元。",
    "对集成电路装备企业的首台产品推广应用，给予不超过合同金额15%的资助，最高不超过200万元。",
])
def test_a_thing_held_named_inside_a_partys_trade_is_no_qualification(sentence: str) -> None:
    (benefit,) = _benefits(_policy(sentence))
    assert "integrated_circuit_layout" not in benefit.qualifications


def test_a_thing_held_named_whole_is_still_its_qualification() -> None:
    (benefit,) = _benefits(_policy("对新登记的集成电路布图设计，每件给予5000元资助。"))
    assert "integrated_circuit_layout" in benefit.qualifications


# ---------------------------------------------------------------- a residual part of a sentence

def test_the_all_others_part_does_not_inherit_the_recognition_of_the_part_before() -> None:
    policy = _policy("对获得高新技术企业认定的企业，每年可申领的服务券额度不超过40万元，"
                     "其他科技型企业每年可申领的服务券额度不超过10万元。")
    first, second = _benefits(policy)
    assert first.qualifications == ("high_tech_enterprise",) and first.cap_cny == 400_000
    assert second.qualifications == () and second.cap_cny == 100_000 and second.residual


# ---------------------------------------------------------------- a party before 在 + a place + what it does

def test_located_examples() -> None:
    for example in RULES.raw["acting_party"]["located_examples"]:
        assert _head_label(example["sentence"]) == example["head"], example["sentence"]


def test_a_leading_verb_of_the_authority_is_no_part_of_the_payee() -> None:
    (benefit,) = _benefits(_policy("引育X类重点项目，按照规定给予不超过总投入10%、最高1000万元的经费支持。"))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == "X类重点项目"


# ---------------------------------------------------------------- the party recognised or built

@pytest.mark.parametrize(("sentence", "label"), [
    ("对成功创建省级、市级工程技术研究中心的，分别给予30万元、10万元奖励。", "工程技术研究中心"),
    ("对建成市级质量检验检测中心的，给予一次性奖励20万元。", "质量检验检测中心"),
    ("对获批为省级文化产业示范基地的，给予10万元奖励。", "文化产业示范基地"),
])
def test_the_party_created_or_approved_is_the_payee_of_a_to_whom_phrase_ending_with_de(sentence: str,
                                                                                       label: str) -> None:
    benefits = _benefits(_policy(sentence))
    assert benefits and all(b.beneficiary is not None and b.beneficiary.label == label for b in benefits)


# ---------------------------------------------------------------- a sentence's own party (OPC), a spaced name

def test_a_sentence_opening_by_supporting_a_party_pays_it_not_the_payee_of_the_sentence_before() -> None:
    policy = _policy("支持OPC开发垂直领域模型，对于性能先进的模型，依规对研发单位按照研发成本的20%给予最高300万元补助；"
                     "支持OPC通过采购第三方算力开展应用，依规按照不超过算力采购费用的40%给予最高50万元补助。")
    first, second = _benefits(policy)
    assert first.beneficiary is not None and first.beneficiary.label == "研发单位"
    assert second.beneficiary is not None and second.beneficiary.label == "OPC"


def test_a_name_printed_with_a_space_inside_is_one_party() -> None:
    (benefit,) = _benefits(_policy("对 OPC 创始人在本市购买首套住房的，按照每平方米500元给予最高5万元购房补贴。"))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == "OPC创始人"


# ---------------------------------------------------------------- a list of things is no payee

def test_thing_examples() -> None:
    for example in RULES.raw["not_a_party"]["thing_examples"]:
        assert _head_label(example["sentence"]) == example["head"], example["sentence"]


def test_an_award_per_standard_of_a_list_pays_no_standard_and_its_tier_names_the_item() -> None:
    benefits = _benefits(_policy("对国际标准、国家标准以及地方标准、团体标准，"
                                 "分别按每项不高于80万元、20万元和10万元给予资金补助。"))
    assert [b.tier for b in benefits] == ["国际标准", "国家标准", "地方标准、团体标准"]
    assert all(b.beneficiary is None for b in benefits)


def test_act_examples() -> None:
    for example in RULES.raw["not_a_party"]["act_examples"]:
        assert _head_label(example["sentence"]) == example["head"], example["sentence"]


def test_a_party_before_yu_a_year_and_what_it_does_is_the_payee() -> None:
    (benefit,) = _benefits(_policy("小微企业于2025年招用离校未就业高校毕业生的，按每招用1人1000元给予补助。"))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == "小微企业"


# ---------------------------------------------------------------- short aliases of a kind of party (review14 RA4)

_SHORT_ALIASES = {
    "high_tech_enterprise": {"高企", "国高企", "高新技术企业认定"},
    "gazelle_enterprise": {"瞪羚"}, "unicorn_enterprise": {"独角兽"}, "tech_sme": {"科小"},
    "little_giant": {"专精特新小巨人", "专精特新“小巨人”", "小巨人"}, "single_champion": {"制造业单项冠军", "单项冠军"},
    "above_scale_industrial": {"规上", "规模以上", "上规纳统", "升规纳统", "上规入统", "第一次上规"},
    "research_institute": {"整建制研究所"}, "testing_certification_lab": {"检验检测认证资质", "检验检测认证"},
    "standard_first_drafter": {"标准第一起草人", "第一起草人", "主导制定标准", "主导制定"},
    "high_level_talent_startup": {"高层次人才创业", "高层次人才创办", "高层次人才创立", "高层次人才领办"},
}
"""Every vocabulary label of a kind of party (a concept with a label ending 企业/公司/机构/单位) that does not
end with a party noun: followed straight by 企业 it still names that kind (科小企业), though a label of a thing
held followed by a party noun names a trade (集成电路企业). A new alias in vocabulary.ttl lands here, to be checked."""


def _short_aliases() -> dict[str, set[str]]:
    import re

    from ingest.concepts import load_vocabulary

    chinese = re.compile(r"^[\u4e00-\u9fff“”]+$")
    found: dict[str, set[str]] = {}
    for concept in load_vocabulary().in_scheme("qualifications"):
        labels = [label for label in concept.labels if chinese.match(label)]
        if not any(label.endswith(("企业", "公司", "机构", "单位")) for label in labels):
            continue
        short = {label for label in labels if not label.endswith(RULES.party_endings) and "的" not in label}
        if short:
            found[concept.id] = short
    return found


def test_the_list_of_short_aliases_is_the_vocabularys() -> None:
    assert _short_aliases() == _SHORT_ALIASES


@pytest.mark.parametrize("concept, alias", sorted((c, a) for c, aliases in _SHORT_ALIASES.items() for a in aliases))
def test_a_short_alias_before_a_party_noun_still_names_its_kind(concept: str, alias: str) -> None:
    (benefit,) = _benefits(_policy(f"对{alias}企业给予10万元奖励。"))
    linked = benefit.beneficiary.concepts if benefit.beneficiary is not None else ()
    assert concept in benefit.qualifications or concept in linked, (alias, benefit.qualifications, linked)


# ---------------------------------------------------------------- the residual part's own label (review14 RA2)

@pytest.mark.parametrize("sentence, label", [
    ("对新认定的国家级专精特新“小巨人”企业给予50万元奖励，其他创新型中小企业给予5万元奖励。", "其他创新型中小企业"),
    ("对认定为省级企业技术中心的，给予30万元奖励；其他企业技术中心给予5万元奖励。", "其他企业技术中心"),
])
def test_a_residual_part_prints_its_own_party_not_the_one_before(sentence: str, label: str) -> None:
    first, rest = _benefits(_policy(sentence))
    assert rest.beneficiary is not None and rest.beneficiary.label == label
    assert first.beneficiary is not None and first.beneficiary.label != label


@pytest.mark.parametrize("message, language", [
    ("我们在本区，2024年首次认定为国家级专精特新“小巨人”企业。", "zh"),
    ("We are in the district; in 2024 we were first recognised as a national little giant.", "en"),
])
def test_the_residual_part_is_asked_by_its_own_label(message: str, language: str) -> None:
    from assistant.dialogue import AssistantContext, new_state, respond

    policy = _policy("对新认定的国家级专精特新“小巨人”企业给予50万元奖励，其他创新型中小企业给予5万元奖励。")
    context = AssistantContext(rules_from_graph(build_policy_graph(policy)))
    reply, _ = respond(message, new_state(dt.date(2025, 6, 30)), context)
    eligibility = reply.eligibility or {}
    assert eligibility.get("total_min_cny") == 500000
    asked = [q.get("question_zh", "") for q in eligibility.get("questions", [])]
    assert any("其他创新型中小企业" in question for question in asked), asked


# ---------------------------------------------------------------- what a role paid must have (review14 RA3)

_ROLE_POLICY = "对获批立项的省级产业化示范项目，给予项目单位80万元补助。"


def test_a_role_paid_keeps_the_thing_its_to_phrase_names() -> None:
    (benefit,) = _benefits(_policy(_ROLE_POLICY))
    assert benefit.beneficiary is not None and benefit.beneficiary.label == "项目单位"
    assert benefit.beneficiary.holds == "产业化示范项目" and benefit.level == "provincial"
    assert induced_requirement(benefit) is not None
    (person,) = _benefits(_policy("对新引进的X类人才，按每人3万元给予用人单位补助。"))
    assert person.beneficiary is not None and person.beneficiary.holds is None  # a person: the person-award rules


@pytest.mark.parametrize("messages", [
    ("我们是本区企业。", "是", "市级"),
    ("Our company is registered in the district; our revenue in 2024 was RMB 10 million.", "Yes", "Municipal level"),
])
def test_a_role_whose_thing_is_of_another_level_is_not_paid(messages: tuple[str, ...]) -> None:
    from assistant.dialogue import AssistantContext, new_state, respond

    context = AssistantContext(rules_from_graph(build_policy_graph(_policy(_ROLE_POLICY))))
    state = new_state(dt.date(2025, 6, 30))
    totals = []
    for message in messages:
        reply, state = respond(message, state, context)
        totals.append((reply.eligibility or {}).get("total_min_cny"))
    assert totals[1] == 0 and totals[2] == 0, totals  # 是 to 「产业化示范项目」 asks its level; 市级 is refused
    refused = [b.get("reasons") for b in (reply.eligibility or {}).get("not_eligible", [])]
    assert refused, refused
