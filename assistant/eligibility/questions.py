"""Follow-up questions: a missing fact's key as a question in Chinese and English, and which
questions are worth asking a company — relevant to what it said, at most three at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

import yaml

from assistant.eligibility.facts import EQUIPMENT
from assistant.eligibility.induced import InducedLabels, concept_label
from assistant.eligibility.payee_qualifiers import QUALIFIER_QUESTION
from assistant.eligibility.quantity_bounds import BOUND_QUESTION, bound_question
from assistant.eligibility.result import EligibilityResult, Question
from assistant.eligibility.unread_units import CONDITION_QUESTION, condition_question
from assistant.profile import EquipmentLevel
from ingest.concepts import load_vocabulary

if TYPE_CHECKING:
    from assistant.eligibility.rules import PolicyRules
    from assistant.profile import CompanyProfile

_FIXED = {
    "location.in_zone": ("贵公司是否在本政策适用区域内注册并经营？", "Is the company registered and operating in the "
                         "area this policy covers?"),
    "patent_funding_received_cny": ("此前已获得的专利资助累计多少元？", "How much patent funding has the company "
                                    "already received under this cap?"),
    "location.settled_year": ("贵公司是哪一年在本地设立或迁入的？",
                              "In which year was the company set up in, or did it move into, the area?"),
    "investment_total_cny": ("项目投资总额是多少？已获得各级财政资助多少？", "What is the total investment, and how "
                             "much government funding has it already received?"),
}
_BY_PREFIX = {
    "holds": ("贵公司是否具备「{zh}」？", "Does the company have: {en}?"),
    "kind": ("贵公司是否属于「{zh}」？", "Is the company a {en}?"),
    "level": ("「{zh}」是哪一级（{levels_zh}）？", "At which level is the {en} ({levels_en})?"),
    "round": ("「{zh}」是首次认定还是再次认定？", "Is the {en} a first recognition or a renewal?"),
    "date": ("「{zh}」是何时获得的（年月日）？", "When was the {en} obtained (date)?"),
    "count": ("「{zh}」有多少项？", "How many {en} were granted?"),
    "tier": ("「{zh}」是哪一档（如星级、等级）？", "Which tier (star rating, grade) is the {en}?"),
    "base": ("「{zh}」按年份分别是多少？", "What was the {en}, year by year?"),
    "project": ("项目的「{zh}」是多少？", "What is the project's {en}?"),
    "measure": ("本条按每{zh}计算，项目相应的数量是多少{zh}？", "The clause pays per {en}: how many {en} does the "
                "project count?"),
}
ASKED_LEVELS = ("national", "provincial", "municipal")
"""The levels a question about a level offers (their words come from the vocabulary)."""
_BASE_LABELS = {"rd_expense_increment": ("研发经费（逐年）", "R&D expenditure")}


def question_text(key: str, title: str | None = None, labels: InducedLabels | None = None) -> tuple[str, str]:
    """The question to ask for a missing fact, as (zh, en); ``title`` names the measure for
    ``applies:`` questions, ``labels`` the concepts the policy induced (its results carry them)."""
    if key in _FIXED:
        return _FIXED[key]
    if key.startswith("applies:"):
        return (f"「{title or key[8:]}」这一条是否适用于贵公司？",
                f"Does this measure apply to your company: {title or key[8:]}?")
    if key.startswith(QUALIFIER_QUESTION):  # 对首次上规模的Y (the payee): a payee phrase's condition
        return f"贵公司是否属于「{key[len(QUALIFIER_QUESTION):]}」？", \
            f"Is the company what the clause pays: 「{key[len(QUALIFIER_QUESTION):]}」?"
    if key.startswith(BOUND_QUESTION):  # 固定资产投资2000万元以上: a bound the engine cannot check
        return bound_question(key)
    if key.startswith(CONDITION_QUESTION):  # 自建或租用1000平方米以上海外仓: a threshold in a unit no bound reads
        return condition_question(key)
    if key.startswith("domestic:"):
        board = load_vocabulary().concepts.get(key[9:])
        zh, en = (board.label_zh, board.label_en) if board else (key[9:], key[9:])
        return f"贵公司的{zh}上市是在境内证券交易所吗？", f"Is your {en} listing on an exchange in mainland China?"
    prefix, _, concept_id = key.partition(":")
    zh_template, en_template = _BY_PREFIX.get(prefix, ("请补充：{zh}", "Please tell us: {en}"))
    if prefix == "holds" and labels is not None and labels.is_a_kind(concept_id):  # P企业: a kind it is, not held
        zh_template, en_template = _BY_PREFIX["kind"]
    if prefix == "base" and concept_id in _BASE_LABELS:
        zh, en = _BASE_LABELS[concept_id]
    elif prefix == "base" and (moment := _held_at_a_moment(concept_id)) is not None:  # 实缴注册资本, 办公用房面积
        zh, en = concept_label(concept_id, "zh", labels), concept_label(concept_id, "en", labels)
        return f"「{zh}」是多少{moment}？", f"What is the {en}{' in ' + moment if moment else ''}?"
    elif prefix == "measure":  # X元/千瓦: the unit as printed
        zh = en = concept_id
    elif prefix == "base" and concept_id in ("", "None"):  # a rate whose base the vocabulary does not name
        zh, en = (f"{title}的计算基数", f"amount the rate of {title} is applied to") if title else \
            ("本条按比例计算所依据的金额", "amount the rate is applied to")
    else:
        zh, en = concept_label(concept_id, "zh", labels), concept_label(concept_id, "en", labels)
    levels_zh, levels_en = _asked_levels(concept_id)
    zh_text, en_text = zh_template.format(zh=zh, levels_zh=levels_zh), en_template.format(en=en, levels_en=levels_en)
    definition = labels.definition(concept_id) if labels is not None and prefix == "holds" else None
    if definition:  # a kind the policy defines: its own conditions are what is asked
        return f"{zh_text}（本政策所称「{zh}」：{definition}）", f"{en_text} (the policy defines it as: {definition})"
    return zh_text, en_text


def _held_at_a_moment(concept_id: str) -> str | None:
    """For a quantity held at a moment (registered capital, floor area): its unit ("" for yuan), else None."""
    concept = load_vocabulary().concepts.get(concept_id)
    if concept is None or not concept.held_at_a_moment:
        return None
    return concept.measured_in or ""


@cache
def _asked_levels(concept_id: str = "") -> tuple[str, str]:
    """The levels a question offers, as the vocabulary names them: (国家级、省级、市级, national, …); for first-of-kind
    equipment the levels its facts take (国际、X级: the profile's ``EquipmentLevel``)."""
    vocabulary = load_vocabulary()
    levels = get_args(EquipmentLevel) if concept_id == EQUIPMENT else ASKED_LEVELS
    return ("、".join(vocabulary.label(level, "zh") for level in levels),
            ", ".join(vocabulary.label(level, "en") for level in levels))


# ------------------------------------------------------------------ relevance of follow-up questions

SECTORS_FILE = Path(__file__).resolve().parents[2] / "ontology" / "sectors.yaml"
MAX_QUESTIONS = 3
"""Follow-up questions offered at a time."""


class SectorsError(ValueError):
    """The sectors file cannot be used; the message names the file, the sector and the problem."""


@dataclass(frozen=True)
class Sector:
    """A sector a company may say it is in: the words that name it and the concepts only a
    company of the sector holds (``ontology/sectors.yaml``)."""

    id: str
    label_zh: str
    label_en: str
    words: tuple[str, ...]
    concepts: frozenset[str]
    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()

    def named_in(self, text: str) -> bool:
        folded = text.casefold()
        return any(word.casefold() in folded for word in self.words)


@cache
def load_sectors(path: Path = SECTORS_FILE) -> tuple[Sector, ...]:
    """The sectors, checked: every concept must be in the vocabulary."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise SectorsError(f"{path}: cannot read the sectors ({error})") from error
    entries = data.get("sectors") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise SectorsError(f"{path}: expected a mapping 'sectors' of sector id to its words and concepts")
    vocabulary = load_vocabulary()
    sectors = []
    for sector_id, entry in entries.items():
        where = f"{path}: sector {sector_id!r}"
        if not isinstance(entry, dict):
            raise SectorsError(f"{where}: expected a mapping with label, words and concepts")
        label: Any = entry.get("label")
        words: list[str] = entry.get("words") or []
        concepts: list[str] = entry.get("concepts") or []
        if not (isinstance(label, list) and len(label) == 2 and all(isinstance(x, str) for x in label)):
            raise SectorsError(f"{where}: 'label' must be [Chinese, English]")
        for name, value in (("words", words), ("concepts", concepts), ("match", entry.get("match", [])),
                            ("no_match", entry.get("no_match", []))):
            if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
                raise SectorsError(f"{where}: {name!r} must be a list of non-empty texts")
        unknown = [c for c in concepts if c not in vocabulary]
        if unknown:
            raise SectorsError(f"{where}: concepts not in the vocabulary: {', '.join(unknown)}")
        sectors.append(Sector(str(sector_id), label[0], label[1], tuple(words), frozenset(concepts),
                              tuple(entry.get("match", [])), tuple(entry.get("no_match", []))))
    return tuple(sectors)


def sectors_named(text: str) -> frozenset[str]:
    """The sectors ``text`` names (我们是一家生物医药企业 → biomedicine)."""
    return frozenset(sector.id for sector in load_sectors() if sector.named_in(text))


@dataclass(frozen=True)
class CompanyContext:
    """What a company has said, as far as it makes a question relevant: the concepts (and base
    quantities) its facts name, and the sectors its words or its facts place it in."""

    concepts: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()


def company_context(profile: CompanyProfile, words: Iterable[str] = ()) -> CompanyContext:
    """The context of a profile; ``words`` are what the company said (its name is read too)."""
    concepts = {item.id for item in profile.qualifications} | {item.type for item in profile.platforms}
    concepts |= {item.board for item in profile.listings} | {item.type for item in profile.patents}
    concepts |= {item.type for item in profile.holdings} | set(profile.quantities)
    if profile.rd_expense:
        concepts.add("rd_expense_increment")
    if profile.equipment:
        concepts |= {"first_major_equipment", "contract_amount"}
    if profile.standards:
        concepts.add("standard_first_drafter")
    text = " ".join([profile.name or "", *words])
    sectors = set(sectors_named(text)) | {s.id for s in load_sectors() if s.concepts & concepts}
    return CompanyContext(frozenset(concepts), frozenset(sectors))


def _question_concept(key: str) -> str:
    """The concept a question is about (``holds:incubator`` → incubator)."""
    return key.partition(":")[2] if ":" in key else key


def _unlocks(question: Question, result: EligibilityResult) -> int:
    """What answering could add: the most the could-add benefits hinging on it pay, else the
    engine's estimate of how much the answer could change the total."""
    hinged = [c.amount_max_cny or c.amount_min_cny for c in result.could_add if question.key in c.hinges]
    return max(sum(hinged), question.value_cny) if hinged else question.value_cny


def _gates(rules: PolicyRules, concept: str, provision_id: str) -> bool:
    """``concept`` is needed by every row of the provision (its split by enterprise type): it
    opens the measure rather than changing its cap."""
    rows = rules.split_rows.get(provision_id) or (rules.record.provision(provision_id),)
    return all(concept in row.qualifications for row in rows)


def question_tier(question: Question, rules: PolicyRules, context: CompanyContext) -> int | None:
    """How relevant a question is to the company, lower first; None: never ask it (it is about
    a sector the company is plainly not in).

    0 refines a fact already stated · 1 about the sector the company named · 2 opens a measure
    that also uses a fact the company gave (a recognition paid on R&D figures, for a firm that gave them) ·
    3 changes such a measure, or is of the same group as a fact it has · 4 general ·
    5 about a sector when the company named none."""
    concept = _question_concept(question.key)
    sectors = {sector.id for sector in load_sectors() if concept in sector.concepts}
    if sectors and context.sectors and not sectors & context.sectors:
        return None
    if question.refines:
        return 0
    if sectors & context.sectors:
        return 1
    related = [pid for pid in question.provision_ids
               if set(_provision_concepts(rules, pid)) & context.concepts]
    if any(_gates(rules, concept, pid) for pid in related):
        return 2
    group = rules.group_of(concept)
    if related or any(rules.group_of(c) == group for c in context.concepts if c != concept and group != concept):
        return 3
    return 5 if sectors else 4


def _provision_concepts(rules: PolicyRules, provision_id: str) -> tuple[str, ...]:
    provision = rules.record.provision(provision_id)
    return (*provision.qualifications, *((provision.base_quantity,) if provision.base_quantity else ()))


def relevant_questions(result: EligibilityResult, rules: PolicyRules, context: CompanyContext, *,
                       skip: Callable[[str], bool] = lambda key: False, limit: int = MAX_QUESTIONS
                       ) -> list[Question]:
    """The follow-up questions worth asking, at most ``limit``: by relevance to what the company
    said (:func:`question_tier`), then by the amount the answer could unlock; a question
    ``skip`` rejects (already asked or answered) is left out."""
    ranked = []
    for question in result.questions:
        if skip(question.key):
            continue
        tier = question_tier(question, rules, context)
        if tier is not None:
            ranked.append((tier, -_unlocks(question, result), question.key, question))
    ranked.sort(key=lambda item: item[:3])
    return [question for *_, question in ranked[:max(0, limit)]]


# ------------------------------------------------------------------ quick replies

@dataclass(frozen=True)
class QuickReply:
    """A button under the chat's question: ``label`` is shown, ``message`` is sent as the
    user's answer (a whole sentence, so that it is understood without the question)."""

    label: str
    message: str


_YES_NO = {"zh": (("是", "是"), ("不是", "不是")), "en": (("Yes", "Yes"), ("No", "No"))}
_HOLDS_AT_LEVEL = {"zh": ("是，{level}", "是，{level}{concept}"), "en": ("Yes, {level}", "Yes, a {level} {concept}")}
_HOLDS_IN_ROUND = {"zh": {"first": ("是，首次认定", "是，首次认定的{concept}"),
                          "renewal": ("是，再次认定", "是，再次认定的{concept}")},
                   "en": {"first": ("Yes, first recognition", "Yes, a first-time {concept}"),
                          "renewal": ("Yes, a renewal", "Yes, a renewed {concept}")}}
_ROUNDS = {"zh": (("首次认定", "首次认定"), ("再次认定", "再次认定")),
           "en": (("First recognition", "first recognition"), ("Renewal", "a renewal"))}
_DOMESTIC = {"zh": (("是，境内上市", "是，境内"), ("不是，境外上市", "不是")), "en": (("Yes, in mainland China", "Yes"),
                                                                           ("No, abroad", "No"))}
_LEVEL_ORDER = ("international", "national", "provincial", "municipal", "district", "industry", "local")


def quick_replies(key: str, levels: Iterable[str], lang: str) -> list[QuickReply]:
    """The answers to offer as buttons for the question ``key`` in ``lang`` (zh or en);
    ``levels`` are the levels the measures behind the question pay for (是 with each level's label /
    不是). None for a question answered with a date or figures."""
    lang = "zh" if lang == "zh" else "en"
    kind, _, concept_id = key.partition(":")
    vocabulary = load_vocabulary()
    concept = vocabulary.concepts.get(concept_id)
    named = (concept.label_zh if lang == "zh" else concept.label_en) if concept else concept_id
    ordered = sorted(set(levels) & set(_LEVEL_ORDER), key=_LEVEL_ORDER.index)

    def level_word(level: str) -> str:
        found = vocabulary.concepts.get(level)
        return (found.label_zh if lang == "zh" else found.label_en) if found else level

    yes, no = (QuickReply(*pair) for pair in _YES_NO[lang])
    if key == "location.in_zone":
        return [yes, no]
    if kind == "domestic":
        return [QuickReply(*pair) for pair in _DOMESTIC[lang]]
    if kind == "round":
        return [QuickReply(*pair) for pair in _ROUNDS[lang]]
    if kind == "level" and ordered:
        return [QuickReply(level_word(level).capitalize(), level_word(level)) for level in ordered]
    if kind != "holds" or concept is None:
        return []
    if vocabulary.in_rounds(concept_id):
        return [*(QuickReply(shown, sent.format(concept=named)) for shown, sent in _HOLDS_IN_ROUND[lang].values()), no]
    if ordered:
        shown, sent = _HOLDS_AT_LEVEL[lang]
        return [*(QuickReply(shown.format(level=level_word(level)), sent.format(level=level_word(level), concept=named))
                  for level in ordered), no]
    return [yes, no]
