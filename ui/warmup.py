"""Search warms up in a background thread once the page is served.

Building the clause search (jieba's dictionary, BM25, the FAISS index over the cached sentence
vectors) and loading the sentence model take a few seconds; the page does not wait for them.
Until they are ready the page shows one status line (:func:`status_text`), which goes away
when they are; a question that needs search meanwhile waits for the same build
(:meth:`assistant.dialogue.AssistantContext.search` builds once, under a lock). A warm-up
that fails says why on the page and in the console, and the app keeps serving everything
else.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from assistant.dialogue import AssistantContext
from assistant.format import markdown_text

WARMING, READY, FAILED = "warming", "ready", "failed"
WARM_QUERY = "研发经费后补助"
"""A query run once so that the first real one finds everything loaded (a Chinese one also
loads jieba's dictionary)."""
SEARCH_READY_LINE = "policykg: search is ready"
"""Printed when the warm-up is done (the benchmark and the browser tests wait for it)."""
SEARCH_FAILED_LINE = "policykg: search could not be prepared"
PAGE_WAIT_S = 600.0
"""How long a page keeps listening for the end of the warm-up before it stops updating."""
WORDS = {
    WARMING: ("检索正在准备…", "Search is warming up…"),
    FAILED: ("检索暂不可用", "Search is unavailable"),
}


@dataclass
class Warmup:
    """A job run once, in a background thread (:meth:`start`) or in the caller's
    (:meth:`run`); anyone can ask its state or wait for it."""

    job: Callable[[], object]
    on_done: Callable[[Warmup], None] | None = None
    seconds: float | None = None
    """How long the job took, once it is done."""
    error: str | None = None
    _done: threading.Event = field(default_factory=threading.Event, repr=False)

    @classmethod
    def skipped(cls) -> Warmup:
        """A warm-up with nothing to do, already done (search then builds on first use)."""
        done = cls(lambda: None)
        done.run()
        return done

    @property
    def state(self) -> str:
        if not self._done.is_set():
            return WARMING
        return FAILED if self.error is not None else READY

    def run(self) -> None:
        started = time.perf_counter()
        try:
            self.job()
        except Exception as error:  # any failure is reported on the page, never raised into the server
            self.error = f"{type(error).__name__}: {error}"
        finally:
            self.seconds = time.perf_counter() - started
            self._done.set()
            if self.on_done is not None:
                self.on_done(self)

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.run, name="policykg-warmup", daemon=True)
        thread.start()
        return thread

    def wait(self, timeout: float | None = None) -> bool:
        """True once the job is done (ready or failed), False if ``timeout`` passed first."""
        return self._done.wait(timeout)


def warm_search(context: AssistantContext) -> None:
    """Build ``context``'s search and answer one query with it."""
    context.search().search(WARM_QUERY, k=1)


def search_warmup(context: AssistantContext, on_done: Callable[[Warmup], None] | None = None) -> Warmup:
    return Warmup(lambda: warm_search(context), on_done)


def announce(warmup: Warmup) -> None:
    """The console line for a finished warm-up."""
    if warmup.error is None:
        print(f"{SEARCH_READY_LINE} ({warmup.seconds:.1f} s)", flush=True)
    else:
        print(f"{SEARCH_FAILED_LINE}: {warmup.error}; questions that need it will say so", flush=True)


def status_text(warmup: Warmup, mode: str = "both") -> str:
    """The page's status line in the interface's language (``both``, ``zh`` or ``en``): empty
    once search is ready."""
    state = warmup.state
    if state == READY:
        return ""
    zh, en = WORDS[state]
    if state == FAILED:
        reason = markdown_text(warmup.error or "")
        zh, en = f"{zh}：{reason}", f"{en}: {reason}"
    return {"zh": zh, "en": en}.get(mode, f"{zh} {en}")


def status_update(warmup: Warmup, mode: str) -> dict[str, Any]:
    """The status line's properties: its text, hidden when there is none."""
    import gradio as gr

    text = status_text(warmup, mode)
    update: dict[str, Any] = gr.update(value=text, visible=bool(text))
    return update


def follow(warmup: Warmup, mode: str, wait_s: float = PAGE_WAIT_S) -> Iterator[dict[str, Any]]:
    """For a page just loaded: the status now, then again when the warm-up is done."""
    yield status_update(warmup, mode)
    if warmup.state == WARMING:
        warmup.wait(wait_s)
        yield status_update(warmup, mode)
