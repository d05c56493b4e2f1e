"""Run a function in a forked child that is killed at a time limit, optionally at a lower CPU
priority. The child starts with a copy of everything already loaded (no re-import, no reload of
the graph or the vocabulary), and a child that runs past its time is killed, which is the only
way to stop work that Python cannot interrupt (an rdflib query, a parser). Used by the SPARQL
console (:mod:`kg.time_limit`) and the app's upload (niced, so a long upload does not slow the
chat of other users)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")
JOIN_SECONDS = 5


class ChildTimeout(Exception):
    """The child ran past its time limit and was killed."""


class ChildFailed(Exception):
    """The child ended without an answer (killed from outside, out of memory, crashed)."""


def _run(function: Callable[..., Any], args: tuple[Any, ...], niceness: int, pipe: Connection) -> None:
    try:
        if niceness:
            os.nice(niceness)
        outcome: tuple[str, Any] = ("value", function(*args))
    except Exception as error:  # handed to the parent, which raises it there
        outcome = ("raised", error)
    try:
        pipe.send(outcome)
    except Exception as error:  # the value or the error could not be pickled
        pipe.send(("raised", ChildFailed(f"the answer could not be sent back ({type(error).__name__})")))
    finally:
        pipe.close()


def call_in_child(function: Callable[..., T], *args: Any, seconds: float, niceness: int = 0) -> T:
    """``function(*args)`` computed in a forked child (``niceness`` added to its CPU priority);
    what it raises is raised here. :class:`ChildTimeout` after ``seconds``; :class:`ChildFailed`
    if the child dies first."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_run, args=(function, args, niceness, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise ChildTimeout(f"stopped after {seconds:g} s (time limit)")
        status, payload = receive.recv()
    except EOFError as error:
        raise ChildFailed(f"the process ended without an answer (exit code {child.exitcode})") from error
    finally:
        if child.is_alive():
            child.kill()
        child.join(JOIN_SECONDS)
        receive.close()
    if status == "raised":
        raise payload
    result: T = payload
    return result
