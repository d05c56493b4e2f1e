"""What the policy gives for something it names (孵化器有什么支持？ What support is there for
incubators?), read from the graph: every benefit that names the concept, with its tier, its
amounts as printed and the sentence it came from — all of them, not the one clause a search
ranks first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

from assistant.eligibility.rules import PolicyRules
from assistant.format import amount_summary
from assistant.report import citation
from assistant.understanding.facts import level_named
from ingest.concepts import Concept, load_vocabulary
from ingest.model import Provision

SUPPORT_QUESTION = re.compile(
    r"有(?:什么|哪些|啥)(?:支持|奖励|补助|补贴|资助|扶持|政策|优惠|好处)|(?:怎么|如何|怎样)(?:支持|奖励|补助|补贴|扶持)|"
    r"(?:支持|奖励|补助|补贴|资助)(?:多少|标准|是什么|有哪些)|给(?:多少|什么)|"
    r"\bwhat (?:support|subsid\w*|grants?|rewards?|benefits?|incentives?|funding)\b|\bwhat(?:'s| is) there for\b|"
    r"\bhow (?:are|is) .{1,60} (?:supported|funded|rewarded|subsidi[sz]ed)\b|"
    r"\bwhat (?:do|does|can|could|would|will) .{1,60} (?:get|receive|claim)\b|\bsupport (?:for|available)\b|"
    r"能拿多少|能得到多少|能获得多少|可以拿多少|能拿到多少|"
    r"\bhow much (?:can|do|does|could|would|will) .{1,60} (?:get|receive|claim)\b",
    re.IGNORECASE)
"""A question asking what something gets, as opposed to whether a company qualifies."""
ROUND_WORDS = {"first": ("首次认定", "first recognition"), "renewal": ("再次认定", "renewal")}
"""How a line paid for one round of a recognition is named."""


@dataclass(frozen=True)
class ConceptSupport:
    concepts: tuple[Concept, ...]
    level: str | None
    provisions: tuple[Provision, ...]
    """In the order of the text."""
    level_not_paid: bool = False
    """The question names a level (市级瞪羚) no benefit for the concept is given at."""


def concept_support(rules: PolicyRules, question: str) -> ConceptSupport | None:
    """The benefits for the qualifications ``question`` asks about; None when it does not ask
    what something gets, names no qualification, or no benefit names one it names."""
    if not SUPPORT_QUESTION.search(question):
        return None
    vocabulary = load_vocabulary()
    hits = vocabulary.find(question, "qualifications", plurals=True)
    named = {hit.concept.id: hit.concept for hit in hits}
    # 孵化器 also means 离岸及异地企业孵化器: concepts of the same kind whose labels contain the words asked
    # about — only beside a concept that is paid itself (中小企业 is not 中小企业板, 工业企业 not 规上工业企业)
    paid = {q for p in rules.benefits for q in p.qualifications}
    members = set(named) | {c.id for hit in hits if len(hit.text) > 1 and hit.concept.id in paid
                            for c in vocabulary.concepts.values() if c.group == hit.concept.group
                            and any(hit.text.casefold() in own.casefold() for own in c.labels)}
    if not named:  # a whole group: 专利有什么补助, 上市有什么奖励
        groups = vocabulary.groups_named(question)
        named = {group.id: group for group, _ in groups}
        members = {member.id for _, meant in groups for member in meant}
    if not named:
        return None
    provisions = [p for p in rules.benefits if members & set(p.qualifications)]
    level = level_named(question)
    at_level = [p for p in provisions if level is not None and p.level == level]
    level_not_paid = level is not None and not at_level and any(p.level for p in provisions)
    if at_level:
        provisions = at_level
    if not provisions:
        return None
    named_in_provisions = {q for p in provisions for q in p.qualifications}
    named_in_provisions |= {group for q in named_in_provisions if (group := _group_of(q)) is not None}
    concepts = tuple(concept for concept_id, concept in named.items() if concept_id in named_in_provisions)
    return ConceptSupport(concepts, level, tuple(sorted(provisions, key=lambda p: p.span)), level_not_paid)


def _group_of(concept_id: str) -> str | None:
    found = load_vocabulary().concepts.get(concept_id)
    return found.group if found else None


def concept_support_text(support: ConceptSupport, rules: PolicyRules, lang: str) -> str:
    """The benefits grouped by the sentence they come from: the sentence once, then each tier."""
    zh = lang == "zh"
    names = "、".join(f"「{c.label_zh}」" for c in support.concepts) if zh else \
        ", ".join(c.label_en for c in support.concepts)
    lines = [f"本政策对{names}的支持：" if zh else f"What the policy gives for {names}:"]
    if support.level_not_paid and support.level:
        level = load_vocabulary().concepts.get(support.level)
        words = (level.label_zh if zh else level.label_en) if level else support.level
        lines[0] = (f"本政策没有给{words}{names}的支持，只有以下级别：" if zh else
                    f"The policy gives nothing for {names} at the {words} level; it pays only these:")
    for (path, quote), group in groupby(support.provisions, key=lambda p: (p.clause_path, p.quote)):
        lines.append(f"{citation(path)}“{quote}”")
        for provision in group:
            review = ("（经评审）" if zh else " (after review)") if provision.discretionary else ""
            lines.append(f"- {_row_name(provision, support, rules, zh)}{'：' if zh else ': '}"
                         f"{amount_summary(provision, 'zh' if zh else 'en')}{review}")
    return "\n".join(lines)


def _row_name(provision: Provision, support: ConceptSupport, rules: PolicyRules, zh: bool) -> str:
    """What tells this benefit from the others of its sentence: its tier, the other enterprise
    types it names, 其他企业 for the residual row, the round; else the measure's title."""
    vocabulary = load_vocabulary()
    level = vocabulary.concepts.get(provision.level or "")
    if provision.tier and (zh or level is not None):
        if not zh:
            return level.label_en  # type: ignore[union-attr]
        said = level.label_zh.removesuffix("级") if level else ""  # Y → X级Y: the level before the tier
        return provision.tier if level is None or said in provision.tier else f"{level.label_zh}{provision.tier}"
    if level is not None and not provision.tier:  # 国际/国内首台（套）: the level tells them apart
        return level.label_zh if zh else level.label_en
    asked = {concept.id for concept in support.concepts}
    others = [vocabulary.concepts[q] for q in provision.qualifications
              if q not in asked and q in vocabulary and vocabulary.concepts[q].group not in asked]
    asked_groups = {concept.group for concept in support.concepts} | asked
    if (not others and asked.isdisjoint(provision.qualifications)) or any(o.group in asked_groups for o in others):
        # asked about a group, or the line names the one asked about with others of its kind
        # (创业板 with 主板, 中小企业板): name them all
        others = [vocabulary.concepts[q] for q in provision.qualifications if q in vocabulary]
    words = [c.label_zh if zh else c.label_en for c in others]
    if provision.residual:
        words.append("其他企业" if zh else "other enterprises")
    if provision.round in ROUND_WORDS:
        words.append(ROUND_WORDS[provision.round][0 if zh else 1])
    if words:
        return "、".join(words) if zh else ", ".join(words)
    return (None if zh else rules.titles_en.get(provision.id)) or rules.titles[provision.id]
