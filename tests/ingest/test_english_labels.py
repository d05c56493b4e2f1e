"""An induced concept's English label is composed of the vocabulary's words and the label words
(ontology/label_words.yaml) only where they cover the whole printed label; otherwise it has none."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ingest.concepts import LABEL_WORDS_FILE, LabelWordsError, english_label, label_words

EXAMPLES = (yaml.safe_load(LABEL_WORDS_FILE.read_text(encoding="utf-8")) or {})["examples"]


@pytest.mark.parametrize(("label", "english"), sorted(EXAMPLES.items()))
def test_every_example_of_the_label_words_composes(label: str, english: str) -> None:
    assert english_label(label) == english


@pytest.mark.parametrize(("label", "english"), [
    ("地区总部型企业", "regional headquarters enterprise"),   # 型 adds nothing to the head
    ("跨境电商的示范企业", "cross-border e-commerce demonstration enterprise"),
    ("国家级孵化器", "national incubator"),                    # the vocabulary's own labels compose too
])
def test_a_label_covered_by_known_words_gets_an_english_label(label: str, english: str) -> None:
    assert english_label(label) == english


@pytest.mark.parametrize("label", ["OPC创业者", "乡村旅游示范单位", "被评为世界企业"])
def test_a_label_not_covered_is_not_guessed(label: str) -> None:
    assert english_label(label) is None


def test_a_broken_label_words_file_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "label_words.yaml"
    broken.write_text("words: [企业]\n", encoding="utf-8")
    with pytest.raises(LabelWordsError, match=r"label_words\.yaml"):
        label_words(broken)
