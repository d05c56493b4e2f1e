"""Chat speed: one warm turn (target under 50 ms, model load aside) and a cold `policykg ask`
in a new process (target under 3 s). Baseline in the same run: the engine alone on the
same profile, and a cold `policykg --help`.

Run: ``python bench/conversation/latency.py``.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from assistant.dialogue import _profile, default_context, new_state, respond  # noqa: E402
from assistant.eligibility import evaluate  # noqa: E402

MESSAGES = [
    "我们是片区内的软件企业，2022年11月第一次被认定为高新技术企业，去年研发投入从3000万涨到5000万，能拿多少？",
    "We listed on the STAR Market in August 2022 and are registered in the zone. What do we get?",
    "如果我们再拿到省级瞪羚呢",
]
CLI = str(Path(sys.executable).with_name("policykg"))


def main() -> int:
    as_of = dt.date(2025, 6, 30)
    context = default_context()
    respond(MESSAGES[0], new_state(as_of))  # warm: rules read, jieba and vocabulary loaded
    turns, engine = [], []
    for _ in range(50):
        for message in MESSAGES:
            state = new_state(as_of)
            start = time.perf_counter()
            _, state = respond(message, state, context)
            turns.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            evaluate(_profile(state.facts), as_of, context.rules)
            engine.append((time.perf_counter() - start) * 1000)
    cold = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([CLI, "ask", MESSAGES[0], "--as-of", "2025-06-30"], check=True, capture_output=True)
        cold.append(time.perf_counter() - start)
    start = time.perf_counter()
    subprocess.run([CLI, "--help"], check=True, capture_output=True)
    help_s = time.perf_counter() - start
    p95 = statistics.quantiles(turns, n=20)[-1]
    print(f"warm chat turn, n={len(turns)}: median {statistics.median(turns):.2f} ms, p95 {p95:.2f} ms "
          f"(baseline: the engine alone, median {statistics.median(engine):.2f} ms)")
    print(f"cold `policykg ask` (new process): median {statistics.median(cold):.2f} s "
          f"(baseline cold `policykg --help`: {help_s:.2f} s)")
    ok = p95 < 50 and statistics.median(cold) < 3
    print(f"targets (turn < 50 ms warm, cold ask < 3 s): {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
