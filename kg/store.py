"""Where policy graphs live: in memory, or as one Turtle file per policy in a data directory.

Files are written atomically (a temporary file in the same folder, fsync, then rename), so
an interrupted ingest leaves either the old graph or the new one, never half of one. A
temporary file left by a writer that was killed (``.NAME.PID.XXXX.tmp``) is removed the next
time the data directory is opened; one whose writer is still running is left alone.

A policy's graph is stored as N-Triples, which is Turtle too (every N-Triples document is a
Turtle document, so the files stay ``.ttl`` and older stores still load): rdflib's Turtle
serialiser spends its time choosing prefixes (3.8 s for a 1,000-clause policy against 0.3 s).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from ingest.errors import IngestError
from ingest.pipeline import ingest_file
from kg.build import bind_prefixes, build_policy_graph
from kg.namespaces import PKG, policy_iri
from kg.reference import reference_graph
from kg.salvage import without_failing_provisions
from kg.validate import ValidationReport, validate_graph

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_POLICIES = Path(os.environ.get("POLICYKG_POLICIES", REPO_ROOT / "data" / "policies"))
GRAPHS_FOLDER = "graphs"
INDEX_FOLDER = "index"  # the search index cache that `policykg search --data-dir` keeps there


class StoreError(Exception):
    """A data directory or policy could not be used; the message says which and why."""


class ValidationFailed(StoreError):
    def __init__(self, policy_id: str, report: ValidationReport) -> None:
        super().__init__(f"policy {policy_id!r} does not conform to the shapes; nothing was "
                         f"written.\n{report.summary()}")
        self.report = report


def policy_id_of(graph: Graph) -> str:
    for policy in graph.subjects(RDF.type, PKG.Policy):
        value = graph.value(policy, PKG.policyId)
        if value is not None:
            return str(value)
    raise StoreError(f"graph {graph.identifier} holds no pkg:Policy with a pkg:policyId")


TEMPORARY_SUFFIX = ".tmp"


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` so that readers see the old or the new file only.
    The temporary file is named after ``path`` and this process (``.NAME.PID.XXXX.tmp``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=TEMPORARY_SUFFIX,
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _writer_pid(temporary: Path) -> int | None:
    """The process id in ``.NAME.PID.XXXX.tmp`` (None for a name without one)."""
    parts = temporary.name.removesuffix(TEMPORARY_SUFFIX).split(".")
    digits = parts[-2] if len(parts) >= 4 else ""
    return int(digits) if digits.isdigit() else None


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the temporary files of :func:`write_atomically` in ``folder`` whose writer is no
    longer running (killed mid-write); return what was removed."""
    removed: list[Path] = []
    for temporary in folder.glob(f".*{TEMPORARY_SUFFIX}") if folder.is_dir() else []:
        pid = _writer_pid(temporary)
        if pid is not None and _running(pid):
            continue
        try:
            temporary.unlink()
        except FileNotFoundError:
            continue  # its writer renamed or removed it meanwhile
        except OSError as error:
            raise StoreError(f"{temporary}: a temporary file left by an interrupted write could "
                             f"not be removed ({error.strerror or error})") from error
        removed.append(temporary)
    return removed


@dataclass
class PolicyStore:
    """Named policy graphs, one per policy, queried together as one dataset."""

    graphs: dict[str, Graph] = field(default_factory=dict)

    def add(self, graph: Graph) -> str:
        policy_id = policy_id_of(graph)
        self.graphs[policy_id] = graph
        return policy_id

    def policy_ids(self) -> list[str]:
        return sorted(self.graphs)

    def graph(self, policy_id: str | None = None) -> Graph:
        """One policy's graph; with no id, the only policy (an error if there are several)."""
        if policy_id is None:
            if len(self.graphs) != 1:
                raise StoreError(f"several policies are loaded ({', '.join(self.policy_ids())});"
                                 " name one with --policy")
            return next(iter(self.graphs.values()))
        try:
            return self.graphs[policy_id]
        except KeyError:
            known = ", ".join(self.policy_ids()) or "none"
            raise StoreError(f"no policy {policy_id!r} (loaded: {known})") from None

    def dataset(self) -> Dataset:
        """All policy graphs, and the ontology with the vocabulary, as named graphs; the
        default graph is their union."""
        dataset = Dataset(default_union=True)
        bind_prefixes(dataset)
        for graph in [*self.graphs.values(), reference_graph()]:
            named = dataset.graph(URIRef(str(graph.identifier)))
            for triple in graph:
                named.add(triple)
        return dataset

    def __iter__(self) -> Iterator[Graph]:
        return iter(self.graphs.values())

    # -------------------------------------------------------------- persistence

    @staticmethod
    def graph_file(data_dir: Path, policy_id: str) -> Path:
        return data_dir / GRAPHS_FOLDER / f"{policy_id}.ttl"

    def save_policy(self, data_dir: Path, policy_id: str) -> Path:
        path = self.graph_file(data_dir, policy_id)
        write_atomically(path, self.graph(policy_id).serialize(format="nt", encoding="utf-8"))
        return path

    @classmethod
    def load(cls, data_dir: Path) -> PolicyStore:
        folder = data_dir / GRAPHS_FOLDER
        if not data_dir.is_dir():
            raise StoreError(f"data directory {data_dir} does not exist")
        for written in (folder, data_dir / INDEX_FOLDER):
            remove_stale_temporaries(written)
        store = cls()
        for path in sorted(folder.glob("*.ttl")) if folder.is_dir() else []:
            graph = Graph(identifier=policy_iri(path.stem))
            bind_prefixes(graph)
            try:
                graph.parse(path, format="turtle")
            except Exception as error:  # rdflib raises several parser errors
                raise StoreError(f"{path}: not a readable Turtle graph ({error})") from error
            policy_id = policy_id_of(graph)
            if policy_id != path.stem:
                raise StoreError(f"{path}: holds policy {policy_id!r}, not {path.stem!r}")
            store.graphs[policy_id] = graph
        return store


def ingest_into(store: PolicyStore, path: Path, policy_id: str | None = None, *,
                data_dir: Path | None = None, validate: bool = True, replace: bool = False,
                strict: bool = False) -> tuple[str, Graph]:
    """Ingest a file, validate its graph and add it (and write it when a data dir is given).

    A provision that fails the shapes is left out with a warning and the rest of the policy is
    kept; with ``strict`` — or when a violation is not about a provision — the policy is refused.
    Nothing is written unless the graph stored conforms, and a stored policy of the same id with
    a different text is only replaced when ``replace`` is set.
    """
    if data_dir is not None:
        remove_stale_temporaries(data_dir / GRAPHS_FOLDER)
    policy = ingest_file(path, policy_id)
    if data_dir is not None and not replace:
        stored = PolicyStore.graph_file(data_dir, policy.id)
        if stored.is_file():
            previous = Graph().parse(stored, format="turtle")
            old_sha = next((str(o) for o in previous.objects(None, PKG.sha256)), None)
            if old_sha != policy.sha256:
                raise StoreError(f"{stored} already holds a different policy with the id {policy.id!r}; "
                                 f"give another --id, or --replace to replace it")
    graph = build_policy_graph(policy)
    if validate:
        report = validate_graph(graph)
        if not report.conforms:
            kept = None if strict else without_failing_provisions(policy, report)
            if kept is None:
                raise ValidationFailed(policy.id, report)
            graph = build_policy_graph(kept)
            second = validate_graph(graph)
            if not second.conforms:
                raise ValidationFailed(policy.id, second)
    store.add(graph)
    if data_dir is not None:
        store.save_policy(data_dir, policy.id)
    return policy.id, graph


def bundled_policy_files() -> list[Path]:
    files = sorted(p for p in BUNDLED_POLICIES.glob("*") if p.suffix in {".txt", ".md", ".html"})
    if not files:
        raise StoreError(f"no bundled policy found in {BUNDLED_POLICIES}")
    return files


def open_store(data_dir: Path | None) -> PolicyStore:
    """The data directory's policies, or the bundled policies ingested in memory."""
    if data_dir is not None:
        store = PolicyStore.load(data_dir)
        if store.graphs:
            return store
        raise StoreError(f"data directory {data_dir} holds no policy yet: run "
                         f"`policykg ingest FILE --data-dir {data_dir}` first")
    store = PolicyStore()
    for path in bundled_policy_files():
        try:
            ingest_into(store, path, validate=False)
        except IngestError as error:
            raise StoreError(f"bundled policy {path} could not be ingested: {error}") from error
    return store
