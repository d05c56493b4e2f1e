"""Ingest against document size: is it linear, and does 8,000 clauses take under 30 s?

Policies of 125 … 8,000 numbered clauses are generated deterministically (``--seed``) by
recombining the clause bodies and section headings of the real policies under
``data/policies`` and ``tests/data/policies`` (as ``bench/ingest_bench.py`` does): a title, a
preamble, chapters 第X章 of sections 一、二、… of 3–8 items each (numbered 1, 2, … through the
chapter) and a closing validity line. Each is taken through what ``policykg ingest`` does:
``read_text`` → ``ingest_document`` (structure, provisions) → ``build_policy_graph`` →
``validate_graph`` (SHACL + the quote == text[span] check), and separately the data-dir write
(``PolicyStore.save_policy``). Wall-clock and CPU seconds are printed per size, with the growth
exponent k of time ∝ clauses^k fitted over all sizes (k = 1 is linear).

Baseline in the same run, for the small sizes (``--baseline-max``): the validation as it was
before issue #16 — the graph copied, then pySHACL with the former shapes
(``bench/data/shapes_before_issue16.ttl``: nested ``sh:node`` shapes and the SPARQL ``SUBSTR``
constraint that compared each quote with its span). Only validation is re-run the old way; the
other fixes (rule scopes and clause lookups indexed) are in both columns.

HTML: ``html_to_text`` on 100 KB, 300 KB and 660 KB of nested ``<div>`` around a sentence, with
BeautifulSoup (the former extractor) as baseline on the smaller sizes when it is installed.

Exit status 0 when 8,000 clauses ingest in under 30 s (wall) and every check passes.

    python bench/ingest_scale.py [--sizes 125 250 500 1000 2000 4000 8000] [--baseline-max 250]
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from rdflib import Graph

sys.path.insert(0, str(Path(__file__).resolve().parent))  # ingest_bench: corpus and numerals
from ingest_bench import Corpus, chinese_numeral, load_corpus

from ingest.pipeline import ingest_document
from ingest.read import html_to_text, read_text
from ingest.structure import ClauseKind
from kg.build import build_policy_graph
from kg.reference import reference_graph
from kg.store import PolicyStore
from kg.validate import validate_graph

ROOT = Path(__file__).resolve().parent.parent
OLD_SHAPES = ROOT / "bench" / "data" / "shapes_before_issue16.ttl"
SIZES = (125, 250, 500, 1000, 2000, 4000, 8000)
TARGET_CLAUSES, TARGET_S = 8000, 30.0
SECTIONS_PER_CHAPTER = 20
MIN_PER_SECTION, MAX_PER_SECTION = 3, 8
HTML_SIZES_KB = (100, 300, 660)
HTML_BASELINE_MAX_KB = 100
SENTENCE = "1.对首次认定的高新技术企业，一次性给予20万元补助。"

T = TypeVar("T")


@dataclass(frozen=True)
class Timed:
    wall_s: float
    cpu_s: float


def timed(action: Callable[[], T]) -> tuple[Timed, T]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return Timed(time.perf_counter() - wall, time.process_time() - cpu), result


# ---------------------------------------------------------------- generation


def generate(clauses: int, corpus: Corpus, seed: int) -> str:
    """A policy of exactly ``clauses`` numbered items."""
    rng = random.Random(seed * 100_003 + clauses)
    lines = ["大连自贸片区产业创新高质量发展支持方案", "为加快推动产业创新高质量发展，结合本地实际，制定本方案。"]
    count = chapter = 0
    while count < clauses:
        chapter += 1
        lines.append(f"第{chinese_numeral(chapter)}章 {rng.choice(corpus.headings)}")
        number = 0  # items are numbered through the chapter (labels have at most three digits)
        for section in range(1, SECTIONS_PER_CHAPTER + 1):
            if count >= clauses:
                break
            lines.append(f"{chinese_numeral(section)}、{rng.choice(corpus.headings)}")
            for _ in range(min(clauses - count, rng.randint(MIN_PER_SECTION, MAX_PER_SECTION))):
                count += 1
                number += 1
                lines.append(f"{number}.{rng.choice(corpus.bodies)}")
    lines.append("本方案自2021年8月18日起实施，有效期至2025年12月31日。")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- measuring


@dataclass(frozen=True)
class Row:
    clauses: int
    chars: int
    provisions: int
    triples: int
    parsed_items: int
    ingest: Timed  # read + structure + provisions
    build: Timed
    validate: Timed
    conforms: bool
    write: Timed
    old_validate: Timed | None

    @property
    def total(self) -> Timed:
        parts = (self.ingest, self.build, self.validate)
        return Timed(sum(p.wall_s for p in parts), sum(p.cpu_s for p in parts))


def old_validation(graph: Graph) -> bool:
    """Validation as before issue #16: a copy of graph + vocabulary, the former shapes."""
    from pyshacl import validate as shacl_validate

    data = Graph()
    data += graph
    data += reference_graph()
    conforms, _report, _text = shacl_validate(data, shacl_graph=Graph().parse(OLD_SHAPES, format="turtle"),
                                              inference="none", advanced=True, allow_warnings=False)
    return bool(conforms)


def measure(clauses: int, corpus: Corpus, seed: int, baseline: bool, folder: Path) -> Row:
    text = generate(clauses, corpus, seed)
    ingest, policy = timed(lambda: ingest_document(read_text(text.encode("utf-8"), f"gen-{clauses}"),
                                                   f"gen-{clauses}"))
    build, graph = timed(lambda: build_policy_graph(policy))
    validate, report = timed(lambda: validate_graph(graph))
    store = PolicyStore()
    store.add(graph)
    write, _ = timed(lambda: store.save_policy(folder, policy.id))
    old: Timed | None = None
    if baseline:
        old, old_conforms = timed(lambda: old_validation(graph))
        assert old_conforms == report.conforms, "old and new validation disagree"
    items = sum(1 for c in policy.structure.clauses if c.kind is ClauseKind.ITEM)
    return Row(clauses, len(policy.text), len(policy.provisions), len(graph), items, ingest, build, validate,
               report.conforms, write, old)


def exponent(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of log y against log x."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sum((a - mx) ** 2 for a in lx)


def report(rows: list[Row]) -> bool:
    print("clauses    chars  provisions  triples | ingest  build  validate | total wall  total CPU | "
          "store write | old validate (baseline)")
    for r in rows:
        old = f"{r.old_validate.wall_s:7.2f} s ({r.old_validate.wall_s / r.validate.wall_s:.0f}× new)" \
            if r.old_validate else "      –"
        print(f"{r.clauses:7,} {r.chars:8,} {r.provisions:11,} {r.triples:8,} | {r.ingest.wall_s:6.2f} "
              f"{r.build.wall_s:6.2f} {r.validate.wall_s:9.2f} | {r.total.wall_s:8.2f} s {r.total.cpu_s:8.2f} s | "
              f"{r.write.wall_s:9.2f} s | {old}")
    if len(rows) >= 2:
        xs = [float(r.clauses) for r in rows]
        print(f"growth exponent k (time ∝ clauses^k, all sizes): total wall "
              f"{exponent(xs, [r.total.wall_s for r in rows]):.2f}, total CPU "
              f"{exponent(xs, [r.total.cpu_s for r in rows]):.2f}, validate "
              f"{exponent(xs, [r.validate.wall_s for r in rows]):.2f}, store write "
              f"{exponent(xs, [r.write.wall_s for r in rows]):.2f}")
    baseline = [r for r in rows if r.old_validate]
    if len(baseline) >= 2:
        xs = [float(r.clauses) for r in baseline]
        print(f"baseline growth exponent (old validation, {len(baseline)} sizes): "
              f"{exponent(xs, [r.old_validate.wall_s for r in baseline if r.old_validate]):.2f}")
    ok = True
    for r in rows:
        if not r.conforms or r.parsed_items != r.clauses:
            print(f"check FAIL at {r.clauses}: conforms {r.conforms}, items parsed {r.parsed_items}")
            ok = False
    target = next((r for r in rows if r.clauses == TARGET_CLAUSES), None)
    if target is not None:
        held = target.total.wall_s < TARGET_S
        print(f"target: {TARGET_CLAUSES:,} clauses under {TARGET_S:.0f} s -> {target.total.wall_s:.1f} s wall "
              f"({target.total.cpu_s:.1f} CPU-s) {'PASS' if held else 'FAIL'}")
        ok = ok and held
    return ok


# ---------------------------------------------------------------- HTML


def nested_divs(kilobytes: int) -> str:
    depth = (kilobytes * 1000 - len(SENTENCE.encode("utf-8"))) // len("<div></div>")
    return "<div>" * depth + SENTENCE + "</div>" * depth


def beautifulsoup_text(html: str) -> str:
    """The former extractor (BeautifulSoup, html.parser), for the baseline."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for block in soup.find_all(["p", "div"]):
        block.append("\n")
    return soup.get_text()


def bench_html() -> bool:
    try:
        import bs4  # noqa: F401
        has_baseline = True
    except ImportError:
        has_baseline = False
    print("\nHTML → text, nested <div> around one sentence:")
    ok = True
    for kilobytes in HTML_SIZES_KB:
        html = nested_divs(kilobytes)
        took, text = timed(lambda html=html: html_to_text(html))  # type: ignore[misc]
        found = SENTENCE in text
        ok = ok and found
        line = (f"  {kilobytes:4d} KB ({html.count('<div>'):,} levels): {took.wall_s:6.2f} s wall, "
                f"{took.cpu_s:6.2f} CPU-s, text {'found' if found else 'MISSING'}")
        if has_baseline and kilobytes <= HTML_BASELINE_MAX_KB:
            old, _ = timed(lambda html=html: beautifulsoup_text(html))  # type: ignore[misc]
            line += f"; BeautifulSoup baseline {old.wall_s:.2f} s"
        print(line)
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--baseline-max", type=int, default=250,
                        help="run the old validation for sizes up to this many clauses (default 250)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    corpus = load_corpus()
    print(f"policykg ingest scaling - Python {sys.version.split()[0]}; {len(corpus.bodies)} clause bodies, "
          f"{len(corpus.headings)} headings from {corpus.files} real texts; seed {args.seed}")
    ingest_document(read_text(generate(20, corpus, args.seed).encode("utf-8"), "warm-up"), "warm-up")
    with tempfile.TemporaryDirectory() as folder:
        rows = []
        for clauses in sorted(args.sizes):
            rows.append(measure(clauses, corpus, args.seed, clauses <= args.baseline_max, Path(folder)))
            print(f"  measured {clauses:,} clauses", file=sys.stderr, flush=True)
    ok = report(rows)
    ok = bench_html() and ok
    print(f"\noverall: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
