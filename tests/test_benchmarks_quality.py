"""Quality targets that benchmarks print are held by the test suite too (not speed: speed
is shown by the benchmarks, never by timed tests)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_retrieval_targets_hold() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "retrieval" / "run.py")], capture_output=True,
                         text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "result: PASS" in run.stdout


def test_extraction_report_runs() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "extraction.py")], capture_output=True, text=True,
                         timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "dalian-ftz-innovation-zone-plan-2021           64     64      64   1.000     1.000" in run.stdout
    assert "liuhe_tourism_2019                             41     41      41   1.000     1.000" in run.stdout
    assert "pingshan_digital_economy_2023                  34     34      34   1.000     1.000" in run.stdout
