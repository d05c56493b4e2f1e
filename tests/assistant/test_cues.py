"""Every example of every conversational cue (ontology/cues/*.yaml) is found, or not, as it says;
a bad cue file is refused with its file and entry named."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.understanding.cues import CueError, all_cues, compile_cues, cue

EXAMPLES = [pytest.param(name, text, expected, id=f"{language}-{name}-{'match' if expected else 'no_match'}-{text}")
            for name, found in sorted(all_cues().items()) for language, text, expected in found.examples()]


@pytest.mark.parametrize(("name", "text", "expected"), EXAMPLES)
def test_cue_example(name: str, text: str, expected: bool) -> None:
    assert all_cues()[name].applies(text) is expected


def test_every_cue_has_examples_in_each_language_it_is_written_in() -> None:
    assert len(EXAMPLES) >= 2 * len(all_cues())
    assert {language for found in all_cues().values() for language, _ in found.entries} == {"zh", "en"}


@pytest.mark.parametrize(("text", "problem"), [
    ("- name: negation\n  phrases: [不是]\n", "examples"),
    ("- name: negation\n  examples: {match: [x]}\n", "phrases or a regex"),
    ("- name: negation\n  regex: ['(']\n  examples: {match: [x]}\n", "does not compile"),
    ("- name: negation\n  phrases: [x]\n  colour: red\n  examples: {match: [x]}\n", "colour"),
    ("name: negation\n", "list of cue entries"),
    ("- name: a\n  phrases: [x]\n  examples: {match: [x]}\n- name: a\n  phrases: [y]\n  examples: {match: [y]}\n",
     "named twice"),
])
def test_a_bad_cue_file_names_its_file_and_entry(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "zh.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CueError, match=problem) as raised:
        compile_cues({"zh": path})
    assert str(path) in str(raised.value)


def test_a_missing_cue_file_or_name_is_named(tmp_path: Path) -> None:
    with pytest.raises(CueError, match="missing"):
        compile_cues({"zh": tmp_path / "zh.yaml"})
    with pytest.raises(CueError, match="no cue named 'nonsense'"):
        cue("nonsense")


def test_phrases_are_literal_and_whole_words(tmp_path: Path) -> None:
    path = tmp_path / "en.yaml"
    path.write_text("- name: dotted\n  phrases: [a.b, 'no']\n  examples: {match: [a.b]}\n", encoding="utf-8")
    pattern = compile_cues({"en": path})["dotted"].pattern
    assert pattern.search("a.b") and not pattern.search("axb")
    assert pattern.search("No lab") and not pattern.search("we know")
