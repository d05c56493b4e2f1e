"""Places → division (code, level) or zone, and where they stand to the policy's area; bodies → level.
Every body example of ``ontology/cues/places.yaml`` is a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.understanding.cue_files import CueFileError
from assistant.understanding.places import (
    body_examples,
    body_pattern,
    issuing_level,
    load_area,
    most_specific,
    place_mentions,
    relation_to_area,
)

BODY_EXAMPLES = body_examples()


@pytest.mark.parametrize(("level", "kind", "text"), BODY_EXAMPLES,
                         ids=[f"{level}-{kind}-{text}" for level, kind, text in BODY_EXAMPLES])
def test_every_body_example(level: str, kind: str, text: str) -> None:
    lang = "en" if text.isascii() else "zh"
    matched = body_pattern(level, lang).search(text) is not None
    assert matched == (kind == "match"), (level, text)
    if kind == "match":
        assert issuing_level(text) == level


@pytest.mark.parametrize(("text", "name", "code", "level", "relation"), [
    ("我们在沈阳", "沈阳市", "210100", "municipal", "outside"),
    ("公司注册在大连自贸片区", "大连片区", "210213", "zone", "inside"),
    ("大连保税区", "大连保税区", "210213", "zone", "inside"),
    ("金普新区", "金普新区", "210213", "zone", "unknown"),
    ("大连金州", "金州区", "210213", "district", "unknown"),
    ("大连甘井子区", "甘井子区", "210211", "district", "outside"),
    ("辽宁省", "辽宁省", "210000", "provincial", "unknown"),
    ("we are in Shenyang", "沈阳市", "210100", "municipal", "outside"),
    ("We plan to move into the Dalian FTZ", "大连片区", "210213", "zone", "inside"),
    ("Dalian Jinzhou", "金州区", "210213", "district", "unknown"),
    ("our office is in Ganjingzi District", "甘井子区", "210211", "district", "outside"),
    ("Shanghai", "上海市", "310000", "provincial", "outside"),
])
def test_places_and_their_relation_to_the_area(text: str, name: str, code: str, level: str, relation: str) -> None:
    mention = most_specific(place_mentions(text))
    assert mention is not None
    assert (mention.name, mention.code, mention.level) == (name, code, level)
    assert text[mention.start:mention.end] == mention.text
    assert relation_to_area(mention, load_area()) == relation


def test_a_shared_name_is_the_one_inside_the_division_named_with_it() -> None:
    assert [m.name for m in place_mentions("Jinzhou")] == ["锦州市"]
    assert [m.code for m in place_mentions("Dalian Jinzhou")] == ["210200", "210213"]
    assert [m.code for m in place_mentions("大连中山区")][-1] == "210202"


def test_a_two_character_county_name_alone_is_not_a_place() -> None:
    assert place_mentions("我们和平时一样") == []
    assert place_mentions("金州") == []
    assert [m.name for m in place_mentions("瓦房店")] == ["瓦房店市"]


def test_text_without_places_has_none() -> None:
    assert place_mentions("We are a software company with 30 patents") == []
    assert issuing_level("我们有30件发明专利") is None


def test_the_area_is_read_from_the_file_beside_the_policy() -> None:
    area = load_area()
    assert area.name == "中国（辽宁）自由贸易试验区大连片区"
    assert area.zones["大连保税区"] == "inside" and area.zones["金普新区"] == "overlapping"


def test_a_broken_area_file_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "x.area.yaml"
    broken.write_text("area: 某片区\ninside:\n  - zh: [片区]\n", encoding="utf-8")
    with pytest.raises(CueFileError, match=r"x\.area\.yaml inside\[0\].*needs a name"):
        load_area(broken)
