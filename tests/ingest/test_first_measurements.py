"""The recorded first measurement of each corpus policy: complete, tied to a real table, and refused when malformed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.evaluation import MeasuredCounts, load_first_measurements

ROOT = Path(__file__).resolve().parents[2]


def test_every_first_measurement_names_a_table_and_adds_up() -> None:
    firsts = load_first_measurements(ROOT / "bench" / "extraction_first.yaml")
    tables = {path.stem for path in (ROOT / "tests" / "data" / "expected").glob("*.yaml")}
    assert firsts, "no first measurement recorded"
    assert set(firsts) <= tables
    for stem, counts in firsts.items():
        assert counts.matched <= min(counts.expected, counts.found), stem
        assert counts.matched <= counts.amounts_exact <= counts.paths <= counts.expected, stem
        assert counts.payees_right <= counts.payees_judged, stem


def test_counts_add_and_summarise() -> None:
    one = MeasuredCounts("aaa", 10, 8, 4, 9, 5, 2, 4)
    two = MeasuredCounts("bbb", 10, 12, 6, 7, 6, 1, 4)
    total = one + two
    assert (total.expected, total.found, total.matched, total.payees_right) == (20, 20, 10, 3)
    assert total.summary() == ("recall 0.500, precision 0.500, paths 0.800, amounts exact 0.550, "
                               "payees 0.375 @ aaa+bbb")


def test_a_malformed_entry_names_the_file_and_policy(tmp_path: Path) -> None:
    path = tmp_path / "first.yaml"
    path.write_text("policies:\n  some_policy: {commit: abc, expected: 3, found: x}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"first\.yaml: first measurement of 'some_policy' is malformed"):
        load_first_measurements(path)
