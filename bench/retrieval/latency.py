"""Retrieval speed: warm query latency (p95), index build time, and a cold `policykg search`.

Run: ``python bench/retrieval/latency.py``. Baselines in the same run: a cold
``policykg --help`` (interpreter and CLI start, no search) and BM25 alone per query.
Targets: warm p95 < 20 ms, index build < 1 s (model already loaded), cold search < 3 s.
Also measures the recall of the approximate (HNSW) index that large corpora switch to.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from assistant.retrieval.embedders import UseEmbedder  # noqa: E402
from assistant.retrieval.lexical import zh_tokens  # noqa: E402
from assistant.retrieval.search import build_search  # noqa: E402
from kg.query import load_record  # noqa: E402
from kg.store import open_store  # noqa: E402

CLI = str(Path(sys.executable).with_name("policykg"))


def cold(args: list[str], runs: int = 3) -> list[float]:
    times = []
    env = {**os.environ, "POLICYKG_CACHE_DIR": str(Path(tempfile.gettempdir()) / "policykg-bench-cache")}
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([CLI, *args], check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return times


def hnsw_recall(size: int = 30_000, queries: int = 200, k: int = 10, seed: int = 5) -> tuple[float, float, float]:
    """Recall@k of the approximate (HNSW) index against the exact one on ``size`` vectors made
    from the policy's own sentence vectors plus noise (so they cluster like real text)."""
    import numpy as np

    from assistant.retrieval.dense import DenseIndex
    from assistant.retrieval.embedders import normalise

    rng = np.random.default_rng(seed)
    record = load_record(open_store(None).graph())
    base = build_search(record, UseEmbedder(), cache_dir=None).vectors
    picks = base[rng.integers(0, len(base), size)]
    vectors = normalise(picks + rng.normal(0, 0.08, picks.shape).astype(np.float32))
    probes = normalise(base[rng.integers(0, len(base), queries)] + rng.normal(0, 0.08, (queries, base.shape[1])))
    start = time.perf_counter()
    approximate = DenseIndex(vectors, hnsw_from=1)
    build_s = time.perf_counter() - start
    exact = DenseIndex(vectors, hnsw_from=size + 1)
    hits = 0
    start = time.perf_counter()
    for probe in probes:
        found = {i for i, _ in approximate.search(probe[None, :], k)}
        hits += len(found & {i for i, _ in exact.search(probe[None, :], k)})
    per_query_ms = (time.perf_counter() - start) / queries * 1000
    return hits / (queries * k), build_s, per_query_ms


def main() -> int:
    record = load_record(open_store(None).graph())
    embedder = UseEmbedder()
    embedder.encode(["warm up"])  # model load is not index build
    zh_tokens("预热")  # nor is jieba's dictionary load
    start = time.perf_counter()
    search = build_search(record, embedder, cache_dir=None)
    build_s = time.perf_counter() - start
    queries = [json.loads(line)["query"] for line in
               (ROOT / "bench" / "retrieval" / "queries.jsonl").read_text(encoding="utf-8").splitlines()]
    for query in queries[:5]:
        search.search(query)
    warm = []
    for query in queries:
        start = time.perf_counter()
        search.search(query)
        warm.append((time.perf_counter() - start) * 1000)
    lexical = []
    for query in queries:
        start = time.perf_counter()
        search._bm25_zh.scores(zh_tokens(query))  # the lexical half alone, as a baseline
        lexical.append((time.perf_counter() - start) * 1000)
    cold([CLI, "search", "warm the vector cache"][1:], runs=1)
    cold_search = cold(["search", "上市有奖励吗"])
    cold_help = cold(["--help"])
    p95 = statistics.quantiles(warm, n=20)[-1]
    print(f"index build (model loaded, no cache): {build_s * 1000:.0f} ms for {len(search.corpus.passages)} sentences")
    print(f"warm query, n={len(warm)}: median {statistics.median(warm):.2f} ms, p95 {p95:.2f} ms "
          f"(baseline BM25 alone: median {statistics.median(lexical):.2f} ms)")
    print(f"cold `policykg search` (new process, default embedder): median {statistics.median(cold_search):.2f} s "
          f"(baseline cold `policykg --help`: {statistics.median(cold_help):.2f} s)")
    recall, hnsw_build_s, hnsw_ms = hnsw_recall()
    print(f"HNSW (used from 20,000 sentences) on 30,000 vectors: recall@10 {recall:.3f} against exact search, "
          f"built in {hnsw_build_s:.1f} s, {hnsw_ms:.2f} ms per query (exact + HNSW)")
    ok = p95 < 20 and build_s < 1 and statistics.median(cold_search) < 3 and recall >= 0.95
    print(f"targets (p95 < 20 ms, build < 1 s, cold < 3 s): {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
