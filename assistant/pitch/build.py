"""The pitch sheet from the engine's result: every amount is the engine's, every line carries
its clause and quote; the measures name the company's own items."""

from __future__ import annotations

from assistant.answer import obligation_sentence, range_en
from assistant.eligibility.result import EligibilityResult
from assistant.format import cny_en, cny_zh
from assistant.pitch.issuer import Issuer
from assistant.pitch.model import CouldAddLine, PitchLine, PitchSheet, PolicyValidity
from assistant.pitch.own_items import could_add_titles, own_titles
from assistant.pitch.timeline import in_order, payments
from assistant.report import STATUS_WORDS, amount_range, citation
from ingest.concepts import load_vocabulary


def _validity(result: EligibilityResult) -> PolicyValidity:
    status_zh, status_en = STATUS_WORDS[result.policy_status]
    start, end = result.policy.get("valid_from"), result.policy.get("valid_until")
    return PolicyValidity(result.policy_status, status_zh, status_en, str(start) if start else None,
                          str(end) if end else None)


def pitch_sheet(result: EligibilityResult, company: str | None, issuer: Issuer | None = None) -> PitchSheet:
    """The sheet for ``company``, dated the result's as-of date, from which the offer's validity runs."""
    issuer = issuer or Issuer()
    vocabulary = load_vocabulary()
    extra_zh = "，另有一事一议" if result.total_max_unbounded else ""
    extra_en = ", plus case-by-case support" if result.total_max_unbounded else ""
    lines, timeline = [], []
    for benefit in result.benefits:
        cited = citation(benefit.clause_path)
        title_zh, title_en = own_titles(benefit, vocabulary)
        lines.append(PitchLine(cited, title_zh, title_en, amount_range(benefit.amount_min_cny, benefit.amount_max_cny),
                               range_en(benefit.amount_min_cny, benefit.amount_max_cny), benefit.discretionary,
                               benefit.quote, benefit.amount_min_cny, benefit.amount_max_cny))
        timeline += payments(benefit, cited, title_zh, title_en)
    obligations = []
    for obligation in result.obligations:
        zh, en = obligation_sentence(obligation, "zh"), obligation_sentence(obligation, "en")
        if zh and en:
            obligations.append((citation(obligation.clause_path), zh, en))
    could_add = tuple(CouldAddLine(citation(c.clause_path), *could_add_titles(c, vocabulary),
                                   amount_range(c.amount_min_cny, c.amount_max_cny),
                                   range_en(c.amount_min_cny, c.amount_max_cny), "；".join(c.questions_zh),
                                   " ".join(c.questions_en), c.amount_min_cny, c.amount_max_cny)
                      for c in result.could_add)
    return PitchSheet(company or "—", str(result.policy["title"]), result.as_of.isoformat(), _validity(result),
                      result.notice, (cny_zh(result.total_min_cny), cny_zh(result.total_max_cny) + extra_zh),
                      (cny_en(result.total_min_cny), cny_en(result.total_max_cny) + extra_en), tuple(lines),
                      in_order(timeline), tuple(obligations), could_add,
                      tuple((a.zh, a.en) for a in result.assumptions), issuer,
                      issuer.valid_until(result.as_of).isoformat())
