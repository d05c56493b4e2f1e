"""A measure named by what the company holds: a clause that pays six platform types at one
level is, on this company's sheet, its own platform type only — taken from the facts the
engine matched, with their labels from the vocabulary (never from a template)."""

from __future__ import annotations

from assistant.eligibility.result import Benefit, CouldAdd, MatchedFact
from ingest.concepts import Vocabulary, load_vocabulary

FACT_QUESTIONS = frozenset({"date", "level", "round"})
"""Question kinds about a fact the company stated (its own item), not about holding another."""


def own_facts(benefit: Benefit) -> tuple[MatchedFact, ...]:
    """The matched facts among the concepts the clause names, one per concept."""
    seen: dict[str, MatchedFact] = {}
    for fact in benefit.matched:
        if fact.concept in benefit.qualifications:
            seen.setdefault(fact.concept, fact)
    return tuple(seen.values())


def own_titles(benefit: Benefit, vocabulary: Vocabulary | None = None) -> tuple[str, str]:
    """(zh, en) titles naming only what the company holds, when the clause names more than
    that; else the engine's titles."""
    own = own_facts(benefit)
    if not own or len(own) >= len(set(benefit.qualifications)):
        return benefit.title, benefit.title_en or benefit.title
    words = vocabulary or load_vocabulary()
    known = [fact for fact in own if fact.concept in words]
    if not known:
        return benefit.title, benefit.title_en or benefit.title
    en = " / ".join(f"{words.label(fact.level, 'en') + ' ' if fact.level else ''}{words[fact.concept].label_en}"
                    for fact in known)
    zh = "、".join(f"{words.label(fact.level, 'zh') if fact.level else ''}{words[fact.concept].label_zh}"
                   for fact in known)
    return f"{benefit.title}：{zh}", en


def could_add_titles(item: CouldAdd, vocabulary: Vocabulary | None = None) -> tuple[str, str]:
    """(zh, en) titles of a could-add naming only the company's concepts it hinges on (a
    question about a fact it stated names it: ``date:key_laboratory``), when the clause names
    more; a question whether it holds something (``holds:…``) keeps the clause's title."""
    hinged = [key.split(":", 1)[1] for key in item.hinges if key.split(":", 1)[0] in FACT_QUESTIONS]
    own = tuple(dict.fromkeys(concept for concept in hinged if concept in item.qualifications))
    if not own or len(own) >= len(set(item.qualifications)):
        return item.title, item.title_en or item.title
    facts = tuple(MatchedFact(concept, item.level) for concept in own)
    benefit_like = Benefit(item.provision_id, item.clause_path, item.title, item.kind, item.amount_min_cny,
                           item.amount_max_cny, item.discretionary, item.basis, item.quote, item.span, (),
                           title_en=item.title_en, qualifications=item.qualifications, matched=facts)
    return own_titles(benefit_like, vocabulary)
