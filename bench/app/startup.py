"""App start-up: from `python app.py` to the first HTTP 200 (a usable page, target under 5 s
after the first run) and to search being ready, with the process's memory; and one chat
turn's server time through the REST event `ask` (target under 100 ms).

Each round starts the app three ways on the same machine, one after the other:
- baseline: ``app.py --eager``, the old synchronous start (the policy read from its text and
  search built before the page is served), with the search vectors already cached;
- cold: the new start with every cache empty (start-up cache, search vectors, jieba's
  dictionary cache, Gradio's and matplotlib's folders: a fresh temporary folder);
- warm: the new start again with those caches as the cold start left them.
An empty Gradio page started the same way is the floor (Gradio's own import and launch).
Figures are medians over the rounds, with the range; the machine's load is printed because
other work on it slows every figure alike.

Run: ``python bench/app/startup.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ui.warmup import SEARCH_FAILED_LINE, SEARCH_READY_LINE  # noqa: E402

MESSAGE = "我们在片区内，2022年11月首次认定为高新技术企业，能拿多少？"
EMPTY_APP = ("import gradio as gr, sys\nwith gr.Blocks() as page:\n    gr.Markdown('empty')\n"
             "page.launch(server_name='127.0.0.1', server_port=int(sys.argv[1]), quiet=True, "
             "prevent_thread_lock=True)\n"
             "print('" + SEARCH_READY_LINE + "', flush=True)\npage.block_thread()\n")
STARTUP_TARGET_S, TURN_TARGET_MS = 5.0, 100.0
LIMIT_S = 120.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def environment(cache: Path) -> dict[str, str]:
    """Every cache the app writes, inside ``cache``."""
    return {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1",
            "NO_PROXY": "127.0.0.1,localhost", "POLICYKG_CACHE_DIR": str(cache / "policykg"),
            "GRADIO_TEMP_DIR": str(cache / "gradio"),
            "MPLCONFIGDIR": str(cache / "matplotlib"), "PYTHONPATH": str(ROOT)}


@dataclass(frozen=True)
class Start:
    http_200_s: float
    cpu_to_200_s: float
    """CPU time (user + system) the process had used when the page first answered: what a
    quiet machine's wall time would be, near enough, whatever else the machine is doing."""
    search_ready_s: float
    rss_mb: float


class Lines:
    """The lines a process prints, each with the time it arrived."""

    def __init__(self, process: subprocess.Popen[str], started: float) -> None:
        self.seen: list[tuple[float, str]] = []
        self._started = started
        self._thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self._thread.start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            self.seen.append((time.perf_counter() - self._started, line.rstrip()))

    def first(self, *prefixes: str) -> tuple[float, str] | None:
        return next(((at, line) for at, line in list(self.seen) if line.startswith(prefixes)), None)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@contextmanager
def running(command: list[str], env: dict[str, str]) -> Iterator[tuple[subprocess.Popen[str], Lines, float]]:
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    try:
        yield process, Lines(process, started), started
    finally:
        process.terminate()
        process.wait(10)


def start_once(command: list[str], port: int, env: dict[str, str]) -> Start:
    with running(command, env) as (process, lines, started):
        http_200 = cpu_to_200 = None
        while (now := time.perf_counter() - started) < LIMIT_S:
            if process.poll() is not None:
                raise RuntimeError(f"{command} exited with {process.returncode}: "
                                   + "\n".join(line for _, line in lines.seen))
            if http_200 is None:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                        if response.status == 200:
                            http_200, cpu_to_200 = now, cpu_seconds(process.pid)
                except OSError:
                    pass
            done = lines.first(SEARCH_READY_LINE, SEARCH_FAILED_LINE)
            if done is not None and done[1].startswith(SEARCH_FAILED_LINE):
                raise RuntimeError(done[1])
            if http_200 is not None and cpu_to_200 is not None and done is not None:
                # search is usable once it is built and the page answers, whichever comes last
                return Start(http_200, cpu_to_200, max(http_200, done[0]), rss_mb(process.pid))
            time.sleep(0.05)
        raise RuntimeError(f"{command}: not ready after {LIMIT_S} s")


def turn_times(port: int, env: dict[str, str], rounds: int = 30) -> list[float]:
    from gradio_client import Client

    with running([sys.executable, "app.py", "--port", str(port)], env) as (_, lines, _started):
        deadline = time.perf_counter() + LIMIT_S
        while lines.first(SEARCH_READY_LINE) is None:
            if time.perf_counter() > deadline:
                raise RuntimeError("the app did not warm up")
            time.sleep(0.1)
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        client.predict(MESSAGE, "", "2024-06-01", api_name="/ask")  # warm
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            client.predict(MESSAGE, "", "2024-06-01", api_name="/ask")
            times.append((time.perf_counter() - start) * 1000)
        return times


def summary(values: list[float], unit: str, digits: int = 2) -> str:
    middle = statistics.median(values)
    return f"{middle:.{digits}f} {unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args(argv)
    from assistant.dialogue import default_context, new_state, respond

    load_before = os.getloadavg()[0]
    kinds = ("baseline --eager (old start)", "cold (empty caches)", "warm (second start)", "empty Gradio page")
    starts: dict[str, list[Start]] = {kind: [] for kind in kinds}
    for round_number in range(arguments.rounds):
        with tempfile.TemporaryDirectory(prefix="policykg-startup-") as folder:
            cache = Path(folder)
            env = environment(cache)
            app = [sys.executable, "app.py", "--port"]
            starts[kinds[1]].append(start_once([*app, str(port := free_port())], port, env))
            starts[kinds[2]].append(start_once([*app, str(port := free_port())], port, env))
            starts[kinds[0]].append(start_once([*app, str(port := free_port()), "--eager"], port, env))
            starts[kinds[3]].append(start_once([sys.executable, "-c", EMPTY_APP, str(port := free_port())],
                                               port, env))
        print(f"round {round_number + 1}/{arguments.rounds} done", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="policykg-turns-") as folder:
        round_trips = turn_times(free_port(), environment(Path(folder)))
    context = default_context()
    respond(MESSAGE, new_state(), context)
    direct = []
    for _ in range(30):
        start = time.perf_counter()
        respond(MESSAGE, new_state(), context)
        direct.append((time.perf_counter() - start) * 1000)

    print(f"start-up, median of {arguments.rounds} rounds (range); 1-minute load average "
          f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores")
    print(f"{'':30} {'first HTTP 200':>22} {'CPU used by then':>22} {'search ready':>22} {'RSS when ready':>18}")
    for kind in kinds:
        runs = starts[kind]
        ready = "—" if kind == kinds[3] else summary([r.search_ready_s for r in runs], "s")
        print(f"{kind:30} {summary([r.http_200_s for r in runs], 's'):>22} "
              f"{summary([r.cpu_to_200_s for r in runs], 's'):>22} {ready:>22} "
              f"{summary([r.rss_mb for r in runs], 'MB', 0):>18}")
    baseline = statistics.median(r.http_200_s for r in starts[kinds[0]])
    warm = statistics.median(r.http_200_s for r in starts[kinds[2]])
    cpu_baseline = statistics.median(r.cpu_to_200_s for r in starts[kinds[0]])
    cpu_warm = statistics.median(r.cpu_to_200_s for r in starts[kinds[2]])
    median_trip = statistics.median(round_trips)
    print(f"first HTTP 200: warm start {warm:.2f} s against the old start's {baseline:.2f} s "
          f"({baseline / warm:.1f}× sooner; target {STARTUP_TARGET_S:.0f} s); CPU used by then "
          f"{cpu_warm:.2f} s against {cpu_baseline:.2f} s")
    print(f"chat turn via REST /ask (client round trip, includes queue and HTTP): median {median_trip:.1f} ms, "
          f"max {max(round_trips):.1f} ms; baseline respond() in-process median {statistics.median(direct):.2f} ms; "
          f"server time ≤ round trip (target {TURN_TARGET_MS:.0f} ms)")
    ok = warm < STARTUP_TARGET_S and median_trip < TURN_TARGET_MS
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
