"""Ingest from PDF and Word: a 5-page and a 30-page copy of the bundled policy (made here with
WeasyPrint and python-docx), read and ingested, against the plain-text original as the baseline
in the same run. Target (issue #13): a 30-page PDF under 5 s.

Run: ``python bench/layout_ingest.py``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.pipeline import ingest_file  # noqa: E402
from tests.ingest.test_layout_formats import make_docx, make_pdf  # noqa: E402

POLICY = ROOT / "data" / "policies" / "dalian-ftz-innovation-zone-plan-2021.txt"
TARGET_S = 5.0


def timed(path: Path, runs: int = 3) -> tuple[float, int]:
    times, provisions = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        provisions = len(ingest_file(path, "bench").provisions)
        times.append(time.perf_counter() - started)
    return statistics.median(times), provisions


def main() -> int:
    lines = [line for line in POLICY.read_text(encoding="utf-8").splitlines() if line.strip()]
    ingest_file(POLICY)  # load the vocabulary and OpenCC once, outside the figures
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        for copies in (1, 6):
            body = lines * copies
            text = Path(folder) / f"policy-{copies}.txt"
            text.write_text("\n".join(body), encoding="utf-8")
            pdf = make_pdf(body, Path(folder) / f"policy-{copies}.pdf")
            docx = make_docx(body, Path(folder) / f"policy-{copies}.docx")
            import pypdfium2 as pdfium

            pages = len(pdfium.PdfDocument(pdf))
            base_s, base_n = timed(text)
            print(f"{pages:>3} pages  .txt (baseline) {base_s * 1000:8.0f} ms  {base_n} provisions")
            for path in (pdf, docx):
                seconds, count = timed(path)
                print(f"{pages:>3} pages  {path.suffix:<15} {seconds * 1000:8.0f} ms  {count} provisions  "
                      f"({seconds / base_s:.1f}× the text)")
                if path.suffix == ".pdf" and pages >= 30:
                    ok = ok and seconds < TARGET_S
                    verdict = "PASS" if seconds < TARGET_S else "FAIL"
                    print(f"target: a {pages}-page PDF under {TARGET_S:g} s: {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
