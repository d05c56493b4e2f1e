"""Who a benefit pays: the beneficiary phrase of a sentence, linked to the vocabulary or induced.

The phrase is found by the forms of ``ingest/data/beneficiary_phrases.yaml`` (给予X奖励, 对…的X, a
subject naming a party). Its head — the words after the last 的, less leading modifiers of place,
time, round and level — is *linked* to a vocabulary concept only when the whole head is one of the
concept's labels; otherwise it becomes a policy-local concept *induced* from the printed words:
its Chinese label as printed, an English label only where the vocabulary's own labels compose the
head, and a group only when the head ends with a label of that group (专精特新中小企业 → the group of
中小企业). A party named as the object of 引进/引荐… is the one the payee serves, not the payee.

The same file says when a vocabulary label is a whole name: not when it is a prefix or suffix of a
longer one (规模以上服务业企业 is not 规模以上工业企业; 工业设计领军企业 is not 科技型领军企业).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ingest import patterns as P
from ingest.concepts import ConceptHit, Vocabulary
from ingest.model import Beneficiary
from ingest.recognised_as import recognised_as_name
from ontology.generic_payees import company_roles, generic_payees, held_things

PHRASES_FILE = Path(__file__).resolve().parent / "data" / "beneficiary_phrases.yaml"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LIST_JOINER = re.compile(r"[、和或及与]")
_SEGMENT_MARK = re.compile(r"[，,：:]")
_NAME_GOES_ON = re.compile(r"[型类性式]")
_GIVE = re.compile(r"给予")
_TRAILING_ASIDE = re.compile(r"\s*[（(][^（()）]*的[^（()）]*[）)]\s*$")
_OPEN_BRACKETS, _CLOSE_BRACKETS = "（(", "）)"
_AGENT = re.compile(r"[者人方]")
"""After a served verb, a noun of its agent (引荐者, 引荐人, 引荐方): the party named, not the one served."""
_SPACE = re.compile(r"\s+")
"""Spaces and line breaks inside a printed name (PDF and HTML text layers): not part of the label."""
_QUOTES = re.compile(r"[“”\"'‘’「」《》]")
_LIST_ASIDE = re.compile(r"[（(][^（()）]*、[^（()）]*[）)]$")
"""A list in brackets closing a name (双创平台（众创空间、孵化器、加速器）): the kinds of the party, an aside."""


class BeneficiaryDataError(ValueError):
    """The beneficiary phrase file is malformed (names the entry and what is wrong)."""


@dataclass(frozen=True)
class PhraseForm:
    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class PhraseRules:
    """The data of ``beneficiary_phrases.yaml``, compiled."""

    forms: tuple[PhraseForm, ...]
    party_endings: tuple[str, ...]
    party: re.Pattern[str]
    """Any party ending, found overlapping (a lookahead whose group 1 is the ending as printed)."""
    modifiers: tuple[str, ...]
    kept_words: tuple[str, ...]
    leading: re.Pattern[str]
    subject_verbs: re.Pattern[str]
    before_name: tuple[str, ...]
    longer_after: re.Pattern[str]
    served_verbs: re.Pattern[str]
    not_a_party: re.Pattern[str]
    """Words that never stand inside the name of a party paid (``not_a_party``): a head holding one names none."""
    places: re.Pattern[str]
    """Places whose names end like a party's (中关村): their ending ends no party."""
    acts: tuple[str, ...]
    """Verbs of acting that, opening a head, make it name an act, not a party (``not_a_party/acts``)."""
    act_agents: tuple[str, ...]
    """Nouns of the one carrying an act out (实施 + 主体): after a verb of ``acts`` they name a party."""
    things: tuple[str, ...]
    """Words that, right after a party noun, make it part of a thing's name (团体 + 标准): that ending ends no party."""
    acting_verbs: re.Pattern[str]
    """Verbs of what a party named before them does (``acting_party``): the head ends before them."""
    acting_located: re.Pattern[str]
    """在 + a place + a verb of what a party named right before it does (``acting_party/located``)."""
    leading_breaks: re.Pattern[str]
    """Words that break a party named first into two parties (``leading_party``)."""
    ceiling_party: re.Pattern[str]
    """The party a rate's ceiling is for, named before it (``ceiling_by_party``)."""
    raw: dict[str, Any]

    def form(self, name: str) -> PhraseForm:
        return next(f for f in self.forms if f.name == name)


def _compile(where: str, pattern: object) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise BeneficiaryDataError(f"{PHRASES_FILE.name}: {where}: pattern must be a string")
    try:
        return re.compile(pattern)
    except re.error as error:
        raise BeneficiaryDataError(f"{PHRASES_FILE.name}: {where}: bad pattern: {error}") from error


def spaced(word: str) -> str:
    """A regex for ``word`` that a line break or a space may cut (企 业: PDF and HTML text layers)."""
    return r"\s?".join(map(re.escape, word))


def _party_alternation(endings: tuple[str, ...]) -> str:
    return "|".join(spaced(word) for word in endings)


def parse_phrase_rules(data: dict[str, Any]) -> PhraseRules:
    try:
        by_length = lambda words: tuple(sorted(map(str, words), key=len, reverse=True))  # noqa: E731
        endings = by_length(data["party_nouns"]["endings"])
        party = _party_alternation(endings)
        verb = "|".join(map(re.escape, by_length(data["acting_party"]["verbs"] + data["served_party"]["verbs"])))
        forms = tuple(PhraseForm(entry["name"], _compile(f"forms/{entry['name']}", str(entry["pattern"])
                                                         .replace("{party}", party).replace("{verb}", verb)))
                      for entry in data["forms"])
        return PhraseRules(
            forms=forms,
            party_endings=endings,
            party=re.compile(f"(?=({party}))"),
            modifiers=by_length(data["head_modifiers"]["words"]),
            kept_words=by_length(data["head_modifiers"]["kept"]),
            leading=_compile("head_modifiers/leading", "|".join(f"(?:{p})" for p in data["head_modifiers"]["leading"])),
            subject_verbs=_compile("subject_verbs/verbs", "|".join(
                re.escape(v) for v in by_length(data["subject_verbs"]["verbs"]))),
            before_name=by_length(data["name_boundaries"]["before"]),
            longer_after=_compile("name_boundaries/longer_after", data["name_boundaries"]["longer_after"]),
            served_verbs=_compile("served_party/verbs", "|".join(
                re.escape(v) for v in by_length(data["served_party"]["verbs"]))),
            not_a_party=_compile("not_a_party/words", "|".join(
                spaced(w) for w in by_length(data["not_a_party"]["words"]))),
            places=_compile("not_a_party/places", "|".join(
                spaced(w) for w in by_length(data["not_a_party"]["places"]))),
            things=by_length(data["not_a_party"]["things"]),
            acts=by_length(data["not_a_party"]["acts"]),
            act_agents=by_length(data["not_a_party"]["act_agents"]),
            acting_verbs=_compile("acting_party/verbs", "|".join(
                re.escape(v) for v in by_length(data["acting_party"]["verbs"]))),
            acting_located=_compile("acting_party/located", data["acting_party"]["located"]),
            leading_breaks=_compile("leading_party/breaks", data["leading_party"]["breaks"]),
            ceiling_party=_compile("ceiling_by_party/pattern",
                                   str(data["ceiling_by_party"]["pattern"]).replace("{party}", party)),
            raw=data,
        )
    except (KeyError, TypeError) as error:
        raise BeneficiaryDataError(f"{PHRASES_FILE.name}: missing or malformed entry {error}") from error


@cache
def phrase_rules(path: Path = PHRASES_FILE) -> PhraseRules:
    """The beneficiary phrase rules, read once per process."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ≈10 ms less per cold start
    with path.open(encoding="utf-8") as handle:
        return parse_phrase_rules(yaml.load(handle, Loader=loader))  # a safe loader, C or Python


# ---------------------------------------------------------------- whole names

def is_whole_name(text: str, hit: ConceptHit, floor: int = 0, rules: PhraseRules | None = None) -> bool:
    """Whether a label found in ``text`` is a whole name there, not part of a longer one."""
    rules = rules or phrase_rules()
    if rules.longer_after.match(text, hit.end) and not _alias_of_the_party(text, hit, rules):
        return False
    if hit.start <= floor or not _CJK.match(text[hit.start - 1]):
        return True
    if not hit.text.endswith(rules.party_endings):
        return True  # only the name of a party is narrowed by words before it (专精特新 + 中小企业)
    before = text[max(floor, hit.start - 6):hit.start]
    return any(before.endswith(word) for word in rules.before_name)


def _alias_of_the_party(text: str, hit: ConceptHit, rules: PhraseRules) -> bool:
    """A short alias of a kind of party followed straight by a party noun (an alias of Y企业 + 企业) names that same
    kind: the concept has a label ending with a party noun, so it is a party, not a thing held whose name the party
    noun would turn into a trade (a label of a thing held + 企业 stays the party's trade)."""
    return text.startswith(rules.party_endings, hit.end) and any(
        label.endswith(rules.party_endings) for label in hit.concept.labels)


def role_holds(sentence: str, role: Head, vocabulary: Vocabulary) -> str | None:
    """For a role paid (给予项目单位…): the thing the 对-phrase before the grant names (对获批立项的X级Y项目 → Y项目),
    which the role must have; None when the phrase names none, names any party, a vocabulary concept (a qualification
    already) or no thing a role holds (``held_things`` of ``ontology/generic_payees.yaml``: a person hired is read by
    the person-award rules)."""
    grant = sentence.rfind("给予", 0, role.start)
    if grant <= 0:
        return None
    head = find_head(sentence[:grant], 0, grant, vocabulary)
    if head is None or not head.form.startswith("to_whom"):
        return None
    held = beneficiary(head, vocabulary)
    if not held.induced or held.label in generic_payees() or held.label in company_roles():
        return None
    return held.label if held.label.endswith(held_things()) else None


def residual_party(text: str, start: int, end: int) -> str | None:
    """The all-others party opening a residual part at ``start`` (其他Y企业给予…, 其他Y中心给予…), as printed with its
    其他, up to its last party noun before the grant (``patterns.RESIDUAL_PARTY``); None when no party noun ends it."""
    opened = P.RESIDUAL_PARTY.match(text, start, end)
    if opened is None:
        return None
    grant = _GIVE.search(text, start, end)
    limit = grant.start() if grant else end
    ends = [start + found.start() + len(found[1]) for found in phrase_rules().party.finditer(text[start:limit])]
    return text[start:max(ends)] if ends else None


def whole_names(text: str, hits: list[ConceptHit], floor: int = 0) -> list[ConceptHit]:
    rules = phrase_rules()
    return [hit for hit in hits if is_whole_name(text, hit, floor, rules)]


def served_hits(text: str, hits: list[ConceptHit], floor: int) -> list[ConceptHit]:
    """Hits that are the object of an attracting verb in their 的-chunk (引进高新技术企业的机构)."""
    rules = phrase_rules()
    served = []
    for hit in hits:
        chunk_start = max(text.rfind("的", floor, hit.start) + 1, text.rfind("，", floor, hit.start) + 1, floor)
        if rules.served_verbs.search(text, chunk_start, hit.start):
            served.append(hit)
    return served


# ---------------------------------------------------------------- the phrase and its head

@dataclass(frozen=True)
class Head:
    """The head of a beneficiary phrase: the words printed and where."""

    text: str
    start: int
    end: int
    form: str


def _strip_modifiers(head: str, rules: PhraseRules) -> str:
    """The head less the words before a name that leave it unchanged (``head_modifiers``); a word that goes on
    into the name (建设 + 类重大项目) stays."""
    changed = True
    while changed and head:
        changed = False
        if head.startswith(rules.kept_words):
            break  # 其他社会机构: 其 is no modifier there
        leading = rules.leading.match(head)
        if leading and leading.end() and len(head) > leading.end():
            head, changed = head[leading.end():], True
            continue
        for word in rules.modifiers:
            if head.startswith(word) and len(head) > len(word) and not _NAME_GOES_ON.match(head, len(word)):
                head, changed = head[len(word):], True
                break
    return head


def _acting_chunk(phrase: str, rules: PhraseRules) -> tuple[str, int] | None:
    """The words between the last two 的 of a phrase ending with 的, and where they start, when a verb of
    ``acting_party`` stands in them (符合条件的地区总部租赁自用办公用房的 → 地区总部租赁自用办公用房): the party before
    the verb is the one doing it."""
    if not phrase.endswith("的"):
        return None
    inner = phrase[:-1]
    cut = inner.rfind("的") + 1
    return (inner[cut:], cut) if rules.acting_verbs.search(inner, cut) else None


def _after_last_de(phrase: str) -> tuple[str, int]:
    """The words after the last 的 of a phrase, less an aside in brackets closing it (申请发明专利的企业（…的）)."""
    phrase = _TRAILING_ASIDE.sub("", phrase)
    cut = phrase.rfind("的") + 1
    return phrase[cut:], cut


def _party_end(head: str, rules: PhraseRules, vocabulary: Vocabulary | None) -> int:
    """Where the name of the party in ``head`` ends: after its last party noun or vocabulary label (0 when it
    names none); before a verb whose object is served (人才中介组织引进和引荐人才 → 人才中介组织); after the bracket
    an opened aside closes with (总部企业引荐者（企业）)."""
    if not names_a_party(head, rules):
        return 0  # 根据其经营规模、入驻企业: a clause of the award's basis, no party
    places = {match.end() for match in rules.places.finditer(head)}
    ends = [end for match in rules.party.finditer(head) if (end := match.start() + len(match[1])) not in places
            and not head.startswith(rules.things, end)]  # 团体标准: a thing, no party
    if vocabulary is not None:
        ends += [hit.end for hit in vocabulary.find(head, "qualifications")]
    served = next((m for m in rules.served_verbs.finditer(head) if not _AGENT.match(head, m.end())), None)
    if served:
        before = [end for end in ends if end <= served.start()]
        ends = before or ends
    located = next((m for m in rules.acting_located.finditer(head) if m.start() in ends), None)
    if located:  # 企业在京组织、承办…: the party before 在 does what follows
        ends = [located.start()]
    acting = rules.acting_verbs.search(head)
    if acting:  # 本地整机、装备企业首次使用本地集成电路企业设备: the party before what it does
        before = [end for end in ends if end <= acting.start()
                  and not head[end:acting.start()].strip("首次再新已")]
        ends = before or ends
    end = max(ends, default=0)
    if end and _bracket_depth(head[:end]) > 0 and head[end:end + 1] in tuple(_CLOSE_BRACKETS):
        end += 1
    aside = _LIST_ASIDE.search(head, 0, end)
    if aside and head[:aside.start()].endswith(rules.party_endings):
        end = aside.start()  # 双创平台（众创空间、孵化器、加速器）: the kinds listed are no part of the name
    return end


def names_a_party(head: str, rules: PhraseRules | None = None) -> bool:
    """Whether a head's words can name a party: no word of ``not_a_party`` in them (根据其经营规模、入驻企业), and not
    ending with a place whose name ends like a party's (高精尖中关村)."""
    rules = rules or phrase_rules()
    bare = _SPACE.sub("", head)
    return not rules.not_a_party.search(bare) and not any(m.end() == len(bare) for m in rules.places.finditer(bare)) \
        and not _opens_with_an_act(bare, rules)


def _opens_with_an_act(head: str, rules: PhraseRules) -> bool:
    """实施…专项行动和创业带头人: a head opening with a verb of acting (``not_a_party/acts``) names an act — unless a
    noun of its agent follows the verb straight (实施主体, 实施单位: ``act_agents``)."""
    verb = next((word for word in rules.acts if head.startswith(word)), None)
    return verb is not None and not head.startswith(rules.act_agents, len(verb))


def _bracket_depth(text: str) -> int:
    return sum(text.count(c) for c in _OPEN_BRACKETS) - sum(text.count(c) for c in _CLOSE_BRACKETS)


def _across(sentence: str, limit: int, rules: PhraseRules,
            head_of: Callable[[str, int, str], Head | None], form: str = "to_whom_across") -> Head | None:
    """The ``to_whom_across`` (or ``subject_across``) form: of the segment ends between a 对 (or the sentence's
    start) and the amount, the nearest to the amount after which the words from the last 的 are one segment
    ending with a party noun."""
    ends = sorted([m.end() for m in _SEGMENT_MARK.finditer(sentence, 0, limit)]
                  + [m.start() for m in _GIVE.finditer(sentence, 0, limit)])
    ends = [end for end in ends if _bracket_depth(sentence[:end]) == 0]  # (责任单位:…) is an aside
    pattern = rules.form(form).pattern
    for end in reversed(ends):
        across = pattern.search(sentence, 0, end)
        if across is None:
            continue
        head, cut = _after_last_de(across["phrase"].rstrip())
        if head and not _SEGMENT_MARK.search(head) and head.endswith(rules.party_endings):
            return head_of(head, across.start("phrase") + cut, form)
    return None


def find_head(sentence: str, offset: int, before: int, vocabulary: Vocabulary | None = None,
              rules: PhraseRules | None = None) -> Head | None:
    """The beneficiary head of a benefit whose amount starts at ``before`` (absolute) in a sentence
    starting at ``offset``; ``None`` when no form finds a party. A head naming any party (企业) yields to a narrower
    party of the same noun named before it in the sentence (``generic_yields``)."""
    rules = rules or phrase_rules()
    found = _find_head(sentence, offset, before, vocabulary, rules)
    if found is not None and not names_a_party(found.text, rules):
        return None  # a payee must be a party, else none
    if found is None or not _is_any_party(found, rules):
        return found
    return _named_before(found, sentence, offset, rules, vocabulary) or found


def _named_before(generic: Head, sentence: str, offset: int, rules: PhraseRules,
                  vocabulary: Vocabulary | None) -> Head | None:
    """The nearest party named before a generic head in its sentence — the head of an earlier 对-phrase or the party a
    verb of support names (对…的跨境电商企业，…，对排名前十的企业给予奖励; 支持集成电路设计企业开展…，对符合条件的企业…)
    — when its name ends with the generic word and the vocabulary does not name it (a party it names is a
    qualification; the printed 企业 stays the payee, see ``_unless_any_party``)."""
    limit = generic.start - offset
    word = _strip_modifiers(_SPACE.sub("", generic.text), rules)
    candidates: list[Head] = []
    for match in rules.form("to_whom").pattern.finditer(sentence, 0, limit):
        head, cut = _after_last_de(match["phrase"].rstrip())
        end = _party_end(head, rules, vocabulary)
        if end >= 2:
            start = offset + match.start("phrase") + cut
            candidates.append(Head(head[:end], start, start + end, "generic_yields"))
    for match in rules.form("support_object").pattern.finditer(sentence, 0, limit):
        start = offset + match.start("who")
        candidates.append(Head(match["who"], start, start + len(match["who"]), "generic_yields"))
    for named in sorted(candidates, key=lambda h: h.start, reverse=True):
        name = _strip_modifiers(_SPACE.sub("", named.text), rules)
        if named.end <= generic.start and name != word and name.endswith(word) and not _is_any_party(named, rules) \
                and (vocabulary is None or not beneficiary(named, vocabulary).concepts):
            return named
    return None


def _find_head(sentence: str, offset: int, before: int, vocabulary: Vocabulary | None,
               rules: PhraseRules) -> Head | None:
    limit = max(before - offset, 0)

    def head_of(text: str, start: int, form: str) -> Head | None:
        end = _party_end(text, rules, vocabulary)
        if end < 2:
            return None
        return Head(text[:end], offset + start, offset + start + end, form)

    gives = [m for m in rules.form("give_to").pattern.finditer(sentence) if m.start() < limit + 24]
    before_amount = [m for m in rules.form("give_to_before_amount").pattern.finditer(sentence) if m.start() < limit]
    if before_amount and gives and gives[-1].start() < before_amount[-1].start():
        gives = []  # 给予用人单位引才资助，一次性给予个人20-40万元安家费: the party nearer the amount
    found = head_of(gives[-1]["who"], gives[-1].start("who"), "give_to") if gives else None
    if found and not _names_the_award(found, sentence, limit, rules):
        return _unless_any_party(found, _dui_head(sentence, offset, limit, rules, head_of)
                                 or _narrower_subject(found, _subject_head(sentence, limit, rules, head_of)),
                                 rules, vocabulary)
    if before_amount:
        found = head_of(before_amount[-1]["who"], before_amount[-1].start("who"), "give_to_before_amount")
        return _unless_any_party(found, _dui_head(sentence, offset, limit, rules, head_of)
                                 or _narrower_subject(found, _subject_head(sentence, limit, rules, head_of)),
                                 rules, vocabulary)
    paid_to = list(rules.form("pay_to").pattern.finditer(sentence))
    if paid_to:
        return head_of(paid_to[0]["who"], paid_to[0].start("who"), "pay_to")
    each = rules.form("each_party").pattern.search(sentence)
    if each:
        return head_of(each["who"], each.start("who"), "each_party")
    inside = [m for m in rules.form("to_whom_inside").pattern.finditer(sentence) if m.start() < limit + 24]
    if inside:
        return head_of(inside[-1]["who"], inside[-1].start("who"), "to_whom_inside")
    found = _dui_head(sentence, offset, limit, rules, head_of)
    if found:
        return found
    to_whom = list(rules.form("to_whom").pattern.finditer(sentence, 0, limit + 1))
    subject = rules.form("subject").pattern.match(sentence)
    if subject and subject.end() <= limit:
        head, cut = _after_last_de(subject["phrase"].strip())
        if head.endswith(rules.party_endings):
            return head_of(head, subject.start("phrase") + cut, "subject")
        acting = _acting_chunk(subject["phrase"].strip(), rules) if not head else None
        found = head_of(acting[0], subject.start("phrase") + acting[1], "subject_acting") if acting else None
        if found:  # 符合条件的地区总部租赁自用办公用房的，按房租的50％给予补贴: the party renting
            return found
    before_grant = rules.form("subject_before_grant").pattern.match(sentence)
    if before_grant and before_grant.end() <= limit:
        head, cut = _after_last_de(before_grant["phrase"].strip())
        whole = head and _bracket_depth(head) == 0  # 0.8‰（其中…项目按…: a head cut inside an aside names no party
        found = head_of(head, before_grant.start("phrase") + cut, "subject_before_grant") if whole else None
        if found:
            return found
    found = _across(sentence, limit, rules, head_of, "subject_across")
    if found:
        return found
    for match, form in ((to_whom[-1] if to_whom else None, "to_whom"),
                        (subject if subject and subject.end() <= limit else None, "subject")):
        leading = _leading_party(match["phrase"], rules) if match else 0
        if match and leading:
            return Head(match["phrase"][:leading], offset + match.start("phrase"),
                        offset + match.start("phrase") + leading, f"{form}_leading")
    each = next((m for m in rules.form("each_one").pattern.finditer(sentence, 0, limit + 1)
                 if _strip_modifiers(_SPACE.sub("", m["who"]), rules) not in generic_payees()), None)
    if each:  # …，单个专利池支持总金额不超过2000万元: the ceiling of each 专利池
        return head_of(each["who"], each.start("who"), "each_one")
    supported = rules.form("support_object").pattern.match(sentence)
    if supported and not _SEGMENT_MARK.search(sentence):  # 支持科技服务品牌机构发展 (a heading line)
        return head_of(supported["who"], supported.start("who"), "support_object")
    return None


def ceiling_party(segment: str, rules: PhraseRules | None = None) -> tuple[str, int] | None:
    """The party a ceiling is for, named at the end of ``segment`` (the text before the ceiling's amount), and where it
    starts in the segment; ``None`` when the segment names none (see ``ceiling_by_party``)."""
    rules = rules or phrase_rules()
    match = rules.ceiling_party.search(segment)
    return (match["who"].strip(), match.start("who")) if match else None


def _subject_head(sentence: str, limit: int, rules: PhraseRules,
                  head_of: Callable[[str, int, str], Head | None]) -> Head | None:
    """The party a first segment names before the amount (the ``subject`` form: 在我区入驻三年及以上的存量总部企业，
    …), if
    any."""
    subject = rules.form("subject").pattern.match(sentence)
    if subject is None or subject.end() > limit:
        return None
    head, cut = _after_last_de(subject["phrase"].strip())
    if head.endswith(rules.party_endings):
        return head_of(head, subject.start("phrase") + cut, "subject")
    # 年度销售额3亿元以上，且同比增长10%以上的批发企业，最高给予企业…: the subject runs over commas
    across = _across(sentence, limit, rules, head_of, "subject_across")
    leading = _leading_party(subject["phrase"], rules)
    if across is None and leading:  # 非总部型制造业企业年度新增工业产值1亿元以上的，给予企业…: the party named first
        start = subject.start("phrase")
        return head_of(subject["phrase"][:leading], start, "subject_leading")
    return across


def _narrower_subject(given: Head | None, subject: Head | None) -> Head | None:
    """The subject's party when it is a narrower name of the party after 给予 (存量总部企业 … 给予企业: the same 企业);
    a subject naming another party (…的企业培养的高技能人才，给予企业) is not the one paid."""
    if given is None or subject is None:
        return None
    return subject if _SPACE.sub("", subject.text).endswith(_SPACE.sub("", given.text)) else None


def _is_any_party(head: Head, rules: PhraseRules) -> bool:
    """企业, 单位: a head naming any party (``ontology/generic_payees.yaml``)."""
    return _strip_modifiers(_SPACE.sub("", head.text), rules) in generic_payees()


def _unless_any_party(given: Head | None, dui: Head | None, rules: PhraseRules,
                      vocabulary: Vocabulary | None) -> Head | None:
    """The party named after 给予, unless it names any party (企业) and the 对-phrase (or, with none, the subject)
    of the
    sentence names a party the vocabulary does not: 对新评定为五星级的酒店，给予企业100万元奖励 pays the 酒店 (an
    induced
    concept the company must hold), not any 企业; so does 入驻三年以上的存量总部企业，…分别给予企业10万、20万 the
    存量总部企业. A 对-party the vocabulary names (对…的规模以上工业企业，给予企业20万元奖励) is a
    qualification of the benefit already; the printed 企业 stays its payee."""
    if given is None or dui is None or not _is_any_party(given, rules) or _is_any_party(dui, rules):
        return given
    if vocabulary is not None and beneficiary(dui, vocabulary).concepts:
        return given
    return dui


def _dui_head(sentence: str, offset: int, limit: int, rules: PhraseRules,
              head_of: Callable[[str, int, str], Head | None]) -> Head | None:
    """The party a 对-phrase before the amount names (对…的X, 对X获得…的项目, 对…，…的X), if any."""
    to_whom = list(rules.form("to_whom").pattern.finditer(sentence, 0, limit + 1))
    if to_whom:
        phrase = to_whom[-1]["phrase"]
        leading = _leading_party(phrase, rules)
        if leading and rules.subject_verbs.match(phrase, leading):  # 对新型研发机构获得…的项目
            start = offset + to_whom[-1].start("phrase")
            return Head(phrase[:leading], start, start + leading, "to_whom_subject")
    found = _across(sentence, limit, rules, head_of)
    if found:
        return found
    if to_whom:
        head, cut = _after_last_de(to_whom[-1]["phrase"].rstrip())
        found = head_of(head, to_whom[-1].start("phrase") + cut, "to_whom")
        if found:
            return found
        # those recognised as, or built into, a party (ingest/data/recognised_as.yaml, the level reader's list too):
        # 经认定评为Y企业和Z企业的; 对成功创建X级Y中心的; 对获批为X级Y孵化器的 (named as in 对新认定的X级Y中心)
        recognised = recognised_as_name().search(to_whom[-1]["phrase"].rstrip())
        if not head and recognised:  # 对经认定评为Y企业和Z企业的: those recognised as the party named
            found = head_of(recognised["name"], to_whom[-1].start("phrase") + recognised.start("name"), "to_whom")
            aside = _LIST_ASIDE.search(recognised["name"])  # …双创平台（众创空间、孵化器、加速器）的
            name_end = to_whom[-1].start("phrase") + recognised.end("name") - (len(aside[0]) if aside else 0)
            if found and found.end - offset == name_end:
                return found
    return None


def _names_the_award(given: Head, sentence: str, limit: int, rules: PhraseRules) -> bool:
    """给予特殊人才奖励 after 对…的骨干人才: the words after 给予 name the award when a 对-phrase before them names a
    party of the same kind (both …人才); the 对-phrase names the payee."""
    to_whom = list(rules.form("to_whom").pattern.finditer(sentence, 0, limit + 1))
    if not to_whom:
        return False
    head, _ = _after_last_de(to_whom[-1]["phrase"].rstrip())
    ending = next((word for word in rules.party_endings if given.text.endswith(word)), None)
    return ending is not None and head.endswith(ending) and head != given.text


def _gap(phrase: str, at: int) -> int:
    """How many spaces stand at ``at`` (PDF text layers print them between the words of a name: OPC 创始人)."""
    return len(phrase) - at - len(phrase[at:].lstrip())


def _leading_party(phrase: str, rules: PhraseRules) -> int:
    """Where a party named first in a phrase ends, when nothing before it is a 的-modifier: 对新型研发机构围绕…产业 and
    非总部型建筑业企业年度总产值达到2亿元以上的 name the party doing or having what follows (0 when none, or when a
    word of ``leading_party`` joins two parties in it: 科研院所向本区中小企业转让…)."""
    ends = sorted(phrase.find(word) + len(word) for word in rules.party_endings if word in phrase)
    ends = [end for end in ends if not _NAME_GOES_ON.match(phrase, end)  # 非总部型建筑业企业: not 非总部
            and not phrase.startswith(rules.things, end)]  # 团体标准: a thing, no party
    end = ends[0] if ends else 0
    while end and (chained := next((word for word in rules.party_endings
                                    if phrase.startswith(word, end + _gap(phrase, end))), None)):
        end += _gap(phrase, end) + len(chained)  # 总部 + 企业 (+ 人才): one name, a space of the text layer between
    named = phrase[:end]
    return end if end >= 2 and "的" not in named and not _SEGMENT_MARK.search(named) \
        and not rules.leading_breaks.search(named) else 0


def _english(head: str, vocabulary: Vocabulary) -> str | None:
    """An English label composed of the vocabulary's own labels, when they cover the whole head."""
    hits: list[ConceptHit] = []
    for scheme in ("levels", "qualifications", "base_quantities", "terms"):
        hits += vocabulary.find(head, scheme)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    words, position = [], 0
    for hit in hits:
        if hit.start == position:
            words.append(hit.concept.label_en)
            position = hit.end
    return " ".join(words) if position == len(head) and words else None


def _group(head: str, vocabulary: Vocabulary) -> str | None:
    """The group of the vocabulary concept whose label ends the head, if exactly one does."""
    groups = {hit.concept.group for hit in vocabulary.find(head, "qualifications")
              if hit.end == len(head) and hit.concept.group}
    return groups.pop() if len(groups) == 1 else None


def beneficiary(head: Head, vocabulary: Vocabulary, serves: tuple[str, ...] = ()) -> Beneficiary:
    """The head linked to the vocabulary when whole, else an induced policy-local concept."""
    rules = phrase_rules()
    label = _strip_modifiers(_SPACE.sub("", _QUOTES.sub("", head.text)), rules)
    listed = label.split("等")[0] if "等" in label else label  # 重点实验室、技术中心等创新平台
    parts = [_strip_modifiers(p, rules) for p in _LIST_JOINER.split(listed) if p]
    whole = vocabulary.find(label, "qualifications")
    if len(whole) == 1 and whole[0].start == 0 and whole[0].end == len(label):
        parts = [label]  # 离岸及异地企业孵化器 is one name, though 及 joins lists elsewhere
    linked: list[str] = []
    for part in parts:
        hits = vocabulary.find(part, "qualifications")
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(part):
            linked.append(hits[0].concept.id)
    if parts and len(linked) == len(parts):
        return Beneficiary(label=label, concepts=tuple(sorted(set(linked))), serves=serves)
    return Beneficiary(label=label, concepts=(), label_en=_english(label, vocabulary),
                       group=_group(label, vocabulary), serves=serves)
