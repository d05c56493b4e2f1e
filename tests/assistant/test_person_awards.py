"""An award a provision gives to a person (评选出…带头人，分别给予5万元; 对取得…导游证人员，…给予…奖励) is never paid to
the company: ``ontology/person_awards.yaml``, its examples, and the whole chain on a policy kept in the repository."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.dialogue import AssistantContext, new_state, respond
from assistant.eligibility.person_awards import PersonAwardsError, person_award_words
from assistant.eligibility.rules import rules_from_graph
from kg.build import build_policy_graph

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
