"""Linking text to vocabulary concepts (qualifications, levels, base quantities, terms).

The vocabulary is the SKOS file in ``ontology/``; every label (pref and alt, zh and en)
names one concept (an English label also in its plural, when asked). Matching is longest-first
and non-overlapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, Namespace

from ontology import ONTOLOGY_DIR, VOCABULARY_FILE

PKV = Namespace("https://w3id.org/policykg/vocab/")
PKG = Namespace("https://w3id.org/policykg/ontology#")
SCHEMES = ("levels", "qualifications", "base_quantities", "terms")


@dataclass(frozen=True)
class Concept:
    """A vocabulary concept: id (local name), scheme, group (broader) and labels."""

    id: str
    scheme: str
    group: str | None
    label_zh: str
    label_en: str
    labels: tuple[str, ...]
    held_several: bool = False
    """For a group: a company can hold several of its members (platforms, projects, talent)."""
    related: tuple[str, ...] = ()
    """For a term: the qualification groups it names as a whole (上市 → listing boards)."""
    in_rounds: bool = False
    """A recognition granted first (首次) and then renewed (再次认定): its facts carry a round."""
    term_years: int | None = None
    """How many years one grant of the recognition lasts (高新技术企业: 3); None when the vocabulary does not say."""
    profile_field: str | None = None
    """For a group: the company profile's list its members go in (qualifications, platforms…)."""
    profile_key: str | None = None
    """For a group: the field of that list's item that names the member (id, type, board)."""
    fact_prefix: str | None = None
    """For a group: the prefix of the keys of facts about its members (qualification, platform…);
    None when its members are read with their counts or amounts, never as a plain "we have it"."""
    stated_as_held: bool = False
    """For a group: a clause that names a member states that the company holds it (我们是高企)."""
    measured_in: str | None = None
    """For a base quantity not counted in yuan: its unit as printed after 每 (平方米)."""
    held_at_a_moment: bool = False
    """For a base quantity: held at a moment (实缴注册资本), not accrued over a year; said with no year, today's."""
    dated_by_its_event: bool = False
    """For a base quantity: an event's amount (购房价: a purchase's), dated by the event said with it."""
    of_a_project: bool = False
    """For a base quantity: a project's figure by nature (国家拨款 to a project), so 项目的国家拨款 is the base."""
    of_an_activity: bool = False
    """For a base quantity: one activity's figure (实际发生费用), not the company's (``pkg:ofAnActivity``)."""
    administrative: bool = False
    """For a level: a tier of government (国家, 省, 市…), not a kind of body (行业) or a scope (地方)."""


@dataclass(frozen=True)
class ConceptHit:
    concept: Concept
    start: int
    end: int
    text: str


class Vocabulary:
    """Concepts by id and a label matcher per scheme."""

    def __init__(self, concepts: dict[str, Concept]) -> None:
        self.concepts = concepts
        self._compiled: dict[tuple[str, bool], tuple[re.Pattern[str], dict[str, Concept]]] = {}
        self._lowered: tuple[str, str] = ("", "")  # the last text searched, and its lower case

    def __getitem__(self, concept_id: str) -> Concept:
        return self.concepts[concept_id]

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self.concepts

    def in_scheme(self, scheme: str) -> list[Concept]:
        return [c for c in self.concepts.values() if c.scheme == scheme]

    def _matcher(self, scheme: str, plurals: bool) -> tuple[re.Pattern[str], dict[str, Concept]]:
        """The matcher of one scheme, without or with the English labels' plurals, compiled the first time it is
        asked for (one alternation of every label: compiling all eight at once was most of a cold ingest). It matches
        lower-case text (``find`` lowers it): a case-insensitive pattern of the English labels took twice as long to
        compile, and one bound by word edges per label three times as long as one bound once (``_alternation``)."""
        key = (scheme, plurals)
        if key not in self._compiled:
            by_label: dict[str, Concept] = {}
            for concept in self.in_scheme(scheme):
                if scheme == "qualifications" and concept.group is None:
                    continue  # groups are headings, not things a text names
                for label in concept.labels:
                    by_label.setdefault(label.casefold(), concept)
                for label in concept.labels if plurals else ():
                    by_label.setdefault(_english_plural(label).casefold(), concept)
            labels = sorted(by_label, key=len, reverse=True)
            self._compiled[key] = (re.compile(_alternation([label.lower() for label in labels])), by_label)
        return self._compiled[key]

    def _lower(self, text: str) -> str | None:
        """``text`` in lower case, when lowering keeps every offset (it does but for a few letters such as İ)."""
        cached = self._lowered  # read once: another thread may replace it meanwhile
        if cached[0] is not text:
            cached = (text, text.lower())
            self._lowered = cached
        lowered = cached[1]
        return lowered if len(lowered) == len(text) else None

    @cached_property
    def english_of_chinese_labels(self) -> dict[str, str]:
        """Each Chinese label of a concept (not of a group heading) → the concept's English label."""
        known: dict[str, str] = {}
        for concept in self.concepts.values():
            if concept.scheme == "qualifications" and concept.group is None:
                continue
            for label in concept.labels:
                if label and not label.isascii():
                    known.setdefault(label, concept.label_en)
        return known

    def label(self, concept_id: str, language: str) -> str:
        """The concept's preferred label in ``language`` (zh or en); the id for an unknown one."""
        found = self.concepts.get(concept_id)
        if found is None:
            return concept_id
        return found.label_zh if language == "zh" else found.label_en

    def names_a_level_alone(self, hit: ConceptHit) -> bool:
        """Whether a level word found in a policy names a level by itself, outside a list: a word of a level
        (a level label of the vocabulary: X级, X级的) or the name of an administrative level of two or more
        characters (国家, 国际性, 国内: 获得国家认定的); not 省, 市, 区, 县, 行业, 地方, ordinary words elsewhere
        (对X级的给予70% names one)."""
        word = hit.text.removesuffix("的")
        return "级" in word or (hit.concept.administrative and len(word) >= 2)

    @cached_property
    def level_prefix(self) -> re.Pattern[str]:
        """A level opening a list item (国家级专利金奖, 省隐形冠军企业): the Chinese names of the administrative
        levels (ontology/vocabulary.ttl, ``pkg:administrative``) without a final 级, 的 or 里, each with an
        optional 级, before a Chinese word or an opening quote."""
        stems = {re.sub(r"(?:级的|级|的|里)$", "", label) for concept in self.in_scheme("levels")
                 if concept.administrative for label in concept.labels if not label.isascii()}
        alternation = "|".join(re.escape(stem) for stem in sorted(stems - {""}, key=len, reverse=True))
        return re.compile(rf"(?:{alternation})级?(?=[\u4e00-\u9fff“\"])")

    def in_rounds(self, concept_id: str) -> bool:
        """Whether the concept is recognised in rounds (first, renewal)."""
        found = self.concepts.get(concept_id)
        return bool(found and found.in_rounds)

    def held_several(self, concept_id: str) -> bool:
        """Whether a company can hold several of this concept's kind (its group says so)."""
        found = self.concepts.get(concept_id)
        group = self.concepts.get(found.group or "") if found else None
        return bool(group and group.held_several)

    def groups_named(self, text: str) -> list[tuple[Concept, list[Concept]]]:
        """Qualification groups ``text`` names as a whole, each with the members it means: by a
        group's own label (专利, 标准制定) or by a term related to it (上市 → listing boards),
        outside any member's label. A label that is part of some members' labels means those
        (专利 → 发明专利, 国外专利, not 首版次软件); otherwise it means every member."""
        members = [(hit.start, hit.end) for hit in self.find(text, "qualifications", plurals=True)]
        named: dict[str, tuple[Concept, list[Concept]]] = {}
        for concept in self.concepts.values():
            if concept.scheme == "qualifications" and concept.group is None:
                groups = [concept]
            elif concept.scheme == "terms" and concept.related:
                groups = [self.concepts[g] for g in concept.related if g in self.concepts]
            else:
                continue
            for label in concept.labels:
                said = [m for m in re.finditer(_label_pattern(label), text, re.IGNORECASE)
                        if not any(start <= m.start() < end for start, end in members)]
                for group in groups if said else ():
                    everyone = [c for c in self.concepts.values() if c.group == group.id]
                    word = label.casefold().removesuffix("s") if label.isascii() else label.casefold()  # patents
                    meant = [c for c in everyone if any(word in own.casefold() for own in c.labels)]
                    known = named.get(group.id, (group, []))[1]
                    named[group.id] = (group, list(dict.fromkeys([*known, *(meant or everyone)])))
        return list(named.values())

    def find(self, text: str, scheme: str, start: int = 0, end: int | None = None, *, plurals: bool = False
             ) -> list[ConceptHit]:
        """Concepts of ``scheme`` named in ``text[start:end]``, longest match first; ``plurals``
        also matches English labels in the plural (incubators). Retrieval leaves it off: its gate
        is calibrated on singular matching."""
        pattern, by_label = self._matcher(scheme, plurals)
        stop = len(text) if end is None else end
        lowered = self._lower(text)
        if lowered is None:  # a letter whose lower case is longer: match case-insensitively on the text itself
            pattern = re.compile(pattern.pattern, re.IGNORECASE)
        return [ConceptHit(by_label[text[m.start():m.end()].casefold()], m.start(), m.end(), text[m.start():m.end()])
                for m in pattern.finditer(text if lowered is None else lowered, start, stop)]



def _english_plural(label: str) -> str:
    """An English label's plural (incubators, laboratories, boxes); other labels as they are."""
    if not (label.isascii() and label[-1:].isalpha() and label[-1:].islower() and len(label) > 2) or " of " in label:
        return label  # "first drafter of a standard" has no plural made by its last word
    if label.endswith(("s", "x", "ch", "sh")):
        return label + "es"
    if label.endswith("y") and label[-2] not in "aeiou":
        return label[:-1] + "ies"
    return label + "s"


def _alternation(labels: list[str]) -> str:
    """One pattern of ``labels`` (longest first): an English label starting with a letter or digit matches between
    word edges (incubator, not in incubators' stem alone), bound once around all such labels, not per label."""
    bounded = [label for label in labels if _word_bounded(label)]
    plain = [label for label in labels if not _word_bounded(label)]
    parts = ["|".join(re.escape(label) for label in plain)] if plain else []
    if bounded:
        parts.append(rf"(?<![A-Za-z0-9])(?:{'|'.join(re.escape(label) for label in bounded)})(?![A-Za-z0-9])")
    return "|".join(parts) or r"(?!)"


def _word_bounded(label: str) -> bool:
    return label.isascii() and label[:1].isalnum()


def _label_pattern(label: str) -> str:
    escaped = re.escape(label)
    if label.isascii() and label[:1].isalnum():
        return rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])"
    return escaped


def _local(uri: URIRef) -> str:
    return str(uri).removeprefix(str(PKV))


def _text(value: object) -> str | None:
    return str(value) if isinstance(value, Literal) else None


def _whole_number(value: object) -> int | None:
    return int(value.toPython()) if isinstance(value, Literal) else None


def parse_vocabulary(path: Path) -> Vocabulary:
    graph = Graph().parse(path, format="turtle")
    concepts: dict[str, Concept] = {}
    for uri in graph.subjects(RDF.type, SKOS.Concept):
        if not isinstance(uri, URIRef) or not str(uri).startswith(str(PKV)):
            continue
        scheme = graph.value(uri, SKOS.inScheme)
        broader = graph.value(uri, SKOS.broader)
        pref = {lit.language: str(lit) for lit in graph.objects(uri, SKOS.prefLabel)
                if isinstance(lit, Literal)}
        alts = [str(lit) for lit in graph.objects(uri, SKOS.altLabel)]
        labels = tuple(dict.fromkeys([*pref.values(), *alts]))
        concepts[_local(uri)] = Concept(
            id=_local(uri),
            scheme=_local(scheme) if isinstance(scheme, URIRef) else "",
            group=_local(broader) if isinstance(broader, URIRef) else None,
            label_zh=pref.get("zh", _local(uri)),
            label_en=pref.get("en", _local(uri)),
            labels=labels,
            held_several=bool(graph.value(uri, PKG.heldSeveral)),
            related=tuple(sorted(_local(o) for o in graph.objects(uri, SKOS.related) if isinstance(o, URIRef))),
            in_rounds=bool(graph.value(uri, PKG.recognisedInRounds)),
            term_years=_whole_number(graph.value(uri, PKG.termYears)),
            profile_field=_text(graph.value(uri, PKG.profileField)),
            profile_key=_text(graph.value(uri, PKG.profileKey)),
            fact_prefix=_text(graph.value(uri, PKG.factPrefix)),
            stated_as_held=bool(graph.value(uri, PKG.statedAsHeld)),
            held_at_a_moment=bool(graph.value(uri, PKG.heldAtAMoment)),
            dated_by_its_event=bool(graph.value(uri, PKG.datedByItsEvent)),
            of_a_project=bool(graph.value(uri, PKG.ofAProject)),
            of_an_activity=bool(graph.value(uri, PKG.ofAnActivity)),
            administrative=bool(graph.value(uri, PKG.administrative)),
            measured_in=_text(graph.value(uri, PKG.measuredIn)),
        )
    return Vocabulary(concepts)


_CHOSEN_FILE: ContextVar[Path] = ContextVar("vocabulary_file", default=VOCABULARY_FILE)
"""The vocabulary file ``load_vocabulary()`` reads in this context: ``ontology/vocabulary.ttl`` unless
:func:`vocabulary_file` chose another."""


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """The vocabulary in ``path`` — by default the file chosen with :func:`vocabulary_file`, else
    ``ontology/vocabulary.ttl`` — parsed once per file."""
    return parsed_vocabulary(path or _CHOSEN_FILE.get())


@cache
def parsed_vocabulary(path: Path) -> Vocabulary:
    """The vocabulary in ``path``, parsed once per process."""
    return parse_vocabulary(path)


@contextmanager
def vocabulary_file(path: Path) -> Iterator[Vocabulary]:
    """Read the vocabulary from ``path`` inside the block (a vocabulary with a group added in data):
    every ``load_vocabulary()`` call of this context gets it; the previous file again after. Caches
    built from the vocabulary elsewhere are their owners' to clear."""
    token = _CHOSEN_FILE.set(path)
    try:
        yield load_vocabulary()
    finally:
        _CHOSEN_FILE.reset(token)


LABEL_WORDS_FILE = ONTOLOGY_DIR / "label_words.yaml"
"""The words of printed labels with their English (see the file's head)."""
_SKIPPED_IN_LABELS = "的型"
"""Characters of a printed label that add nothing to its head in English (总部型企业 is a headquarters enterprise)."""


class LabelWordsError(ValueError):
    """The label words file cannot be used: the message names the file and what is wrong."""


@cache
def label_words(path: Path = LABEL_WORDS_FILE) -> dict[str, str]:
    """The label words of ``path``: Chinese word → English words."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise LabelWordsError(f"{path}: cannot be read: {error}") from error
    words = data.get("words") if isinstance(data, dict) else None
    if not isinstance(words, dict) or not all(isinstance(k, str) and isinstance(v, str) and k and v.strip()
                                              for k, v in words.items()):
        raise LabelWordsError(f"{path}: 'words' must map each Chinese word to its English words")
    return {key: value.strip() for key, value in words.items()}


def english_label(label: str, vocabulary: Vocabulary | None = None, words: dict[str, str] | None = None) -> str | None:
    """An English label for a printed Chinese ``label``, composed of the vocabulary's English labels and the label
    words, longest first from the left; None when they do not cover all of it (then nothing is guessed)."""
    vocabulary = vocabulary or load_vocabulary()
    words = label_words() if words is None else words
    known = {**vocabulary.english_of_chinese_labels, **words}
    bare = "".join(char for char in re.sub(r"[\s“”\"'（）()]+", "", label) if char not in _SKIPPED_IN_LABELS)
    longest = max(map(len, known), default=0)
    english, position = [], 0
    while position < len(bare):
        word = next((bare[position:position + size] for size in range(min(longest, len(bare) - position), 0, -1)
                     if bare[position:position + size] in known), None)
        if word is None:
            return None
        english.append(known[word])
        position += len(word)
    return "".join(f"{word}" if word.endswith("-") else f"{word} " for word in english).strip() or None


@cache
def generic_english_words(path: Path = LABEL_WORDS_FILE) -> frozenset[str]:
    """English words too general to name a concept alone (project, platform)."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(str(word).casefold() for word in (data.get("generic") or []))

