"""The understanding, the dialogue, the eligibility engine and the writers of its answers and reports are made
of small functions: none is 60 lines or longer."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "assistant" / "understanding").glob("*.py")), ROOT / "assistant" / "dialogue.py",
           *sorted((ROOT / "assistant" / "eligibility").glob("*.py")), ROOT / "assistant" / "answer.py",
           ROOT / "assistant" / "report.py"]
MAX_LINES = 60


def function_lengths(source: str) -> dict[str, int]:
    """Each function's (and method's) name and how many lines it spans, decorators left out."""
    return {node.name: (node.end_lineno or node.lineno) - node.lineno + 1 for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}


def test_every_function_is_under_60_lines() -> None:
    too_long = {f"{path.relative_to(ROOT)}:{name}": lines for path in SOURCES
                for name, lines in function_lengths(path.read_text(encoding="utf-8")).items() if lines >= MAX_LINES}
    assert too_long == {}


def test_the_measure_counts_lines() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_LINES))
    assert function_lengths(f"def long():\n{body}\n") == {"long": MAX_LINES + 1}
