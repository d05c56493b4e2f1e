"""Whether the policy is in force on a date, said in words (还能申请吗？ Is it still valid?),
with the sentence that sets the window."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from assistant.eligibility.engine import policy_status
from assistant.eligibility.requirements import date_range
from assistant.eligibility.rules import PolicyRules
from assistant.report import citation
from assistant.understanding.relative_dates import found_dates as dates
from ingest.model import ProvisionKind


def validity_sources(rules: PolicyRules, as_of: dt.date) -> dict[str, Any]:
    """What a validity answer is made of: the window, the date it is judged on and the sentence."""
    record = rules.record
    sentence = next((p for p in record.provisions if p.kind is ProvisionKind.VALIDITY), None)
    return {"valid_from": record.valid_from.isoformat() if record.valid_from else None,
            "valid_until": record.valid_until.isoformat() if record.valid_until else None,
            "as_of": as_of.isoformat(), "status": policy_status(rules, as_of),
            "clause_path": list(sentence.clause_path) if sentence else None,
            "quote": sentence.quote if sentence else None}


@dataclass(frozen=True)
class AskedPeriod:
    """The day, month or year a question asks about (这个政策2026年还有效吗？), as the user said it."""

    first: dt.date
    last: dt.date
    words: str


_NOW = re.compile(r"现在|目前|当前|今天|如今|\bnow\b|\bcurrently\b|\btoday\b", re.IGNORECASE)
_EVENT_AFTER = re.compile(r"\s*(?:的)?(?:认定|获批|成立|上市|注册|迁入|获得|评上|以前|之前|以后|之后)|"
                          r"\s*(?:recogni[sz]ed|approved|founded|listed)", re.IGNORECASE)
_EVENT_BEFORE = re.compile(r"(?:recogni[sz]ed|approved|founded|listed|established|moved in|registered|set up)\s+"
                           r"(?:in\s+)?$", re.IGNORECASE)


def asked_period(question: str, as_of: dt.date) -> AskedPeriod | None:
    """The period a validity question asks about; None when it asks about now (现在还能申请吗？)
    or names only the date of an event (2022年认定的高企还能申请吗？)."""
    if _NOW.search(question):
        return None
    found = next((f for f in dates(question, as_of) if isinstance(f.value, dt.date)
                  and not _EVENT_AFTER.match(question, f.end) and not _EVENT_BEFORE.search(question[:f.start])),
                 None)
    if found is None:
        return None
    assert isinstance(found.value, dt.date)
    first, last = date_range(found.value, found.precision)
    return AskedPeriod(first, last, found.text)


def validity_text(rules: PolicyRules, as_of: dt.date, lang: str, asked: AskedPeriod | None = None) -> str:
    """The window, the sentence it comes from and what it means on ``as_of`` — or in the
    period the question asks about — in ``lang``."""
    facts = validity_sources(rules, as_of)
    zh = lang == "zh"
    start, end, status = facts["valid_from"], facts["valid_until"], facts["status"]
    source = f"{citation(tuple(facts['clause_path']))}“{facts['quote']}”" if facts["quote"] else ""
    if start is None and end is None:
        window = "本政策没有写明有效期。" if zh else "The policy does not state when it is in force."
    elif zh:
        window = f"本政策{f'自{start}起实施' if start else ''}{'，' if start and end else ''}" \
                 f"{f'有效期至{end}' if end else ''}。"
    else:
        window = f"The policy {'takes effect on ' + start if start else ''}{' and ' if start and end else ''}" \
                 f"{'is in force until ' + end if end else ''}."
    judged = {
        "expired": ("按测算日期{as_of}，本政策已失效，不能再依据本政策申报。",
                    "On {as_of} it has expired: no new application can be made under it."),
        "not_yet_in_force": ("按测算日期{as_of}，本政策尚未生效。", "On {as_of} it is not yet in force."),
        "in_force": ("按测算日期{as_of}，本政策在有效期内。", "On {as_of} it is in force."),
        "unknown": ("本政策未写明有效期，无法判断{as_of}是否有效。",
                    "It states no validity window, so whether it is in force on {as_of} cannot be judged."),
    }[status][0 if zh else 1].format(as_of=facts["as_of"])
    if asked is not None and status != "unknown":  # no window: no period can be judged either
        judged = _period_judgement(rules, asked, zh)
    return "\n".join(line for line in (window + ("" if zh else " ") + judged, source) if line)


def status_line(rules: PolicyRules, as_of: dt.date, lang: str) -> str | None:
    """One line for answers quoting the policy when it is not in force on ``as_of``; None when it is."""
    status, record = policy_status(rules, as_of), rules.record
    if status == "expired":
        return f"注意：本政策已于{record.valid_until}到期失效。" if lang == "zh" else \
            f"Note: this policy expired on {record.valid_until}."
    if status == "not_yet_in_force":
        return f"注意：本政策自{record.valid_from}起实施，尚未生效。" if lang == "zh" else \
            f"Note: this policy takes effect on {record.valid_from} and is not yet in force."
    if status == "unknown":
        return "注意：本政策未写明有效期，未能判断是否仍然有效。" if lang == "zh" else \
            "Note: this policy states no validity window; whether it is still in force was not judged."
    return None


def _period_judgement(rules: PolicyRules, asked: AskedPeriod, zh: bool) -> str:
    record = rules.record
    start, end = record.valid_from or dt.date.min, record.valid_until or dt.date.max
    words = asked.words
    when = words[:1].upper() + words[1:]  # "2026", "Next year", "August 2022"
    if asked.first > end:
        return f"{words}本政策已失效（有效期至{end}）。" if zh else f"{when}: it has expired (it ends on {end})."
    if asked.last < start:
        return f"{words}本政策尚未生效（自{start}起实施）。" if zh else \
            f"{when}: it is not yet in force (it starts on {start})."
    if start <= asked.first and asked.last <= end:
        return f"{words}本政策在有效期内。" if zh else f"{when}: it is in force."
    inside = f"{max(start, asked.first)} – {min(end, asked.last)}"
    return f"{words}只有 {inside} 在有效期内。" if zh else f"{when}: only {inside} is inside the window."
