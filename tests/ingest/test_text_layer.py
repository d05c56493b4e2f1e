"""The characters a PDF text layer prints for punctuation (ingest/data/text_layer_characters.yaml)."""

from pathlib import Path

import pytest

from ingest.text_layer import TextLayerDataError, normalise_text_layer, text_layer_characters


@pytest.mark.parametrize("character", text_layer_characters(), ids=lambda c: c.name)
def test_each_example_reads_as_the_page_shows(character: object) -> None:
    example, reads_as = character.example, character.reads_as  # type: ignore[attr-defined]
    assert character.printed in example  # type: ignore[attr-defined]
    assert normalise_text_layer(example) == reads_as


def test_offsets_are_kept() -> None:
    text = "鼓励创业\uA3AC给予补贴 ５\U001001B0５ 万元\uA3AE"
    assert len(normalise_text_layer(text)) == len(text)
    assert normalise_text_layer(text) == "鼓励创业，给予补贴 ５．５ 万元。"


def test_text_without_mapped_characters_is_unchanged() -> None:
    assert normalise_text_layer("对企业给予50万元奖励。") == "对企业给予50万元奖励。"


def test_an_entry_of_two_characters_is_refused_with_its_name(tmp_path: Path) -> None:
    bad = tmp_path / "characters.yaml"
    bad.write_text('characters:\n  - {printed: "ab", reads: "，", name: two, example: ab, reads_as: "，"}\n',
                   encoding="utf-8")
    with pytest.raises(TextLayerDataError, match="entry 1 \\(two\\)"):
        text_layer_characters(bad)
