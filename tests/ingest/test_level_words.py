"""The level words the reader uses are the vocabulary's (ontology/vocabulary.ttl, ``pkg:administrative``), not a copy
in Python: which words name a level alone in a policy, and which open a list item as the item's level."""

from __future__ import annotations

from pathlib import Path

from ingest.concepts import ConceptHit, load_vocabulary, parse_vocabulary
from ingest.model import ProvisionKind
from ingest.tiers import align_tiers
from ontology import VOCABULARY_FILE
from tests.ingest.sentences import benefits_of


def _hit(word: str) -> ConceptHit:
    vocabulary = load_vocabulary()
    found = vocabulary.find(word, "levels")
    assert [hit.text for hit in found] == [word]
    return found[0]


def test_administrative_levels_are_marked_in_the_vocabulary_and_industry_is_not() -> None:
    vocabulary = load_vocabulary()
    marked = {concept.id for concept in vocabulary.in_scheme("levels") if concept.administrative}
    assert {"national", "provincial", "municipal", "district"} <= marked
    assert not {"industry", "local"} & marked


def test_a_level_word_names_a_level_alone_unless_it_is_an_ordinary_word() -> None:
    vocabulary = load_vocabulary()
    alone = {word: vocabulary.names_a_level_alone(_hit(word)) for word in
             ("国家", "国内", "省级的", "行业级", "省", "县", "行业", "地方")}
    assert alone == {"国家": True, "国内": True, "省级的": True, "行业级": True,
                     "省": False, "县": False, "行业": False, "地方": False}


def test_a_level_opening_the_first_item_of_a_list_is_the_provisions_not_the_tiers() -> None:
    vocabulary = load_vocabulary()
    text = "对获得国家级科技进步一等奖、科技进步二等奖的企业，分别奖励100万元、50万元。"
    tiers = align_tiers(text, vocabulary, 0, text.index("100万元"), 2)
    assert tiers is not None and [tier.text for tier in tiers] == ["科技进步一等奖", "科技进步二等奖"]
    # each item names its own level: nothing is cut; 行业 (no administrative level) opens no item as a level
    text = "对新获评省瞪羚企业、市瞪羚企业的，分别奖励30万元、10万元。"
    tiers = align_tiers(text, vocabulary, 0, text.index("30万元"), 2)
    assert tiers is not None and [tier.text for tier in tiers] == ["省瞪羚企业", "市瞪羚企业"]
    assert vocabulary.level_prefix.match("行业领军企业") is None


def test_a_level_added_in_data_is_read_without_code(tmp_path: Path) -> None:
    township = """
pkv:township a skos:Concept, pkg:Level ;
    skos:inScheme pkv:levels ;
    pkg:administrative true ;
    pkg:rank 1 ;
    skos:prefLabel "乡镇级"@zh, "township"@en ;
    skos:altLabel "乡镇"@zh .
"""
    path = tmp_path / "vocabulary.ttl"
    path.write_text(VOCABULARY_FILE.read_text(encoding="utf-8") + township, encoding="utf-8")
    vocabulary = parse_vocabulary(path)
    assert load_vocabulary().level_prefix.match("乡镇级示范合作社") is None
    assert vocabulary.level_prefix.match("乡镇级示范合作社") is not None
    hit = vocabulary.find("乡镇", "levels")[0]
    assert vocabulary.names_a_level_alone(hit)


def test_a_level_after_the_payee_settling_here_is_its_recognitions() -> None:
    (moved,) = benefits_of("对迁入本区的国家级专精特新“小巨人”企业给予一次性奖励50万元。")
    assert (moved.kind, moved.level) == (ProvisionKind.FIXED, "national")
    (funded,) = benefits_of("对获得资金支持的国家级项目给予配套奖励20万元。")
    assert funded.level is None


def test_a_level_won_by_building_to_its_standard_is_the_awards_level() -> None:
    """对建成X级…中心的 / 对新创建国家Y的: the title won is of that level (``patterns.LEVEL_OF_RECOGNITION``)."""
    (built,) = benefits_of("对建成省级知识产权运营中心的给予一次性奖励30万元。")
    assert built.level == "provincial"
    (created,) = benefits_of("对新创建国家4A级旅游景区的运营主体，给予一次性奖励80万元。")
    assert created.level == "national"
