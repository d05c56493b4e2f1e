"""What the engine reads from a provision's own words, kept once per policy: the clause holding its figure, the payee
phrase and what of it no check reads, the groups its sentence joins by 或, whether it pays a person. These are the
same for every company, so they are read on the first evaluation and reused by the next ones (a chat turn evaluates
the policy's ~50 provisions once or twice; re-reading every sentence each time made the engine ~4× slower).

A value is kept for the very provision object it was computed from and the vocabulary in use
(:func:`ingest.concepts.load_vocabulary` may be chosen per context): another object, even with the same id, or another
vocabulary computes it again and replaces it, so a value is never reused for another reading and the memo holds at
most one value per provision id. The memo is not pickled: rules unpickled from a start-up cache start with an empty
one."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from ingest.concepts import load_vocabulary
from ingest.model import Provision

T = TypeVar("T")


class PerPolicy:
    """Values computed once per policy's rules (and vocabulary); see the module's docstring."""

    def __init__(self) -> None:
        self._values: dict[tuple[str, str, Hashable], tuple[Provision, object, Any]] = {}

    def once(self, name: str, provision: Provision, compute: Callable[[], T], variant: Hashable = None) -> T:
        """The value of ``compute()`` named ``name`` for ``provision`` (and ``variant``) under the vocabulary in use,
        computed the first time only. ``compute`` must depend on nothing but these and the policy's rules, and its
        value must not be changed by the caller (give tuples, not lists)."""
        key = (name, provision.id, variant)
        vocabulary = load_vocabulary()
        found = self._values.get(key)
        if found is not None and found[0] is provision and found[1] is vocabulary:
            value: T = found[2]
            return value
        value = compute()
        self._values[key] = (provision, vocabulary, value)
        return value

    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._values = {}
