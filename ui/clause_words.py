"""An English description of a clause, said from what the graph holds about its provisions
(kinds, levels, qualifications and amounts by their English labels) — never a translation of
the Chinese text; a clause with nothing in the graph gets None, and the page says so."""

from __future__ import annotations

from assistant.explanation import money
from assistant.format import percent
from assistant.kind_words import kind_label, round_label, subtype_label
from ingest.concepts import load_vocabulary
from ingest.model import Provision, ProvisionKind
from ui.labels import in_mode

NONE_IN_GRAPH = ("图谱中没有本条的英文说明（不作机器翻译）。",
                 "No English description of this clause in the graph (the text is not machine-translated).")


def _who(provision: Provision) -> str:
    vocabulary = load_vocabulary()
    names = [vocabulary.label(q, "en") for q in provision.qualifications if q in vocabulary]
    level = vocabulary.label(provision.level, "en") if provision.level and provision.level in vocabulary else None
    who = " or ".join(names)
    if who and level:
        who = f"{level} {who}"
    if who and provision.round:
        who += f" ({round_label(provision.round, 'en')})"
    return who


def _amount(provision: Provision) -> str | None:
    kind = provision.kind
    vocabulary = load_vocabulary()
    if kind is ProvisionKind.FIXED and provision.amount_cny is not None:
        return money(provision.amount_cny, "en")
    if kind is ProvisionKind.UP_TO and provision.cap_cny is not None:
        return f"up to {money(provision.cap_cny, 'en')}"
    if kind is ProvisionKind.RATE_WITH_CAP and provision.rate is not None:
        base = provision.base_quantity
        of = f" of the {vocabulary.label(base, 'en')}" if base and base in vocabulary else ""
        cap = f", at most {money(provision.cap_cny, 'en')}" if provision.cap_cny is not None else ""
        return f"{percent(provision.rate)}{of}{cap}"
    if kind in (ProvisionKind.PER_UNIT, ProvisionKind.PER_UNIT_WITH_CUMULATIVE_CAP) and provision.unit_amount_cny:
        total = (f", at most {money(provision.cumulative_cap_cny, 'en')} in all"
                 if provision.cumulative_cap_cny is not None else "")
        return f"{money(provision.unit_amount_cny, 'en')} per item{total}"
    if kind in (ProvisionKind.ANNUAL, ProvisionKind.ANNUAL_UP_TO):
        per_year = provision.cap_cny if kind is ProvisionKind.ANNUAL_UP_TO else provision.amount_cny
        if per_year is None:
            return None
        years = f" for {provision.years} years" if provision.years else ""
        return f"{'up to ' if kind is ProvisionKind.ANNUAL_UP_TO else ''}{money(per_year, 'en')} a year{years}"
    return None


def provision_sentence(provision: Provision) -> str | None:
    """One provision in an English sentence from its graph data; None when the graph says too little."""
    kind = provision.kind
    if kind in (ProvisionKind.CONDITION, ProvisionKind.OBLIGATION):
        words = subtype_label(provision.subtype, "en") if provision.subtype else kind_label(kind.value, "en")
        years = f" ({provision.years} years)" if provision.years else ""
        return f"{kind_label(kind.value, 'en').capitalize()}: {words}{years}."
    if kind is ProvisionKind.VALIDITY:
        if provision.valid_from or provision.valid_until:
            return f"In force from {provision.valid_from or '?'} to {provision.valid_until or '?'}."
        return None
    who = _who(provision)
    if kind is ProvisionKind.TARGET:
        return f"A development target{f' for {provision.year}' if provision.year else ''}" + \
            (f" about: {who}." if who else ".")
    amount = _amount(provision)
    if not amount and not who:
        return None
    if kind is ProvisionKind.CASE_BY_CASE:
        said = "Support decided case by case" + (f" for {who}" if who else "")
    else:
        said = f"{kind_label(kind.value, 'en').capitalize()}: {amount or 'support'}" + (f" for {who}" if who else "")
    if provision.discretionary and kind is not ProvisionKind.CASE_BY_CASE:
        said += ", after an assessment"
    return said + "."


def clause_description(provisions: list[Provision]) -> str | None:
    """The clause's provisions in English sentences (each said once), or None."""
    sentences = [s for s in (provision_sentence(p) for p in provisions) if s]
    return " ".join(dict.fromkeys(sentences)) or None


def none_in_graph(mode: str) -> str:
    return in_mode(*NONE_IN_GRAPH, mode)
