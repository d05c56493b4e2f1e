"""The bundled policies, read once and then loaded from a cache file at each start.

Reading the policy text into a graph and the graph into rules (SPARQL) takes about a second;
the result is pickled next to the search vectors, under a name made of the hash of what it
is built from: the policy files' bytes and the code and ontology that read them (``ingest``,
``kg``, ``assistant``, ``ontology``), with the Python and rdflib versions. A changed text or
reader gives another name, so a stale file is never used; files for other keys are removed.
The file is written atomically (:func:`kg.store.write_atomically`); an unreadable one is
rebuilt. The file is written and read by this program only, in the user's own cache folder.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from assistant.eligibility.rules import PolicyRules, rules_from_graph
from kg.store import REPO_ROOT, PolicyStore, bundled_policy_files, open_store, write_atomically

CACHE_FOLDER = "startup"
SOURCES = ("ingest", "kg", "assistant", "ontology")
"""Folders of the repository whose files decide what a policy reads into."""
FORMAT = 1


@dataclass(frozen=True)
class LoadedPolicy:
    """The store of bundled policies, and the rules of the one the app is about."""

    store: PolicyStore
    rules: PolicyRules
    from_cache: bool

    @property
    def graph(self) -> Graph:
        return self.store.graph()


def source_fingerprint(root: Path = REPO_ROOT) -> str:
    """A hash of every file the reading depends on (the policy files are added by :func:`cache_key`)."""
    import rdflib

    digest = hashlib.sha256(f"{FORMAT} {sys.version} rdflib {rdflib.__version__}".encode())
    for folder in SOURCES:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_key(policy_files: list[Path], fingerprint: str) -> str:
    digest = hashlib.sha256(fingerprint.encode())
    for path in policy_files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def _read(path: Path) -> LoadedPolicy | None:
    """The cached policy in ``path``, or None when there is none or it cannot be used."""
    try:
        with path.open("rb") as stream:
            graphs, rules = pickle.load(stream)
    except Exception:  # missing, damaged or written by other code: unpickling raises many kinds
        return None
    if not (isinstance(graphs, dict) and all(isinstance(g, Graph) for g in graphs.values())
            and isinstance(rules, PolicyRules)):
        return None
    return LoadedPolicy(PolicyStore(graphs), rules, from_cache=True)


def _write(path: Path, loaded: LoadedPolicy) -> None:
    try:
        write_atomically(path, pickle.dumps((loaded.store.graphs, loaded.rules), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        return  # a read-only cache folder only costs speed at the next start
    for other in path.parent.glob("policy-*.pickle"):
        if other != path:
            other.unlink(missing_ok=True)


def read_bundled_policy() -> LoadedPolicy:
    """The bundled policies read from their text, as ``open_store(None)`` does (no cache)."""
    store = open_store(None)
    return LoadedPolicy(store, rules_from_graph(store.graph()), from_cache=False)


def load_bundled_policy(cache_dir: Path | None) -> LoadedPolicy:
    """The bundled policies and their rules: from ``cache_dir`` when it holds them for these
    files and this code, else read from the text and written there (``None``: no cache)."""
    if cache_dir is None:
        return read_bundled_policy()
    key = cache_key(bundled_policy_files(), source_fingerprint())
    path = cache_dir / CACHE_FOLDER / f"policy-{key}.pickle"
    cached = _read(path)
    if cached is not None:
        return cached
    loaded = read_bundled_policy()
    _write(path, loaded)
    return loaded
