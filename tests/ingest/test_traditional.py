"""A policy written in traditional characters (a Big5 file) yields the same provisions as
its simplified original, each quoted as the traditional document wrote it."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from ingest.model import IngestedPolicy
from ingest.pipeline import ingest_file
from tests.conftest import POLICY_FILES


def _meaning(policy: IngestedPolicy) -> list[tuple[object, ...]]:
    return [(p.id, p.kind, p.span, p.level, p.qualifications, p.base_quantity, p.amount_cny, p.rate, p.cap_cny,
             p.unit_amount_cny, p.cumulative_cap_cny, p.years, p.discretionary, p.round, p.residual, p.subtype,
             p.valid_from, p.valid_until, p.governs) for p in policy.provisions]


@pytest.mark.parametrize("name", sorted(POLICY_FILES))
def test_a_big5_traditional_copy_gives_the_same_provisions(name: str, tmp_path: Path,
                                                            policies: dict[str, IngestedPolicy]) -> None:
    simplified = policies[name]
    traditional_text = opencc.OpenCC("s2tw").convert(simplified.text)
    assert traditional_text != simplified.text
    path = tmp_path / f"{name}.txt"
    path.write_bytes(traditional_text.encode("big5"))
    traditional = ingest_file(path, name)
    assert traditional.encoding in ("big5", "cp950")
    assert traditional.text == traditional_text
    assert _meaning(traditional) == _meaning(simplified)
    for provision in traditional.provisions:
        assert traditional.text[provision.span[0]:provision.span[1]] == provision.quote
    original = {p.id: p.quote for p in simplified.provisions}
    changed = [p for p in traditional.provisions if p.quote != original[p.id]]
    assert changed, "the quotes should be the traditional text, not the simplified reading"
    assert any("traditional characters" in warning for warning in traditional.warnings)
    assert traditional.title == opencc.OpenCC("s2tw").convert(simplified.title)
    for clause in traditional.structure.clauses:
        for sentence in clause.sentences:
            assert traditional.text[sentence.start:sentence.end] == sentence.text


def test_a_simplified_text_with_a_few_traditional_characters_is_read_as_it_is(
        tmp_path: Path, policies: dict[str, IngestedPolicy]) -> None:
    simplified = policies["dalian-ftz-innovation-zone-plan-2021"]
    path = tmp_path / "mixed.txt"
    path.write_text(simplified.text.replace("大连", "大連", 2), encoding="utf-8")
    mixed = ingest_file(path, "mixed")
    assert not any("traditional" in warning for warning in mixed.warnings)
    assert len(mixed.provisions) == len(simplified.provisions)


def test_strings_are_taken_back_by_position_where_two_originals_read_alike() -> None:
    from ingest.script import simplified_reading

    written = "平臺與台灣的頭髮問題\n第二行平台標題，三星級"
    reading = simplified_reading(written, min_changed=1, share=0.0)
    assert reading is not None and reading.text == "平台与台湾的头发问题\n第二行平台标题，三星级"
    assert reading.original("平台与台湾") == "平臺與台灣"  # 台 and 臺 both read 台
    assert reading.original("头发") == "頭髮"  # not 頭發
    assert reading.original("问题第二行") == "問題第二行"  # across the line break
    assert reading.original("2星级") == "2星級"  # composed by the reader: character by character
