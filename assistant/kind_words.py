"""The words for a provision's kind, a condition's or obligation's subtype and a recognition
round, in Chinese or English, read from ``ontology/provision_words.ttl`` (the graph stores
them as plain strings such as ``rate_with_cap`` or ``stay_or_refund``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, Namespace

import ontology

WORDS_FILE = Path(ontology.__file__).parent / "provision_words.ttl"
PKK = Namespace("https://w3id.org/policykg/kinds/")
SCHEMES = ("provision_kinds", "condition_subtypes", "rounds")
_UNNAMED = {"provision_kinds": ("条款", "provision"), "condition_subtypes": ("条件", "condition"),
            "rounds": ("认定", "recognition")}


@dataclass(frozen=True)
class KindWords:
    """Labels by scheme and id: ``words["provision_kinds"]["fixed"] == ("定额补助", "fixed amount")``."""

    words: dict[str, dict[str, tuple[str, str]]]

    def label(self, scheme: str, key: str | None, lang: str) -> str:
        """``key``'s label in ``lang`` (zh, else en); a key with no label gets the scheme's
        general word (条款 / provision), never the id itself."""
        if scheme not in self.words:
            raise KeyError(f"no scheme {scheme!r} in {WORDS_FILE.name} (known: {', '.join(self.words)})")
        zh, en = self.words[scheme].get(key or "", _UNNAMED[scheme])
        return zh if lang == "zh" else en


def _text(graph: Graph, subject: URIRef, lang: str) -> str:
    for value in graph.objects(subject, SKOS.prefLabel):
        if isinstance(value, Literal) and value.language == lang:
            return str(value)
    raise ValueError(f"{WORDS_FILE.name}: {subject} has no prefLabel in {lang!r}")


def parse_kind_words(path: Path = WORDS_FILE) -> KindWords:
    graph = Graph().parse(path, format="turtle")
    words: dict[str, dict[str, tuple[str, str]]] = {scheme: {} for scheme in SCHEMES}
    for subject in graph.subjects(RDF.type, SKOS.Concept):
        if not isinstance(subject, URIRef):
            continue
        scheme = str(graph.value(subject, SKOS.inScheme) or "").removeprefix(str(PKK))
        if scheme not in words:
            raise ValueError(f"{path.name}: {subject} is in no known scheme ({scheme or 'none'})")
        words[scheme][str(subject).removeprefix(str(PKK))] = (_text(graph, subject, "zh"), _text(graph, subject, "en"))
    return KindWords(words)


@cache
def kind_words() -> KindWords:
    return parse_kind_words()


def kind_label(kind: str, lang: str) -> str:
    """``rate_with_cap`` → 按比例补助，设上限 / a share of a base, capped."""
    return kind_words().label("provision_kinds", kind, lang)


def subtype_label(subtype: str | None, lang: str) -> str:
    """``stay_or_refund`` → 在本区持续经营，否则退回已获资金 / stay in the area, or refund …"""
    return kind_words().label("condition_subtypes", subtype, lang)


def round_label(round_: str | None, lang: str) -> str:
    """``first`` → 首次认定 / first recognition."""
    return kind_words().label("rounds", round_, lang)
