"""Coverage-guided fuzzing (atheris / libFuzzer) of the readers that take outside bytes: a policy
file (decoding, HTML to text, the clause tree, the provisions), a profile (JSON / YAML), a saved
conversation, and a chat message. Only the project's own error types may come out; anything
else is a finding, printed with the input that raised it.

Run: ``pip install -e '.[fuzz]'`` once, then ``python bench/fuzz_readers.py [--runs N]
[--target NAME]`` (default: every target, 20,000 inputs each). It prints, per target, the inputs
tried, the time, the inputs per second and the findings; the exit code is 1 when anything was
found. Each target runs in its own process (libFuzzer owns the process while it runs).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS = ("policy_bytes", "policy_html", "profile_text", "session_state", "chat_message", "policy_pdf",
           "policy_docx")
_AS_OF = dt.date(2024, 6, 1)


def _target(name: str) -> Callable[[bytes], None]:
    """The function libFuzzer calls with each input; raising anything but the project's own
    errors is a finding."""
    from assistant.data_input import DataInputError
    from assistant.profile import ProfileError, profile_from_text
    from assistant.session_state import StateError, read_state
    from ingest.errors import IngestError
    from ingest.pipeline import ingest_document
    from ingest.read import html_to_text, read_layout_document, read_text

    def policy_bytes(data: bytes) -> None:
        with contextlib.suppress(IngestError):
            ingest_document(read_text(data, "fuzz.txt"), "fuzz")

    def policy_html(data: bytes) -> None:
        html_to_text(data.decode("utf-8", errors="replace"))

    def profile_text(data: bytes) -> None:
        text = data.decode("utf-8", errors="replace")
        for syntax in ("json", "yaml"):
            with contextlib.suppress(ProfileError, DataInputError):
                profile_from_text(text, f"fuzz.{syntax}", syntax=syntax)

    def session_state(data: bytes) -> None:
        with contextlib.suppress(StateError):
            read_state(data.decode("utf-8", errors="replace"))

    def chat_message(data: bytes) -> None:
        from assistant.dialogue import new_state, respond

        reply, _ = respond(data.decode("utf-8", errors="replace"), new_state(_AS_OF))
        json.dumps(reply.to_json(), ensure_ascii=False)

    def layout(suffix: str) -> Callable[[bytes], None]:
        def read(data: bytes) -> None:
            with contextlib.suppress(IngestError):
                read_layout_document(data, f"fuzz{suffix}", suffix)

        return read

    return {"policy_bytes": policy_bytes, "policy_html": policy_html, "profile_text": profile_text,
            "session_state": session_state, "chat_message": chat_message, "policy_pdf": layout(".pdf"),
            "policy_docx": layout(".docx")}[name]


_SEEDS = {
    "policy_bytes": [(ROOT / "data" / "policies" / "dalian-ftz-innovation-zone-plan-2021.txt").read_bytes()[:3000],
                     "第一条 对首次认定的高新技术企业，一次性给予20万元补助。".encode()],
    "policy_html": [b"<html><body><div><p>\xe7\xac\xac\xe4\xb8\x80\xe6\x9d\xa1</p></div></body></html>"],
    "profile_text": [b'{"location": {"in_zone": true}, "qualifications": [{"id": "high_tech_enterprise"}]}',
                     b"location: {in_zone: true}\nrd_expense:\n  - {year: 2023, amount_cny: 30000000}\n"],
    "session_state": [b'{"as_of": "2024-06-01", "facts": [], "asked": [], "turns": 0}'],
    "chat_message": ["我们在片区内，2022年11月首次认定为高新技术企业，去年研发投入从3000万涨到5000万".encode(),
                     b"We are an HNTE in the zone; R&D was RMB 30 million in 2023."],
}
_LAYOUT_SEED_LINES = ["某区促进科技创新若干措施", "一、对首次认定的高新技术企业，一次性给予20万元补助。",
                      "二、本措施自2024年1月1日起施行，有效期至2026年12月31日。"]


def _layout_seed(name: str, folder: Path) -> bytes:
    """A small PDF or Word policy to start from (made here, as the tests make theirs)."""
    from tests.ingest.test_layout_formats import make_docx, make_pdf

    path = folder / ("seed.pdf" if name == "policy_pdf" else "seed.docx")
    (make_pdf if name == "policy_pdf" else make_docx)(_LAYOUT_SEED_LINES, path)
    return path.read_bytes()


def _fuzz_one(name: str, runs: int, corpus: Path) -> None:
    """Child process: run libFuzzer on one target."""
    import atheris

    corpus.mkdir(parents=True, exist_ok=True)
    seeds = _SEEDS.get(name) or [_layout_seed(name, corpus.parent)]
    for number, seed in enumerate(seeds):
        (corpus / f"seed-{number}").write_bytes(seed)
    with atheris.instrument_imports():
        target = _target(name)
    if name == "chat_message":
        from assistant.dialogue import default_context

        default_context()  # load the policy before fuzzing, not in the first input
    atheris.Setup([sys.argv[0], f"-runs={runs}", "-max_len=2048", "-rss_limit_mb=4096",
                   "-print_final_stats=1", f"-artifact_prefix={corpus}/", str(corpus)], target)
    atheris.Fuzz()


def _stats(output: str) -> int | None:
    for line in output.splitlines():
        if line.startswith("stat::number_of_executed_units:"):
            return int(line.split(":")[-1])
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20_000, help="inputs per target")
    parser.add_argument("--target", choices=TARGETS, action="append", help="only these targets")
    parser.add_argument("--child", choices=TARGETS, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, default=ROOT / ".fuzz-corpus", help="where inputs are kept")
    args = parser.parse_args()
    if args.child:
        _fuzz_one(args.child, args.runs, args.corpus / args.child)
        return 0
    findings = 0
    print(f"{'target':15} {'inputs':>9} {'seconds':>8} {'inputs/s':>9} {'findings':>9}")
    for name in args.target or TARGETS:
        started = time.perf_counter()
        done = subprocess.run([sys.executable, __file__, "--child", name, "--runs", str(args.runs),
                               "--corpus", str(args.corpus)], capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        executed = _stats(done.stderr)
        found = int(done.returncode != 0)
        findings += found
        rate = f"{executed / seconds:9.0f}" if executed else "        —"
        print(f"{name:15} {executed or 0:>9} {seconds:8.1f} {rate} {found:>9}")
        if found:
            print("\n".join(done.stderr.splitlines()[-40:]), file=sys.stderr)
    print("PASS: nothing but the project's own errors" if not findings else f"FAIL: {findings} target(s) raised")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
