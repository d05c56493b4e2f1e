"""Load on the web API (``policykg api``) and, as the baseline in the same run, on the Gradio
app's REST events: 50 concurrent clients for 60 s on ``eligibility``, then on ``ask``, each
server in its own subprocess on a free 127.0.0.1 port. Prints p50/p95/p99 latency, throughput,
errors and the server's RSS at start and end. ``--soak [SECONDS]`` (600 without a value) runs
both endpoints together for that long and reports RSS growth instead.

Targets (2 cores): p95 ≤ 300 ms, 0 errors, RSS growth ≤ 5% over the soak. The API runs
one uvicorn worker by default: two workers were measured no faster (250 req/s either way on
``eligibility``, slower on ``ask``) at 2.4× the memory, because the clients and the server share
the same two cores and a request costs the server only 1.6–2.7 ms of CPU.

Profiles are the scenarios in ``tests/scenarios/``; messages are the dialogues in
``tests/conversations/`` (single and multi-turn, the state carried from turn to turn).
Only loopback traffic; each client stops at the deadline or when the request budget is spent.

Run: ``python bench/load.py`` (``--duration 10`` for a short run, ``--workers 2``,
``--soak 180``, ``--no-baseline``).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import aiohttp
import httpx
import psutil
import yaml

ROOT = Path(__file__).resolve().parents[1]
LOOPBACK = "127.0.0.1"
P95_TARGET_MS, RSS_GROWTH_TARGET = 300.0, 0.05
READY_LIMIT_S, REQUEST_TIMEOUT_S = 180.0, 60.0


# ---------------------------------------------------------------- the client

class Http:
    """The load client's HTTP: aiohttp (about a fifth of httpx's CPU per request, which matters
    when the client shares the machine's two cores with the server it measures)."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def post_json(self, path: str, body: Any) -> Any:
        async with self.session.post(path, json=body) as response:
            if response.status != 200:
                raise RequestFailed(f"HTTP {response.status}")
            return await response.json(content_type=None)

    async def lines(self, path: str) -> AsyncIterator[str]:
        async with self.session.get(path) as response:
            if response.status != 200:
                raise RequestFailed(f"HTTP {response.status}")
            async for line in response.content:
                yield line.decode("utf-8").rstrip("\r\n")


def session(base_url: str, connections: int) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(base_url=base_url, connector=aiohttp.TCPConnector(limit=connections),
                                 timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S), trust_env=False)


# ---------------------------------------------------------------- workload from the test data

def _plain(data: Any) -> Any:
    """YAML data as JSON carries it (dates as text)."""
    return json.loads(json.dumps(data, default=lambda value: value.isoformat()))


@dataclass(frozen=True)
class Workload:
    profiles: list[tuple[dict[str, Any], str]]
    """(profile, as_of) from each scenario."""
    dialogues: list[tuple[list[str], str]]
    """(the user's turns, as_of) from each conversation."""


def load_workload() -> Workload:
    profiles, dialogues = [], []
    for path in sorted((ROOT / "tests" / "scenarios").glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(case.get("profile"), dict) and case.get("as_of"):
            profiles.append((_plain(case["profile"]), str(case["as_of"])))
    for path in sorted((ROOT / "tests" / "conversations").glob("*/*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        turns = [str(turn["user"]) for turn in case.get("turns", [])]
        if turns:
            dialogues.append((turns, str(case.get("as_of") or dt.date.today())))
    if not profiles or not dialogues:
        raise SystemExit("no scenarios or conversations found under tests/")
    return Workload(profiles, dialogues)


# ---------------------------------------------------------------- the two servers' protocols

class RequestFailed(Exception):
    """A request that did not succeed; the message is its kind, for the error count."""


class Target(Protocol):
    name: str

    def command(self, port: int) -> list[str]: ...

    ready_path: str

    async def eligibility(self, http: Http, profile: dict[str, Any], as_of: str) -> None: ...

    async def ask(self, http: Http, message: str, state: Any, as_of: str) -> Any: ...


@dataclass
class ApiTarget:
    workers: int = 1
    name: str = "policykg api"
    ready_path: str = "/openapi.json"

    def command(self, port: int) -> list[str]:
        return [sys.executable, "-c", "from assistant.cli import app; app(prog_name='policykg')", "api",
                "--host", LOOPBACK, "--port", str(port), "--rate-limit", "off", "--workers", str(self.workers)]

    async def eligibility(self, http: Http, profile: dict[str, Any], as_of: str) -> None:
        body = await http.post_json("/v1/eligibility", {"profile": profile, "as_of": as_of})
        if "total_min_cny" not in body:
            raise RequestFailed("no total in the reply")

    async def ask(self, http: Http, message: str, state: Any, as_of: str) -> Any:
        body = await http.post_json("/v1/ask", {"message": message, "state": state, "as_of": as_of})
        return body["state"]


@dataclass
class GradioTarget:
    """The app's named events: ``POST /gradio_api/call/<name>`` then its result stream."""

    name: str = "gradio app (baseline)"
    ready_path: str = "/"

    def command(self, port: int) -> list[str]:
        return [sys.executable, "app.py", "--host", LOOPBACK, "--port", str(port)]

    async def _call(self, http: Http, event: str, data: list[Any]) -> Any:
        event_id = (await http.post_json(f"/gradio_api/call/{event}", {"data": data}))["event_id"]
        kind = ""
        async for line in http.lines(f"/gradio_api/call/{event}/{event_id}"):
            if line.startswith("event:"):
                kind = line.removeprefix("event:").strip()
            elif line.startswith("data:") and kind in ("complete", "error"):
                if kind == "error":
                    raise RequestFailed("event error")
                return json.loads(line.removeprefix("data:"))
        raise RequestFailed("stream ended without a result")

    async def eligibility(self, http: Http, profile: dict[str, Any], as_of: str) -> None:
        result = await self._call(http, "eligibility", [json.dumps(profile, ensure_ascii=False), as_of])
        if "total_min_cny" not in result[0]:
            raise RequestFailed("no total in the reply")

    async def ask(self, http: Http, message: str, state: Any, as_of: str) -> Any:
        result = await self._call(http, "ask", [message, state or "", as_of])
        try:
            reply, new_state = result[0]  # the event's one output: [reply, state]
        except (IndexError, TypeError, ValueError) as error:
            raise RequestFailed(f"unexpected result shape {str(result)[:40]}") from error
        if "answer" not in reply:
            raise RequestFailed("no answer in the reply")
        return new_state


# ---------------------------------------------------------------- a server in a subprocess

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        port: int = probe.getsockname()[1]
        return port


def rss_mb(process: psutil.Process) -> float:
    """The server's resident memory, its worker processes included."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total / 2**20


@dataclass
class Server:
    target: Target
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def __enter__(self) -> Server:
        env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1",
               "NO_PROXY": "127.0.0.1,localhost", "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(self.target.command(self.port), cwd=ROOT, env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + READY_LIMIT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"{self.target.name} exited with {self.process.returncode} before it was ready")
            try:
                if httpx.get(self.base_url + self.target.ready_path, timeout=2, trust_env=False).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.__exit__()
        raise SystemExit(f"{self.target.name} not ready after {READY_LIMIT_S:.0f} s")

    def __exit__(self, *_: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def rss_mb(self) -> float:
        assert self.process is not None
        return rss_mb(psutil.Process(self.process.pid))

    def cpu_seconds(self) -> float:
        """User and system CPU time of the server and its workers so far."""
        assert self.process is not None
        total = 0.0
        root = psutil.Process(self.process.pid)
        for member in [root, *root.children(recursive=True)]:
            try:
                times = member.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += times.user + times.system
        return total


# ---------------------------------------------------------------- closed-loop clients

@dataclass
class LoadResult:
    latencies_ms: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    rss_samples: list[float] = field(default_factory=list)
    server_cpu_s: float = 0.0

    def percentile(self, q: int) -> float:
        if len(self.latencies_ms) < 2:
            return self.latencies_ms[0] if self.latencies_ms else float("nan")
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[q - 1]

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + sum(self.errors.values())


Operation = Callable[[Http, int], Awaitable[None]]


def operations(target: Target, workload: Workload) -> dict[str, Callable[[int], Operation]]:
    """Per endpoint, a factory of one client's loop step (client number → step)."""

    def eligibility(client: int) -> Operation:
        counter = itertools.count(client)

        async def step(http: Http, _: int) -> None:
            profile, as_of = workload.profiles[next(counter) % len(workload.profiles)]
            await target.eligibility(http, profile, as_of)

        return step

    def ask(client: int) -> Operation:
        dialogues = itertools.cycle(workload.dialogues[client % len(workload.dialogues):] +
                                    workload.dialogues[:client % len(workload.dialogues)])
        position: dict[str, Any] = {"turns": iter(()), "state": None, "as_of": ""}

        async def step(http: Http, _: int) -> None:
            message = next(position["turns"], None)
            if message is None:
                turns, as_of = next(dialogues)
                position.update(turns=iter(turns[1:]), state=None, as_of=as_of)
                message = turns[0]
            try:
                position["state"] = await target.ask(http, message, position["state"], position["as_of"])
            except RequestFailed:
                position["turns"] = iter(())  # start the next dialogue afresh
                raise

        return step

    return {"eligibility": eligibility, "ask": ask}


async def run_load(server: Server, steps: list[Operation], seconds: float, max_requests: int,
                   rss_every_s: float = 10.0) -> LoadResult:
    """Each step is one client looping until the deadline or until ``max_requests`` were issued."""
    result = LoadResult(rss_samples=[server.rss_mb()])
    cpu_before = server.cpu_seconds()
    issued = itertools.count()
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = start + seconds
    async with session(server.base_url, len(steps)) as client_session:
        http = Http(client_session)

        async def client(step: Operation) -> None:
            while loop.time() < deadline and next(issued) < max_requests:
                began = time.perf_counter()
                try:
                    await step(http, 0)
                except (TimeoutError, RequestFailed, aiohttp.ClientError, KeyError, ValueError) as error:
                    result.errors[f"{type(error).__name__}: {error}"[:80]] += 1
                    continue
                result.latencies_ms.append((time.perf_counter() - began) * 1000)

        async def sample_rss() -> None:
            while loop.time() < deadline:
                await asyncio.sleep(min(rss_every_s, max(0.0, deadline - loop.time())))
                result.rss_samples.append(server.rss_mb())

        sampler = asyncio.create_task(sample_rss())
        await asyncio.gather(*(client(step) for step in steps))
        sampler.cancel()
    result.seconds = loop.time() - start
    result.rss_samples.append(server.rss_mb())
    result.server_cpu_s = server.cpu_seconds() - cpu_before
    return result


# ---------------------------------------------------------------- the run

HEADER = (f"{'server':<24}{'endpoint':<20}{'clients':>8}{'s':>6}{'requests':>10}{'req/s':>8}"
          f"{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}{'CPU ms/req':>11}   RSS start → end MB")


def row(server: str, endpoint: str, clients: int, result: LoadResult) -> str:
    rss = result.rss_samples
    growth = (rss[-1] - rss[0]) / rss[0] if rss and rss[0] else float("nan")
    return (f"{server:<24}{endpoint:<20}{clients:>8}{result.seconds:>6.0f}{result.requests:>10}"
            f"{len(result.latencies_ms) / result.seconds:>8.1f}{result.percentile(50):>9.1f}"
            f"{result.percentile(95):>9.1f}{result.percentile(99):>9.1f}{sum(result.errors.values()):>8}"
            f"{1000 * result.server_cpu_s / max(1, result.requests):>11.2f}"
            f"   {rss[0]:.0f} → {rss[-1]:.0f} ({growth:+.1%}, max {max(rss):.0f})")


async def warm_up(server: Server, target: Target, workload: Workload) -> None:
    """Every profile and every dialogue once, sequentially, so that first-use work (regular
    expressions compiled, caches filled) is not measured."""
    async with session(server.base_url, 1) as client_session:
        http = Http(client_session)
        for profile, as_of in workload.profiles:
            await target.eligibility(http, profile, as_of)
        for turns, as_of in workload.dialogues:
            state = None
            for message in turns:
                state = await target.ask(http, message, state, as_of)


def measure(target: Target, workload: Workload, arguments: argparse.Namespace) -> list[tuple[str, LoadResult]]:
    factories = operations(target, workload)
    results = []
    with Server(target) as server:
        asyncio.run(warm_up(server, target, workload))
        if arguments.soak is not None:
            steps = [factories["eligibility" if n % 2 == 0 else "ask"](n) for n in range(arguments.clients)]
            soak = asyncio.run(run_load(server, steps, arguments.soak, arguments.max_requests, rss_every_s=30.0))
            results.append(("soak eligibility+ask", soak))
            print(row(target.name, "soak eligibility+ask", arguments.clients, soak), flush=True)
            return results
        for endpoint in ("eligibility", "ask"):
            steps = [factories[endpoint](n) for n in range(arguments.clients)]
            result = asyncio.run(run_load(server, steps, arguments.duration, arguments.max_requests))
            results.append((endpoint, result))
            print(row(target.name, endpoint, arguments.clients, result), flush=True)
            for kind, count in result.errors.most_common(3):
                print(f"    {count} × {kind}")
    return results


def verdict(results: list[tuple[str, LoadResult]], soak: bool) -> bool:
    ok = True
    for endpoint, result in results:
        errors = sum(result.errors.values())
        rss = result.rss_samples
        growth = (rss[-1] - rss[0]) / rss[0]
        passed = result.percentile(95) <= P95_TARGET_MS and errors == 0 and (not soak or growth <= RSS_GROWTH_TARGET)
        ok = ok and passed
        print(f"  {endpoint}: p95 {result.percentile(95):.0f} ms (target {P95_TARGET_MS:.0f}), errors {errors} "
              f"(target 0)" + (f", RSS growth {growth:+.1%} (target ≤ {RSS_GROWTH_TARGET:.0%})" if soak else "")
              + (" PASS" if passed else " FAIL"))
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds per endpoint (default 60)")
    parser.add_argument("--max-requests", type=int, default=500_000, help="request budget per run")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers of the API")
    parser.add_argument("--soak", type=float, nargs="?", const=600.0, default=None, metavar="SECONDS",
                        help="run both endpoints together this long (600 s without a value) and report RSS growth")
    parser.add_argument("--no-baseline", action="store_true", help="skip the Gradio app")
    arguments = parser.parse_args(argv)
    if arguments.clients < 1 or arguments.duration <= 0 or (arguments.soak is not None and arguments.soak <= 0):
        parser.error("--clients, --duration and --soak must be positive")
    workload = load_workload()
    print(f"{arguments.clients} clients, {len(workload.profiles)} profiles, {len(workload.dialogues)} dialogues; "
          f"API workers {arguments.workers}; {os.cpu_count()} CPUs")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (other work on the machine "
          "competes with both server and clients)")
    print(HEADER, flush=True)
    ours = measure(ApiTarget(workers=arguments.workers), workload, arguments)
    if not arguments.no_baseline:
        measure(GradioTarget(), workload, arguments)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("targets (policykg api):")
    return 0 if verdict(ours, arguments.soak is not None) else 1


if __name__ == "__main__":
    raise SystemExit(main())
