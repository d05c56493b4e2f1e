"""Extraction quality: recall and precision of provisions against the hand-checked tables.

Run: ``python bench/extraction.py [--corpus DIR]``. The bundled policy is scored on every field
(who benefits included); the two external policies on every field but ``qualifications``,
since the vocabulary is written for the bundled genre of innovation measures. As a
baseline in the same run, each policy is also scored on (clause, kind) only, which shows
how much of the error is in reading amounts rather than finding the provisions.

For the corpus, each policy and split also gets the share of expected rows found at each depth
(nested, so each figure is at most the one before it): clause path right; clause path and kind
right; and amounts exact too (clause, kind and every amount field: amount, rate, cap, unit amount,
per, cumulative cap, years). "payees" is the concepts figure: rows whose party paid is right
(linked to the vocabulary or induced with the printed label).

``--corpus DIR`` (default: the first of ``../shared/policies/corpus`` and ``../corpus`` that
exists, so a corpus restored beside the checkout when ``../shared`` is read-only is found) also scores every
expected table that carries a ``split`` (tune / holdout) against its policy file in DIR, by
the table's file stem and any suffix (.txt, .html, .pdf, .docx); totals per split. The corpus
texts are not in this repository (see tests/data/policies/SOURCES.md).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.evaluation import (  # noqa: E402
    FIELDS,
    FIELDS_WITHOUT_QUALIFICATIONS,
    MeasuredCounts,
    Score,
    load_expected,
    load_first_measurements,
    payees_right,
    score,
)
from ingest.pipeline import ingest_file  # noqa: E402

POLICIES = (
    ("dalian-ftz-innovation-zone-plan-2021", ROOT / "data" / "policies", FIELDS),
    ("liuhe_tourism_2019", ROOT / "tests" / "data" / "policies", FIELDS_WITHOUT_QUALIFICATIONS),
    ("pingshan_digital_economy_2023", ROOT / "tests" / "data" / "policies",
     FIELDS_WITHOUT_QUALIFICATIONS),
)


AMOUNT_FIELDS = ("clause_path", "kind", "tier", "level", "amount_cny", "rate", "cap_cny", "unit_amount_cny",
                 "per", "cumulative_cap_cny", "years")
"""Clause, kind and the fields that carry the money: what "amounts exact" compares."""


def _depths(rows: list[dict[str, object]], provisions: tuple[object, ...]) -> tuple[int, int, int]:
    """(paths right, paths and kinds right, amounts exact): expected rows matched at each depth."""
    return tuple(score(rows, provisions, fields).matched  # type: ignore[arg-type, return-value]
                 for fields in (("clause_path",), ("clause_path", "kind"), AMOUNT_FIELDS))


def _row(name: str, full: object, coarse: object) -> str:
    return (f"{name:40} {full.expected:>8} {full.extracted:>6} {full.matched:>7} "  # type: ignore[attr-defined]
            f"{full.recall:>7.3f} {full.precision:>9.3f}   {coarse.recall:.3f} / "  # type: ignore[attr-defined]
            f"{coarse.precision:.3f}")  # type: ignore[attr-defined]


def _print_differences(full: Score) -> None:
    for row in full.missing:
        print(f"    missed:     {'/'.join(map(str, row['clause_path']))} {row['kind']} "
              f"{row.get('snippet', '')[:40]}")
    for found in full.unexpected:
        print(f"    unexpected: {'/'.join(found['clause_path'])} {found['kind']} "
              f"{found['quote'][:40]}")


FIRST_MEASUREMENTS = ROOT / "bench" / "extraction_first.yaml"


def _print_first(split_firsts: dict[str, list[MeasuredCounts]], policies_per_split: dict[str, int]) -> None:
    """Each split's first measurement, summed over its policies that have one (the figure to beat)."""
    for split, firsts in sorted(split_firsts.items()):
        total = firsts[0]
        for counts in firsts[1:]:
            total = total + counts
        print(f"{'corpus ' + split + ' first measured':40} ({len(firsts)} of {policies_per_split[split]} policies): "
              f"{total.summary()}")


def score_corpus(folder: Path, only_split: str | None = None, detail: bool = False) -> None:
    """The corpus tables, per policy and summed per split (micro-averaged); ``only_split`` scores
    one split only (``tune`` while working, so that no holdout figure is seen). Beside each policy and split,
    its first measurement (``bench/extraction_first.yaml``)."""
    firsts = load_first_measurements(FIRST_MEASUREMENTS)
    split_firsts: dict[str, list[MeasuredCounts]] = defaultdict(list)
    policies_per_split: dict[str, int] = defaultdict(int)
    # expected, found, matched, clause+kind matched, payees right, payees judged, paths, amounts exact
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0, 0])
    for table in sorted((ROOT / "tests" / "data" / "expected").glob("*.yaml")):
        data = load_expected(table)
        if "split" not in data or (only_split and data["split"] != only_split):
            continue
        files = [f for f in folder.glob(f"{table.stem}.*") if f.suffix != ".yaml"]
        if not files:
            print(f"{table.stem:40} (no policy file in {folder})")
            continue
        try:
            policy = ingest_file(files[0], table.stem)
        except Exception as error:  # a refused policy is a result too: nothing extracted
            print(f"{table.stem:40} refused: {str(error)[:80]}")
            sums[data["split"]][0] += len(data["provisions"])
            continue
        rows = data["provisions"]
        full = score(rows, policy.provisions, FIELDS_WITHOUT_QUALIFICATIONS)
        coarse = score(rows, policy.provisions, ("clause_path", "kind"))
        right, judged = payees_right(rows, policy.provisions)
        paths, _, exact = _depths(rows, policy.provisions)
        print(_row(f"{table.stem} [{data['split']}]", full, coarse) + f"   payees {right}/{judged}"
              f"   paths {paths}/{len(rows)} amounts exact {exact}/{len(rows)}")
        policies_per_split[data["split"]] += 1
        first = firsts.get(table.stem)
        print(f"    first measured: {first.summary()}" if first else "    first measured: not recorded")
        if first:
            split_firsts[data["split"]].append(first)
        if detail:
            _print_differences(full)
        total = sums[data["split"]]
        for index, value in enumerate((full.expected, full.extracted, full.matched, coarse.matched, right, judged,
                                       paths, exact)):
            total[index] += value
    for split, (expected, found, matched, coarse_matched, right, judged, paths, exact) in sorted(sums.items()):
        def share(part: int, whole: int = expected) -> str:
            return f"{part / whole if whole else 0:.3f}"
        print(f"{'corpus ' + split + ' (all tables)':40} {expected:>8} {found:>6} {matched:>7} "
              f"{share(matched):>7} {share(matched, found):>9}   clause paths right {share(paths)}; "
              f"clause+kind recall {share(coarse_matched)}; amounts exact {share(exact)}; "
              f"payees right {share(right, judged)} ({right}/{judged})")
    _print_first(split_firsts, policies_per_split)


def _default_corpus() -> Path:
    """``../shared/policies/corpus`` if it exists, else ``../corpus`` (a corpus restored beside the checkout)."""
    candidates = (ROOT.parent / "shared" / "policies" / "corpus", ROOT.parent / "corpus")
    return next((folder for folder in candidates if folder.is_dir()), candidates[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=_default_corpus())
    parser.add_argument("--split", choices=("tune", "holdout", "holdout-next"),
                        help="score one split of the corpus only (default: both)")
    parser.add_argument("--detail", action="store_true",
                        help="list the missed and unexpected provisions of the corpus tables too")
    args = parser.parse_args()
    print(f"{'policy':40} {'expected':>8} {'found':>6} {'matched':>7} {'recall':>7} "
          f"{'precision':>9}   (clause+kind only: recall / precision)")
    for name, folder, fields in POLICIES:
        policy = ingest_file(folder / f"{name}.txt")
        rows = load_expected(ROOT / "tests" / "data" / "expected" / f"{name}.yaml")["provisions"]
        full = score(rows, policy.provisions, fields)
        coarse = score(rows, policy.provisions, ("clause_path", "kind"))
        print(_row(name, full, coarse))
        _print_differences(full)
    if args.corpus.is_dir():
        score_corpus(args.corpus, args.split, args.detail)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
