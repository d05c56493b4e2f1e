"""Titles of the corpus policies: the name each document gives itself, against its hand-checked table.

Run: ``python bench/ingest_titles.py --corpus DIR [--split tune]``. For every expected table in
``tests/data/expected/`` that carries a ``split`` (and the one asked for), the policy file of the same stem in DIR
is read and structured; its title is compared with the table's ``title`` (whitespace aside: PDF text layers print
spaces inside words). A table whose title is null says the document prints none: the reader is right when it
finds none. The baseline in the same run is the reader's older rule, the header lines at the top of the text
(``ingest.structure._header``), to show what the rule of ``ingest/document_title.py`` changes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from ingest.read import read_document  # noqa: E402
from ingest.structure import _header, _lines, parse_structure  # noqa: E402


def _bare(title: str | None) -> str | None:
    return re.sub(r"\s+", "", title) if title else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder of the corpus policy files")
    parser.add_argument("--split", choices=("tune", "holdout", "holdout-next"), help="one split only")
    args = parser.parse_args()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # judged, right before, right now
    for table in sorted((ROOT / "tests" / "data" / "expected").glob("*.yaml")):
        with table.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        if "split" not in data or (args.split and data["split"] != args.split):
            continue
        files = [f for f in args.corpus.glob(f"{table.stem}.*") if f.suffix != ".yaml"]
        if not files:
            print(f"{table.stem}: no policy file in {args.corpus}")
            continue
        text = read_document(files[0]).text
        before = _header(text, _lines(text))[0]
        now = parse_structure(text).title
        want = _bare(data.get("title"))
        right_before, right_now = _bare(before) == want, _bare(now) == want
        counts = totals[data["split"]]
        counts[0] += 1
        counts[1] += right_before
        counts[2] += right_now
        mark = "right" if right_now else "WRONG"
        print(f"{table.stem} [{data['split']}]: {mark}  now {now!r}  (before {before!r}; table {data.get('title')!r})")
    for split, (judged, before_right, now_right) in sorted(totals.items()):
        print(f"titles right, {split}: {now_right}/{judged} (header lines at the top, the baseline: "
              f"{before_right}/{judged})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
