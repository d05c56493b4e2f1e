"""An award a provision gives to a person (评选出…带头人，分别给予5万元; 对取得…导游证人员，…给予…奖励) is never paid to
the company: ``ontology/person_awards.yaml``, its examples, and the whole chain on a policy kept in the repository."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility.person_awards import PERSON_AWARDS_FILE, PersonAwardsError, person_award_words
from assistant.eligibility.rules import rules_from_graph
from kg.build import build_policy_graph
from tests.assistant_contexts import context_of_text, reply_after

WORDS = person_award_words()


@pytest.mark.parametrize("quote", WORDS.examples["person"])
def test_an_award_to_a_person_is_read_as_such(quote: str) -> None:
    assert WORDS.paid_to_a_person(quote)


@pytest.mark.parametrize("quote", WORDS.examples["company"])
def test_an_award_to_the_company_or_its_employer_is_not(quote: str) -> None:
    assert WORDS.paid_to_a_person(quote) is None


def test_fresh_wordings() -> None:
    assert WORDS.paid_to_a_person("经评审选出年度首席技师，各给予3万元奖励")
    assert WORDS.paid_to_a_person("对新取得注册会计师资格的专家，给予一次性奖励1万元")
    assert WORDS.paid_to_a_person("对年度纳税百强企业给予其所在单位10万元奖励") is None
    assert WORDS.paid_to_a_person("对新认定的市级工程技术研究中心给予20万元") is None


def test_a_file_that_cannot_be_used_names_itself(tmp_path: Path) -> None:
    bad = tmp_path / "person_awards.yaml"
    bad.write_text("to_person: ['(']\nto_employer: ['企业']\n", encoding="utf-8")
    with pytest.raises(PersonAwardsError, match=r"person_awards\.yaml.*to_person"):
        person_award_words(bad)
    bad.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(PersonAwardsError, match=r"person_awards\.yaml"):
        person_award_words(bad)


def test_a_guides_award_is_not_paid_to_the_company_that_employs_the_guides(policies) -> None:  # type: ignore[no-untyped-def]
    """liuhe 〔四15〕 pays 3000/5000元 a year to each guide holding a certificate (the person); 〔三9〕 pays a newly
    rated national 4A scenic area 50万元. By hand: 500,000 (the guides' award is theirs, not the company's)."""
    context = AssistantContext(rules_from_graph(build_policy_graph(policies["liuhe_tourism_2019"])))
    reply, _ = respond("我们在柳河县经营一个景区，手下有4名高级导游证人员，每人每年带团都超过30批次、1000人次；"
                       "景区2020年新评为国家4A级旅游景区。能拿多少奖励？", new_state(dt.date(2021, 3, 1)), context)
    result = reply.eligibility or {}
    assert (result["total_min_cny"], result["total_max_cny"]) == (500_000, 500_000)
    assert [b["provision_id"] for b in result["benefits"]] == ["sec3/item9/p2"]
    assert not [entry for entry in result["could_add"] if entry["provision_id"].startswith("sec4/item15")]
    guides = [entry for entry in result["not_eligible"] if entry["provision_id"].startswith("sec4/item15")]
    assert guides and all("个人" in " ".join(entry["reasons_zh"]) for entry in guides)


PAYEE_EXAMPLES = yaml.safe_load(PERSON_AWARDS_FILE.read_text(encoding="utf-8"))["examples"]["person_payee"]


@pytest.mark.parametrize("label", PAYEE_EXAMPLES["match"])
def test_a_payee_label_that_is_a_person(label: str) -> None:
    assert WORDS.payee_is_a_person(label)


@pytest.mark.parametrize("label", PAYEE_EXAMPLES["no_match"])
def test_a_payee_label_that_is_no_person(label: str) -> None:
    assert not WORDS.payee_is_a_person(label)


def test_the_clause_holding_the_figure_decides_in_a_sentence_paying_two_parties() -> None:
    quote = ("企业当年全职引进的紧缺人才，经审核，按每人3万元标准一次性给予企业引才补贴，"
             "同时一次性给予本人8万元的生活补贴")
    assert WORDS.paid_to_a_person(quote, "同时一次性给予本人8万元") == "给予本人"
    assert WORDS.paid_to_a_person(quote, "按每人3万元") is None
    both = "对获得称号的企业和个人分别给予10万元奖励"
    assert WORDS.paid_to_a_person(both, both.removesuffix("奖励")) is None


TWO_PARTIES = """某区人才引进若干措施
第一条 本措施自2024年1月1日起施行，有效期至2026年12月31日。
第二条 企业当年全职引进的紧缺人才，经审核，按每人3万元标准一次性给予企业引才补贴，同时一次性给予本人8万元的生活补贴。
第三条 对企业新认定的市级工程技术研究中心，给予20万元奖励。
"""


def test_the_persons_part_of_a_sentence_paying_two_parties_is_not_the_companys() -> None:
    """第二条 pays the employer 3万 a head and the talent 8万 (本人): the 8万 was paid to the company as sure (280,000
    shown). By hand: 第三条 200,000 sure; 第二条's 3万 a head is the company's (a could-add while the head count is
    open); the 8万 is the person's, never the company's."""
    context = context_of_text(TWO_PARTIES, "fresh_two_parties_talent")
    reply = reply_after(context, dt.date(2025, 3, 1),
                        "我们是本区企业，2024年全职引进了1名紧缺人才，2024年新认定了市级工程技术研究中心。")
    result = reply.eligibility or {}
    assert (result["total_min_cny"], result["total_max_cny"]) == (200_000, 200_000)
    assert not [b for b in result["benefits"] if b["provision_id"] == "art2/p2"]
    assert not [c for c in result["could_add"] if c["provision_id"] == "art2/p2"]
    assert any(n["provision_id"] == "art2/p2" for n in result["not_eligible"])


SAME_FIGURE_TWICE = """某区人才引进若干措施
第一条 本措施自2024年1月1日起施行，有效期至2026年12月31日。
第二条 企业当年全职引进的紧缺人才，经审核，一次性给予企业10万元引才补贴，同时一次性给予本人10万元生活补贴。
"""


def test_the_same_figure_printed_for_the_employer_and_the_person_is_told_apart() -> None:
    """review11 chain11 #3: the person's 10万元 is the second 10万元 of the sentence, judged by its own clause (给予
    本人), not by the first (给予企业). By hand: 100,000 (the employer's), never 200,000."""
    context = context_of_text(SAME_FIGURE_TWICE, "fresh_same_figure_twice")
    reply = reply_after(context, dt.date(2025, 3, 1), "我们是本区企业，2024年全职引进了1名紧缺人才。")
    result = reply.eligibility or {}
    assert result["total_max_cny"] <= 100_000
    assert [n["provision_id"] for n in result["not_eligible"]] == ["art2/p2"]
