"""Attacks on the SPARQL surfaces (issue #16): the probes, a file outside the store, and a
tripwire that records any attempt to load a graph or open a connection (also from a forked
query process: it writes to a file) and stops it before anything is sent."""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import rdflib.plugins.sparql.evaluate
from rdflib.plugins.sparql.sparql import QueryContext

OUTSIDE_HOST = "http://192.0.2.1/"
"""TEST-NET-1 (RFC 5737): never routed; and the tripwire stops any connection before it starts."""
SECRET_MARKER = "LEAKED-7f3a9c"
"""The only literal in the file outside the store; an answer holding it read that file."""

_FROM_REASON = r"a dataset clause may name only the store's own graphs \(<https://w3id\.org/policykg/.*\); " \
               r"queries never read files or the network"
_SERVICE_REASON = r"queries run over the loaded policies only and never reach another endpoint"
_UPDATE_REASON = r"only read-only queries are allowed \(SELECT, ASK, CONSTRUCT, DESCRIBE\); updates are refused"


@dataclass(frozen=True)
class Probe:
    """An attacking query; ``{outside}`` stands for the ``file:`` IRI of the folder holding
    ``secret.nt``, and ``refusal`` is the whole message the gate must give."""

    name: str
    query: str
    refusal: str

    def text(self, outside: str) -> str:
        return self.query.replace("{outside}", outside)


def _from(keyword: str, iri: str) -> str:
    return rf"^{keyword} <{iri}> is refused: {_FROM_REASON}$"


def _service(target: str) -> str:
    return rf"^SERVICE {target} is refused: {_SERVICE_REASON}$"


def _update(operations: str) -> str:
    return rf"^{operations} is refused: {_UPDATE_REASON}$"


_SECRET = r"file:///\S*/secret\.nt"
_HOST = re.escape(OUTSIDE_HOST)
DATASET_PROBES = (
    Probe("from-prefixed-file", "PREFIX f: <{outside}> SELECT ?o FROM f:secret.nt WHERE { ?s ?p ?o }",
          _from("FROM", _SECRET)),
    Probe("from-named-prefixed-file",
          "PREFIX f: <{outside}> SELECT ?o FROM NAMED f:secret.nt WHERE { GRAPH ?g { ?s ?p ?o } }",
          _from("FROM NAMED", _SECRET)),
    Probe("from-after-a-comment-line", "SELECT ?o FROM #comment\n<{outside}secret.nt> WHERE { ?s ?p ?o }",
          _from("FROM", _SECRET)),
    Probe("from-plain-file", "SELECT ?o FROM <{outside}secret.nt> WHERE { ?s ?p ?o }", _from("FROM", _SECRET)),
    Probe("from-relative-to-base", "BASE <{outside}> SELECT ?o FROM <secret.nt> WHERE { ?s ?p ?o }",
          _from("FROM", _SECRET)),
    Probe("from-etc-passwd", "PREFIX f: <file:///etc/> SELECT ?o FROM f:passwd WHERE { ?s ?p ?o }",
          _from("FROM", "file:///etc/passwd")),
    Probe("from-store-graph-then-file",
          "SELECT ?o FROM <https://w3id.org/policykg/reference> FROM <{outside}secret.nt> WHERE { ?s ?p ?o }",
          _from("FROM", _SECRET)),
    Probe("from-prefixed-http", f"PREFIX h: <{OUTSIDE_HOST}> SELECT ?o FROM h:graph.ttl WHERE {{ ?s ?p ?o }}",
          _from("FROM", _HOST + r"graph\.ttl")),
    Probe("from-named-prefixed-http",
          f"PREFIX h: <{OUTSIDE_HOST}> SELECT ?o FROM NAMED h:graph.ttl WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
          _from("FROM NAMED", _HOST + r"graph\.ttl")),
    Probe("construct-from-file", "CONSTRUCT { ?s ?p ?o } FROM <{outside}secret.nt> WHERE { ?s ?p ?o }",
          _from("FROM", _SECRET)),
    Probe("ask-from-file", "ASK FROM <{outside}secret.nt> { ?s ?p ?o }", _from("FROM", _SECRET)),
    Probe("describe-from-file", "DESCRIBE ?s FROM <{outside}secret.nt> WHERE { ?s ?p ?o }",
          _from("FROM", _SECRET)),
)
SERVICE_PROBES = (
    Probe("service", f"SELECT * WHERE {{ SERVICE <{OUTSIDE_HOST}sparql> {{ ?s ?p ?o }} }}",
          _service(f"<{_HOST}sparql>")),
    Probe("service-prefixed", f"PREFIX h: <{OUTSIDE_HOST}> SELECT * WHERE {{ SERVICE h:sparql {{ ?s ?p ?o }} }}",
          _service(f"<{_HOST}sparql>")),
    Probe("service-silent-in-optional",
          f"SELECT * WHERE {{ ?s a ?t OPTIONAL {{ SERVICE SILENT <{OUTSIDE_HOST}> {{ ?s ?p ?o }} }} }}",
          _service(f"<{_HOST}>")),
    Probe("service-in-filter-exists",
          f"SELECT * WHERE {{ ?s a ?t FILTER NOT EXISTS {{ SERVICE <{OUTSIDE_HOST}> {{ ?s ?p ?o }} }} }}",
          _service(f"<{_HOST}>")),
    Probe("service-in-a-sub-select",
          f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{OUTSIDE_HOST}> {{ ?s ?p ?o }} }} }} }}",
          _service(f"<{_HOST}>")),
    Probe("service-in-union-and-minus",
          "SELECT * WHERE { { ?s a ?t } UNION { ?s ?p ?o MINUS { SERVICE <" + OUTSIDE_HOST + "> { ?s ?p ?o } } } }",
          _service(f"<{_HOST}>")),
    Probe("service-through-a-variable",
          f"SELECT * WHERE {{ VALUES ?endpoint {{ <{OUTSIDE_HOST}> }} SERVICE ?endpoint {{ ?s ?p ?o }} }}",
          _service(r"\?endpoint")),
    Probe("service-to-a-file", "SELECT * WHERE { SERVICE <{outside}secret.nt> { ?s ?p ?o } }",
          _service(f"<{_SECRET}>")),
    Probe("ask-service", f"ASK {{ SERVICE <{OUTSIDE_HOST}> {{ ?s ?p ?o }} }}", _service(f"<{_HOST}>")),
)
UPDATE_PROBES = (
    Probe("load-file", "LOAD <{outside}secret.nt>", _update("LOAD")),
    Probe("load-prefixed-http-into-a-graph", f"PREFIX h: <{OUTSIDE_HOST}> LOAD h:graph.ttl INTO GRAPH <urn:x:g>",
          _update("LOAD")),
    Probe("insert-data", "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", _update("INSERT DATA")),
    Probe("delete-data", "DELETE DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", _update("DELETE DATA")),
    Probe("delete-where", "DELETE WHERE { ?s ?p ?o }", _update("DELETE WHERE")),
    Probe("delete-insert-using-a-file",
          "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } USING <{outside}secret.nt> WHERE { ?s ?p ?o }",
          _update("DELETE/INSERT … WHERE")),
    Probe("clear", "CLEAR ALL", _update("CLEAR")),
    Probe("drop", "DROP ALL", _update("DROP")),
    Probe("create", "CREATE GRAPH <urn:x:g>", _update("CREATE")),
    Probe("copy-move-add", "COPY DEFAULT TO <urn:x:g> ; MOVE <urn:x:g> TO <urn:x:h> ; ADD <urn:x:h> TO DEFAULT",
          _update("COPY, MOVE, ADD")),
    Probe("load-then-drop", "LOAD <{outside}secret.nt> ; DROP ALL", _update("LOAD, DROP")),
)
ALL_PROBES = DATASET_PROBES + SERVICE_PROBES + UPDATE_PROBES
CATASTROPHIC_REGEX = ('SELECT ?m WHERE { BIND(REGEX("' + "a" * 40 + '!", "^(a+)+$") AS ?m) }')
"""Backtracks about 2^40 steps in Python's ``re``: runs until the time limit stops it."""


def outside_folder(folder: Path) -> str:
    """Write ``secret.nt`` (valid N-Triples holding :data:`SECRET_MARKER`) into ``folder``
    and give the folder's ``file:`` IRI, ending in a slash."""
    (folder / "secret.nt").write_text(f'<urn:x:secret> <urn:x:says> "{SECRET_MARKER}" .\n', encoding="utf-8")
    return folder.resolve().as_uri() + "/"


class OutsideAccess(Exception):
    """Raised by the tripwire in place of a connection or a graph load."""


@dataclass(frozen=True)
class Tripwire:
    """Replaces socket connections, rdflib's SERVICE ``urlopen`` and rdflib's FROM/LOAD
    graph loading with a function that writes the attempt to ``log`` and raises."""

    log: Path

    @classmethod
    def install(cls, monkeypatch: pytest.MonkeyPatch, folder: Path) -> Tripwire:
        wire = cls(folder / "outside-access.log")
        monkeypatch.setattr(socket.socket, "connect", wire._tripped("socket.connect"))
        monkeypatch.setattr(socket.socket, "connect_ex", wire._tripped("socket.connect_ex"))
        monkeypatch.setattr(rdflib.plugins.sparql.evaluate, "urlopen", wire._tripped("SERVICE urlopen"))
        monkeypatch.setattr(QueryContext, "load", wire._tripped("graph load"))
        return wire

    def _tripped(self, what: str) -> Any:
        def tripped(*args: Any, **kwargs: Any) -> Any:
            with self.log.open("a", encoding="utf-8") as stream:
                stream.write(what + "\n")
            raise OutsideAccess(f"{what} attempted")
        return tripped

    def attempts(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines() if self.log.exists() else []
