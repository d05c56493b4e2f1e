"""App speed: from `python app.py` to a page that answers (target under 10 s) and one chat
turn's server time through the REST event `ask` (target under 100 ms). Baselines in the same
run: an empty Gradio page started the same way, and the same turn by `respond()` in-process.

Run: ``python bench/app/startup.py``.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MESSAGE = "我们在片区内，2022年11月首次认定为高新技术企业，能拿多少？"
EMPTY_APP = ("import gradio as gr, sys\nwith gr.Blocks() as page:\n    gr.Markdown('empty')\n"
             "page.launch(server_name='127.0.0.1', server_port=int(sys.argv[1]))\n")
STARTUP_TARGET_S, TURN_TARGET_MS = 10.0, 100.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def time_to_ready(command: list[str], port: int, limit_s: float = 60.0) -> float:
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1", "NO_PROXY": "127.0.0.1"}
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < limit_s:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1) as response:
                    if response.status == 200:
                        return time.perf_counter() - start
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"{command}: not ready after {limit_s} s")
    finally:
        process.terminate()
        process.wait(10)


def turn_times(port: int, rounds: int = 30) -> list[float]:
    from gradio_client import Client

    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen([sys.executable, "app.py", "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.perf_counter() + 60
        while True:
            try:
                client = Client(f"http://127.0.0.1:{port}/", verbose=False)
                break
            except Exception:
                if time.perf_counter() > deadline:
                    raise
                time.sleep(0.2)
        client.predict(MESSAGE, "", "2024-06-01", api_name="/ask")  # warm
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            client.predict(MESSAGE, "", "2024-06-01", api_name="/ask")
            times.append((time.perf_counter() - start) * 1000)
        return times
    finally:
        process.terminate()
        process.wait(10)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from assistant.dialogue import default_context, new_state, respond

    empty = time_to_ready([sys.executable, "-c", EMPTY_APP, str(port := free_port())], port)
    ours = time_to_ready([sys.executable, "app.py", "--port", str(port := free_port())], port)
    round_trips = turn_times(free_port())
    context = default_context()
    respond(MESSAGE, new_state(), context)
    direct = []
    for _ in range(30):
        start = time.perf_counter()
        respond(MESSAGE, new_state(), context)
        direct.append((time.perf_counter() - start) * 1000)
    median_trip = statistics.median(round_trips)
    print(f"startup to ready: policykg app {ours:.2f} s (target {STARTUP_TARGET_S:.0f} s); "
          f"baseline empty Gradio page {empty:.2f} s")
    print(f"chat turn via REST /ask (client round trip, includes queue and HTTP): median {median_trip:.1f} ms, "
          f"max {max(round_trips):.1f} ms; baseline respond() in-process median {statistics.median(direct):.2f} ms; "
          f"server time ≤ round trip (target {TURN_TARGET_MS:.0f} ms)")
    ok = ours < STARTUP_TARGET_S and median_trip < TURN_TARGET_MS
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
