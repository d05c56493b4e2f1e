"""The page's examples come from a data file per policy; none is fine, a bad one is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.examples import ExamplesError, PolicyExamples, load_examples


def test_the_bundled_policy_has_examples() -> None:
    examples = load_examples("dalian-ftz-innovation-zone-plan-2021")
    assert len(examples.questions) >= 3 and examples.profile.name
    assert any(q.isascii() for q in examples.questions) and any(not q.isascii() for q in examples.questions)


def test_a_policy_without_examples_gets_none(tmp_path: Path) -> None:
    assert load_examples("another-policy", tmp_path) == PolicyExamples()


@pytest.mark.parametrize(("content", "reason"), [
    ("questions: [\n", "cannot read the examples"),
    ("- a list\n", "expected a mapping"),
    ("questions: [1, '']\n", "'questions' must be a list of non-empty texts"),
    ("profile: {qualifications: [{id: no_such}]}\n", "unknown qualification 'no_such'"),
])
def test_a_bad_examples_file_is_named(tmp_path: Path, content: str, reason: str) -> None:
    (tmp_path / "bad.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ExamplesError, match=reason) as error:
        load_examples("bad", tmp_path)
    assert "bad.yaml" in str(error.value)
