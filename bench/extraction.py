"""Extraction quality: recall and precision of provisions against the hand-checked tables.

Run: ``python bench/extraction.py``. The bundled policy is scored on every field
(who benefits included); the two external policies on every field but ``qualifications``,
since the vocabulary is written for the bundled genre of innovation measures. As a
baseline in the same run, each policy is also scored on (clause, kind) only, which shows
how much of the error is in reading amounts rather than finding the provisions.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.evaluation import FIELDS, FIELDS_WITHOUT_QUALIFICATIONS, load_expected, score  # noqa: E402
from ingest.pipeline import ingest_file  # noqa: E402

POLICIES = (
    ("dalian-ftz-innovation-zone-plan-2021", ROOT / "data" / "policies", FIELDS),
    ("liuhe_tourism_2019", ROOT / "tests" / "data" / "policies", FIELDS_WITHOUT_QUALIFICATIONS),
    ("pingshan_digital_economy_2023", ROOT / "tests" / "data" / "policies",
     FIELDS_WITHOUT_QUALIFICATIONS),
)


def main() -> int:
    print(f"{'policy':40} {'expected':>8} {'found':>6} {'matched':>7} {'recall':>7} "
          f"{'precision':>9}   (clause+kind only: recall / precision)")
    for name, folder, fields in POLICIES:
        policy = ingest_file(folder / f"{name}.txt")
        rows = load_expected(ROOT / "tests" / "data" / "expected" / f"{name}.yaml")["provisions"]
        full = score(rows, policy.provisions, fields)
        coarse = score(rows, policy.provisions, ("clause_path", "kind"))
        print(f"{name:40} {full.expected:>8} {full.extracted:>6} {full.matched:>7} "
              f"{full.recall:>7.3f} {full.precision:>9.3f}   {coarse.recall:.3f} / "
              f"{coarse.precision:.3f}")
        for row in full.missing:
            print(f"    missed:     {'/'.join(row['clause_path'])} {row['kind']} "
                  f"{row.get('snippet', '')[:40]}")
        for found in full.unexpected:
            print(f"    unexpected: {'/'.join(found['clause_path'])} {found['kind']} "
                  f"{found['quote'][:40]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
