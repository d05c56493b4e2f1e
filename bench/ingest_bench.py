"""Benchmark "ingest + graph build": one policy file into its RDF named graph.

What is measured (wall clock, ``time.perf_counter_ns``; interpreter start-up and imports are
excluded because every module is imported before the first timer starts):

Part A - the bundled policy ``data/policies/dalian-ftz-innovation-zone-plan-2021.txt``:
  * cold: the very first ``build_policy_graph(ingest_file(path))`` of the process, while the
    concept vocabulary is not loaded yet (it is loaded and cached by that call);
  * warm: the same call repeated ``--repeat`` times; median, p95 (nearest rank) and min;
  * ``validate_graph(graph)`` (SHACL) timed on its own, median of 5 calls;
  * a baseline, ``read_text`` + ``parse_structure`` only (no provisions, no graph), to show
    what the full pipeline costs relative to reading and structuring the text.
  The target is "ingest + graph build under 500 ms (warm and cold)"; it is checked against the
  cold figure and the warm median.

Part B - scaling: ``--generated`` synthetic policies are built in memory, deterministically
(``random.Random(--seed)``), by recombining the numbered clauses of the real policies under
``data/policies`` and ``tests/data/policies``: a title line, a preamble sentence, sections
一、二、… of items 1. 2. … (renumbered consecutively) and a closing validity line. Each one is
timed through ``ingest_document(read_text(...))`` + ``build_policy_graph(...)``; cost is
reported against size (character quartiles) with a least-squares fit of ms per 1,000
characters. Every generated policy must yield at least one provision and every provision's
quote must equal ``text[span]``.

Exit status: 0 when the target holds and every check passes, 1 otherwise.

Run from the repository root::

    python bench/ingest_bench.py [--repeat 20] [--generated 200] [--seed 7]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import opencc
from rdflib import Graph

from ingest.concepts import parsed_vocabulary
from ingest.model import IngestedPolicy
from ingest.pipeline import ingest_document, ingest_file
from ingest.read import read_document, read_text
from ingest.structure import ClauseKind, DocumentStructure, parse_structure
from kg.build import build_policy_graph
from kg.validate import validate_graph

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "policies" / "dalian-ftz-innovation-zone-plan-2021.txt"
SOURCE_DIRS = (ROOT / "data" / "policies", ROOT / "tests" / "data" / "policies")
TARGET_MS = 500.0
VALIDATE_RUNS = 5
MIN_ITEMS, MAX_ITEMS = 5, 60
MIN_PER_SECTION, MAX_PER_SECTION = 3, 8
# numbered clauses that may carry a body of their own (leaves only, see _clause_bodies)
NUMBERED_KINDS = (ClauseKind.ITEM, ClauseKind.SUBSECTION, ClauseKind.ARTICLE)
# a body that states its own validity window would compete with the closing line
VALIDITY_WORDS = ("有效期", "起实施", "起施行", "起执行")
CN_DIGITS = "零一二三四五六七八九"
PLACES = ("大连自贸片区", "柳河县", "坪山区", "金普新区", "高新区", "经开区")
TOPICS = ("产业创新", "数字经济", "文化旅游", "先进制造业", "科技成果转化", "人才引进")

T = TypeVar("T")


# ---------------------------------------------------------------- timing helpers


def time_ms(action: Callable[[], T]) -> tuple[float, T]:
    """Run ``action`` once; return (elapsed milliseconds, its result)."""
    start = time.perf_counter_ns()
    result = action()
    return (time.perf_counter_ns() - start) / 1e6, result


def repeat_ms(action: Callable[[], object], times: int) -> list[float]:
    """Elapsed milliseconds of ``times`` runs of ``action``."""
    gc.collect()
    return [time_ms(action)[0] for _ in range(times)]


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` in 0..1) of a non-empty sample."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


# ---------------------------------------------------------------- part A


@dataclass(frozen=True)
class BundledResult:
    cold_ms: float
    warm_ms: list[float]
    triples: int
    provisions: int
    chars: int
    validate_ms: list[float]
    conforms: bool
    baseline_ms: list[float]
    traditional_ms: list[float]
    traditional_provisions: int


def ingest_and_build(path: Path) -> Graph:
    return build_policy_graph(ingest_file(path))


def read_and_structure(data: bytes, source: str) -> DocumentStructure:
    return parse_structure(read_text(data, source=source).text)


def bench_bundled(path: Path, repeat: int) -> BundledResult:
    """Cold call first (nothing cached yet), then warm calls, validation and the baseline."""
    gc.collect()
    cold_ms, _ = time_ms(lambda: ingest_and_build(path))
    warm_ms = repeat_ms(lambda: ingest_and_build(path), repeat)
    policy = ingest_file(path)
    graph = build_policy_graph(policy)
    validate_ms: list[float] = []
    conforms = True
    for _ in range(VALIDATE_RUNS):
        elapsed, report = time_ms(lambda: validate_graph(graph))
        validate_ms.append(elapsed)
        conforms = conforms and report.conforms
    data = path.read_bytes()
    baseline_ms = repeat_ms(lambda: read_and_structure(data, str(path)), repeat)
    with tempfile.TemporaryDirectory() as folder:
        traditional = Path(folder) / path.name
        traditional.write_bytes(opencc.OpenCC("s2tw").convert(policy.text).encode("big5"))
        traditional_ms = repeat_ms(lambda: ingest_and_build(traditional), repeat)
        traditional_provisions = len(ingest_file(traditional).provisions)
    return BundledResult(cold_ms, warm_ms, len(graph), len(policy.provisions), len(policy.text),
                         validate_ms, conforms, baseline_ms, traditional_ms, traditional_provisions)


def report_bundled(result: BundledResult, path: Path) -> bool:
    """Print part A; return whether the 500 ms target holds (cold and warm median)."""
    warm_median = statistics.median(result.warm_ms)
    baseline = statistics.median(result.baseline_ms)
    cold_ok, warm_ok = result.cold_ms < TARGET_MS, warm_median < TARGET_MS
    print(f"Part A - bundled policy: {path.relative_to(ROOT)}")
    print(f"  canonical text:                 {result.chars:,} chars, "
          f"{result.provisions} provisions, {result.triples:,} triples")
    print(f"  cold ingest + build (1st call): {result.cold_ms:8.1f} ms")
    print(f"  warm ingest + build (n={len(result.warm_ms)}):    median {warm_median:6.1f} ms"
          f"   p95 {percentile(result.warm_ms, 0.95):6.1f} ms"
          f"   min {min(result.warm_ms):6.1f} ms")
    print(f"  validate_graph (SHACL, n={VALIDATE_RUNS}):  "
          f"median {statistics.median(result.validate_ms):6.1f} ms"
          f"   first {result.validate_ms[0]:6.1f} ms"
          f"   conforms: {'yes' if result.conforms else 'no'}")
    print(f"  baseline read_text + parse_structure (n={len(result.baseline_ms)}): "
          f"median {baseline:6.2f} ms   min {min(result.baseline_ms):6.2f} ms")
    print(f"  full ingest+build is {warm_median / baseline:.1f}× the read+structure baseline "
          f"(warm medians)")
    traditional = statistics.median(result.traditional_ms)
    print(f"  traditional-character copy (Big5, n={len(result.traditional_ms)}): median {traditional:6.1f} ms, "
          f"{result.traditional_provisions} provisions ({traditional / warm_median:.2f}× the simplified original)")
    print(f"  target: ingest + graph build under {TARGET_MS:.0f} ms (warm and cold)"
          f" -> cold {result.cold_ms:.1f} ms {verdict(cold_ok)};"
          f" warm median {warm_median:.1f} ms {verdict(warm_ok)}")
    return cold_ok and warm_ok


# ---------------------------------------------------------------- part B: generation


def _one_line(text: str) -> str:
    return "".join(line.strip() for line in text.split("\n"))


def _clause_bodies(text: str, structure: DocumentStructure) -> list[str]:
    """Bodies (text after the label) of the leaf numbered clauses of one policy."""
    parents = {c.parent_id for c in structure.clauses if c.kind is not ClauseKind.ENUMERATION}
    bodies = []
    for clause in structure.clauses:
        if clause.kind not in NUMBERED_KINDS or clause.id in parents:
            continue
        body = _one_line(text[clause.body_start:clause.end])
        if "。" in body and not any(word in body for word in VALIDITY_WORDS):
            bodies.append(body)
    return bodies


@dataclass(frozen=True)
class Corpus:
    bodies: tuple[str, ...]
    headings: tuple[str, ...]
    files: int


def load_corpus() -> Corpus:
    """Clause bodies and section headings of every real policy text."""
    bodies: list[str] = []
    headings: list[str] = []
    paths = sorted(p for folder in SOURCE_DIRS for p in folder.glob("*.txt"))
    for path in paths:
        text = read_document(path).text
        structure = parse_structure(text)
        bodies += _clause_bodies(text, structure)
        headings += [c.heading for c in structure.clauses
                     if c.kind in (ClauseKind.SECTION, ClauseKind.CHAPTER) and c.heading]
    return Corpus(tuple(bodies), tuple(dict.fromkeys(headings)), len(paths))


def chinese_numeral(number: int) -> str:
    """1..99 as a section label numeral: 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三."""
    tens, units = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + (CN_DIGITS[units] if units else "")


def _section_sizes(rng: random.Random, items: int) -> list[int]:
    sizes: list[int] = []
    while items > 0:
        size = min(items, rng.randint(MIN_PER_SECTION, MAX_PER_SECTION))
        sizes.append(size)
        items -= size
    return sizes


def _closing_line(rng: random.Random) -> str:
    year = rng.randint(2018, 2024)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    until = year + rng.randint(1, 5)
    return f"本方案自{year}年{month}月{day}日起实施，有效期至{until}年12月31日。"


@dataclass(frozen=True)
class GeneratedPolicy:
    key: int
    text: str
    items: int


def generate_policy(rng: random.Random, corpus: Corpus, key: int) -> GeneratedPolicy:
    """One synthetic policy in the genre: title, preamble, sections of items, validity line."""
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    items = rng.randint(MIN_ITEMS, MAX_ITEMS)
    lines = [f"{place}{topic}高质量发展支持方案",
             f"为加快推动{place}{topic}高质量发展，结合本地实际，制定本方案。"]
    number = 0
    for section, size in enumerate(_section_sizes(rng, items), start=1):
        lines.append(f"{chinese_numeral(section)}、{rng.choice(corpus.headings)}")
        for _ in range(size):
            number += 1
            lines.append(f"{number}.{rng.choice(corpus.bodies)}")
    lines.append(_closing_line(rng))
    return GeneratedPolicy(key, "\n".join(lines) + "\n", items)


def generate_policies(count: int, seed: int, corpus: Corpus) -> list[GeneratedPolicy]:
    rng = random.Random(seed)
    return [generate_policy(rng, corpus, key) for key in range(count)]


# ---------------------------------------------------------------- part B: measuring


@dataclass(frozen=True)
class Sample:
    chars: int
    provisions: int
    triples: int
    ms: float
    quote_failures: int
    item_mismatch: bool


def _ingest_generated(policy: GeneratedPolicy) -> tuple[IngestedPolicy, Graph]:
    document = read_text(policy.text.encode("utf-8"), source=f"generated-{policy.key}")
    ingested = ingest_document(document, policy_id=f"gen-{policy.key}")
    return ingested, build_policy_graph(ingested)


def measure(policy: GeneratedPolicy) -> Sample:
    elapsed, result = time_ms(lambda: _ingest_generated(policy))
    ingested, graph = result
    text = ingested.text
    bad = sum(1 for p in ingested.provisions if p.quote != text[p.span[0]:p.span[1]])
    items = sum(1 for c in ingested.structure.clauses if c.kind is ClauseKind.ITEM)
    return Sample(len(text), len(ingested.provisions), len(graph), elapsed, bad,
                  items != policy.items)


def fit_line(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float, float]:
    """Least squares y = a + b·x by hand; returns (a, b, r²)."""
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    syy = sum((y - mean_y) ** 2 for y in ys)
    slope = sxy / sxx if sxx else 0.0
    r2 = (sxy * sxy) / (sxx * syy) if sxx and syy else 0.0
    return mean_y - slope * mean_x, slope, r2


def quartiles(samples: list[Sample]) -> list[list[Sample]]:
    """Samples sorted by size, split into four buckets of (nearly) equal count."""
    ordered = sorted(samples, key=lambda s: s.chars)
    bounds = [i * len(ordered) // 4 for i in range(5)]
    buckets = [ordered[low:high] for low, high in itertools.pairwise(bounds)]
    return [bucket for bucket in buckets if bucket]


def report_scaling(samples: list[Sample], total_ms: float, corpus: Corpus, seed: int) -> int:
    """Print part B; return the number of failed checks."""
    print(f"Part B - scaling over {len(samples)} generated policies (seed {seed}; "
          f"{len(corpus.bodies)} clause bodies, {len(corpus.headings)} section headings "
          f"from {corpus.files} real texts)")
    print(f"  total ingest + build:  {total_ms / 1000:8.2f} s")
    print(f"  mean per policy:       {total_ms / len(samples):8.1f} ms")
    print(f"  sizes:                 {min(s.chars for s in samples):,}"
          f"–{max(s.chars for s in samples):,} chars")
    print("  size quartile   chars (range)      mean chars  provisions   triples  ms/policy")
    for index, bucket in enumerate(quartiles(samples), start=1):
        low, high = bucket[0].chars, bucket[-1].chars
        print(f"  Q{index} (n={len(bucket):3d})   {low:6,}–{high:<8,}   "
              f"{statistics.mean(s.chars for s in bucket):10,.0f}"
              f"  {statistics.mean(s.provisions for s in bucket):10.1f}"
              f"  {statistics.mean(s.triples for s in bucket):8,.0f}"
              f"  {statistics.mean(s.ms for s in bucket):9.1f}")
    if len({s.chars for s in samples}) < 2:
        print("  least-squares fit:     needs at least two different sizes")
    else:
        intercept, slope, r2 = fit_line([s.chars for s in samples], [s.ms for s in samples])
        print(f"  least-squares fit:     ms = {intercept:.2f} ms + {slope * 1000:.2f} ms per "
              f"1,000 chars  (r² = {r2:.3f})")
    empty = sum(1 for s in samples if s.provisions < 1)
    bad_quotes = sum(s.quote_failures for s in samples)
    mismatched = sum(1 for s in samples if s.item_mismatch)
    print(f"  check: policies with no provision:           {empty}  {verdict(empty == 0)}")
    print(f"  check: provisions whose quote != text[span]: {bad_quotes}  "
          f"{verdict(bad_quotes == 0)}")
    print(f"  info:  policies whose parsed item count differs from the generated one: "
          f"{mismatched}")
    return empty + bad_quotes


def bench_scaling(count: int, seed: int) -> int:
    corpus = load_corpus()
    policies = generate_policies(count, seed, corpus)
    gc.collect()
    start = time.perf_counter_ns()
    samples = [measure(policy) for policy in policies]
    total_ms = (time.perf_counter_ns() - start) / 1e6
    return report_scaling(samples, total_ms, corpus, seed)


# ---------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Benchmark policy ingest + graph build.")
    parser.add_argument("--repeat", type=int, default=20, help="warm repetitions (default 20)")
    parser.add_argument("--generated", type=int, default=200,
                        help="synthetic policies for the scaling part (default 200)")
    parser.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.generated < 1:
        parser.error("--repeat and --generated must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    vocabulary_loaded = parsed_vocabulary.cache_info().currsize > 0
    print(f"policykg ingest benchmark - Python {sys.version.split()[0]}; vocabulary loaded "
          f"before the cold call: {'yes' if vocabulary_loaded else 'no'}")
    target_ok = report_bundled(bench_bundled(BUNDLED, args.repeat), BUNDLED)
    print()
    failures = bench_scaling(args.generated, args.seed)
    ok = target_ok and failures == 0
    print()
    print(f"overall: {verdict(ok)} (target {verdict(target_ok)}; {failures} failed check(s))")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
