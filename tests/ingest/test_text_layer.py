"""The characters a PDF text layer prints for punctuation (ingest/data/text_layer_characters.yaml)."""

from pathlib import Path

import pytest

from ingest.text_layer import TextLayerDataError, normalise_text_layer, text_layer_characters


@pytest.mark.parametrize("character", text_layer_characters(), ids=lambda c: c.name)
def test_each_example_reads_as_the_page_shows(character: object) -> None:
    example, reads_as = character.example, character.reads_as  # type: ignore[attr-defined]
    assert character.printed in example  # type: ignore[attr-defined]
    for reader in character.readers:  # type: ignore[attr-defined]
        assert normalise_text_layer(example, reader) == reads_as


def test_each_reader_maps_only_its_own_characters() -> None:
    """A Yi syllable in a Word document is Yi text; a private-use code point of a Word run in a Chinese font is
    mapped there (0\ue01002元 is 0.02元), not in a PDF's text layer unless an entry says so."""
    assert normalise_text_layer("创业\uA3AC", "word") == "创业\uA3AC"
    assert normalise_text_layer("给予0\uE01002元", "word") == "给予0.02元"
    assert normalise_text_layer("给予0\uE01002元") == "给予0\uE01002元"


def test_an_entry_for_an_unknown_reader_is_refused_with_its_name(tmp_path: Path) -> None:
    bad = tmp_path / "characters.yaml"
    bad.write_text('characters:\n  - {printed: "a", reads: "，", name: odd, readers: [html], example: a, '
                   'reads_as: "，"}\n', encoding="utf-8")
    with pytest.raises(TextLayerDataError, match="entry 1 \\(odd\\): readers"):
        text_layer_characters(bad)


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


class _TextPage:
    """PDFium's text page as ingest/pdf.py uses it: runs of characters, and the text of a rectangle being
    every character whose box it touches (so a neighbour overlapping a run's edge is in the run's text)."""

    def __init__(self, chars: list[tuple[str, float, float]], runs: list[tuple[float, float]]) -> None:
        self.chars, self.runs = chars, runs

    def count_rects(self) -> int:
        return len(self.runs)

    def get_rect(self, index: int) -> tuple[float, float, float, float]:
        left, right = self.runs[index]
        return left, 368.0, right, 378.0

    def get_text_bounded(self, left: float, bottom: float, right: float, top: float) -> str:
        return "".join(c for c, c_left, c_right in self.chars if c_left < right and c_right > left)


class _Page:
    def __init__(self, textpage: _TextPage) -> None:
        self.textpage = textpage

    def get_textpage(self) -> _TextPage:
        return self.textpage


def test_a_character_overlapping_the_next_runs_edge_is_read_once() -> None:
    from ingest.pdf import _pieces

    # 18—40 as PDFium gives it from a real gazette: ４ and ０ in two runs that overlap by 0.1 pt
    chars = [("１", 397.2, 401.4), ("８", 403.8, 409.6), ("—", 411.3, 425.8), ("４", 427.1, 433.9),
             ("０", 433.8, 440.5), ("岁", 447.7, 458.2)]
    runs = [(left, right) for _, left, right in chars]
    assert "".join(piece[4] for piece in _pieces(_Page(_TextPage(chars, runs)))) == "１８—４０岁"
