"""Start-up: the policy cache (keyed by what the policy is read from, written atomically, rebuilt
when damaged) and the search warm-up (a question asked meanwhile waits; a failure is said)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from assistant.dialogue import AssistantContext
from assistant.retrieval.embedders import HashingEmbedder
from assistant.retrieval.search import ClauseSearch, build_search
from ui import handlers, policy_cache
from ui.policy_cache import CACHE_FOLDER, LoadedPolicy, cache_key, load_bundled_policy, source_fingerprint
from ui.warmup import (
    FAILED,
    READY,
    SEARCH_FAILED_LINE,
    SEARCH_READY_LINE,
    WARMING,
    Warmup,
    announce,
    follow,
    search_warmup,
    status_text,
)


@pytest.fixture(scope="module")
def read_once() -> LoadedPolicy:
    return policy_cache.read_bundled_policy()


@pytest.fixture
def counted_reads(monkeypatch: pytest.MonkeyPatch, read_once: LoadedPolicy) -> list[int]:
    """Reading the policy text is replaced by the one reading above, counted."""
    reads: list[int] = []

    def read() -> LoadedPolicy:
        reads.append(1)
        return read_once

    monkeypatch.setattr(policy_cache, "read_bundled_policy", read)
    return reads


def cached_files(cache: Path) -> list[Path]:
    return sorted((cache / CACHE_FOLDER).glob("*"))


def test_the_second_start_loads_the_policy_from_the_cache(tmp_path: Path, counted_reads: list[int],
                                                           read_once: LoadedPolicy) -> None:
    first = load_bundled_policy(tmp_path)
    assert not first.from_cache and counted_reads == [1]
    [written] = cached_files(tmp_path)
    assert written.name.startswith("policy-") and written.suffix == ".pickle"
    second = load_bundled_policy(tmp_path)
    assert second.from_cache and counted_reads == [1]
    assert second.rules == read_once.rules
    assert set(second.graph) == set(read_once.graph)
    assert second.store.policy_ids() == read_once.store.policy_ids()


def test_a_damaged_cache_file_is_read_again_and_replaced(tmp_path: Path, counted_reads: list[int]) -> None:
    load_bundled_policy(tmp_path)
    [written] = cached_files(tmp_path)
    written.write_bytes(b"not a pickle at all")
    again = load_bundled_policy(tmp_path)
    assert not again.from_cache and counted_reads == [1, 1]
    assert load_bundled_policy(tmp_path).from_cache and counted_reads == [1, 1]


def test_a_file_for_another_key_is_ignored_and_removed(tmp_path: Path, counted_reads: list[int]) -> None:
    stale = tmp_path / CACHE_FOLDER / "policy-0123456789abcdef0123456789abcdef.pickle"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"from older code")
    assert not load_bundled_policy(tmp_path).from_cache
    assert stale not in cached_files(tmp_path) and len(cached_files(tmp_path)) == 1


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(tmp_path: Path, counted_reads: list[int]) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("the cache folder's place is taken by a file")
    assert not load_bundled_policy(blocked).from_cache
    assert not load_bundled_policy(blocked).from_cache and counted_reads == [1, 1]


def test_the_key_changes_with_the_policy_text_and_the_code(tmp_path: Path) -> None:
    policy = tmp_path / "policy.txt"
    policy.write_text("第一条 对首次认定的高新技术企业，一次性给予20万元补助。", encoding="utf-8")
    source = tmp_path / "repo"
    (source / "kg").mkdir(parents=True)
    (source / "kg" / "build.py").write_text("READ = 1\n")
    fingerprint = source_fingerprint(source)
    key = cache_key([policy], fingerprint)
    assert cache_key([policy], fingerprint) == key
    (source / "kg" / "__pycache__").mkdir()
    (source / "kg" / "__pycache__" / "build.cpython-311.pyc").write_bytes(b"compiled")
    assert source_fingerprint(source) == fingerprint  # compiled files are not sources
    policy.write_text("第一条 对首次认定的高新技术企业，一次性给予30万元补助。", encoding="utf-8")
    assert cache_key([policy], fingerprint) != key
    (source / "kg" / "build.py").write_text("READ = 2\n")
    assert source_fingerprint(source) != fingerprint


# ---------------------------------------------------------------------------- the warm-up


def test_the_status_line_says_warming_until_the_job_is_done() -> None:
    held = threading.Event()
    warmup = Warmup(lambda: held.wait(30))
    warmup.start()
    updates = follow(warmup, "both", wait_s=30)
    assert warmup.state == WARMING
    assert next(updates) == {"__type__": "update", "value": "检索正在准备… Search is warming up…", "visible": True}
    assert status_text(warmup, "zh") == "检索正在准备…"
    assert status_text(warmup, "en") == "Search is warming up…"
    held.set()
    assert next(updates) == {"__type__": "update", "value": "", "visible": False}
    assert warmup.state == READY and warmup.seconds is not None
    assert list(updates) == []


def test_a_page_loaded_after_the_warm_up_gets_no_status_line() -> None:
    warmup = Warmup(lambda: None)
    warmup.run()
    assert list(follow(warmup, "zh")) == [{"__type__": "update", "value": "", "visible": False}]


def test_a_failed_warm_up_is_said_on_the_page_and_in_the_console(capsys: pytest.CaptureFixture[str]) -> None:
    def broken() -> None:
        raise RuntimeError("the sentence model is missing")

    warmup = Warmup(broken, on_done=announce)
    warmup.run()
    assert warmup.state == FAILED
    assert status_text(warmup, "en") == "Search is unavailable: RuntimeError: the sentence model is missing"
    assert status_text(warmup, "zh").startswith("检索暂不可用：RuntimeError")
    assert capsys.readouterr().out.startswith(f"{SEARCH_FAILED_LINE}: RuntimeError: the sentence model is missing")


def test_a_finished_warm_up_prints_the_ready_line(capsys: pytest.CaptureFixture[str]) -> None:
    warmup = Warmup(lambda: None, on_done=announce)
    warmup.run()
    assert capsys.readouterr().out.startswith(f"{SEARCH_READY_LINE} (")


@pytest.fixture
def slow_search(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Building the search takes 0.5 s (with the test embedder); the start of each build is recorded."""
    import assistant.retrieval.search as search_module

    builds: list[float] = []

    def build(record, embedder, cache_dir=None) -> ClauseSearch:  # type: ignore[no-untyped-def]
        builds.append(time.perf_counter())
        time.sleep(0.5)
        return build_search(record, HashingEmbedder(), None)

    monkeypatch.setattr(search_module, "build_search", build)
    return builds


def test_a_search_asked_during_the_warm_up_waits_for_it_and_is_answered(read_once: LoadedPolicy,
                                                                         slow_search: list[float]) -> None:
    context = AssistantContext(read_once.rules)
    warmup = search_warmup(context)
    warmup.start()
    answers = []
    askers = [threading.Thread(target=lambda: answers.append(handlers.search("研发经费补助", 3, context)))
              for _ in range(3)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join(60)
    assert warmup.wait(60) and warmup.state == READY
    assert len(slow_search) == 1, "the search was built more than once"
    assert len(answers) == 3 and all(answer["hits"] for answer in answers)
