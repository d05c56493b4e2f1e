"""Eligibility engine speed.

Run: ``python bench/eligibility_bench.py``. Measures, after imports and after the policy's
rules have been read from the graph once:

- one realistic profile evaluated warm (median, p95) — target under 5 ms;
- 10,000 random profiles (``assistant.eligibility.samples``, seeded) — target under 30 s,
  validation of each profile included;
- as a baseline in the same run, the empty profile (nothing to match), and the one-off
  cost of reading the rules from the graph with SPARQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.eligibility import evaluate, rules_from_record  # noqa: E402
from assistant.eligibility.samples import random_profile  # noqa: E402
from assistant.profile import parse_profile  # noqa: E402
from kg.query import load_record  # noqa: E402
from kg.store import open_store  # noqa: E402

REALISTIC = {
    "location": {"in_zone": True},
    "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-15"},
                       {"id": "gazelle_enterprise", "level": "provincial", "date": "2023-03-01"},
                       {"id": "above_scale_industrial", "date": "2021-01-01"}],
    "platforms": [{"type": "innovation_alliance", "level": "provincial", "date": "2024-05-01"}],
    "patents": [{"type": "invention_patent", "granted": 12, "date": "2023-06-01"}],
    "patent_funding_received_cny": 20000,
    "rd_expense": [{"year": 2022, "amount_cny": 20000000}, {"year": 2023, "amount_cny": 30000000},
                   {"year": 2024, "amount_cny": 50000000}],
}


def timed(function, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=500)
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    as_of = dt.date(2025, 6, 30)
    graph = open_store(None).graph()
    start = time.perf_counter()
    rules = rules_from_record(load_record(graph))
    load_ms = (time.perf_counter() - start) * 1000
    profile = parse_profile(REALISTIC)
    empty = parse_profile({})
    evaluate(profile, as_of, rules)  # warm
    one = timed(lambda: evaluate(profile, as_of, rules), args.repeat)
    base = timed(lambda: evaluate(empty, as_of, rules), args.repeat)
    result = evaluate(profile, as_of, rules)
    rng = random.Random(args.seed)
    profiles = [random_profile(rng) for _ in range(args.profiles)]
    start = time.perf_counter()
    totals = 0
    for data in profiles:
        totals += evaluate(parse_profile(data), as_of, rules).total_max_cny
    many_s = time.perf_counter() - start
    p95 = statistics.quantiles(one, n=20)[-1]
    print(f"rules read from the graph (SPARQL, once per policy): {load_ms:8.1f} ms")
    print(f"realistic profile ({len(result.benefits)} benefits), warm, n={args.repeat}: "
          f"median {statistics.median(one):.3f} ms, p95 {p95:.3f} ms")
    print(f"baseline: empty profile, warm, n={args.repeat}: median {statistics.median(base):.3f} ms "
          f"(realistic is {statistics.median(one) / statistics.median(base):.1f}× the empty profile)")
    print(f"{args.profiles:,} random profiles (validation included): {many_s:.2f} s "
          f"({many_s / args.profiles * 1000:.3f} ms each; checksum {totals})")
    ok_one = statistics.median(one) < 5
    ok_many = many_s < 30
    print(f"target one profile < 5 ms warm: {'PASS' if ok_one else 'FAIL'}; "
          f"10,000 profiles < 30 s: {'PASS' if ok_many else 'FAIL'}")
    return 0 if ok_one and ok_many else 1


if __name__ == "__main__":
    raise SystemExit(main())
