"""Every YAML data file reads the same with PyYAML's pure-Python loader as with libyaml's: the code prefers the C
loader when it is installed, and libyaml accepts some plain scalars ('anything for us?' in a flow list) that the
pure-Python loader — and YAML 1.1 — refuse, so a machine without libyaml would fail to start."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = sorted(path for folder in ("ontology", "ingest/data", "data")
                    for path in (ROOT / folder).rglob("*.yaml"))


def test_there_are_data_files() -> None:
    assert len(DATA_FILES) >= 10


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_data_file_reads_with_the_pure_python_loader(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    pure = yaml.load(text, Loader=yaml.SafeLoader)
    fast = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert pure == fast
