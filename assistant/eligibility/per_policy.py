"""What the engine reads from a provision's own words, kept once per policy: the clause holding its figure, the payee
phrase and what of it no check reads, the groups its sentence joins by 或, whether it pays a person. These are the
same for every company, so they are read on the first evaluation and reused by the next ones (a chat turn evaluates
the policy's ~50 provisions once or twice; re-reading every sentence each time made the engine ~4× slower).

Values are keyed by what they are computed from (the provision itself, compared by value) and by the vocabulary in
use (:func:`ingest.concepts.load_vocabulary` may be chosen per context), so a value is never reused for another
reading. The memo is not pickled: rules unpickled from a start-up cache start with an empty one."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from ingest.concepts import load_vocabulary

T = TypeVar("T")


class PerPolicy:
    """Values computed once per policy's rules (and vocabulary); see the module's docstring."""

    def __init__(self) -> None:
        self._values: dict[tuple[Hashable, object], Any] = {}

    def once(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The value of ``compute()`` for ``key`` under the vocabulary in use, computed the first time only.
        ``compute`` must depend on nothing but ``key``, the policy's rules and the vocabulary, and its value must not
        be changed by the caller (give tuples, not lists)."""
        full = (key, load_vocabulary())
        try:
            value: T = self._values[full]
        except KeyError:
            value = self._values[full] = compute()
        return value

    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._values = {}
