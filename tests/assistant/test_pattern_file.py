"""The reader of the engine's pattern files: patterns in the order asked, and errors naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.eligibility.pattern_file import patterns_of


def test_patterns_in_the_order_asked(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("budget: '全年.{0,6}资金'\neach: '每家'\n", encoding="utf-8")
    budget, each = patterns_of(path, ("budget", "each"))
    assert (budget.search("全年奖励资金不超过") is not None, each.pattern) == (True, "每家")


@pytest.mark.parametrize(("text", "words"), [
    ("budget: '全年'\n", "no 'each'"),
    ("budget: '全年'\neach: '(未闭合'\n", "'each' is not a regular expression"),
    ("budget: '全年'\neach: [1, 2]\n", "'each' is not a regular expression"),
    ("- a list\n", "expected a mapping"),
])
def test_a_bad_file_names_itself_and_the_key(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=r"words\.yaml") as raised:
        patterns_of(path, ("budget", "each"))
    assert words in str(raised.value)
