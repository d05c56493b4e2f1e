"""What the understanding needs from the loaded policy: the concepts it induced from its own words
(酒店, 企业技术中心, 总部企业 — by their printed labels, with their tiers and group) and its area.

Built once per policy from its graph (the engine's :class:`~assistant.eligibility.rules.PolicyRules`,
read by SPARQL) and cached with the conversation's context; never re-read per turn.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path
from typing import Any

from assistant.eligibility.induced import induced_requirement, tier_variants
from assistant.eligibility.item_tiers import is_the_item_of, payee_of
from assistant.eligibility.tiers import arabic_numerals
from assistant.understanding.cues import cue
from assistant.understanding.payee_heads import payee_heads, same_kind_names
from assistant.understanding.places import Area, area_of, load_area
from assistant.understanding.self_description import described_kinds, stem
from ingest.concepts import english_label, generic_english_words
from ingest.model import Beneficiary, PolicyArea, Provision

_LIST_JOINER = re.compile(r"[、和或及与/]")
MIN_LABEL_CHARS = 2
"""A label of one character (村) is part of too many words to name a concept in a message."""
MIN_PART_CHARS = 3
"""A part of a listed label (旅行社、户外团队 → 旅行社) is a name of its own only from this length on:
shorter parts are modifiers (中级、高级导游证人员 → 中级)."""


@dataclass(frozen=True)
class PolicyConcept:
    """A concept the policy induced: its id, the label as printed, and what its provisions say."""

    id: str
    label: str
    label_en: str | None
    group: str | None
    tiers: tuple[str, ...]
    """The tiers its provisions print (三星级, 四星级, 五星级): a company's fact names one of them."""
    provisions: tuple[str, ...]
    definition: str | None = None
    """The policy's own definition of the kind (本办法所称K，是指C → C): its conditions, matched against a message
    (assistant/understanding/defined_kinds.py)."""

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The words that name it: the label, and each part of a listed label long enough to be a name."""
        label = self.label.strip()
        parts = [part.strip() for part in _LIST_JOINER.split(label)] if _LIST_JOINER.search(label) else []
        whole = [label] if len(re.sub(r"\s+", "", label)) >= MIN_LABEL_CHARS else []  # 村 alone is in 乡村
        english = [self.label_en] if self.label_en and _names_alone(self.label_en) else []
        printed = [*whole, *(p for p in parts if len(p) >= MIN_PART_CHARS), *_headed_parts(parts), *english]
        # 融资租赁企业 is also said 融资租赁公司, "financial leasing enterprise" "financial leasing company"
        return tuple(dict.fromkeys([*printed, *(other for name in printed for other in same_kind_names(name))]))

    @cached_property
    def denied_names(self) -> tuple[str, ...]:
        """The words whose denial names it: 非总部型企业 is held by a company that says 不是总部企业."""
        return tuple(name[len(NON):] for name in self.names
                     if name.startswith(NON) and len(name) - len(NON) >= MIN_PART_CHARS)


def _holds(match: re.Match[str], start: int, end: int) -> bool:
    """``match`` holds the span ``start``–``end`` whole and is longer than it."""
    return match.start() <= start and end <= match.end() and match.end() - match.start() > end - start


def _headed_parts(parts: list[str]) -> list[str]:
    """The parts of a coordinated label before the one that carries the head, with that head: an XA业和B业企业 pays
    an XA业企业 too (its first part alone, XA业, names a trade, not the company's kind)."""
    if len(parts) < 2:
        return []
    head = next((head for head in payee_heads().get("zh", ()) if parts[-1].endswith(head)), None)
    if head is None:
        return []
    return [part + head for part in parts[:-1]
            if len(part) >= MIN_LABEL_CHARS and not any(part.endswith(other) for other in payee_heads()["zh"])]


@dataclass(frozen=True)
class PolicyConceptHit:
    concept: PolicyConcept
    start: int
    end: int
    text: str
    by_denial: bool = False
    """Named by what it denies (不是总部企业 names 非总部型企业): held when the words are denied, not held when said."""


_TIER_EDGE = r"(?<![0-9A-Za-z]){}(?![0-9A-Za-z])"
"""A tier's writing standing on its own: no digit or Latin letter runs on from either side."""


USES_REACH = 48
"""How far before a concept's name the words saying the company uses it, moved into it or serves it are read."""


def _uses_or_serves(before: str) -> bool:
    """The words before a concept's name say the company uses it, moved into it or serves it: it is not one."""
    return bool(cue("uses_not_is").search(before) or cue("serves_not_is").search(before))


def _another_party(text: str, start: int, end: int) -> bool:
    """The name is of a party the company belongs to or deals with (总部公司的下属子公司, "we lease equipment from a
    financial leasing company"), not the company's own kind."""
    return bool(cue("another_party_before").search(text[max(0, start - USES_REACH):start])
                or cue("another_party_after").match(text, end))


NON = "非"
"""The prefix of a label that names what is not something (非总部型企业)."""
_HEAD_INSERTS = "(?:的|型)?"
"""What a company may write between the words of a label and still name the same head: 中关村的知识产权示范企业 is
中关村知识产权示范企业, 总部型企业 is 总部企业 (型 adds no other head)."""


def _names_alone(english: str) -> bool:
    """An English label of two words or more, or of one that is not too general (project, platform), names its
    concept in a message."""
    words = english.split()
    return len(words) > 1 or (len(words) == 1 and words[0].casefold() not in generic_english_words())


def _said_of_the_company(said: str, before: str) -> bool:
    """A one-word English name (hotel) names the company's concept only when the words before say the company is or
    runs one (we are a, we run a); any other name stands on its own."""
    return not re.fullmatch(r"[A-Za-z]+", said) or bool(cue("said_of_the_company").search(before))


def _spaced(name: str) -> str:
    """A pattern of ``name`` in which its spaces may be absent or several (5G 全连接示范产线), and 的 or 型 may
    stand between two of its Chinese characters; an English name in any case, its words joined by spaces or
    hyphens, in the plural too (demonstration application scenario projects)."""
    if name.isascii() and re.search(r"[A-Za-z]{3}", name):
        words = r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", name.strip()))
        return rf"(?i:\b{words}(?:e?s)?\b)"
    return r"\s*".join(_inserts_allowed(part) for part in name.split())


def _inserts_allowed(word: str) -> str:
    """``word`` with 的 or 型 optional where it prints them, and between two of its words (jieba's) where the word
    before with it is no word of its own: 总部型企业 is 总部企业, but 科技型企业 (科技型 a word) is no 科技企业."""
    bare = _key(word) or word
    printed = _printed_insert_positions(word)
    ends = _word_ends(bare)
    joined = [re.escape(bare[0])]
    for index, (before, char) in enumerate(pairwise(bare), start=1):
        insert = ""
        if index in printed:
            insert = _HEAD_INSERTS
        elif index in ends and _CJK.match(before) and _CJK.match(char):
            allowed = [x for x in _INSERTS if ends[index] + x not in _dictionary_words()]
            insert = f"(?:{'|'.join(allowed)})?" if allowed else ""
        joined.append(insert + re.escape(char))
    return "".join(joined)


_INSERTS = ("的", "型")


def _printed_insert_positions(word: str) -> set[int]:
    """Where, in ``word`` without its 的 and 型, the printed word had one between two Chinese characters."""
    positions, kept = set(), 0
    for index, char in enumerate(word):
        if char in _INSERTS and 0 < index < len(word) - 1 and _CJK.match(word[index - 1]) \
                and _CJK.match(word[index + 1]):
            positions.add(kept)
        elif not char.isspace() and char != "-":
            kept += 1
    return positions


def _word_ends(bare: str) -> dict[int, str]:
    """Where each word of ``bare`` (jieba's dictionary words) ends, and that word."""
    ends, at = {}, 0
    for token in _tokenizer().lcut(bare, HMM=False):
        at += len(token)
        ends[at] = token
    return ends


@cache
def _tokenizer() -> Any:
    """A jieba tokenizer of its own, with jieba's dictionary only (the search's adds the vocabulary's labels, and
    matching must not depend on which was loaded first)."""
    import jieba

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _dictionary_words() -> dict[str, int]:
    """jieba's dictionary: 科技型, 创新型 and 服务型 are words of their own."""
    words: dict[str, int] = _tokenizer().FREQ
    return words


def _key(words: str) -> str:
    """The name a match stands for: its words without the spaces, 的 and 型 a company may add or leave out (an
    English name in lower case, without its hyphens)."""
    return re.sub(r"[\s的型-]+", "", words.casefold() if words.isascii() else words)


def _keys(words: str) -> tuple[str, ...]:
    """The names a match may stand for: an English one in the singular too (projects, branches)."""
    key = _key(words)
    if not words.isascii():
        return (key,)
    return (key, key.removesuffix("s"), key.removesuffix("es"))


_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class PolicyTerms:
    """The loaded policy's own concepts and its area (None: where the policy applies is not known)."""

    policy_id: str
    concepts: tuple[PolicyConcept, ...] = ()
    area: Area | None = None
    _by_id: dict[str, PolicyConcept] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({concept.id: concept for concept in self.concepts})

    def concept(self, concept_id: str) -> PolicyConcept | None:
        return self._by_id.get(concept_id)

    @cached_property
    def _pattern(self) -> tuple[re.Pattern[str], dict[str, list[tuple[PolicyConcept, bool]]]] | None:
        by_name: dict[str, list[tuple[PolicyConcept, bool]]] = {}
        for concept in self.concepts:
            for name in concept.names:
                by_name.setdefault(_key(name), []).append((concept, False))
        for concept in self.concepts:  # 非总部型企业 by 总部企业 denied (and not held when 总部企业 is said)
            for name in concept.denied_names:
                by_name.setdefault(_key(name), []).append((concept, True))
        if not by_name:
            return None
        names = [name for concept in self.concepts for name in (*concept.names, *concept.denied_names)]
        names.sort(key=lambda name: len(_key(name)), reverse=True)
        return re.compile("|".join(_spaced(name) for name in names)), by_name

    def find(self, text: str, taken: Iterable[tuple[int, int]] = (),
             shortened: Iterable[tuple[int, int]] = (), lead: str = "") -> list[PolicyConceptHit]:
        """The policy's concepts ``text`` names by their printed words, longest first, outside the
        ``taken`` spans (where the vocabulary already named a concept by one of its labels), nor over the
        ``shortened`` spans (a vocabulary label said short, AB企业 for AB业企业) unless the name holds such a span whole
        and is longer (the policy's XAB业企业 said XAB企业: both are named). A name that modifies what follows it
        (人才 of 集聚人才的若干措施), stands in the title of a policy (按天河区支持港澳青年创新创业的办法) or is what the
        company uses, moved into or serves (用区内的跨境电商平台, 入驻了…园区, 为总部企业提供…) names no concept of the company."""
        if self._pattern is None:
            return []
        pattern, by_name = self._pattern
        titles = [(m.start(), m.end()) for m in cue("names_a_policy").finditer(text)]
        short = list(shortened)
        spans = [*taken, *titles]
        hits = []
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in spans) \
                    or any(start < match.end() and match.start() < end and not _holds(match, start, end)
                           for start, end in short) \
                    or cue("modifies_what_follows").match(text, match.end()) \
                    or _uses_or_serves(text[max(0, match.start() - USES_REACH):match.start()]) \
                    or _another_party(text, match.start(), match.end()) \
                    or not _said_of_the_company(match[0], text[max(0, match.start() - USES_REACH):match.start()]):
                continue
            found = next((by_name[key] for key in _keys(match[0]) if key in by_name), [])
            named = [concept for concept, denied in found if not denied]
            exact = [concept for concept in named if re.sub(r"\s+", "", match[0]) in concept.names]  # 总部型企业 said
            hits += [PolicyConceptHit(concept, match.start(), match.end(), match[0]) for concept in exact or named]
            hits += [PolicyConceptHit(concept, match.start(), match.end(), match[0], True)
                     for concept, denied in found if denied]
        return hits + self._described(text, [*spans, *short, *((hit.start, hit.end) for hit in hits)], lead)

    def _described(self, text: str, taken: list[tuple[int, int]], lead: str = "") -> list[PolicyConceptHit]:
        """The concepts the company names by what it says it does (我们是做融资租赁的 → 融资租赁企业, "we do financial
        leasing" → financial leasing enterprise): the words said are the whole stem of one of the concept's names.
        Of several concepts of that stem none is taken (which one is asked). ``lead``: the words of the sentence
        before ``text`` (我们是本区企业， before 是做融资租赁的: the subject of a second clause)."""
        hits = []
        for found in described_kinds(lead + text):
            said = replace(found, start=found.start - len(lead), end=found.end - len(lead))
            if said.start < 0 or any(start < said.end and said.start < end  # a kind said in English holds a
                                     and not (said.whole and said.start <= start and end <= said.end)  # label whole:
                                     for start, end in taken):  # both are named ("a foreign-funded manufacturing …")
                continue
            named = [concept for concept in self.concepts
                     if any(_key(name) == _key(said.what) if said.whole else
                            (words := stem(name)) is not None and _key(words) == _key(said.what)
                            for name in concept.names)]
            if len(named) == 1:
                hits.append(PolicyConceptHit(named[0], said.start, said.end, text[said.start:said.end]))
        return hits

    def tier_named(self, concept: PolicyConcept, text: str) -> str | None:
        """The tier of ``concept`` that ``text`` names (四星级, 4星, 5A), as its provisions print it: a
        way of writing it that is not part of a longer number or code (the 2 of 2023 is no 二级), and
        not a bare number (二级 written without its 级 is 2, which names nothing); nor one the text denies
        (评的是优秀类，不是重点类: cue level_denial before it names the tier replaced, not the one held)."""
        digits = _english_stars(arabic_numerals(text))
        found = [(len(tier), tier) for tier in concept.tiers
                 if any(not cue("level_denial").search(digits[:m.start()])
                        for variant in tier_variants(tier) if not variant.isdigit()
                        for m in re.finditer(_TIER_EDGE.format(re.escape(variant)), digits))]
        return max(found)[1] if found else None


    def graded_alone(self, text: str, held: Collection[str] = ()) -> tuple[PolicyConcept, str] | None:
        """The one concept whose tier ``text`` names with no concept named (评的是优秀类 after 海外留学回国人才创办企业
        was said): None when no tier, or tiers of several concepts, are named — of several, the one ``held`` (the
        ids the conversation holds) when it is the only one held (是三星级，不是四星级 after 酒店 was said: the hotel's
        三星级, not the 3星级 of 乡村旅游示范单位 also printed)."""
        named = [(concept, tier) for concept in self.concepts if (tier := self.tier_named(concept, text))]
        if len(named) > 1:
            named = [(concept, tier) for concept, tier in named if concept.id in held]
        return named[0] if len(named) == 1 else None


_STARS_EN = re.compile(r"\b(one|two|three|four|five|[1-5])[\s-]*stars?\b", re.IGNORECASE)
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}


def _english_stars(text: str) -> str:
    """"four-star", "4 star" written as the tiers print them (4星)."""
    return _STARS_EN.sub(lambda m: _NUMBER_WORDS.get(m[1].casefold(), m[1]) + "星", text)


def induced_concepts(provisions: Iterable[Provision]) -> tuple[PolicyConcept, ...]:
    """Every concept the policy's benefits pay that was induced from its words, in order."""
    found: dict[str, dict[str, list[str]]] = {}
    payees: dict[str, Beneficiary] = {}
    for provision in provisions:
        payee = payee_of(provision)
        if payee is None or induced_requirement(provision) is None:
            continue
        payees.setdefault(payee.id, payee)
        entry = found.setdefault(payee.id, {"tiers": [], "provisions": []})
        entry["provisions"].append(provision.id)
        if provision.tier and not is_the_item_of(provision, payee.id):
            entry["tiers"].append(provision.tier)
    return tuple(PolicyConcept(concept_id, payees[concept_id].label,
                               payees[concept_id].label_en or english_label(payees[concept_id].label),
                               payees[concept_id].group, tuple(dict.fromkeys(entry["tiers"])),
                               tuple(entry["provisions"]), payees[concept_id].definition)
                 for concept_id, entry in found.items())


def area_file(policy_id: str, data_dir: Path | None = None) -> Path | None:
    """The policy's ``<id>.area.yaml``: beside its graph in the data folder, or beside the bundled
    policy's text; None when neither has one."""
    from kg.store import BUNDLED_POLICIES

    folders = [data_dir / "graphs", data_dir] if data_dir is not None else []
    for folder in [*folders, BUNDLED_POLICIES]:
        candidate = folder / f"{policy_id}.area.yaml"
        if candidate.is_file():
            return candidate
    return None


def policy_area(policy_id: str, data_dir: Path | None = None, read: PolicyArea | None = None) -> Area | None:
    """The policy's area: from its ``<id>.area.yaml`` (a hand-written file wins), else the area ``read`` from
    its words (the graph's dcterms:spatial); None when neither gives it. A file that cannot be used raises
    :class:`~assistant.understanding.cue_files.CueFileError` naming it and what is wrong: a broken area is no
    "area not known"."""
    where = area_file(policy_id, data_dir)
    if where is not None:
        return load_area(where)
    return area_of(read) if read is not None else None


def title_area(title: str) -> PolicyArea | None:
    """The area a policy's title names when its words gave none (郑州市支持科技型企业发展若干措施: 郑州市, the whole
    city): the narrowest division the title names, so that a place the company names is judged against it rather
    than taken as "not stated"; None when the title names no division."""
    from assistant.understanding.places import place_mentions

    divisions = [mention for mention in place_mentions(title, "zh") if mention.code and mention.zone is None]
    if not divisions:
        return None
    narrowest = max(divisions, key=lambda mention: len(str(mention.code).rstrip("0")))
    return PolicyArea(str(narrowest.code), narrowest.name, None, True, f"title: {title}")


def policy_terms(policy_id: str, provisions: Iterable[Provision], data_dir: Path | None = None,
                 read_area: PolicyArea | None = None) -> PolicyTerms:
    """The terms of one policy: its induced concepts, and its area when a file gives it or its words do (a
    broken area file raises :class:`~assistant.understanding.cue_files.CueFileError`)."""
    return PolicyTerms(policy_id, induced_concepts(provisions), policy_area(policy_id, data_dir, read_area))
