"""No Python file under assistant/ spells a concept word the vocabulary holds (a level, a
recognition, a board, a patent type, a drafting role…): they are read from vocabulary.ttl, so
the two cannot drift apart. Docstrings and identifiers (``patents``, ``rd_expense``) are not words."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

from ingest.concepts import load_vocabulary

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "assistant").rglob("*.py"))
IDENTIFIER = re.compile(r"[a-z0-9_.:#\[\]]+")
MIN_CHARS = 2


@cache
def concept_words() -> re.Pattern[str]:
    """Every label (pref and alt) of a level or a qualification (not a group heading) of two
    characters or more; an English one as a whole word."""
    labels = {label for concept in load_vocabulary().concepts.values()
              if concept.scheme == "levels" or (concept.scheme == "qualifications" and concept.group)
              for label in concept.labels if len(label) >= MIN_CHARS}
    return re.compile("|".join(rf"(?<![A-Za-z0-9]){re.escape(label)}(?![A-Za-z0-9])" if label.isascii()
                               else re.escape(label) for label in sorted(labels, key=len, reverse=True)), re.I)


def string_literals(tree: ast.Module) -> list[ast.Constant]:
    """The string constants of a module that are neither docstrings nor bare expressions."""
    bare = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    return [node for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in bare and not IDENTIFIER.fullmatch(node.value)]


def concept_words_in(source: str) -> list[str]:
    return [f"line {node.lineno}: {match[0]!r} in {node.value[:60]!r}"
            for node in string_literals(ast.parse(source)) for match in concept_words().finditer(node.value)]


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_concept_word_in_python(path: Path) -> None:
    assert concept_words_in(path.read_text(encoding="utf-8")) == []


def test_the_scan_finds_a_concept_word_that_comes_back() -> None:
    assert concept_words_in('LEVELS = {"provincial": r"省级|省里"}\n')
    assert concept_words_in('NOTE = "listed on the STAR Market"\n')
    assert not concept_words_in('def f():\n    """省级 in a docstring is documentation."""\n    return "patents"\n')
