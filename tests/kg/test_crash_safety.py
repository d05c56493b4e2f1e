"""`kill -9` during `policykg ingest --replace`: the data dir holds the old graph or the new one,
never half of one, and no temporary file survives the next open.

The ingest runs in a child process that is killed (SIGKILL) after a random delay — seeded, so a
failure can be replayed. The child's fsync is slowed down by a fraction of a second (a slow
disk), so that a fair share of the kills lands between writing the temporary file and renaming
it, the moment that matters; one more run kills the child exactly there.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

from kg.store import PolicyStore
from tests.conftest import BUNDLED, EXTERNAL

POLICY_ID = "p"
NEW_POLICY = EXTERNAL / "liuhe_tourism_2019.txt"
RUNS = 20
SEED = 16
SLOW_FSYNC_S = 0.3
# the CLI, with fsync made slow; argv after "-c CODE" reaches typer as the command line
CHILD = """
import os, sys, time
real_fsync = os.fsync
def slow_fsync(fd):
    time.sleep(float(os.environ["SLOW_FSYNC_S"]))
    real_fsync(fd)
os.fsync = slow_fsync
from assistant.cli import app
sys.argv[0] = "policykg"
app()
"""


def _triples(path: Path) -> frozenset[tuple[object, object, object]]:
    return frozenset(Graph().parse(path, format="turtle"))


def _start(data_dir: Path, slow_fsync_s: float) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "SLOW_FSYNC_S": str(slow_fsync_s)}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, "ingest", str(NEW_POLICY), "--id", POLICY_ID, "--replace",
         "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment, cwd=Path(__file__).parents[2])


def _temporaries(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "graphs").glob(".*.tmp"))


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, frozenset[object], frozenset[object], float]:
    """The old data dir (bundled policy stored as "p"), the old and new triples, and how long an
    ingest that is not killed takes."""
    old_dir = tmp_path_factory.mktemp("old")
    subprocess.run([sys.executable, "-c", CHILD, "ingest", str(BUNDLED), "--id", POLICY_ID,
                    "--data-dir", str(old_dir)], check=True, capture_output=True,
                   env={**os.environ, "SLOW_FSYNC_S": "0"}, cwd=Path(__file__).parents[2])
    new_dir = tmp_path_factory.mktemp("new")
    shutil.copytree(old_dir, new_dir, dirs_exist_ok=True)
    started = time.monotonic()
    finished = _start(new_dir, SLOW_FSYNC_S).wait(timeout=120)
    duration = time.monotonic() - started
    assert finished == 0
    old = _triples(PolicyStore.graph_file(old_dir, POLICY_ID))
    new = _triples(PolicyStore.graph_file(new_dir, POLICY_ID))
    assert old != new
    return old_dir, old, new, duration


def _check(data_dir: Path, old: frozenset[object], new: frozenset[object]) -> str:
    """Assert the stored graph is the old or the new one, and that opening the data dir removes
    every temporary file; return which state was found."""
    stored = _triples(PolicyStore.graph_file(data_dir, POLICY_ID))
    assert stored in (old, new), "the stored graph is neither the old one nor the new one"
    left = bool(_temporaries(data_dir))
    loaded = PolicyStore.load(data_dir)
    assert _temporaries(data_dir) == [], "a temporary file survived the next open"
    assert frozenset(loaded.graph(POLICY_ID)) == stored
    return ("new" if stored == new else "old") + (" + temporary removed" if left else "")


def test_killed_at_random_points_the_data_dir_is_old_or_new(
        states: tuple[Path, frozenset[object], frozenset[object], float], tmp_path: Path) -> None:
    old_dir, old, new, duration = states
    rng = random.Random(SEED)
    outcomes: dict[str, int] = {}
    for run in range(RUNS):
        data_dir = tmp_path / f"run{run}"
        shutil.copytree(old_dir, data_dir)
        child = _start(data_dir, SLOW_FSYNC_S)
        try:
            child.wait(timeout=rng.uniform(0.55, 1.05) * duration)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        outcome = _check(data_dir, old, new)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    print(f"{RUNS} kills (seed {SEED}, ingest {duration:.1f} s): {outcomes}")
    assert sum(outcomes.values()) == RUNS


def test_killed_between_write_and_rename_the_old_graph_stays_and_the_temporary_goes(
        states: tuple[Path, frozenset[object], frozenset[object], float], tmp_path: Path) -> None:
    old_dir, old, new, _ = states
    data_dir = tmp_path / "data"
    shutil.copytree(old_dir, data_dir)
    child = _start(data_dir, slow_fsync_s=60)
    deadline = time.monotonic() + 60
    while not _temporaries(data_dir) and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert _temporaries(data_dir), "the child was to be killed while its temporary file existed"
    assert _check(data_dir, old, new) == "old + temporary removed"
